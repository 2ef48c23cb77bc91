package org.demarche.meta;

import java.time.LocalDate;
import org.demarche.article.Dateline;

/** Metadata read from an article's own text: title, dateline, publication date, outlet. Each may be null. */
public record ArticleMetadata(String title, int titleLine, Dateline dateline, LocalDate published, String outlet) {
}
