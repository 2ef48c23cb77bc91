package org.demarche.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /** The outlets of each statement's sources: a new outlet sends the statement back to the index. */
    private final StatementOutlets outlets;
    /** What each statement's passages sum up to, so that the refresh need not read them back. */
    private final StatementSummaries summaries;
    private final Fingerprints fingerprints;
    private final StatementKeys keys;
    /**
     * Statements this batch created that have one passage, the one they were created from: they were written as
     * their refresh would leave them, so {@link #finish()} skips them (unless something else touched them).
     */
    private final Set<Long> created = new HashSet<>();
    private final RowIds ids;
    // Deferred inserts, prepared before those that refer to their rows (Sql.deferred): an article and its
    // statements, then (in People) its sightings, then the rows that refer to them.
    private final Sql.Deferred articleRows;
    private final Sql.Deferred statementRows;
    private final Sql.Deferred sourceRows;
    private final Sql.Deferred topicRows;
    private final Sql.Deferred keyRows;

    BatchWriter(Sql sql, IdentityMatcher identities, StatementMatcher statements, Fingerprints fingerprints,
                StatementKeys keys, PersonKeys personKeys, StatementOutlets outlets, StatementSummaries summaries)
            throws SQLException {
        this.outlets = outlets;
        this.summaries = summaries;
        this.sql = sql;
        this.fingerprints = fingerprints;
        this.keys = keys;
        this.seq = sql.number("SELECT value FROM store_state WHERE name = 'seq'") + 1;
        this.identities = identities;
        this.statements = statements;
        this.ids = new RowIds(sql);
        this.articleRows = sql.deferred("INSERT INTO article (id, url, title, outlet, published, dateline, language, text,"
                + " content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.statementRows = sql.deferred("INSERT INTO statement (id, text, kind, speaker_id, speaker_role, date,"
                + " date_derivation, source_count, seq) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)");
        this.people = new People(sql, seq, identities, personKeys, ids);
        this.sourceRows = sql.deferred("INSERT INTO source (article_id, position, statement_id, sighting_id, kind, text,"
                + " start_offset, end_offset, speaker_name, speaker_role, cue, cue_start, cue_end, confidence, date,"
                + " date_derivation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.topicRows = sql.deferred("INSERT INTO statement_topic (statement_id, topic) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING");
        this.keyRows = sql.deferred("INSERT INTO statement_key (key, statement_id) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING");
    }

    long seq() {
        return seq;
    }

    People people() {
        return people;
    }

    /** Drops what the batch keeps in memory about rows, after an article was rolled back: they may be its rows. */
    void forgetRolledBack() {
        people.forgetRolledBack();
        ids.forget();
        outlets.clear();
        keys.forgetLatest();
        summaries.clear();
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
        articleRows.add(a.id(), a.url(), a.title(), a.outlet(), a.published(), dateline(a), a.language(), a.text(),
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
            Placed placed = statementFor(q, person);
            long statement = placed.statement();
            if (outlets.of(sql, statement).add(a.outlet())) {
                outletsChanged.add(statement);
            }
            addSource(a.id(), i, statement, sighting, q);
            StatementSummaries.Passage passage = passage(a, i, q, person);
            if (placed.created()) {
                created.add(statement);
                summaries.created(statement, passage);
            } else {
                touchedStatements.add(statement);
                summaries.added(statement, passage);
            }
        }
        return stored.isEmpty() ? Outcome.ADDED : Outcome.REPLACED;
    }

    /** The passage as the statement's refresh reads it back (dates as stored: ISO days). */
    private static StatementSummaries.Passage passage(AnnotatedArticle a, int position, PreparedArticle.PreparedQuote q,
                                                      Long speaker) {
        Quote quote = q.quote();
        return new StatementSummaries.Passage(Objects.toString(q.date().date(), null),
                Objects.toString(a.published(), null), a.id(), position, quote.content().text(), quote.kind().name(),
                q.date().derivation(), speaker, quote.speakerRole());
    }

    private static String dateline(AnnotatedArticle a) {
        return a.dateline() == null ? null : a.dateline().span().text();
    }

    /** Deletes an article and its passages and sightings; what they fed is refreshed in {@link #finish()}. */
    private void remove(String articleId) throws SQLException {
        List<Long> statementsOfArticle = sql.ids("SELECT DISTINCT statement_id FROM source WHERE article_id = ?", articleId);
        touchedStatements.addAll(statementsOfArticle);
        outletsChanged.addAll(statementsOfArticle);
        outlets.forget(statementsOfArticle);
        summaries.forget(statementsOfArticle);
        people.shrunk(sql.ids("SELECT DISTINCT person_id FROM sighting WHERE article_id = ?", articleId));
        sql.update("DELETE FROM source WHERE article_id = ?", articleId);
        sql.update("DELETE FROM sighting WHERE article_id = ?", articleId);
        sql.update("DELETE FROM article WHERE id = ?", articleId);
        ids.forget(); // its sightings may have had the highest ids
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

    /** The statement a passage went to, and whether it was made for it. */
    private record Placed(long statement, boolean created) {
    }

    /** The statement this passage belongs to: an existing one with the same words (and speaker), or a new one. */
    private Placed statementFor(PreparedArticle.PreparedQuote q, Long person) throws SQLException {
        boolean quoted = q.quote().kind() != QuoteKind.INDIRECT;
        List<Candidate> candidates = candidates(q.keys());
        for (Candidate c : candidates) {
            if (c.quoted() == quoted && c.speakerAllows(person)
                    && statements.sameStatement(q.fingerprint(), fingerprint(c))) {
                addKeys(c.id(), q.keys());
                return new Placed(c.id(), false);
            }
        }
        Quote quote = q.quote();
        // Written as refreshStatement would leave it with this one passage: one source, and the speaker's role
        // only with a known speaker.
        long id = ids.next(RowIds.Table.STATEMENT);
        statementRows.add(id, quote.content().text(), quote.kind(), person,
                person == null ? null : quote.speakerRole(), q.date().date(), q.date().derivation(), seq);
        for (String topic : q.topics()) {
            topicRows.add(id, topic);
        }
        outlets.created(id);
        // The next copies of this statement meet it as a candidate: its fingerprint is already made.
        fingerprints.keep(quote.content().text(), q.fingerprint());
        addKeys(id, q.keys());
        linkReports(id, quoted, q.fingerprint(), person, candidates);
        return new Placed(id, true);
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
     * The statements under each key come from memory when they can ({@link StatementKeys#latest}); one query reads
     * the best candidates' rows.
     */
    private List<Candidate> candidates(Set<Long> quoteKeys) throws SQLException {
        Map<Long, Integer> shared = new HashMap<>();
        for (Long key : quoteKeys) {
            for (long statement : keys.latest(sql, key)) {
                shared.merge(statement, 1, Integer::sum);
            }
        }
        if (shared.isEmpty()) {
            return List.of();
        }
        List<Long> best = shared.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> shared.get(id)).reversed().thenComparing(id -> id))
                .limit(CANDIDATES).toList();
        Map<Long, Candidate> rows = new HashMap<>();
        sql.forEach("SELECT id, text, kind, speaker_id, reports_id FROM statement WHERE id IN ("
                        + String.join(", ", Collections.nCopies(best.size(), "?")) + ")",
                rs -> rows.put(rs.getLong(1), new Candidate(rs.getLong(1), rs.getString(2),
                        QuoteKind.valueOf(rs.getString(3)), Sql.longOrNull(rs, 4), Sql.longOrNull(rs, 5))),
                best.toArray());
        List<Candidate> ranked = new ArrayList<>();
        for (Long id : best) {
            Candidate row = rows.get(id);
            if (row != null) {
                ranked.add(row);
            }
        }
        return ranked;
    }

    private StatementFingerprint fingerprint(Candidate c) {
        return fingerprints.of(c.text());
    }

    /** Records the statement under each of the keys it is not known to have (a copy shares most of them). */
    private void addKeys(long statement, Set<Long> quoteKeys) throws SQLException {
        for (Long key : quoteKeys) {
            if (keys.add(key, statement)) {
                keyRows.add(key, statement);
            }
        }
    }

    private void addSource(String articleId, int position, long statement, Long sighting,
                           PreparedArticle.PreparedQuote q) throws SQLException {
        Quote quote = q.quote();
        sourceRows.add(articleId, position, statement, sighting, quote.kind(), quote.content().text(), quote.content().start(),
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
        Set<Long> moved = people.takeMovedStatements();
        if (!moved.isEmpty()) {
            summaries.clear(); // passages changed speakers: their summaries are out of date
        }
        touchedStatements.addAll(moved);
        for (long id : touchedStatements) {
            refreshStatement(id);
        }
        people.refreshTouched();
        sql.update("UPDATE store_state SET value = ? WHERE name = 'seq'", seq);
    }

    /** The statement's fields the search index holds (besides topics, fixed at creation, and outlets). */
    private record Indexed(String text, String kind, Long speaker, String date) {
    }

    /**
     * A statement as stored ({@code before}), and what its passages now say: how many there are, the earliest
     * one's text, kind and date, and the speaker and role of the earliest one whose speaker is known.
     */
    private record Passages(Indexed before, long sources, String text, String kind, String date, String derivation,
                            Long speaker, String role) {
        Indexed after() {
            return new Indexed(text, kind, speaker, date);
        }
    }

    /** The order of a statement's passages: earliest first, then by article and position. */
    private static final String EARLIEST_FIRST =
            " ORDER BY s.date IS NULL, s.date, a.published IS NULL, a.published, s.article_id, s.position LIMIT 1";

    /** One query for everything {@link #refreshStatement} reads. */
    private static final String PASSAGES = "SELECT st.text, st.kind, st.speaker_id, st.date, e.sources, e.text,"
            + " e.kind, e.date, e.date_derivation, sp.person_id, sp.speaker_role FROM statement st"
            + " LEFT JOIN (SELECT s.text, s.kind, s.date, s.date_derivation, count(*) OVER () AS sources FROM source s"
            + " JOIN article a ON a.id = s.article_id WHERE s.statement_id = ?" + EARLIEST_FIRST + ") e ON true"
            + " LEFT JOIN (SELECT g.person_id, s.speaker_role FROM source s JOIN article a ON a.id = s.article_id"
            + " JOIN sighting g ON g.id = s.sighting_id WHERE s.statement_id = ?" + EARLIEST_FIRST + ") sp ON true"
            + " WHERE st.id = ?";

    /**
     * Text, kind, speaker and date of the earliest passage; the statement goes when no passage is left. Read from
     * the statement's summary when it is kept, else from its passages.
     */
    private void refreshStatement(long id) throws SQLException {
        StatementSummaries.Summary before = summaries.written(id);
        StatementSummaries.Summary after = summaries.takePending(id);
        if (before != null && after != null) {
            StatementSummaries.Passage e = after.earliest();
            update(id, new Passages(indexed(before), after.sources(), e.text(), e.kind(), e.date(), e.derivation(),
                    after.speaker(), after.role()));
            summaries.refreshed(id, after);
            return;
        }
        summaries.forget(List.of(id));
        Optional<Passages> read = sql.oneReplanned(PASSAGES, rs -> new Passages(
                new Indexed(rs.getString(1), rs.getString(2), Sql.longOrNull(rs, 3), rs.getString(4)),
                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                Sql.longOrNull(rs, 10), rs.getString(11)), id, id, id);
        if (read.isEmpty()) {
            return; // already gone (a statement deleted earlier in this batch)
        }
        Passages p = read.get();
        if (p.sources() > 0) {
            update(id, p);
            return;
        }
        if (p.before().speaker() != null) {
            people.touch(p.before().speaker());
        }
        sql.update("DELETE FROM statement WHERE id = ?", id);
        ids.forget(); // it may have had the highest id
        keys.forgetLatest(); // its keys went with it
        outlets.forget(List.of(id));
        sql.update("INSERT INTO removed (kind, id, seq) VALUES ('statement', ?, ?)", id, seq);
    }

    /** What the statement's row shows of a summary. */
    private static Indexed indexed(StatementSummaries.Summary s) {
        return new Indexed(s.earliest().text(), s.earliest().kind(), s.speaker(), s.earliest().date());
    }

    /** Writes what the statement's passages now say into its row, and touches its speakers before and after. */
    private void update(long id, Passages p) throws SQLException {
        if (p.before().speaker() != null) {
            people.touch(p.before().speaker());
        }
        // Only what search sees sends the statement back to the index (another copy of a wire story usually
        // changes nothing but the source count, which is read from SQLite).
        boolean reindex = outletsChanged.contains(id) || !p.before().equals(p.after());
        sql.update("UPDATE statement SET text = ?, kind = ?, date = ?, date_derivation = ?, speaker_id = ?,"
                        + " speaker_role = ?, source_count = ?, seq = CASE WHEN ? THEN ? ELSE seq END WHERE id = ?",
                p.text(), p.kind(), p.date(), p.derivation(), p.speaker(), p.role(), p.sources(), reindex, seq, id);
        if (p.speaker() != null) {
            people.touch(p.speaker());
        }
    }
}
