package org.demarche.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.demarche.kb.people.NameForms;
import org.demarche.store.query.StatementQuery;

/**
 * The full-text index: one document per statement and one per person, derived from SQLite and never the other
 * way round. Each Lucene commit records the store's batch number ({@code seq}) it reflects; {@link #catchUp}
 * re-indexes whatever SQLite changed after that number, so after a crash between a SQLite commit and a Lucene
 * commit the index catches up on the next open.
 */
final class SearchIndex implements TextSearch {
    static final String KEY = "key";
    static final String TYPE = "type";
    static final String TEXT = "text";
    static final String NAME = "name";
    static final String SPEAKER = "speaker";
    static final String TOPIC = "topic";
    static final String OUTLET = "outlet";
    static final String KIND = "kind";
    static final String DATE = "date";
    static final String ID = "id";
    static final String COUNT = "count";
    private static final String SEQ = "seq";
    /** Joins the values of one column in a row ({@code char(31)} in SQL): no topic or outlet contains it. */
    private static final String UNIT_SEPARATOR = "\u001f";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = SearchAnalyzers.forIndex();
    private final Snippets snippets = new Snippets(analyzer, TEXT);
    private final ReentrantLock catchUpLock = new ReentrantLock();

    /**
     * The order documents are kept in, newest statement first (people have no date and sort last). A search in
     * this same order (newest first: browsing, or sort=date) reads one page per segment and stops, instead of
     * ranking every match: with a million statements that is the difference between a millisecond and a second.
     */
    static final Sort NEWEST_FIRST = new Sort(missingLast(new SortField(DATE, SortField.Type.LONG, true)),
            missingLast(new SortField(ID, SortField.Type.LONG, true)));

    private static SortField missingLast(SortField field) {
        field.setMissingValue(Long.MIN_VALUE);
        return field;
    }

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setIndexSort(NEWEST_FIRST)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    static SearchIndex open(Path dir) {
        try {
            Directory directory = FSDirectory.open(dir);
            try {
                return new SearchIndex(directory);
            } catch (IllegalArgumentException e) {
                // An index kept in another order (written by an earlier version) cannot be re-sorted in place:
                // empty it; catchUp then rebuilds it from the database, which holds everything.
                directory.close();
                org.apache.lucene.util.IOUtils.rm(dir);
                return new SearchIndex(FSDirectory.open(dir));
            }
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new StoreException("the data directory " + dir.getParent() + " is in use by another demarche process"
                    + " (ingest or serve); a store is opened by one process at a time", e);
        } catch (IOException e) {
            throw new StoreException("cannot open the search index " + dir + ": " + e.getMessage()
                    + " (delete the directory to rebuild it from the database)", e);
        }
    }

    /** The store batch the last commit reflects; -1 for an empty or new index. */
    long indexedSeq() {
        for (Map.Entry<String, String> e : writer.getLiveCommitData() == null ? List.<Map.Entry<String, String>>of()
                : writer.getLiveCommitData()) {
            if (e.getKey().equals(SEQ)) {
                return Long.parseLong(e.getValue());
            }
        }
        return -1;
    }

    /**
     * Brings the index up to the database's last committed batch: re-indexes statements and people changed since
     * the index's own batch number, drops removed ones, then commits with the new number. A database behind the
     * index (restored from a copy) gets a full rebuild.
     */
    @Override
    public void catchUp(Database db) {
        catchUpLock.lock();
        try {
            long target = db.read(c -> {
                long seq = c.number("SELECT value FROM store_state WHERE name = 'seq'");
                long from = indexedSeq();
                if (from == seq) {
                    return seq;
                }
                if (from > seq) {
                    from = -1;
                }
                try {
                    if (from < 0) {
                        writer.deleteAll();
                    }
                    indexStatements(c, from);
                    indexPeople(c, from);
                    for (Long id : c.ids("SELECT id FROM removed WHERE kind = 'statement' AND seq > ?", from)) {
                        writer.deleteDocuments(new Term(KEY, statementKey(id)));
                    }
                    for (Long id : c.ids("SELECT id FROM removed WHERE kind = 'person' AND seq > ?", from)) {
                        writer.deleteDocuments(new Term(KEY, personKey(id)));
                    }
                    writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
                    writer.commit();
                } catch (IOException e) {
                    throw new StoreException("cannot update the search index: " + e.getMessage(), e);
                }
                return seq;
            });
            searchers.maybeRefreshBlocking();
            db.write(c -> c.update("DELETE FROM removed WHERE seq <= ?", target));
        } catch (IOException e) {
            throw new StoreException("cannot refresh the search index: " + e.getMessage(), e);
        } finally {
            catchUpLock.unlock();
        }
    }

    private void indexStatements(Sql c, long from) throws SQLException {
        // Topics and outlets come with each row, joined by a separator no topic or outlet name contains.
        c.forEach("SELECT st.id, st.text, st.kind, st.speaker_id, st.date,"
                + " (SELECT group_concat(topic, char(31)) FROM statement_topic WHERE statement_id = st.id) AS topics,"
                + " (SELECT group_concat(a.outlet, char(31)) FROM source s JOIN article a ON a.id = s.article_id"
                + " WHERE s.statement_id = st.id) AS outlets FROM statement st WHERE st.seq > ?", rs -> {
            long id = rs.getLong("id");
            Document doc = new Document();
            doc.add(new StringField(KEY, statementKey(id), Field.Store.NO));
            doc.add(new StringField(TYPE, "statement", Field.Store.NO));
            doc.add(new StoredField(ID, id));
            doc.add(new NumericDocValuesField(ID, id));
            doc.add(new TextField(TEXT, rs.getString("text"), Field.Store.YES));
            doc.add(new StringField(KIND, rs.getString("kind"), Field.Store.NO));
            Long speaker = Sql.longOrNull(rs, "speaker_id");
            if (speaker != null) {
                doc.add(new StringField(SPEAKER, speaker.toString(), Field.Store.NO));
            }
            LocalDate date = Sql.date(rs, "date");
            long day = date == null ? Long.MIN_VALUE : date.toEpochDay();
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
            for (String topic : joined(rs.getString("topics"))) {
                doc.add(new StringField(TOPIC, topic, Field.Store.NO));
            }
            for (String outlet : new java.util.LinkedHashSet<>(joined(rs.getString("outlets")))) {
                doc.add(new StringField(OUTLET, outlet, Field.Store.NO));
            }
            update(statementKey(id), doc);
            return null;
        }, from);
    }

