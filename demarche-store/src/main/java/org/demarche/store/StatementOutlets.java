package org.demarche.store;

import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The outlets (null for none) of each statement's sources, read once and kept up to date as sources are added,
 * across batches, so that a statement gaining another source costs no query: a new outlet is what sends the
 * statement back to the search index. Kept for the statements used most recently, at most {@link #CAPACITY}.
 * A statement's outlets only grow while sources are added; the writer {@link #forget}s those whose sources it
 * removes and {@link #clear}s all after a rollback. For the writer thread only.
 */
final class StatementOutlets {
    static final int CAPACITY = 100_000;

    private final Map<Long, Set<String>> byStatement = new LeastRecentlyUsed<>(CAPACITY);

    /** The outlets of the statement's sources; add to the set the outlet of each source added. */
    Set<String> of(Sql sql, long statement) throws SQLException {
        Set<String> known = byStatement.get(statement);
        if (known == null) {
            known = new HashSet<>(sql.strings("SELECT DISTINCT a.outlet FROM source s JOIN article a"
                    + " ON a.id = s.article_id WHERE s.statement_id = ?", statement));
            byStatement.put(statement, known);
        }
        return known;
    }

    /** Records a new statement, which has no source yet. */
    void created(long statement) {
        byStatement.put(statement, new HashSet<>());
    }

    /** Forgets statements that lost sources (or were deleted). */
    void forget(Collection<Long> statements) {
        statements.forEach(byStatement::remove);
    }

    void clear() {
        byStatement.clear();
    }
}
