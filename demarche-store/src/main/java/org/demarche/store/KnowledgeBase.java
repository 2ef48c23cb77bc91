package org.demarche.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.demarche.article.QuoteKind;
import org.demarche.kb.people.IdentityMatcher;
import org.demarche.kb.statements.StatementMatcher;
import org.demarche.kb.topics.Taxonomy;
import org.demarche.store.query.ArticleDetail;
import org.demarche.store.query.CorpusStats;
import org.demarche.store.query.Count;
import org.demarche.store.query.Page;
import org.demarche.store.query.PersonDetail;
import org.demarche.store.query.PersonHit;
import org.demarche.store.query.PersonRef;
import org.demarche.store.query.Source;
import org.demarche.store.query.StatementDetail;
import org.demarche.store.query.StatementHit;
import org.demarche.store.query.StatementQuery;
import org.demarche.store.query.StatementRef;

/**
 * The knowledge base, embedded or on a server. Embedded, in a data directory ({@link #open(Path)}): records in
 * SQLite ({@code store.db}), full text in Lucene ({@code index/}); SQLite is the truth, the index is derived from
 * it and catches up on open. On PostgreSQL ({@link #open(String)}): records and full text both in the database,
 * with the same schema and the same SQL, and PostgreSQL's own text search. Thread-safe: any number of threads may
 * query at once; writes (ingest batches, corrections) are serialised.
 */
public final class KnowledgeBase implements AutoCloseable {
    /** How many of a person's latest statements {@link #person} returns. */
    static final int LATEST_STATEMENTS = 20;
    /** How many people {@link #stats} lists as most quoted. */
    static final int MOST_QUOTED = 20;
    public static final int MAX_PAGE_SIZE = StatementQuery.MAX_PAGE_SIZE;

    /**
     * Lucene logs, on every start, whether its vector code can use the JDK's incubator module; the store runs no
     * vector search, so that is noise. Held in a field: the JDK keeps loggers weakly, and the level with them.
     */
    private static final java.util.logging.Logger VECTOR_LOG = quiet("org.apache.lucene.internal.vectorization");

    private final Database db;
    private final TextSearch index;
    /** Corrections applied since the store was opened: an ingester forgets the identities it kept when it moves. */
    private final AtomicLong corrections = new AtomicLong();

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    private KnowledgeBase(Database db, TextSearch index) {
        this.db = db;
        this.index = index;
    }

