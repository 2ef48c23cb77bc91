package org.demarche.store;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * New rows' ids, numbered as SQLite numbers an {@code INTEGER PRIMARY KEY}: one more than the highest id in the
 * table, so that both databases give the same ids. The highest id is read once per table and then counted up in
 * memory (an insert needs no query or database function for its id, and can be {@linkplain Sql.Deferred
 * deferred}); it is read again after a delete or a rollback, which may have freed the highest ids for reuse.
 * For one write transaction, whose writer is the only one (writes are serialised).
 */
final class RowIds {
    /** The tables whose ids the writer gives. */
    enum Table {
        STATEMENT("SELECT coalesce(max(id), 0) FROM statement"),
        SIGHTING("SELECT coalesce(max(id), 0) FROM sighting");

        private final String highest;

        Table(String highest) {
            this.highest = highest;
        }
    }

    private final Sql sql;
    private final Map<Table, Long> last = new EnumMap<>(Table.class);

    RowIds(Sql sql) {
        this.sql = sql;
    }

    /** The id of the next row of {@code table}, which the caller must insert. */
    long next(Table table) throws SQLException {
        Long known = last.get(table);
        long id = (known == null ? sql.number(table.highest) : known) + 1;
        last.put(table, id);
        return id;
    }

    /** Forgets the highest ids, after rows were deleted or rolled back. */
    void forget() {
        last.clear();
    }
}
