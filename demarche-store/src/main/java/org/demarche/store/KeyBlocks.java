package org.demarche.store;

import java.sql.SQLException;
import java.util.Map;

/**
 * The latest statements under each blocking key, as {@code statement_key} would answer "the latest
 * {@link BatchWriter#KEY_BLOCK} statements with this key", kept in memory across batches so that a copy of a wire
 * story meets its statement without a query. Only ids are kept (never the statements' rows), for the keys used
 * most recently, at most {@link #CAPACITY} of them; a key not kept is read from the table.
 *
 * <p>A kept block is exactly what the table holds: the writer adds every key it writes ({@link #add}); a block
 * cannot know what comes back when a statement is deleted, so the writer {@link #clear}s all blocks whenever it
 * deletes a statement or rolls back an article (both rare), and after a failed batch. For the writer thread only.
 */
final class KeyBlocks {
    /** Keys kept at most (a block is a few ids; 200,000 keys take some tens of MB at most). */
    static final int CAPACITY = 200_000;
    private static final long[] EMPTY = {};

    /** Each key's statements, latest (highest id) first, at most {@link BatchWriter#KEY_BLOCK}. */
    private final Map<Long, long[]> latest = new LeastRecentlyUsed<>(CAPACITY);

    /** The latest statements with {@code key}, highest id first. Do not modify the array. */
    long[] of(Sql sql, long key) throws SQLException {
        long[] block = latest.get(key);
        if (block == null) {
            block = sql.ids("SELECT statement_id FROM statement_key WHERE key = ? ORDER BY statement_id DESC LIMIT ?",
                    key, BatchWriter.KEY_BLOCK).stream().mapToLong(Long::longValue).toArray();
            latest.put(key, block);
        }
        return block;
    }

    /**
     * Records that no statement has {@code key} (the Bloom filter said so), so that the statements given it later
     * are kept without a query; returns the empty block.
     */
    long[] none(long key) {
        latest.putIfAbsent(key, EMPTY);
        return EMPTY;
    }

    /**
     * Records that {@code statement} now has {@code key} (a key written again changes nothing); false when the
     * kept block already lists it, so that the table holds it already.
     */
    boolean add(long key, long statement) {
        long[] block = latest.get(key);
        if (block == null) {
            return true; // read from the table when asked, which then holds it
        }
        int at = 0;
        while (at < block.length && block[at] > statement) {
            at++;
        }
        if (at < block.length && block[at] == statement) {
            return false;
        }
        if (at == BatchWriter.KEY_BLOCK) {
            return true; // older than the whole full block
        }
        int size = Math.min(block.length + 1, BatchWriter.KEY_BLOCK);
        long[] grown = new long[size];
        System.arraycopy(block, 0, grown, 0, at);
        grown[at] = statement;
        System.arraycopy(block, at, grown, at + 1, size - at - 1);
        latest.put(key, grown);
        return true;
    }

    /** Forgets every block (statement rows were deleted or rolled back: a block may have lost a statement). */
    void clear() {
        latest.clear();
    }
}
