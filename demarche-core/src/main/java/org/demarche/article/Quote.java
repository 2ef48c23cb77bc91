package org.demarche.article;

import java.io.Serializable;

/**
 * One statement found in an article.
 *
 * @param content        the words said, quote marks excluded
 * @param kind           direct, partial or indirect
 * @param speaker        the canonical name of the person or organization in this article, or null if nobody can be named
 * @param speakerRole    the speaker's role as the article gives it ("Deputy Foreign Minister"), or null
 * @param speakerMention the mention that attributes the statement ("Ryabkov", "he", "the senior diplomat"), or null
 * @param cue            the reporting verb or phrase ("said", "according to", "told RT"), or null
 * @param confidence     how sure the attribution is, from 0 to 1
 * @param date           when the statement was made, when the reporter's sentence says so ("on Wednesday"), or null
 */
public record Quote(Span content, QuoteKind kind, String speaker, String speakerRole, Span speakerMention, Span cue,
                    double confidence, StatementDate date) implements Serializable {
    public Quote {
        java.util.Objects.requireNonNull(content, "content");
        java.util.Objects.requireNonNull(kind, "kind");
    }
}
