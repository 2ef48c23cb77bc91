package org.demarche.kb.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.demarche.Demarche;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Dateline;
import org.demarche.article.Quote;
import org.demarche.article.QuoteKind;
import org.demarche.article.RawArticle;
import org.demarche.article.Span;
import org.demarche.article.StatementDate;
import org.junit.jupiter.api.Test;

class StatementDatingTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8); // a Friday
    private static final LocalDate CRAWLED = LocalDate.of(2024, 3, 10);

    private static Quote quote(StatementDate date) {
        return new Quote(new Span(0, 4, "Text"), QuoteKind.DIRECT, "Oren Vasku", null, null, null, 0.9, date);
    }

    private static AnnotatedArticle article(Dateline dateline, LocalDate published) {
        return new AnnotatedArticle("a1", "Text", null, null, null, published, dateline, "en", List.of(), List.of());
    }

    private static StatementDate onWednesday(LocalDate resolved) {
        return new StatementDate(new Span(10, 22, "on Wednesday"), resolved, "day");
    }

    @Test
    void aStatedDayComesFirst() {
        assertThat(StatementDating.of(quote(onWednesday(LocalDate.of(2024, 3, 6))), article(null, PUBLISHED), CRAWLED))
                .isEqualTo(new DatedStatement(LocalDate.of(2024, 3, 6), "stated"));
        // resolved now when the article had no date at extraction
        assertThat(StatementDating.of(quote(onWednesday(null)), article(null, null), CRAWLED))
                .isEqualTo(new DatedStatement(LocalDate.of(2024, 3, 6), "stated"));
        StatementDate thisWeek = new StatementDate(new Span(10, 27, "earlier this week"), LocalDate.of(2024, 3, 4), "week");
        assertThat(StatementDating.of(quote(thisWeek), article(null, PUBLISHED), CRAWLED).derivation()).isEqualTo("published");
    }

    @Test
    void aYearlessDatelineResolvesAgainstPublicationOrCrawlDate() {
        Dateline resolved = new Dateline("ORLEN", "March 7", LocalDate.of(2024, 3, 7), new Span(0, 4, "Text"));
        assertThat(StatementDating.of(quote(null), article(resolved, PUBLISHED), CRAWLED))
                .isEqualTo(new DatedStatement(LocalDate.of(2024, 3, 7), "dateline"));
        Dateline yearless = new Dateline("ORLEN", "December 31", null, new Span(0, 4, "Text"));
        assertThat(StatementDating.of(quote(null), article(yearless, null), LocalDate.of(2024, 1, 2)))
                .isEqualTo(new DatedStatement(LocalDate.of(2023, 12, 31), "dateline"));
        assertThat(StatementDating.of(quote(null), article(yearless, LocalDate.of(2025, 1, 1)), null))
                .isEqualTo(new DatedStatement(LocalDate.of(2024, 12, 31), "dateline"));
    }

    @Test
    void thenPublishedThenCrawledThenUnknown() {
        assertThat(StatementDating.of(quote(null), article(null, PUBLISHED), CRAWLED))
                .isEqualTo(new DatedStatement(PUBLISHED, "published"));
        assertThat(StatementDating.of(quote(null), article(null, null), CRAWLED))
                .isEqualTo(new DatedStatement(CRAWLED, "crawled"));
        assertThat(StatementDating.of(quote(null), article(null, null), null)).isEqualTo(DatedStatement.unknown());
    }

    @Test
    void datesThePipelinesQuotes() {
        String text = "ORLEN, March 7 (Kessia News) - Foreign Minister Oren Vasku said on Wednesday that Kessia would "
                + "never accept the deployment of Varnish missiles on its borders.\n\n"
                + "\"The talks will resume next month,\" Vasku told reporters.\n";
        AnnotatedArticle article = Demarche.pipeline().annotate(RawArticle.of("kessia-1", text)
                .withReferenceDate(LocalDate.of(2024, 3, 9)));
        assertThat(article.quotes()).hasSize(2);
        assertThat(article.quotes()).extracting(q -> StatementDating.of(q, article, LocalDate.of(2024, 3, 9)))
                .containsExactly(new DatedStatement(LocalDate.of(2024, 3, 6), "stated"),
                        new DatedStatement(LocalDate.of(2024, 3, 7), "dateline"));
    }
}
