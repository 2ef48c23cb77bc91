package org.demarche.kb.dates;

import java.time.LocalDate;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Quote;

/** Stand-in: stated, dateline, published, crawled, unknown. */
public final class StatementDating {
    private StatementDating() {
    }

    public static DatedStatement of(Quote quote, AnnotatedArticle article, LocalDate crawlDate) {
        if (quote.date() != null && quote.date().date() != null) {
            return new DatedStatement(quote.date().date(), "stated");
        }
        if (article.dateline() != null && article.dateline().resolved() != null) {
            return new DatedStatement(article.dateline().resolved(), "dateline");
        }
        if (article.published() != null) {
            return new DatedStatement(article.published(), "published");
        }
        return crawlDate != null ? new DatedStatement(crawlDate, "crawled") : new DatedStatement(null, "unknown");
    }
}
