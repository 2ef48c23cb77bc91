package org.demarche.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.demarche.Demarche;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.RawArticle;
import org.demarche.kb.people.IdentityMatcher;
import org.demarche.kb.statements.StatementMatcher;
import org.demarche.kb.topics.Taxonomy;
import org.demarche.kb.topics.TopicTagger;
import org.demarche.pipeline.Pipeline;

/**
 * Writes articles into a knowledge base. {@link #prepare} is pure and thread-safe (run it on worker threads, next
 * to the pipeline); {@link #add} is called from one thread and writes batches of whole articles, each in one SQLite
 * transaction followed by the search index catching up. {@link #finish} writes the last batch. An article that
 * cannot be written is rolled back alone and reported to the {@link Failures} given.
 */
public final class Ingester {
    /** Articles per transaction by default: enough to amortise the commits, few enough to land regularly. */
    public static final int BATCH_ARTICLES = 1000;
    /** A batch is also written when it has waited this long, so a slow input still lands regularly. */
    private static final long BATCH_NANOS = 10_000_000_000L;

    /** Told about each article that could not be written. */
    @FunctionalInterface
    public interface Failures {
        void failed(String articleId, String reason);
    }

    private final KnowledgeBase kb;
    private final TopicTagger topics;
    private final Failures failures;
    private final int batchArticles;
    private final IdentityMatcher identities = new IdentityMatcher();
    private final StatementMatcher statements = new StatementMatcher();
    private final Fingerprints fingerprints = new Fingerprints();
    private final List<PreparedArticle> pending = new ArrayList<>();
    private long batchStarted = System.nanoTime();
    private long added;
    private long replaced;
    private long unchanged;
    private long failed;

    Ingester(KnowledgeBase kb, Taxonomy taxonomy, int batchArticles, Failures failures) {
        if (batchArticles < 1) {
            throw new IllegalArgumentException("a batch needs at least one article; got " + batchArticles);
        }
        this.batchArticles = batchArticles;
        this.kb = kb;
        this.topics = new TopicTagger(taxonomy);
        this.failures = failures;
    }

    /** Everything the store needs from an article, computed ahead (thread-safe, no I/O). */
    public PreparedArticle prepare(AnnotatedArticle article, LocalDate crawlDate) {
        return PreparedArticle.of(article, topics, crawlDate);
    }

    /** True when the store already holds this article (same id) with the same text: no need to analyse it. */
    public boolean isStored(RawArticle article) {
        String hash = PreparedArticle.contentHash(article.text());
        return kb.database().read(sql -> sql.number("SELECT count(*) FROM article WHERE id = ? AND content_hash = ?"
                + " AND (url IS ? OR url = ?)", article.id(), hash, article.url(), article.url()) > 0);
    }

    /** Queues an article; writes the batch when it is full or old enough. Call from one thread. */
    public void add(PreparedArticle article) {
        pending.add(article);
        if (pending.size() >= batchArticles || System.nanoTime() - batchStarted > BATCH_NANOS) {
            flush();
        }
    }

    /** Counts an article the caller skipped because {@link #isStored} said so. */
    public void skipped() {
        unchanged++;
    }

    /** Writes what is queued and returns the counts so far. */
    public IngestResult finish() {
        flush();
        return new IngestResult(added, replaced, unchanged, failed);
    }

    /** Ingests a stream of articles on this thread through the standard pipeline (tests, small inputs). */
    public IngestResult ingest(Stream<RawArticle> articles) {
        Pipeline pipeline = Demarche.pipeline();
        articles.forEach(raw -> {
            if (isStored(raw)) {
                skipped();
            } else {
                add(prepare(pipeline.annotate(raw), raw.referenceDate()));
            }
        });
        return finish();
    }

    private void flush() {
        batchStarted = System.nanoTime();
        if (pending.isEmpty()) {
            return;
        }
        List<PreparedArticle> batch = List.copyOf(pending);
        pending.clear();
        kb.write(sql -> {
            BatchWriter writer = new BatchWriter(sql, identities, statements, fingerprints);
            for (PreparedArticle p : batch) {
                sql.update("SAVEPOINT article");
                try {
                    switch (writer.write(p)) {
                        case ADDED -> added++;
                        case REPLACED -> replaced++;
                        case UNCHANGED -> unchanged++;
                    }
                    sql.update("RELEASE article");
                } catch (SQLException | RuntimeException e) {
                    sql.update("ROLLBACK TO article");
                    sql.update("RELEASE article");
                    writer.people().forgetProfiles();
                    failed++;
                    failures.failed(p.article().id(), "could not be stored: " + e.getMessage());
                }
            }
            writer.finish();
            return null;
        });
    }
}
