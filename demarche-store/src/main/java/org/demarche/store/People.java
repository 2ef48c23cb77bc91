package org.demarche.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.demarche.kb.people.IdentityMatcher;
import org.demarche.kb.people.ParsedNames;

/**
 * Person identities inside one write transaction: finding the identity of a new sighting, merging and splitting
 * identities, re-applying the users' corrections, and keeping each identity's derived rows (aliases, roles,
 * blocking keys, counts) in step with its sightings.
 */
final class People {
    /** Separates aliases in a stored correction (a character no name contains). */
    private static final String ALIAS_SEPARATOR = "\n";

    private final Sql sql;
    private final long seq;
    private final IdentityMatcher matcher;
    private final PersonKeys personKeys;
    /** Candidates read per blocking key at most, those seen in the most articles first. */
    static final int MAX_CANDIDATES = 12;

    /**
     * The earlier and the later of a role's stored day and a new sighting's (either may be unknown), in SQL both
     * databases read (SQLite's two-argument min and max are PostgreSQL's least and greatest).
     */
    private static final String EARLIER = "CASE WHEN person_role.first_seen IS NULL"
            + " OR excluded.first_seen < person_role.first_seen THEN excluded.first_seen ELSE person_role.first_seen END";
    private static final String LATER = "CASE WHEN person_role.last_seen IS NULL"
            + " OR excluded.last_seen > person_role.last_seen THEN excluded.last_seen ELSE person_role.last_seen END";

    /** Identities as the matcher sees them, read once per batch and kept up to date as sightings are added. */
    private final Map<Long, Profile> profiles = new HashMap<>();
    /** Identities that gained sightings: counts and names to refresh. */
    private final Set<Long> touched = new HashSet<>();
    /** Identities that lost sightings: derived rows to rebuild, or the identity to delete. */
    private final Set<Long> shrunk = new HashSet<>();
    /** Statements whose passages' sightings moved to another identity: their speaker is to refresh. */
    private final Set<Long> moved = new HashSet<>();
    private final RowIds rowIds;
    // Deferred inserts (Sql.deferred): a sighting before the rows that refer to it.
    private final Sql.Deferred sightingRows;
    private final Sql.Deferred sightingAliasRows;
    private final Sql.Deferred personAliasRows;
    private final Sql.Deferred sightingRoleRows;
    private final Sql.Deferred personKeyRows;

    People(Sql sql, long seq, IdentityMatcher matcher, PersonKeys personKeys, RowIds ids) throws SQLException {
        this.sql = sql;
        this.personKeys = personKeys;
        this.seq = seq;
        this.matcher = matcher;
        this.rowIds = ids;
        this.sightingRows = sql.deferred("INSERT INTO sighting (id, person_id, article_id, name, seen, outlet)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        this.sightingAliasRows = sql.deferred("INSERT INTO sighting_alias (sighting_id, alias) VALUES (?, ?)");
        this.personAliasRows = sql.deferred("INSERT INTO person_alias (person_id, alias) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING");
        this.sightingRoleRows = sql.deferred("INSERT INTO sighting_role (sighting_id, role) VALUES (?, ?)");
        this.personKeyRows = sql.deferred("INSERT INTO person_key (person_id, key) VALUES (?, ?) ON CONFLICT DO NOTHING");
    }

    void touch(long person) {
        touched.add(person);
    }

    void shrunk(List<Long> persons) {
        shrunk.addAll(persons);
    }

    /**
     * The identity a sighting belongs to: the best of the candidates sharing a blocking key (the
     * {@link #MAX_CANDIDATES} seen in most articles per key), else an identity already displayed under exactly this
     * name, else a new identity. The same-name rule keeps one identity per name where the matcher, seeing two
     * equally good candidates (two Clintons for a bare "Clinton"), would choose neither and so start a third, and
     * then a fourth: the ambiguous sightings gather under one identity a user can split or merge.
     */
    long resolve(PreparedArticle.PreparedPerson p) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>(candidates(p.keys(), p.organization()));
        if (p.organization() && !ids.isEmpty()) {
            return ids.iterator().next(); // the same folded organization name: the same organization
        }
        List<Profile> candidates = new ArrayList<>();
        for (Long id : ids) {
            candidates.add(profile(id));
        }
        var best = matcher.best(p.names(), candidates, Profile::names);
        if (best.isPresent()) {
            return best.get().id();
        }
        String name = p.sighting().name();
        // Looked up apart from the candidates: those are capped, and a rarely seen "Clinton" identity falls out of
        // them once a surname has many identities, which started a new "Clinton" at every ambiguous sighting.
        Optional<Long> sameName = sql.one("SELECT p.id FROM person_alias a JOIN person p ON p.id = a.person_id"
                + " WHERE a.alias = ? AND p.name = ? AND p.organization = 0 ORDER BY p.id LIMIT 1",
                rs -> rs.getLong(1), name, name);
        if (sameName.isPresent()) {
            return sameName.get();
        }
        long created = sql.insert("INSERT INTO person (name, organization, seq) VALUES (?, ?, ?)",
                name, p.organization() ? 1 : 0, seq);
        personKeys.created(created, p.organization());
        return created;
    }

