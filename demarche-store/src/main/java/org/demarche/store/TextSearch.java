package org.demarche.store;

import java.util.List;
import org.demarche.store.query.StatementQuery;

/**
 * The full-text side of a store, the seam between the two backends: Lucene next to SQLite ({@link SearchIndex}),
 * PostgreSQL's own text search next to PostgreSQL ({@link PostgresSearch}). Both answer in ids, which the store
 * then reads from the database, and both mark matches in fragments with the same highlighter ({@link Snippets}).
 */
interface TextSearch extends AutoCloseable {
    /** Deeper pages than this are refused: nobody reads them, and they cost memory. */
    int MAX_DEPTH = 10_000;

    /**
     * Ids of one page, each statement with its highlighted fragment (none for people), and the number of matches:
     * counted, or estimated when {@code exact} is false.
     */
    record Hits(List<Long> ids, List<String> fragments, long total, boolean exact) {
    }

    /** Brings the search up to the database's last committed batch. */
    void catchUp(Database db);

    /** Statement ids for one page of {@code q}, with fragments. */
    Hits statements(StatementQuery q);

    /** Person ids for one page of a name query (every word must match a name word or begin one), most quoted first. */
    Hits people(String query, int page, int pageSize);

    @Override
    void close();

    /** How many hits a page needs ranked; a page beyond {@link #MAX_DEPTH} is refused. */
    static int checkedDepth(int page, int pageSize) {
        long depth = (long) (page + 1) * pageSize;
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("results beyond the first " + MAX_DEPTH + " are not served; narrow the"
                    + " query instead");
        }
        return (int) depth;
    }
}
