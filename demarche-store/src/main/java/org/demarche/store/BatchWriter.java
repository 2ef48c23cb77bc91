package org.demarche.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Quote;
import org.demarche.article.QuoteKind;
import org.demarche.kb.people.IdentityMatcher;
import org.demarche.kb.statements.StatementFingerprint;
import org.demarche.kb.statements.StatementMatcher;

/**
 * Writes articles into the store inside one transaction (one batch). Each article's rows are written at once;
 * what is derived from many articles (a statement's earliest source, a person's counts and names, the search
 * index marks) is refreshed once for everything the batch touched, in {@link #finish()}. Candidates for the same
 * person or the same statement come from blocking-key tables, never from a scan.
 */
final class BatchWriter {
    /** Statements read per blocking key at most (the latest ones). */
    static final int KEY_BLOCK = 200;
    /** Candidates compared word by word at most, those sharing the most keys first. */
    static final int CANDIDATES = 16;

    /** What happened to one article. */
    enum Outcome { ADDED, REPLACED, UNCHANGED }

    private final Sql sql;
    private final long seq;
    private final IdentityMatcher identities;
    private final StatementMatcher statements;
    private final People people;
    private final Set<Long> touchedStatements = new HashSet<>();
    /** Touched statements whose outlets may have changed: the search index must see them again. */
    private final Set<Long> outletsChanged = new HashSet<>();
    private final Fingerprints fingerprints;

    BatchWriter(Sql sql, IdentityMatcher identities, StatementMatcher statements, Fingerprints fingerprints)
            throws SQLException {
        this.sql = sql;
        this.fingerprints = fingerprints;
        this.seq = sql.number("SELECT value FROM store_state WHERE name = 'seq'") + 1;
        this.identities = identities;
        this.statements = statements;
        this.people = new People(sql, seq, identities);
    }

    long seq() {
        return seq;
    }

    People people() {
        return people;
    }

    /** Writes one article, replacing the stored version with the same id or url; nothing if it is unchanged. */
    Outcome write(PreparedArticle p) throws SQLException {
        AnnotatedArticle a = p.article();
        record Stored(String id, String hash) {
        }
        List<Stored> stored = sql.list("SELECT id, content_hash FROM article WHERE id = ? OR (url IS NOT NULL AND url = ?)",
                rs -> new Stored(rs.getString(1), rs.getString(2)), a.id(), a.url());
        if (stored.size() == 1 && stored.getFirst().id().equals(a.id()) && stored.getFirst().hash().equals(p.contentHash())) {
            return Outcome.UNCHANGED;
        }
        for (Stored old : stored) {
            remove(old.id());
        }
        sql.update("INSERT INTO article (id, url, title, outlet, published, dateline, language, text, content_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.url(), a.title(), a.outlet(), a.published(), dateline(a), a.language(), a.text(),
                p.contentHash());
        long[] sightings = new long[p.people().size()];
        long[] persons = new long[p.people().size()];
        for (int i = 0; i < sightings.length; i++) {
            PreparedArticle.PreparedPerson person = p.people().get(i);
            persons[i] = people.resolve(person);
            sightings[i] = people.addSighting(persons[i], a.id(), person);
        }
        for (int i = 0; i < p.quotes().size(); i++) {
            PreparedArticle.PreparedQuote q = p.quotes().get(i);
            Long person = q.person() < 0 ? null : persons[q.person()];
            Long sighting = q.person() < 0 ? null : sightings[q.person()];
            long statement = statementFor(q, person);
            if (sql.number("SELECT count(*) FROM source s JOIN article a ON a.id = s.article_id"
                    + " WHERE s.statement_id = ? AND a.outlet IS ?", statement, a.outlet()) == 0) {
                outletsChanged.add(statement);
            }
            addSource(a.id(), i, statement, sighting, q);
            touchedStatements.add(statement);
        }
        return stored.isEmpty() ? Outcome.ADDED : Outcome.REPLACED;
    }

    private static String dateline(AnnotatedArticle a) {
        return a.dateline() == null ? null : a.dateline().span().text();
    }

