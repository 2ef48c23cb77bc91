package org.demarche.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    PostgresSearch(Database db) {
        this.db = db;
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

    /** A tsquery as SQL: an expression whose values are all bound parameters. */
    private record TsQuery(String sql, List<Object> params) {
    }

    /** A query no statement matches (only negations, which Lucene answers with nothing). */
    private static final class MatchesNothing extends Exception {
        MatchesNothing() {
            super(null, null, false, false);
        }
    }

    @Override
    public Hits statements(StatementQuery q) {
        int depth = TextSearch.checkedDepth(q.page(), q.pageSize());
        TsQuery text;
        try {
            text = q.text() == null ? null : tsquery(q.text());
        } catch (MatchesNothing e) {
            return new Hits(List.of(), List.of(), 0);
        }
        List<Object> filterParams = new ArrayList<>();
        String filters = filters(q, filterParams);
        Highlighter highlighter = q.text() == null ? null : snippets.highlighter(snippets.parse(q.text()));
        record Row(long id, String text, long total) {
        }
        List<Row> rows;
        long total;
        if (text != null) {
            // One pass over the matches ranks them and counts them.
            boolean byRelevance = q.effectiveSort() == Sort.RELEVANCE;
            List<Object> params = new ArrayList<>();
            if (byRelevance) {
                params.addAll(text.params());
            }
            params.addAll(text.params());
            params.addAll(filterParams);
            params.add(q.pageSize());
            params.add((long) q.page() * q.pageSize());
            rows = db.read(sql -> sql.list("SELECT s.id, s.text, count(*) OVER () FROM statement s"
                    + (byRelevance ? ", ts_rank(s.search, " + text.sql() + ") AS rank" : "")
                    + " WHERE s.search @@ " + text.sql() + filters
                    + (byRelevance ? " ORDER BY rank DESC, s.date DESC NULLS LAST, s.id DESC" : NEWEST_FIRST)
                    + " LIMIT ? OFFSET ?", rs -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3)),
                    params.toArray()));
            total = rows.isEmpty() ? count(text, filters, filterParams) : rows.getFirst().total();
        } else {
            // Without words the page comes off the newest-first index, and the count is a query of its own.
            List<Object> params = new ArrayList<>(filterParams);
            params.add(q.pageSize());
            params.add((long) q.page() * q.pageSize());
            rows = db.read(sql -> sql.list("SELECT s.id, s.text, 0 FROM statement s WHERE true" + filters
                    + NEWEST_FIRST + " LIMIT ? OFFSET ?", rs -> new Row(rs.getLong(1), rs.getString(2), 0), params.toArray()));
            total = count(null, filters, filterParams);
        }
        List<Long> ids = new ArrayList<>();
        List<String> fragments = new ArrayList<>();
        for (Row row : rows.subList(0, Math.min(rows.size(), depth))) {
            ids.add(row.id());
            fragments.add(snippets.fragment(highlighter, row.text()));
        }
        return new Hits(ids, fragments, total);
    }

    private long count(TsQuery text, String filters, List<Object> filterParams) {
        List<Object> params = new ArrayList<>();
        if (text != null) {
            params.addAll(text.params());
        }
        params.addAll(filterParams);
        return db.read(sql -> sql.number("SELECT count(*) FROM statement s WHERE "
                + (text == null ? "true" : "s.search @@ " + text.sql()) + filters, params.toArray()));
    }

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

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’][sS]\\b");

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
        return db.read(sql -> {
            List<Row> rows = sql.list("SELECT p.id, count(*) OVER () FROM person p"
                    + " JOIN person_name_search n ON n.person_id = p.id WHERE " + match
                    + " ORDER BY p.statement_count DESC, p.id LIMIT ? OFFSET ?",
                    rs -> new Row(rs.getLong(1), rs.getLong(2)), params.toArray());
            long total = !rows.isEmpty() ? rows.getFirst().total() : sql.number("SELECT count(*) FROM person p"
                    + " JOIN person_name_search n ON n.person_id = p.id WHERE " + match, words);
            return new Hits(rows.stream().map(Row::id).toList(), List.of(), total);
        });
    }

    @Override
    public void close() {
        // Nothing of its own: the database's connections belong to the store.
    }
}
