package org.demarche.store.query;

import java.time.LocalDate;
import java.util.List;
import org.demarche.article.QuoteKind;

/**
 * A statement in a list of results.
 *
 * @param id              the statement id
 * @param text            the statement's words as first reported
 * @param fragment        the text with the query's matches marked, HTML-safe: the text is escaped and each match is
 *                        wrapped in {@code <mark>...</mark>}; without a text query the escaped text itself
 * @param speaker         who said it, or null when no source names anybody
 * @param speakerRole     the speaker's role in the earliest source, or null
 * @param date            when it was said (see {@code dateDerivation}), or null
 * @param dateDerivation  how the date was found: stated, dateline, published, crawled or unknown
 * @param topics          topic labels
 * @param sourceCount     how many article passages carry it
 */
public record StatementHit(long id, String text, String fragment, QuoteKind kind, PersonRef speaker,
                           String speakerRole, LocalDate date, String dateDerivation, List<String> topics,
                           int sourceCount) {
    public StatementHit {
        topics = List.copyOf(topics);
    }
}