    /** Opens the store in {@code dataDir}, creating or migrating it, and brings the search index up to date. */
    public static KnowledgeBase open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Database db = Database.open(dataDir.resolve("store.db"));
        try {
            return withSearch(db, SearchIndex.open(dataDir.resolve("index")));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens the store in a PostgreSQL database, creating or migrating its schema: {@code jdbcUrl} such as
     * {@code jdbc:postgresql://HOST:PORT/DB?user=U&password=P} (user and password may come from {@code $PGUSER} and
     * {@code $PGPASSWORD} instead). Any number of processes may open one database; their writes take turns.
     */
    public static KnowledgeBase open(String jdbcUrl) {
        Database db = Database.openPostgres(jdbcUrl);
        try {
            return withSearch(db, new PostgresSearch(db));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static KnowledgeBase withSearch(Database db, TextSearch search) {
        try {
            search.catchUp(db);
            return new KnowledgeBase(db, search);
        } catch (RuntimeException e) {
            search.close();
            throw e;
        }
    }

    /** An ingester with the default topic taxonomy that reports failures to {@code failures}. */
    public Ingester ingester(Ingester.Failures failures) {
        return ingester(Taxonomy.defaults(), Ingester.BATCH_ARTICLES, failures);
    }

    /** An ingester tagging topics from {@code taxonomy} and writing {@code batchArticles} articles per transaction. */
    public Ingester ingester(Taxonomy taxonomy, int batchArticles, Ingester.Failures failures) {
        return new Ingester(this, taxonomy, batchArticles, failures);
    }

    Database database() {
        return db;
    }

    long corrections() {
        return corrections.get();
    }

    /** Brings the search index up to the last committed batch (the ingester does it on a thread of its own). */
    void catchUpIndex() {
        index.catchUp(db);
    }

    /** Runs {@code work} in one transaction, then lets the search index catch up with it. */
    <T> T write(Database.Work<T> work) {
        T result = db.write(work);
        index.catchUp(db);
        return result;
    }

    /** Statements matching the query, one page. */
    public Page<StatementHit> statements(StatementQuery query) {
        TextSearch.Hits hits = index.statements(query);
        List<StatementHit> items = db.read(sql -> hits(sql, hits.ids(), hits.fragments()));
        return new Page<>(items, hits.total(), hits.exact(), query.page(), query.pageSize());
    }

    private static final String HIT_COLUMNS = "s.id, s.text, s.kind, s.speaker_id, p.name AS speaker_name,"
            + " s.speaker_role, s.date, s.date_derivation, s.source_count";

    /**
     * The statements of {@code ids} still in the store, in that order, each with its fragment (null: the whole text),
     * read in two queries whatever the number.
     */
    private static List<StatementHit> hits(Sql sql, List<Long> ids, List<String> fragments) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Map<Long, List<String>> topics = new HashMap<>();
        sql.list("SELECT statement_id, topic FROM statement_topic WHERE statement_id" + in + " ORDER BY topic",
                rs -> topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)), ids.toArray());
        Map<Long, String> fragmentOf = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            fragmentOf.put(ids.get(i), fragments.get(i));
        }
        Map<Long, StatementHit> byId = new HashMap<>();
        for (StatementHit hit : sql.list("SELECT " + HIT_COLUMNS + " FROM statement s"
                + " LEFT JOIN person p ON p.id = s.speaker_id WHERE s.id" + in,
                rs -> hit(rs, fragmentOf.get(rs.getLong("id")), topics), ids.toArray())) {
            byId.put(hit.id(), hit);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static StatementHit hit(ResultSet rs, String fragment, Map<Long, List<String>> topics) throws SQLException {
        long id = rs.getLong("id");
        String text = rs.getString("text");
        return new StatementHit(id, text, fragment != null ? fragment : html(text), QuoteKind.valueOf(rs.getString("kind")),
                speaker(rs), rs.getString("speaker_role"), Sql.date(rs, "date"), rs.getString("date_derivation"),
                topics.getOrDefault(id, List.of()), rs.getInt("source_count"));
    }

    private static PersonRef speaker(ResultSet rs) throws SQLException {
        Long id = Sql.longOrNull(rs, "speaker_id");
        return id == null ? null : new PersonRef(id, rs.getString("speaker_name"));
    }

    private static String html(String text) {
        return org.apache.lucene.search.highlight.SimpleHTMLEncoder.htmlEncode(text);
    }

    /** One statement with every source, earliest first, and its linked direct/indirect versions. */
    public Optional<StatementDetail> statement(long id) {
        return db.read(sql -> statementDetail(sql, id));
    }

    /** Every statement with its sources, in id order, from one consistent snapshot (for exports). */
    public void forEachStatement(java.util.function.Consumer<StatementDetail> action) {
        db.read(sql -> {
            long last = 0;
            for (List<Long> ids; !(ids = sql.ids("SELECT id FROM statement WHERE id > ? ORDER BY id LIMIT 1000", last)).isEmpty(); ) {
                for (long id : ids) {
                    statementDetail(sql, id).ifPresent(action);
                }
                last = ids.getLast();
            }
            return null;
        });
    }

    /** Every person with aliases and roles, in id order, from one consistent snapshot (for exports). */
    public void forEachPerson(java.util.function.Consumer<PersonDetail> action) {
        db.read(sql -> {
            long last = 0;
            for (List<Long> ids; !(ids = sql.ids("SELECT id FROM person WHERE id > ? ORDER BY id LIMIT 1000", last)).isEmpty(); ) {
                for (long id : ids) {
                    personDetail(sql, id).ifPresent(action);
                }
                last = ids.getLast();
            }
            return null;
        });
    }

    private static Optional<StatementDetail> statementDetail(Sql sql, long id) throws SQLException {
        List<StatementHit> hit = hits(sql, List.of(id), Collections.singletonList(null));
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        StatementHit h = hit.getFirst();
        List<Source> sources = sql.list("SELECT s.*, a.outlet, a.url, a.title FROM source s"
                + " JOIN article a ON a.id = s.article_id WHERE s.statement_id = ?"
                + " ORDER BY s.date IS NULL, s.date, a.published IS NULL, a.published, s.article_id, s.position",
                rs -> new Source(rs.getString("article_id"), rs.getString("outlet"), rs.getString("url"),
                        rs.getString("title"), Sql.date(rs, "date"), rs.getString("date_derivation"),
                        QuoteKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getInt("start_offset"),
                        rs.getInt("end_offset"), rs.getString("speaker_name"), rs.getString("speaker_role"),
                        rs.getString("cue"), rs.getDouble("confidence")), id);
        Sql.Row<StatementRef> ref = rs -> new StatementRef(rs.getLong(1), rs.getString(2),
                QuoteKind.valueOf(rs.getString(3)));
        List<StatementRef> reports = sql.list("SELECT d.id, d.text, d.kind FROM statement s"
                + " JOIN statement d ON d.id = s.reports_id WHERE s.id = ?", ref, id);
        List<StatementRef> reportedBy = sql.list("SELECT id, text, kind FROM statement WHERE reports_id = ?"
                + " ORDER BY date NULLS FIRST, id", ref, id);
        return Optional.of(new StatementDetail(h.id(), h.text(), h.kind(), h.speaker(), h.speakerRole(), h.date(),
                h.dateDerivation(), h.topics(), sources, reports, reportedBy));
    }

    /** People whose names match {@code query} (every person when null or blank), most quoted first within a match. */
    public Page<PersonHit> people(String query, int page, int pageSize) {
        if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and pageSize between 1 and " + MAX_PAGE_SIZE);
        }
        if (query != null && query.length() > StatementQuery.MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("the query is longer than " + StatementQuery.MAX_TEXT_LENGTH + " characters");
        }
        if (query == null || query.isBlank()) {
            return db.read(sql -> {
                List<Long> ids = sql.ids("SELECT id FROM person ORDER BY statement_count DESC, id LIMIT ? OFFSET ?",
                        pageSize, (long) page * pageSize);
                return new Page<>(personHits(sql, ids), sql.number("SELECT count(*) FROM person"), page, pageSize);
            });
        }
        TextSearch.Hits hits = index.people(query, page, pageSize);
        return new Page<>(db.read(sql -> personHits(sql, hits.ids())), hits.total(), page, pageSize);
    }

