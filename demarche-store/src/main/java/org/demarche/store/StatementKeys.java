package org.demarche.store;

import java.sql.SQLException;

/**
 * Which statement blocking keys the store may hold: a Bloom filter over the {@code statement_key} table, so that
 * the writer asks SQLite only about keys some statement has. Most quotes are new, and most of their keys belong
 * to no statement yet; without the filter each of them was still a query. The filter never says no for a key the
 * store holds (every key written is added; a key deleted or rolled back only stays as a false "maybe"), so the
 * candidates it lets through are exactly those the table holds. It is read from the table on first use and read
 * again, twice as large, when the keys added since outgrow it. Behind the filter, the statements under the keys
 * used lately are kept too ({@link KeyBlocks}). For the writer thread only.
 */
final class StatementKeys {
    /**
     * Bits per key it is sized for, twice the keys held when read: with three hashes, a key no statement has
     * gets a "maybe" about once in 200 after a read and once in 30 just before the next.
     */
    private static final int BITS_PER_KEY = 8;
    private static final int MIN_KEYS = 1 << 16;
    /** 32 MB at most (the filter of a store with about ten million statements). */
    private static final int MAX_WORDS = 1 << 22;

    private final KeyBlocks blocks = new KeyBlocks();
    private long[] bits;
    private long capacity;
    private long added;

    /**
     * The latest {@link BatchWriter#KEY_BLOCK} statements with {@code key}, highest id first, as the
     * {@code statement_key} table holds them. Do not modify the array.
     */
    long[] latest(Sql sql, long key) throws SQLException {
        if (!mayHold(sql, key)) {
            return blocks.none(key);
        }
        return blocks.of(sql, key);
    }

    /** Forgets the statements kept per key (after statement rows were deleted or rolled back). */
    void forgetLatest() {
        blocks.clear();
    }

    /** False when no statement of the store has {@code key}; true when one may. */
    private boolean mayHold(Sql sql, long key) throws SQLException {
        if (bits == null || added > capacity) {
            load(sql);
        }
        int mask = bits.length * 64 - 1;
        for (int i = 0; i < 3; i++) {
            int bit = position(key, i) & mask;
            if ((bits[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records that {@code statement} now has {@code key}; false when it is known to have it already (the row
     * need not be written again).
     */
    boolean add(long key, long statement) {
        if (!blocks.add(key, statement)) {
            return false;
        }
        added++;
        if (bits != null) {
            set(key);
        }
        return true;
    }

    private void load(Sql sql) throws SQLException {
        long keys = sql.number("SELECT count(*) FROM statement_key");
        capacity = Math.max(2 * keys, MIN_KEYS);
        long size = Long.highestOneBit(capacity * BITS_PER_KEY - 1) << 1;
        bits = new long[(int) Math.min(size / 64, MAX_WORDS)];
        added = keys;
        sql.forEach("SELECT key FROM statement_key", rs -> {
            set(rs.getLong(1));
            return null;
        });
    }

    private void set(long key) {
        int mask = bits.length * 64 - 1;
        for (int i = 0; i < 3; i++) {
            int bit = position(key, i) & mask;
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    /** The i-th bit position of a key (the keys are hashes already; this spreads them over three positions). */
    private static int position(long key, int i) {
        long h = (key + i * 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        return (int) (h ^ h >>> 31 ^ h >>> 17);
    }
}