    /** Deletes an article and its passages and sightings; what they fed is refreshed in {@link #finish()}. */
    private void remove(String articleId) throws SQLException {
        List<Long> statementsOfArticle = sql.ids("SELECT DISTINCT statement_id FROM source WHERE article_id = ?", articleId);
        touchedStatements.addAll(statementsOfArticle);
        outletsChanged.addAll(statementsOfArticle);
        people.shrunk(sql.ids("SELECT DISTINCT person_id FROM sighting WHERE article_id = ?", articleId));
        sql.update("DELETE FROM source WHERE article_id = ?", articleId);
        sql.update("DELETE FROM sighting WHERE article_id = ?", articleId);
        sql.update("DELETE FROM article WHERE id = ?", articleId);
    }

    /** A candidate statement as the grouping reads it. */
    private record Candidate(long id, String text, QuoteKind kind, Long speaker, Long reports) {
        boolean quoted() {
            return kind != QuoteKind.INDIRECT;
        }

        /** Two statements by different known people are never one, however alike their words. */
        boolean speakerAllows(Long person) {
            return speaker == null || person == null || speaker.equals(person);
        }
    }

    /** The statement this passage belongs to: an existing one with the same words (and speaker), or a new one. */
    private long statementFor(PreparedArticle.PreparedQuote q, Long person) throws SQLException {
        boolean quoted = q.quote().kind() != QuoteKind.INDIRECT;
        List<Candidate> candidates = candidates(q.keys());
        for (Candidate c : candidates) {
            if (c.quoted() == quoted && c.speakerAllows(person)
                    && statements.sameStatement(q.fingerprint(), fingerprint(c))) {
                addKeys(c.id(), q.keys());
                return c.id();
            }
        }
        Quote quote = q.quote();
        long id = sql.insert("INSERT INTO statement (text, kind, speaker_id, speaker_role, date, date_derivation,"
                        + " source_count, seq) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                quote.content().text(), quote.kind(), person, quote.speakerRole(), q.date().date(),
                q.date().derivation(), seq);
        for (String topic : q.topics()) {
            sql.update("INSERT OR IGNORE INTO statement_topic (statement_id, topic) VALUES (?, ?)", id, topic);
        }
        addKeys(id, q.keys());
        linkReports(id, quoted, q.fingerprint(), person, candidates);
        return id;
    }

    /** Links a new indirect statement to the direct quote it reports, or a new direct quote to its reports. */
    private void linkReports(long id, boolean quoted, StatementFingerprint fingerprint, Long person,
                             List<Candidate> candidates) throws SQLException {
        for (Candidate c : candidates) {
            if (c.quoted() == quoted || !c.speakerAllows(person)) {
                continue;
            }
            if (!quoted && statements.reports(fingerprint, fingerprint(c))) {
                sql.update("UPDATE statement SET reports_id = ? WHERE id = ?", c.id(), id);
                return;
            }
            if (quoted && c.reports() == null && statements.reports(fingerprint(c), fingerprint)) {
                sql.update("UPDATE statement SET reports_id = ?, seq = ? WHERE id = ?", id, seq, c.id());
            }
        }
    }

    /**
     * The statements most likely to be this one: those sharing the most blocking keys with it. A key many
     * statements share (a stock phrase) is read only for its latest {@link #KEY_BLOCK} statements, and only the
     * best {@link #CANDIDATES} are compared word by word, so a common phrase never makes a write scan thousands.
     */
    private List<Candidate> candidates(Set<Long> keys) throws SQLException {
        Map<Long, Integer> shared = new HashMap<>();
        for (Long key : keys) {
            for (Long id : sql.ids("SELECT statement_id FROM statement_key WHERE key = ? ORDER BY statement_id DESC"
                    + " LIMIT ?", key, KEY_BLOCK)) {
                shared.merge(id, 1, Integer::sum);
            }
        }
        List<Long> best = shared.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
        List<Candidate> out = new ArrayList<>();
        for (Long id : best) {
            sql.one("SELECT id, text, kind, speaker_id, reports_id FROM statement WHERE id = ?",
                    rs -> new Candidate(rs.getLong(1), rs.getString(2), QuoteKind.valueOf(rs.getString(3)),
                            Sql.longOrNull(rs, "speaker_id"), Sql.longOrNull(rs, "reports_id")), id)
                    .ifPresent(out::add);
        }
        return out;
    }

