package org.demarche.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.demarche.kb.people.NameForms;
import org.demarche.store.query.Sort;
import org.demarche.store.query.StatementQuery;

/**
 * Search on the PostgreSQL store with PostgreSQL's own text search, in place of the Lucene index: statements by
 * their {@code search} column (a tsvector the database keeps, GIN-indexed, text search configuration
 * {@code demarche_text}: English and Russian Snowball stems, no stop words), people by {@code person_name_search}
 * (their aliases and transliterations, which this class writes as the Lucene index does). The query language is
 * Lucene's, read by Lucene's parser and translated into a tsquery; fragments are marked by the same highlighter
 * as on SQLite.
 */
final class PostgresSearch implements TextSearch {
    /** The text search configuration of the schema (db/postgresql), a constant of the SQL, never user input. */
    private static final String CONFIG = "'demarche_text'";
    private static final String NEWEST_FIRST = " ORDER BY s.date DESC NULLS LAST, s.id DESC";

    private final Database db;
    private final Analyzer analyzer = SearchAnalyzers.forIndex();
    /** The query as the highlighter reads it: stemmed as the Lucene index reads statements. */
    private final Snippets snippets = new Snippets(analyzer, SearchIndex.TEXT);
    /** The query as the translation reads it: whole words, which PostgreSQL then splits and stems itself. */
    private final Snippets words = new Snippets(new WhitespaceAnalyzer(), SearchIndex.TEXT);

    /** How many of the newest matches are ranked and counted exactly, at least. */
    private final int candidates;

    PostgresSearch(Database db) {
        this(db, CANDIDATES);
    }

    PostgresSearch(Database db, int candidates) {
        this.db = db;
        this.candidates = candidates;
    }

    /**
     * Statements need nothing (the database keeps their words); people changed since the last catch-up get their
     * names written again. Deleted rows leave the search with them, so the list of removed ones is emptied.
     */
    @Override
    public void catchUp(Database database) {
        database.write(sql -> {
            long seq = sql.number("SELECT value FROM store_state WHERE name = 'seq'");
            long from = sql.number("SELECT value FROM store_state WHERE name = 'search_seq'");
            if (from == seq) {
                return null;
            }
            for (long person : sql.ids("SELECT id FROM person WHERE seq > ? ORDER BY id", from)) {
                Set<String> names = new LinkedHashSet<>();
                for (String alias : sql.strings("SELECT alias FROM person_alias WHERE person_id = ?", person)) {
                    names.addAll(SearchAnalyzers.words(analyzer, SearchIndex.NAME, alias));
                    names.addAll(SearchAnalyzers.words(analyzer, SearchIndex.NAME, NameForms.latin(alias)));
                }
                // Lexemes as they are (array_to_tsvector does not parse them again); analysed words hold no space.
                sql.update("INSERT INTO person_name_search (person_id, names)"
                        + " VALUES (?, array_to_tsvector(string_to_array(?, ' ')))"
                        + " ON CONFLICT (person_id) DO UPDATE SET names = excluded.names", person, String.join(" ", names));
            }
            sql.update("DELETE FROM removed WHERE seq <= ?", seq);
            sql.update("UPDATE store_state SET value = ? WHERE name = 'search_seq'", seq);
            return null;
        });
    }

    /** Runs {@code work} on a read connection with its queries planned for their values ({@link Sql#planForValues}). */
    private <T> T read(Database.Work<T> work) {
        return db.read(sql -> {
            sql.planForValues();
            return work.run(sql);
        });
    }

    /** A tsquery as SQL: an expression whose values are all bound parameters. */
    private record TsQuery(String sql, List<Object> params) {
    }

    /** A query no statement matches (only negations, which Lucene answers with nothing). */
    private static final class MatchesNothing extends Exception {
        MatchesNothing() {
            super(null, null, false, false);
        }
    }

    /**
     * A statement search ranks (and counts exactly) this many of the newest matches, or the newest {@link #MAX_DEPTH}
     * for a deeper page, and estimates the total beyond. PostgreSQL reads each match's row to count or rank it (its GIN index
     * cannot answer alone), so an exact total or a ranking of the 70,000 statements a common word matches in a
     * million would cost 70,000 row visits per search.
     */
    static final int CANDIDATES = 500;

