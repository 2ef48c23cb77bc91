package org.demarche.store.query;

import java.time.LocalDate;
import java.util.List;
import org.demarche.article.QuoteKind;

/**
 * One article as stored: metadata, text and the statements found in it.
 *
 * @param published   publication day, or null
 * @param dateline    the dateline as written (place and date), or null
 * @param contentHash SHA-256 of the text, hex
 * @param quotes      the statements in text order
 */
public record ArticleDetail(String id, String url, String title, String outlet, LocalDate published, String dateline,
                            String language, String text, String contentHash, List<QuoteSpan> quotes) {
    public ArticleDetail {
        quotes = List.copyOf(quotes);
    }

    /**
     * One statement in the article text. Offsets are UTF-16 indices into {@link ArticleDetail#text()}; the cue's are
     * -1 when there is no cue.
     */
    public record QuoteSpan(long statementId, QuoteKind kind, int start, int end, PersonRef speaker,
                            String speakerName, String speakerRole, int cueStart, int cueEnd, String cue,
                            double confidence) {
    }
}
