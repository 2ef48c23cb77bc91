package org.demarche.store.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A person in a list of results.
 *
 * @param aliases        every spelling seen, display name included
 * @param latestRole     the role seen most recently, or null
 * @param statementCount statements attributed to them
 * @param lastSeen       the latest day an article named them, or null
 */
public record PersonHit(long id, String name, List<String> aliases, String latestRole, int statementCount,
                        LocalDate lastSeen) {
    public PersonHit {
        aliases = List.copyOf(aliases);
    }
}