    private StatementFingerprint fingerprint(Candidate c) {
        return fingerprints.of(c.text());
    }

    private void addKeys(long statement, Set<Long> keys) throws SQLException {
        for (Long key : keys) {
            sql.update("INSERT OR IGNORE INTO statement_key (key, statement_id) VALUES (?, ?)", key, statement);
        }
    }

    private void addSource(String articleId, int position, long statement, Long sighting,
                           PreparedArticle.PreparedQuote q) throws SQLException {
        Quote quote = q.quote();
        sql.update("INSERT INTO source (article_id, position, statement_id, sighting_id, kind, text, start_offset,"
                        + " end_offset, speaker_name, speaker_role, cue, cue_start, cue_end, confidence, date,"
                        + " date_derivation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                articleId, position, statement, sighting, quote.kind(), quote.content().text(), quote.content().start(),
                quote.content().end(), quote.speaker(), quote.speakerRole(),
                quote.cue() == null ? null : quote.cue().text(), quote.cue() == null ? -1 : quote.cue().start(),
                quote.cue() == null ? -1 : quote.cue().end(), quote.confidence(), q.date().date(),
                q.date().derivation());
    }

    /**
     * Finishes the batch: re-applies the users' corrections, refreshes every statement and person it touched
     * (earliest source, counts, names), and records the batch number, so the search index knows what to redo.
     */
    void finish() throws SQLException {
        people.rebuildShrunk();
        people.applyCorrections();
        touchedStatements.addAll(people.takeMovedStatements());
        for (long id : touchedStatements) {
            refreshStatement(id);
        }
        people.refreshTouched();
        sql.update("UPDATE store_state SET value = ? WHERE name = 'seq'", seq);
    }

    /** Text, kind, speaker and date of the earliest passage; the statement goes when no passage is left. */
    private void refreshStatement(long id) throws SQLException {
        Optional<Indexed> before = indexed(id);
        before.map(Indexed::speaker).ifPresent(people::touch);
        long sources = sql.number("SELECT count(*) FROM source WHERE statement_id = ?", id);
        if (sources == 0) {
            sql.update("DELETE FROM statement WHERE id = ?", id);
            sql.update("INSERT INTO removed (kind, id, seq) VALUES ('statement', ?, ?)", id, seq);
            return;
        }
        record Speaker(Long person, String role) {
        }
        Speaker speaker = sql.one("SELECT g.person_id, s.speaker_role FROM source s JOIN article a ON a.id = s.article_id"
                        + " JOIN sighting g ON g.id = s.sighting_id WHERE s.statement_id = ?"
                        + " ORDER BY s.date IS NULL, s.date, a.published IS NULL, a.published, s.article_id, s.position"
                        + " LIMIT 1", rs -> new Speaker(rs.getLong(1), rs.getString(2)), id)
                .orElse(new Speaker(null, null));
        sql.update("UPDATE statement SET (text, kind, date, date_derivation) = (SELECT s.text, s.kind, s.date,"
                + " s.date_derivation FROM source s JOIN article a ON a.id = s.article_id WHERE s.statement_id = ?"
                + " ORDER BY s.date IS NULL, s.date, a.published IS NULL, a.published, s.article_id, s.position"
                + " LIMIT 1), speaker_id = ?, speaker_role = ?, source_count = ? WHERE id = ?",
                id, speaker.person(), speaker.role(), sources, id);
        // Only what search sees sends the statement back to the index (another copy of a wire story usually
        // changes nothing but the source count, which is read from SQLite).
        if (outletsChanged.contains(id) || !before.equals(indexed(id))) {
            sql.update("UPDATE statement SET seq = ? WHERE id = ?", seq, id);
        }
        if (speaker.person() != null) {
            people.touch(speaker.person());
        }
    }

    /** The statement's fields the search index holds (besides topics, fixed at creation, and outlets). */
    private record Indexed(String text, String kind, Long speaker, String date) {
    }

    private Optional<Indexed> indexed(long id) throws SQLException {
        return sql.one("SELECT text, kind, speaker_id, date FROM statement WHERE id = ?", rs -> new Indexed(
                rs.getString(1), rs.getString(2), Sql.longOrNull(rs, "speaker_id"), rs.getString(4)), id);
    }
}
