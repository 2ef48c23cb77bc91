package org.demarche.article;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as a reader found it: its text and whatever metadata came with it (each may be null).
 *
 * @param referenceDate a date known to be close to publication (crawl date, file date) used to resolve
 *                      year-less dates, or null
 */
public record RawArticle(String id, String text, String url, String title, String published, String outlet,
                         String language, LocalDate referenceDate) implements Serializable {
    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static RawArticle of(String id, String text) {
        return new RawArticle(id, text, null, null, null, null, null, null);
    }

    /** This article with {@code date} as its reference date. */
    public RawArticle withReferenceDate(LocalDate date) {
        return new RawArticle(id, text, url, title, published, outlet, language, date);
    }
}
