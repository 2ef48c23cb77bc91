package org.demarche.store.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The corpus at a glance.
 *
 * @param sources        article passages carrying statements (a statement reported by three articles counts three)
 * @param firstDate      earliest statement date, or null
 * @param lastDate       latest statement date, or null
 * @param mostQuoted     people with the most statements (at most 20)
 * @param topicsPerMonth statements per topic and month, oldest month first
 */
public record CorpusStats(long articles, long statements, long sources, long people, long outlets,
                          LocalDate firstDate, LocalDate lastDate, List<QuotedPerson> mostQuoted,
                          List<TopicMonth> topicsPerMonth) {
    public CorpusStats {
        mostQuoted = List.copyOf(mostQuoted);
        topicsPerMonth = List.copyOf(topicsPerMonth);
    }

    public record QuotedPerson(long id, String name, long statements) {
    }

    public record TopicMonth(YearMonth month, String topic, long statements) {
    }
}
