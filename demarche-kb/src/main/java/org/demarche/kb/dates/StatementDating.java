package org.demarche.kb.dates;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Dateline;
import org.demarche.article.Quote;
import org.demarche.article.StatementDate;
import org.demarche.meta.RelativeDates;

/**
 * Dates a statement from what its article says, best evidence first:
 * <ol>
 *   <li>{@code stated}: the reporter's sentence names the day ("said on Wednesday"): the quote's own date, or,
 *       when the article had no date to resolve it against at extraction, its expression resolved now against the
 *       dateline, publication or crawl date. Only day precision counts; "earlier this week" falls through.</li>
 *   <li>{@code dateline}: the wire dateline's date ("MOSCOW, February 9"): as resolved at extraction, or, when it
 *       has no year, the latest such day not more than a day after the publication date, else the crawl date
 *       (a wire story is filed before it is published).</li>
 *   <li>{@code published}: the article's publication date.</li>
 *   <li>{@code crawled}: the day the article was collected.</li>
 *   <li>{@code unknown}.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class StatementDating {
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b\\d{4}\\b");

    private StatementDating() {
    }

    /** The date of {@code quote}, one of {@code article}'s quotes; {@code crawlDate} may be null. */
    public static DatedStatement of(Quote quote, AnnotatedArticle article, LocalDate crawlDate) {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(article, "article");
        LocalDate dateline = datelineDate(article.dateline(), article.published(), crawlDate);
        Optional<LocalDate> stated = statedDate(quote.date(), firstOf(dateline, article.published(), crawlDate));
        if (stated.isPresent()) {
            return new DatedStatement(stated.get(), DatedStatement.STATED);
        }
        if (dateline != null) {
            return new DatedStatement(dateline, DatedStatement.DATELINE);
        }
        if (article.published() != null) {
            return new DatedStatement(article.published(), DatedStatement.PUBLISHED);
        }
        if (crawlDate != null) {
            return new DatedStatement(crawlDate, DatedStatement.CRAWLED);
        }
        return DatedStatement.unknown();
    }

    private static Optional<LocalDate> statedDate(StatementDate stated, LocalDate reference) {
        if (stated == null || !"day".equals(stated.precision())) {
            return Optional.empty();
        }
        if (stated.date() != null) {
            return Optional.of(stated.date());
        }
        if (reference == null || stated.expression() == null) {
            return Optional.empty();
        }
        return RelativeDates.resolve(stated.expression().text(), reference)
                .filter(r -> r.precision() == RelativeDates.Precision.DAY)
                .map(RelativeDates.Resolved::date);
    }

    /** The dateline's day: as resolved at extraction, else its written month and day placed before the reference. */
    private static LocalDate datelineDate(Dateline dateline, LocalDate published, LocalDate crawlDate) {
        if (dateline == null) {
            return null;
        }
        if (dateline.resolved() != null) {
            return dateline.resolved();
        }
        LocalDate reference = firstOf(published, crawlDate);
        if (dateline.date() == null || reference == null) {
            return null;
        }
        // RelativeDates reads the written date; without a year only its month and day count, placed by the wire rule.
        boolean hasYear = YEAR.matcher(dateline.date()).find();
        return RelativeDates.resolve(dateline.date(), reference)
                .filter(r -> r.precision() == RelativeDates.Precision.DAY)
                .map(r -> hasYear ? r.date() : latestNotAfter(MonthDay.from(r.date()), reference.plusDays(1)))
                .orElse(null);
    }

    /** The latest day with this month and day on or before {@code limit} (29 February falls back a leap year). */
    private static LocalDate latestNotAfter(MonthDay day, LocalDate limit) {
        for (int year = limit.getYear(); year > limit.getYear() - 8; year--) {
            if (day.isValidYear(year)) {
                LocalDate candidate = day.atYear(year);
                if (!candidate.isAfter(limit)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static LocalDate firstOf(LocalDate... dates) {
        for (LocalDate d : dates) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
