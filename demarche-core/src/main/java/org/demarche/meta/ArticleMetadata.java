package org.demarche.meta;

import java.time.LocalDate;
import org.demarche.article.Dateline;

/**
 * Metadata read from an article's own text: title, dateline, publication date, outlet. Each may be null.
 *
 * @param titleLine the line the title was read from, or -1 (no title, or the input record gave it)
 */
public record ArticleMetadata(String title, int titleLine, Dateline dateline, LocalDate published, String outlet) {

    /**
     * The day the article's relative dates ("on Wednesday", "yesterday") count from: the publication date, else
     * the resolved dateline date, else null. See {@link RelativeDates}.
     */
    public LocalDate referenceDate() {
        if (published != null) {
            return published;
        }
        return dateline != null ? dateline.resolved() : null;
    }
}
