package org.demarche.store.query;

import java.time.LocalDate;
import org.demarche.article.QuoteKind;

/**
 * One article passage that carries a statement.
 *
 * @param articleId   the article's id
 * @param outlet      the outlet, or null
 * @param url         the article's url, or null
 * @param title       the article's title, or null
 * @param date        the statement's date in this article, or null
 * @param dateDerivation how that date was found
 * @param kind        how this article reports it
 * @param text        the words in this article
 * @param start       where they start in the article text
 * @param end         where they end (exclusive)
 * @param speakerName the speaker as this article names them, or null
 * @param speakerRole the role this article gives, or null
 * @param cue         the reporting verb or phrase, or null
 * @param confidence  how sure the attribution is, 0 to 1
 */
public record Source(String articleId, String outlet, String url, String title, LocalDate date, String dateDerivation,
                     QuoteKind kind, String text, int start, int end, String speakerName, String speakerRole,
                     String cue, double confidence) {
}
