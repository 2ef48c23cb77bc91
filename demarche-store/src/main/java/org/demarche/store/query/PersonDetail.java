package org.demarche.store.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything known of one person.
 *
 * @param aliases            every spelling seen
 * @param roles              roles with the first and last day they were seen, earliest first
 * @param outlets            outlets that named them, most articles first
 * @param statementsPerMonth statements per month of their date, oldest first (months without any left out)
 * @param topics             topics of their statements, most frequent first
 * @param latestStatements   their most recent statements, newest first (at most 20)
 */
public record PersonDetail(long id, String name, List<String> aliases, List<Role> roles, LocalDate firstSeen,
                           LocalDate lastSeen, int articleCount, int statementCount, List<Count> outlets,
                           List<MonthCount> statementsPerMonth, List<Count> topics,
                           List<StatementHit> latestStatements) {
    public PersonDetail {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        outlets = List.copyOf(outlets);
        statementsPerMonth = List.copyOf(statementsPerMonth);
        topics = List.copyOf(topics);
        latestStatements = List.copyOf(latestStatements);
    }

    /** A role and the days it was first and last seen (null when the articles had no date). */
    public record Role(String role, LocalDate firstSeen, LocalDate lastSeen, int articles) {
    }

    /** How many statements fall in one month. */
    public record MonthCount(YearMonth month, int count) {
    }
}
