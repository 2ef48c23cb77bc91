package org.demarche.store;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * What the end-of-batch refresh derives from a statement's passages (how many there are, the earliest one, the
 * earliest one with a known speaker), kept for the statements this ingester wrote, so that a statement gaining
 * another copy is refreshed without reading its passages back. At most {@link #CAPACITY} statements, the most
 * recently used; the others are refreshed from the tables.
 *
 * <p>A summary is exact while passages are only added: the writer reports each one ({@link #added}); whatever
 * else changes a statement's passages (an article removed, sightings moved to another identity, a rollback, a
 * correction, a failed batch) makes it {@link #forget} the statement or {@link #clear} everything. For the writer
 * thread only.
 */
final class StatementSummaries {
    static final int CAPACITY = 100_000;

    /**
     * One passage as the refresh reads it. {@code date} and {@code published} are the ISO days stored (null for
     * none); {@code speaker} is the identity of the passage's sighting, null without one.
     */
    record Passage(String date, String published, String articleId, int position, String text, String kind,
                   String derivation, Long speaker, String role) {
    }

    /**
     * The order of a statement's passages, as SQLite sorts them in the refresh: dated first, then by date, then
     * published first and by publication day, then by article id (SQLite compares text as UTF-8 bytes, that is
     * by code point) and position.
     */
    private static final Comparator<Passage> EARLIEST_FIRST = Comparator
            .comparing(Passage::date, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(Passage::published, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(Passage::articleId, StatementSummaries::byCodePoint)
            .thenComparingInt(Passage::position);

    /** A statement's passages summed up: their number, the earliest, and the earliest with a speaker (or null). */
    record Summary(long sources, Passage earliest, Passage earliestSpoken) {
        static Summary of(Passage only) {
            return new Summary(1, only, only.speaker() == null ? null : only);
        }

        Summary plus(Passage p) {
            return new Summary(sources + 1, EARLIEST_FIRST.compare(p, earliest) < 0 ? p : earliest,
                    p.speaker() == null || earliestSpoken != null && EARLIEST_FIRST.compare(p, earliestSpoken) > 0
                            ? earliestSpoken : p);
        }

        Long speaker() {
            return earliestSpoken == null ? null : earliestSpoken.speaker();
        }

        String role() {
            return earliestSpoken == null ? null : earliestSpoken.role();
        }
    }

    /** What each statement's row shows (as last written). */
    private final Map<Long, Summary> written = new LeastRecentlyUsed<>(CAPACITY);
    /** With the passages the current batch added, until the statement is refreshed. */
    private final Map<Long, Summary> pending = new HashMap<>();

    /** Records a new statement, written from its one passage. */
    void created(long statement, Passage first) {
        written.put(statement, Summary.of(first));
    }

    /** Records a passage added to a statement (nothing if its summary is not kept). */
    void added(long statement, Passage passage) {
        Summary known = pending.containsKey(statement) ? pending.get(statement) : written.get(statement);
        if (known != null) {
            pending.put(statement, known.plus(passage));
        }
    }

    /** The statement's row as last written, or null when not kept. */
    Summary written(long statement) {
        return written.get(statement);
    }

    /** The statement's summary with this batch's passages, taken for its refresh; null when not kept. */
    Summary takePending(long statement) {
        return pending.remove(statement);
    }

    /** Records what the refresh wrote to the statement's row. */
    void refreshed(long statement, Summary summary) {
        written.put(statement, summary);
    }

    void forget(Collection<Long> statements) {
        for (Long id : statements) {
            written.remove(id);
            pending.remove(id);
        }
    }

    void clear() {
        written.clear();
        pending.clear();
    }

    private static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