    /** The identities under each key, key after key, each key's {@link #MAX_CANDIDATES} seen in most articles first. */
    private List<Long> candidates(Set<String> keys, boolean organization) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (String key : keys) {
            ids.addAll(personKeys.top(sql, key, organization, MAX_CANDIDATES));
        }
        return ids;
    }

    /** An identity with its names parsed for the matcher ({@link ParsedNames}). */
    private record Profile(long id, String canonicalName, ParsedNames names) {
    }

    /** What the matcher compares a sighting with; kept for the batch, as one person is sighted again and again. */
    private Profile profile(long id) throws SQLException {
        Profile known = profiles.get(id);
        if (known == null) {
            String name = sql.strings("SELECT name FROM person WHERE id = ?", id).getFirst();
            List<String> names = new ArrayList<>();
            names.add(name);
            names.addAll(sql.strings("SELECT alias FROM person_alias WHERE person_id = ? ORDER BY alias", id));
            known = new Profile(id, name, ParsedNames.of(names,
                    sql.strings("SELECT role FROM person_role WHERE person_id = ? ORDER BY role", id)));
            profiles.put(id, known);
        }
        return known;
    }

    /** Drops the kept profiles and keys (after an article was rolled back, they may hold its rows). */
    void forgetRolledBack() {
        profiles.clear();
        personKeys.clear();
    }

    /** Records one article's sighting of a person and adds its spellings, roles and keys to the identity. */
    long addSighting(long person, String articleId, PreparedArticle.PreparedPerson p) throws SQLException {
        var s = p.sighting();
        long id = rowIds.next(RowIds.Table.SIGHTING);
        sightingRows.add(id, person, articleId, s.name(), s.seen(), s.outlet());
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(s.name());
        aliases.addAll(s.variants());
        // Aliases, roles and keys are distinct, so each row is written once.
        for (String alias : aliases) {
            sightingAliasRows.add(id, alias);
        }
        for (String alias : aliases) {
            personAliasRows.add(person, alias);
        }
        Set<String> roles = new LinkedHashSet<>(s.roles());
        for (String role : roles) {
            sightingRoleRows.add(id, role);
        }
        if (!roles.isEmpty()) {
            // Not deferred: PostgreSQL's driver would send deferred rows as one multi-row insert, and two sightings
            // of one identity in an article would make such an insert update one role twice, which is refused.
            List<Object> seen = new ArrayList<>();
            for (String role : roles) {
                seen.addAll(Arrays.asList(person, role, s.seen(), s.seen(), 1));
            }
            sql.update("INSERT INTO person_role (person_id, role, first_seen, last_seen, articles) VALUES "
                    + Sql.rows(roles.size(), 5) + " ON CONFLICT (person_id, role) DO UPDATE SET"
                    + " first_seen = " + EARLIER + ", last_seen = " + LATER + ","
                    + " articles = person_role.articles + 1", seen.toArray());
        }
        for (String key : p.keys()) {
            personKeyRows.add(person, key);
            personKeys.add(key, person);
        }
        Profile known = profiles.get(person);
        if (known != null) {
            profiles.put(person, new Profile(person, known.canonicalName(), known.names().plus(aliases, s.roles())));
        }
        touched.add(person);
        return id;
    }

    /** Rebuilds aliases, roles and keys of every identity that lost sightings. */
    void rebuildShrunk() throws SQLException {
        for (long person : shrunk) {
            rebuild(person);
        }
        touched.addAll(shrunk);
        shrunk.clear();
    }

    private void rebuild(long person) throws SQLException {
        profiles.remove(person);
        personKeys.clear();
        sql.update("DELETE FROM person_alias WHERE person_id = ?", person);
        sql.update("INSERT INTO person_alias (person_id, alias) SELECT DISTINCT s.person_id, a.alias FROM sighting s"
                + " JOIN sighting_alias a ON a.sighting_id = s.id WHERE s.person_id = ?", person);
        sql.update("DELETE FROM person_role WHERE person_id = ?", person);
        sql.update("INSERT INTO person_role (person_id, role, first_seen, last_seen, articles) SELECT s.person_id,"
                + " r.role, min(s.seen), max(s.seen), count(DISTINCT s.article_id) FROM sighting s"
                + " JOIN sighting_role r ON r.sighting_id = s.id WHERE s.person_id = ? GROUP BY s.person_id, r.role", person);
        sql.update("DELETE FROM person_key WHERE person_id = ?", person);
        boolean organization = sql.number("SELECT organization FROM person WHERE id = ?", person) == 1;
        List<String> aliases = sql.strings("SELECT alias FROM person_alias WHERE person_id = ? ORDER BY alias", person);
        Set<String> keys = new LinkedHashSet<>();
        if (organization) {
            aliases.forEach(alias -> keys.add(PreparedArticle.organizationKey(alias)));
        } else {
            keys.addAll(ParsedNames.of(aliases, List.of()).blockingKeys());
        }
        for (String key : keys) {
            sql.update("INSERT INTO person_key (key, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING", key, person);
        }
    }

    /**
     * Refreshes each touched identity's display name, counts and seen dates; an identity left without sightings
     * is deleted. Statements must have been refreshed first (their speakers feed the counts).
     */
    void refreshTouched() throws SQLException {
        record Identity(boolean organization, boolean sighted) {
        }
        for (long person : touched) {
            Optional<Identity> identity = sql.one("SELECT organization, EXISTS (SELECT 1 FROM sighting"
                    + " WHERE person_id = p.id) FROM person p WHERE id = ?",
                    rs -> new Identity(rs.getInt(1) == 1, rs.getBoolean(2)), person);
            if (identity.isEmpty()) {
                continue; // made by an article that was then rolled back
            }
            if (!identity.get().sighted()) {
                sql.update("DELETE FROM person WHERE id = ?", person);
                sql.update("INSERT INTO removed (kind, id, seq) VALUES ('person', ?, ?)", person, seq);
                personKeys.clear(); // its keys went with it
                continue;
            }
            String name = identity.get().organization() ? null
                    : matcher.canonicalName(sql.strings("SELECT alias FROM person_alias WHERE person_id = ? ORDER BY alias",
                            person));
            long articles = sql.number("UPDATE person SET name = coalesce(?, name),"
                    + " statement_count = (SELECT count(*) FROM statement WHERE speaker_id = ?),"
                    + " article_count = (SELECT count(DISTINCT article_id) FROM sighting WHERE person_id = ?),"
                    + " first_seen = (SELECT min(seen) FROM sighting WHERE person_id = ?),"
                    + " last_seen = (SELECT max(seen) FROM sighting WHERE person_id = ?), seq = ? WHERE id = ?"
                    + " RETURNING article_count", name, person, person, person, person, seq, person);
            personKeys.counted(person, articles);
            profiles.remove(person);
        }
        touched.clear();
    }

    /** Records and applies a merge; returns the surviving identity. */
    long merge(long a, long b) throws SQLException {
        requirePerson(a);
        requirePerson(b);
        if (a == b) {
            return a;
        }
        record("merge", aliases(a), aliases(b));
        return applyMerge(Math.min(a, b), Math.max(a, b));
    }

    /**
     * Records and applies a split: the articles that name the person by one of {@code names} now name somebody
     * else. Returns that identity. A split moves whole sightings, so the names must be names articles used on their
     * own, not only short forms within a longer name.
     */
    long split(long person, Set<String> names) throws SQLException {
        requirePerson(person);
        Set<String> all = new TreeSet<>(names(person));
        if (!all.containsAll(names)) {
            Set<String> unknown = new TreeSet<>(names);
            unknown.removeAll(all);
            throw new IllegalArgumentException("no article names person " + person + " " + unknown
                    + " on its own (short forms inside a longer name cannot be split off); names to split from: " + all);
        }
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(names);
        if (names.isEmpty() || rest.isEmpty()) {
            throw new IllegalArgumentException("a split needs some of the person's names, not none or all of " + all);
        }
        record("split", List.copyOf(new TreeSet<>(names)), List.copyOf(rest));
        return applySplit(person, names, rest).orElseThrow();
    }

    /** The names articles use for a person (a sighting's fullest name), not the short forms inside them. */
    private List<String> names(long person) throws SQLException {
        return sql.strings("SELECT DISTINCT name FROM sighting WHERE person_id = ?", person);
    }

    private void requirePerson(long id) throws SQLException {
        if (sql.number("SELECT count(*) FROM person WHERE id = ?", id) == 0) {
            throw new NoSuchElementException("no person with id " + id);
        }
    }

    private List<String> aliases(long person) throws SQLException {
        return sql.strings("SELECT alias FROM person_alias WHERE person_id = ? ORDER BY alias", person);
    }

    private void record(String kind, List<String> a, List<String> b) throws SQLException {
        sql.update("INSERT INTO correction (kind, aliases_a, aliases_b, created) VALUES (?, ?, ?, ?)",
                kind, String.join(ALIAS_SEPARATOR, a), String.join(ALIAS_SEPARATOR, b), Instant.now().toString());
    }

    /**
     * Re-applies every recorded correction, oldest first, to the identities as they are now; a correction that
     * already holds changes nothing.
     */
    void applyCorrections() throws SQLException {
        record Correction(String kind, Set<String> a, Set<String> b) {
        }
        List<Correction> corrections = sql.list("SELECT kind, aliases_a, aliases_b FROM correction ORDER BY id",
                rs -> new Correction(rs.getString(1), split(rs.getString(2)), split(rs.getString(3))));
        for (Correction c : corrections) {
            if (c.kind().equals("merge")) {
                Long a = holderOf(c.a());
                Long b = holderOf(c.b());
                if (a != null && b != null && !a.equals(b)) {
                    applyMerge(Math.min(a, b), Math.max(a, b));
                }
            } else {
                Set<Long> others = namedBy(c.b());
                for (Long person : namedBy(c.a())) {
                    if (others.contains(person)) {
                        applySplit(person, c.a(), c.b());
                    }
                }
            }
        }
    }

    /** The statements whose speaker may have changed by merges and splits, handed over once. */
    Set<Long> takeMovedStatements() {
        Set<Long> out = Set.copyOf(moved);
        moved.clear();
        return out;
    }

    private static Set<String> split(String aliases) {
        return new LinkedHashSet<>(Arrays.asList(aliases.split(ALIAS_SEPARATOR)));
    }

    /** The identity holding most of {@code aliases} (the lowest id on a tie), or null when none holds any. */
    private Long holderOf(Set<String> aliases) throws SQLException {
        Map<Long, Integer> votes = new HashMap<>();
        for (String alias : aliases) {
            for (Long person : sql.ids("SELECT person_id FROM person_alias WHERE alias = ?", alias)) {
                votes.merge(person, 1, Integer::sum);
            }
        }
        Long best = null;
        for (Map.Entry<Long, Integer> e : new java.util.TreeMap<>(votes).entrySet()) {
            if (best == null || e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The identities some article names by one of {@code names}. */
    private Set<Long> namedBy(Set<String> names) throws SQLException {
        Set<Long> out = new TreeSet<>();
        for (String name : names) {
            out.addAll(sql.ids("SELECT DISTINCT person_id FROM sighting WHERE name = ?", name));
        }
        return out;
    }

    private long applyMerge(long keep, long gone) throws SQLException {
        moved.addAll(sql.ids("SELECT DISTINCT statement_id FROM source WHERE sighting_id IN"
                + " (SELECT id FROM sighting WHERE person_id = ?)", gone));
        sql.update("UPDATE sighting SET person_id = ? WHERE person_id = ?", keep, gone);
        sql.update("UPDATE statement SET speaker_id = ? WHERE speaker_id = ?", keep, gone);
        shrunk.add(gone);
        shrunk.add(keep);
        rebuildShrunk();
        return keep;
    }

    /**
     * Moves the sightings named by {@code names} off {@code person} to the identity that is named so but never by
     * any of {@code rest}, or to a new identity. Returns that identity, or empty when there was nothing to move.
     */
    private Optional<Long> applySplit(long person, Set<String> names, Set<String> rest) throws SQLException {
        List<Long> moving = new ArrayList<>();
        for (String name : names) {
            moving.addAll(sql.ids("SELECT id FROM sighting WHERE person_id = ? AND name = ?", person, name));
        }
        if (moving.isEmpty()) {
            return Optional.empty();
        }
        Long target = null;
        for (Long other : namedBy(names)) {
            if (other != person && Collections.disjoint(names(other), rest)) {
                target = other;
                break;
            }
        }
        if (target == null) {
            target = sql.insert("INSERT INTO person (name, organization, seq) SELECT ?, organization, ? FROM person"
                    + " WHERE id = ?", names.iterator().next(), seq, person);
        }
        for (Long sighting : moving) {
            sql.update("UPDATE sighting SET person_id = ? WHERE id = ?", target, sighting);
            moved.addAll(sql.ids("SELECT DISTINCT statement_id FROM source WHERE sighting_id = ?", sighting));
        }
        shrunk.add(person);
        shrunk.add(target);
        rebuildShrunk();
        return Optional.of(target);
    }
}