    private static List<PersonHit> personHits(Sql sql, List<Long> ids) throws SQLException {
        List<PersonHit> out = new ArrayList<>();
        for (long id : ids) {
            sql.one("SELECT id, name, statement_count, last_seen FROM person WHERE id = ?",
                    rs -> new PersonHit(id, rs.getString("name"), aliases(sql, id),
                            sql.strings("SELECT role FROM person_role WHERE person_id = ?"
                                    + " ORDER BY last_seen IS NULL, last_seen DESC, articles DESC, role LIMIT 1", id)
                                    .stream().findFirst().orElse(null),
                            rs.getInt("statement_count"), Sql.date(rs, "last_seen")), id).ifPresent(out::add);
        }
        return out;
    }

    private static List<String> aliases(Sql sql, long person) throws SQLException {
        return sql.strings("SELECT alias FROM person_alias WHERE person_id = ? ORDER BY alias", person);
    }

    /** One person with aliases, roles over time, outlets, monthly counts, topics and latest statements. */
    public Optional<PersonDetail> person(long id) {
        return db.read(sql -> personDetail(sql, id));
    }

    private static Optional<PersonDetail> personDetail(Sql sql, long id) throws SQLException {
        record Row(String name, int articles, int statements, java.time.LocalDate first, java.time.LocalDate last) {
        }
        Optional<Row> row = sql.one("SELECT name, article_count, statement_count, first_seen, last_seen FROM person"
                + " WHERE id = ?", rs -> new Row(rs.getString(1), rs.getInt(2), rs.getInt(3), Sql.date(rs, "first_seen"),
                Sql.date(rs, "last_seen")), id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        List<PersonDetail.Role> roles = sql.list("SELECT role, first_seen, last_seen, articles FROM person_role"
                + " WHERE person_id = ? ORDER BY first_seen IS NULL, first_seen, role",
                rs -> new PersonDetail.Role(rs.getString(1), Sql.date(rs, "first_seen"), Sql.date(rs, "last_seen"),
                        rs.getInt(4)), id);
        List<Count> outlets = sql.list("SELECT outlet, count(DISTINCT article_id) AS n FROM sighting"
                + " WHERE person_id = ? AND outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet",
                rs -> new Count(rs.getString(1), rs.getLong(2)), id);
        List<PersonDetail.MonthCount> months = sql.list("SELECT substr(date, 1, 7) AS month, count(*) FROM statement"
                + " WHERE speaker_id = ? AND date IS NOT NULL GROUP BY month ORDER BY month",
                rs -> new PersonDetail.MonthCount(YearMonth.parse(rs.getString(1)), rs.getInt(2)), id);
        List<Count> topics = sql.list("SELECT t.topic, count(*) AS n FROM statement s"
                + " JOIN statement_topic t ON t.statement_id = s.id WHERE s.speaker_id = ?"
                + " GROUP BY t.topic ORDER BY n DESC, t.topic", rs -> new Count(rs.getString(1), rs.getLong(2)), id);
        List<Long> latestIds = sql.ids("SELECT id FROM statement WHERE speaker_id = ?"
                + " ORDER BY date IS NULL, date DESC, id DESC LIMIT ?", id, LATEST_STATEMENTS);
        List<StatementHit> latest = hits(sql, latestIds, Collections.nCopies(latestIds.size(), null));
        return Optional.of(new PersonDetail(id, r.name(), aliases(sql, id), roles, r.first(), r.last(), r.articles(),
                r.statements(), outlets, months, topics, latest));
    }

    /** One article with its text and the statements found in it. */
    public Optional<ArticleDetail> article(String id) {
        return db.read(sql -> {
            List<ArticleDetail.QuoteSpan> quotes = sql.list("SELECT s.*, g.person_id, p.name AS person_name"
                    + " FROM source s LEFT JOIN sighting g ON g.id = s.sighting_id LEFT JOIN person p ON p.id = g.person_id"
                    + " WHERE s.article_id = ? ORDER BY s.start_offset, s.position",
                    rs -> {
                        Long person = Sql.longOrNull(rs, "person_id");
                        return new ArticleDetail.QuoteSpan(rs.getLong("statement_id"), QuoteKind.valueOf(rs.getString("kind")),
                                rs.getInt("start_offset"), rs.getInt("end_offset"),
                                person == null ? null : new PersonRef(person, rs.getString("person_name")),
                                rs.getString("speaker_name"), rs.getString("speaker_role"), rs.getInt("cue_start"),
                                rs.getInt("cue_end"), rs.getString("cue"), rs.getDouble("confidence"));
                    }, id);
            return sql.one("SELECT * FROM article WHERE id = ?", rs -> new ArticleDetail(rs.getString("id"),
                    rs.getString("url"), rs.getString("title"), rs.getString("outlet"), Sql.date(rs, "published"),
                    rs.getString("dateline"), rs.getString("language"), rs.getString("text"),
                    rs.getString("content_hash"), quotes), id);
        });
    }

    /** Counts, most quoted people, topics per month. */
    public CorpusStats stats() {
        return db.read(sql -> new CorpusStats(
                sql.number("SELECT count(*) FROM article"),
                sql.number("SELECT count(*) FROM statement"),
                sql.number("SELECT count(*) FROM source"),
                sql.number("SELECT count(*) FROM person"),
                sql.number("SELECT count(DISTINCT outlet) FROM article"),
                sql.one("SELECT min(date) AS d FROM statement", rs -> Sql.date(rs, "d")).orElse(null),
                sql.one("SELECT max(date) AS d FROM statement", rs -> Sql.date(rs, "d")).orElse(null),
                sql.list("SELECT id, name, statement_count FROM person ORDER BY statement_count DESC, id LIMIT ?",
                        rs -> new CorpusStats.QuotedPerson(rs.getLong(1), rs.getString(2), rs.getLong(3)), MOST_QUOTED),
                sql.list("SELECT substr(s.date, 1, 7) AS month, t.topic, count(*) FROM statement_topic t"
                                + " JOIN statement s ON s.id = t.statement_id WHERE s.date IS NOT NULL"
                                + " GROUP BY month, t.topic ORDER BY month, t.topic",
                        rs -> new CorpusStats.TopicMonth(YearMonth.parse(rs.getString(1)), rs.getString(2),
                                rs.getLong(3)))));
    }

    /**
     * Merges two identities into one and records the correction, so it is re-applied after every ingest.
     *
     * @return the id of the merged identity (the lower of the two)
     * @throws java.util.NoSuchElementException when either id is unknown
     */
    public long merge(long personA, long personB) {
        return correct(people -> people.merge(personA, personB));
    }

    /**
     * Splits off a person the articles that name them by one of {@code names}: those name somebody else, an identity
     * of their own. Records the correction, so it is re-applied after every ingest.
     *
     * @param names names articles use on their own (a short form inside a longer name cannot be split off)
     * @return the id of the identity now holding {@code names}
     * @throws java.util.NoSuchElementException when the id is unknown
     * @throws IllegalArgumentException when the names are not the person's, or are all of them
     */
    public long split(long person, Set<String> names) {
        return correct(people -> people.split(person, names));
    }

    @FunctionalInterface
    private interface Correction {
        long apply(People people) throws SQLException;
    }

    /** Applies a correction as one batch: identities, then every statement and person it touched. */
    private long correct(Correction correction) {
        return write(sql -> {
            BatchWriter batch = new BatchWriter(sql, new IdentityMatcher(), new StatementMatcher(), new Fingerprints(),
                    new StatementKeys(), new PersonKeys(), new StatementOutlets(), new StatementSummaries());
            corrections.incrementAndGet();
            long result = correction.apply(batch.people());
            batch.finish();
            return result;
        });
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            db.close();
        }
    }
}