    @Override
    public Hits statements(StatementQuery q) {
        int depth = TextSearch.checkedDepth(q.page(), q.pageSize());
        TsQuery text;
        try {
            text = q.text() == null ? null : tsquery(q.text());
        } catch (MatchesNothing e) {
            return new Hits(List.of(), List.of(), 0, true);
        }
        List<Object> matchParams = new ArrayList<>();
        String match = "true";
        if (text != null) {
            match = "s.search @@ " + text.sql();
            matchParams.addAll(text.params());
        }
        match += filters(q, matchParams);
        boolean byRelevance = text != null && q.effectiveSort() == Sort.RELEVANCE;
        int ranked = depth <= candidates ? candidates : MAX_DEPTH;
        // The newest `ranked` matches (off the newest-first index when matches are common, else all matches sorted),
        // then one page of them ranked, or in the same order, the window counting them; only the page's rows are
        // read whole. MATERIALIZED plans the newest matches on their own: inlined, the planner would take the page's
        // LIMIT for theirs and walk the newest-first index through hundreds of thousands of rows for a word with a
        // few thousand matches. Without words or filters they come off that index alone (an index-only scan).
        List<Object> params = new ArrayList<>(matchParams);
        params.add(ranked);
        if (byRelevance) {
            params.addAll(text.params());
        }
        params.add(q.pageSize());
        params.add((long) q.page() * q.pageSize());
        String order = (byRelevance ? "rank DESC, " : "") + "date DESC NULLS LAST, id DESC";
        String pageOrder = (byRelevance ? "hit.rank DESC, " : "") + "hit.date DESC NULLS LAST, hit.id DESC";
        String query = "WITH c AS MATERIALIZED (SELECT s.id, s.date" + (byRelevance ? ", s.search" : "")
                + " FROM statement s WHERE " + match + NEWEST_FIRST + " LIMIT ?),"
                + " hit AS (SELECT c.id, c.date, " + (byRelevance ? "ts_rank(c.search, " + text.sql() + ")" : "0")
                + " AS rank, count(*) OVER () AS found FROM c ORDER BY " + order + " LIMIT ? OFFSET ?)"
                + " SELECT hit.id, s.text, hit.found FROM hit JOIN statement s ON s.id = hit.id ORDER BY " + pageOrder;
        record Row(long id, String text, long candidates) {
        }
        List<Row> rows = read(sql -> sql.list(query, rs -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3)),
                params.toArray()));
        long found = rows.isEmpty() ? count(match, matchParams, ranked) : rows.getFirst().candidates();
        boolean exact = found < ranked;
        long total = exact ? found : Math.max(found, estimate(match, matchParams));
        Highlighter highlighter = q.text() == null ? null : snippets.highlighter(snippets.parse(q.text()));
        List<Long> ids = new ArrayList<>();
        List<String> fragments = new ArrayList<>();
        for (Row row : rows) {
            ids.add(row.id());
            fragments.add(snippets.fragment(highlighter, row.text()));
        }
        return new Hits(ids, fragments, total, exact);
    }

    /** How many statements match, counting no further than {@code cap}. */
    private long count(String match, List<Object> params, int cap) {
        List<Object> all = new ArrayList<>(params);
        all.add(cap);
        return read(sql -> sql.number("SELECT count(*) FROM (SELECT 1 FROM statement s WHERE " + match
                + " LIMIT ?) c", all.toArray()));
    }

    /** The planner's estimate of how many statements match (from the table's statistics; no row is read). */
    private long estimate(String match, List<Object> params) {
        String plan = read(sql -> sql.strings("EXPLAIN SELECT 1 FROM statement s WHERE " + match,
                params.toArray()).getFirst());
        Matcher rows = PLAN_ROWS.matcher(plan);
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    private static final Pattern PLAN_ROWS = Pattern.compile(" rows=(\\d+) ");

    /** The query's criteria besides its words, as SQL conditions on statement {@code s}. */
    private static String filters(StatementQuery q, List<Object> params) {
        StringBuilder where = new StringBuilder();
        condition(where, params, "s.speaker_id = ?", q.speakerId());
        condition(where, params, "s.kind = ?", q.kind());
        condition(where, params, "s.date >= ?", q.from());
        condition(where, params, "s.date <= ?", q.to());
        condition(where, params, "EXISTS (SELECT 1 FROM statement_topic t WHERE t.statement_id = s.id"
                + " AND t.topic = ?)", q.topic());
        condition(where, params, "EXISTS (SELECT 1 FROM source o JOIN article a ON a.id = o.article_id"
                + " WHERE o.statement_id = s.id AND a.outlet = ?)", q.outlet());
        return where.toString();
    }

    /** Adds {@code sql}, with {@code value} bound to its parameter, when there is a value. */
    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            params.add(value);
        }
    }

    /**
     * The user's query as a tsquery: read by Lucene's parser (the same syntax as on SQLite), then each word, phrase
     * and prefix handed to PostgreSQL to split and stem as it does statements. Null when it matches everything.
     * A query using what has no tsquery counterpart (ranges, regular expressions) is read as plain words.
     */
    private TsQuery tsquery(String text) throws MatchesNothing {
        List<Object> params = new ArrayList<>();
        String sql;
        try {
            sql = translate(words.parse(text), params);
        } catch (UnsupportedOperationException e) {
            params.clear();
            sql = translate(words.parseWords(text), params);
        }
        return sql == null ? null : new TsQuery(sql, params);
    }

    /** A tsquery expression for {@code q}, adding its values to {@code params}; null when it matches everything. */
    private static String translate(Query q, List<Object> params) throws MatchesNothing {
        return switch (q) {
            case TermQuery t -> bound("plainto_tsquery", words(t.getTerm()), params);
            case FuzzyQuery f -> bound("plainto_tsquery", words(f.getTerm()), params);
            case PhraseQuery p -> bound("phraseto_tsquery", String.join(" ",
                    java.util.Arrays.stream(p.getTerms()).map(PostgresSearch::words).toList()), params);
            case PrefixQuery p -> prefix(p.getPrefix().text(), params);
            case WildcardQuery w -> prefix(w.getTerm().text().split("[*?]", 2)[0], params);
            case BoostQuery b -> translate(b.getQuery(), params);
            case MatchAllDocsQuery all -> null;
            case BooleanQuery b -> bool(b, params);
            default -> throw new UnsupportedOperationException(q.getClass().getSimpleName());
        };
    }

    /**
     * A term's words without English possessives, as the Lucene analyser drops them ("Varnia's" finds "Varnia");
     * PostgreSQL would otherwise look for a word "s" too.
     */
    private static String words(Term term) {
        return POSSESSIVE.matcher(term.text()).replaceAll("");
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['’][sS]\\b");

    private static String bound(String function, String value, List<Object> params) {
        params.add(value);
        return function + "(" + CONFIG + ", ?)";
    }

    /** Words beginning with {@code prefix}: the prefix as one quoted tsquery lexeme marked {@code :*}. */
    private static String prefix(String prefix, List<Object> params) {
        if (prefix.isEmpty()) {
            return null;
        }
        return bound("to_tsquery", "'" + prefix.replace("\\", "\\\\").replace("'", "''") + "':*", params);
    }

    /**
     * Lucene's boolean query: every required clause and no prohibited one; without required clauses, at least one
     * optional one (with required ones, the optional ones only rank in Lucene, so they are left out here). With no
     * clause that can match (only prohibitions), it matches nothing, as in Lucene.
     */
    private static String bool(BooleanQuery b, List<Object> params) throws MatchesNothing {
        Parts required = new Parts();
        Parts optional = new Parts();
        Parts prohibited = new Parts();
        boolean hasRequired = false;
        boolean optionalMatchesAll = false;
        for (BooleanClause clause : b.clauses()) {
            List<Object> own = new ArrayList<>();
            String part = translate(clause.query(), own);
            switch (clause.occur()) {
                case MUST, FILTER -> {
                    hasRequired = true;
                    required.add(part, own);
                }
                case SHOULD -> {
                    optionalMatchesAll |= part == null;
                    optional.add(part, own);
                }
                case MUST_NOT -> prohibited.add(part, own);
            }
        }
        List<String> all = new ArrayList<>(required.sql);
        params.addAll(required.params);
        if (!hasRequired && !optionalMatchesAll) {
            if (optional.sql.isEmpty()) {
                throw new MatchesNothing();
            }
            all.add("(" + String.join(" || ", optional.sql) + ")");
            params.addAll(optional.params);
        }
        for (String not : prohibited.sql) {
            all.add("!!" + not);
        }
        params.addAll(prohibited.params);
        return all.isEmpty() ? null : "(" + String.join(" && ", all) + ")";
    }

    /** Translated clauses of one kind and their values, in order. */
    private static final class Parts {
        final List<String> sql = new ArrayList<>();
        final List<Object> params = new ArrayList<>();

        void add(String part, List<Object> values) {
            if (part != null) {
                sql.add(part);
                params.addAll(values);
            }
        }
    }

    /**
     * People whose names hold every word of the query (as a word or the start of one), most quoted first: the
     * words of the query's Latin form, as the Lucene index matches them.
     */
    @Override
    public Hits people(String query, int page, int pageSize) {
        int depth = TextSearch.checkedDepth(page, pageSize);
        List<String> lexemes = new ArrayList<>();
        for (String word : SearchAnalyzers.words(analyzer, SearchIndex.NAME, NameForms.latin(query))) {
            lexemes.add("'" + word.replace("\\", "\\\\").replace("'", "''") + "':*");
        }
        String match = lexemes.isEmpty() ? "true" : "n.names @@ CAST(? AS tsquery)";
        Object[] words = lexemes.isEmpty() ? new Object[0] : new Object[] {String.join(" & ", lexemes)};
        List<Object> params = new ArrayList<>(List.of(words));
        params.add(Math.min(pageSize, depth));
        params.add((long) page * pageSize);
        record Row(long id, long total) {
        }
        return read(sql -> {
            List<Row> rows = sql.list("SELECT p.id, count(*) OVER () FROM person p"
                    + " JOIN person_name_search n ON n.person_id = p.id WHERE " + match
                    + " ORDER BY p.statement_count DESC, p.id LIMIT ? OFFSET ?",
                    rs -> new Row(rs.getLong(1), rs.getLong(2)), params.toArray());
            long total = !rows.isEmpty() ? rows.getFirst().total() : sql.number("SELECT count(*) FROM person p"
                    + " JOIN person_name_search n ON n.person_id = p.id WHERE " + match, words);
            return new Hits(rows.stream().map(Row::id).toList(), List.of(), total, true);
        });
    }

    @Override
    public void close() {
        // Nothing of its own: the database's connections belong to the store.
    }
}