    private void indexPeople(Sql c, long from) throws SQLException {
        c.forEach("SELECT id, statement_count FROM person WHERE seq > ?", rs -> {
            long id = rs.getLong("id");
            Document doc = new Document();
            doc.add(new StringField(KEY, personKey(id), Field.Store.NO));
            doc.add(new StringField(TYPE, "person", Field.Store.NO));
            doc.add(new StoredField(ID, id));
            doc.add(new NumericDocValuesField(ID, id)); // every document's id the same way: Lucene requires it
            doc.add(new NumericDocValuesField(COUNT, rs.getLong("statement_count")));
            for (String alias : c.strings("SELECT alias FROM person_alias WHERE person_id = ?", id)) {
                doc.add(new TextField(NAME, alias, Field.Store.NO));
                doc.add(new TextField(NAME, NameForms.latin(alias), Field.Store.NO));
            }
            update(personKey(id), doc);
            return null;
        }, from);
    }

    /** The values of a {@code group_concat} column with the unit separator (none when null). */
    private static List<String> joined(String values) {
        return values == null ? List.of() : List.of(values.split(UNIT_SEPARATOR));
    }

    private void update(String key, Document doc) {
        try {
            writer.updateDocument(new Term(KEY, key), doc);
        } catch (IOException e) {
            throw new StoreException("cannot update the search index: " + e.getMessage(), e);
        }
    }

    @Override
    public Hits statements(StatementQuery q) {
        int depth = TextSearch.checkedDepth(q.page(), q.pageSize());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(TYPE, "statement")), Occur.FILTER);
        Query text = q.text() == null ? null : snippets.parse(q.text());
        if (text != null) {
            b.add(text, Occur.MUST);
        }
        if (q.speakerId() != null) {
            b.add(new TermQuery(new Term(SPEAKER, q.speakerId().toString())), Occur.FILTER);
        }
        if (q.topic() != null) {
            b.add(new TermQuery(new Term(TOPIC, q.topic())), Occur.FILTER);
        }
        if (q.outlet() != null) {
            b.add(new TermQuery(new Term(OUTLET, q.outlet())), Occur.FILTER);
        }
        if (q.kind() != null) {
            b.add(new TermQuery(new Term(KIND, q.kind().name())), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long lo = q.from() == null ? Long.MIN_VALUE + 1 : q.from().toEpochDay();
            long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(DATE, lo, hi), Occur.FILTER);
        }
        Query query = b.build();
        Sort sort = q.effectiveSort() == org.demarche.store.query.Sort.RELEVANCE && text != null
                ? new Sort(SortField.FIELD_SCORE, new SortField(DATE, SortField.Type.LONG, true))
                : NEWEST_FIRST;
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, depth, sort);
            long total = searcher.count(query);
            Highlighter highlighter = snippets.highlighter(text);
            List<Long> ids = new ArrayList<>();
            List<String> fragments = new ArrayList<>();
            // One reader for the page: neighbouring hits share a compressed block, decompressed once.
            StoredFields stored = searcher.storedFields();
            for (int i = q.page() * q.pageSize(); i < top.scoreDocs.length; i++) {
                Document doc = stored.document(top.scoreDocs[i].doc);
                ids.add(doc.getField(ID).numericValue().longValue());
                fragments.add(snippets.fragment(highlighter, doc.get(TEXT)));
            }
            return new Hits(ids, fragments, total, true);
        });
    }

    @Override
    public Hits people(String query, int page, int pageSize) {
        int depth = TextSearch.checkedDepth(page, pageSize);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(TYPE, "person")), Occur.FILTER);
        for (String word : SearchAnalyzers.words(analyzer, NAME, NameForms.latin(query))) {
            b.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(NAME, word)), 2f), Occur.SHOULD)
                    .add(new PrefixQuery(new Term(NAME, word)), Occur.SHOULD)
                    .build(), Occur.MUST);
        }
        Query q = b.build();
        Sort sort = new Sort(new SortField(COUNT, SortField.Type.LONG, true), SortField.FIELD_SCORE);
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(q, depth, sort);
            List<Long> ids = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int i = page * pageSize; i < top.scoreDocs.length; i++) {
                ids.add(stored.document(top.scoreDocs[i].doc).getField(ID).numericValue().longValue());
            }
            return new Hits(ids, List.of(), searcher.count(q), true);
        });
    }

    @FunctionalInterface
    private interface Search<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Search<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("cannot search the index: " + e.getMessage(), e);
        }
    }

    private static String statementKey(long id) {
        return "s" + id;
    }

    private static String personKey(long id) {
        return "p" + id;
    }

    @Override
    public void close() {
        catchUpLock.lock(); // a catch-up running on an ingester's indexer thread finishes first
        try {
            searchers.close();
            writer.rollback(); // nothing uncommitted is worth keeping: catchUp commits all that counts
            directory.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the search index: " + e.getMessage(), e);
        } finally {
            catchUpLock.unlock();
        }
    }
}
