package org.demarche.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identities under each person blocking key, as {@code person_key} joined with {@code person} would answer
 * "the identities with this key, seen in most articles first", kept in memory across batches so that resolving a
 * sighting costs no query. Only ids and the two numbers the ranking reads are kept (never names or aliases), for
 * the keys used most recently, at most {@link #CAPACITY} of them; a key not kept is read from the tables.
 *
 * <p>What is kept is exactly what the tables hold: the writer reports every key it adds to an identity, every
 * identity it creates and every new article count; whatever else changes identities (an identity rebuilt or
 * deleted, an article rolled back, a correction, a failed batch) makes it {@link #clear} everything, and those are
 * rare. For the writer thread only.
 */
final class PersonKeys {
    /** Keys kept at most (a store has far fewer people than statements). */
    static final int CAPACITY = 100_000;

    /** What the ranking reads of an identity. */
    private record Identity(boolean organization, long articles) {
    }

    private final Map<String, Set<Long>> byKey = new LeastRecentlyUsed<>(CAPACITY);
    /** Every identity some kept key holds. */
    private final Map<Long, Identity> identities = new HashMap<>();

    /**
     * The {@code limit} identities (people, or organizations) under {@code key} seen in the most articles, the
     * lowest id first on a tie.
     */
    List<Long> top(Sql sql, String key, boolean organization, int limit) throws SQLException {
        Set<Long> held = byKey.get(key);
        if (held == null) {
            held = new LinkedHashSet<>();
            for (Object[] row : sql.list("SELECT k.person_id, p.organization, p.article_count FROM person_key k"
                    + " JOIN person p ON p.id = k.person_id WHERE k.key = ?",
                    rs -> new Object[] {rs.getLong(1), rs.getInt(2) == 1, rs.getLong(3)}, key)) {
                long id = (Long) row[0];
                held.add(id);
                identities.put(id, new Identity((Boolean) row[1], (Long) row[2]));
            }
            byKey.put(key, held);
        }
        List<Long> matching = new ArrayList<>();
        for (Long id : held) {
            if (identities.get(id).organization() == organization) {
                matching.add(id);
            }
        }
        matching.sort(Comparator.comparing((Long id) -> identities.get(id).articles()).reversed()
                .thenComparing(id -> id));
        return matching.size() > limit ? matching.subList(0, limit) : matching;
    }

    /** Records a new identity (seen in no article yet). */
    void created(long person, boolean organization) {
        identities.put(person, new Identity(organization, 0));
    }

    /** Records that {@code person} now has {@code key} (a key added again changes nothing). */
    void add(String key, long person) {
        Set<Long> held = byKey.get(key);
        if (held != null && !held.contains(person)) {
            if (identities.containsKey(person)) {
                held.add(person);
            } else {
                byKey.remove(key); // an identity not kept (found by its name): the key is read again when asked
            }
        }
    }

    /** Records an identity's new article count. */
    void counted(long person, long articles) {
        Identity known = identities.get(person);
        if (known != null) {
            identities.put(person, new Identity(known.organization(), articles));
        }
    }

    /** Forgets everything (identities were rebuilt, deleted or rolled back). */
    void clear() {
        byKey.clear();
        identities.clear();
    }
}
