package org.demarche.store.query;

import java.time.LocalDate;
import org.demarche.article.QuoteKind;

/**
 * A statement search. Every criterion may be null (no restriction).
 *
 * @param text      full-text query over the statement's words (Lucene syntax: words, "phrases", AND/OR/NOT, prefix*)
 * @param speakerId the person who said it
 * @param topic     a topic label of the taxonomy
 * @param outlet    an outlet that carried it (exact name)
 * @param from      earliest statement date, inclusive
 * @param to        latest statement date, inclusive
 * @param kind      direct, partial or indirect
 * @param sort      order of hits; null means {@link Sort#RELEVANCE} with text and {@link Sort#DATE} without
 * @param page      0-based page number
 * @param pageSize  hits per page, 1 to {@link #MAX_PAGE_SIZE}
 */
public record StatementQuery(String text, Long speakerId, String topic, String outlet, LocalDate from, LocalDate to,
                             QuoteKind kind, Sort sort, int page, int pageSize) {
    public static final int MAX_PAGE_SIZE = 1000;
    public static final int MAX_TEXT_LENGTH = 1000;

    public StatementQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more; got " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + "; got " + pageSize);
        }
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("the query text is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (text != null && text.isBlank()) {
            text = null;
        }
    }

    /** Every statement matching {@code text}, best first, first page of 20. */
    public static StatementQuery text(String text) {
        return new StatementQuery(text, null, null, null, null, null, null, null, 0, 20);
    }

    /** The order actually used. */
    public Sort effectiveSort() {
        return sort != null ? sort : text == null ? Sort.DATE : Sort.RELEVANCE;
    }
}
