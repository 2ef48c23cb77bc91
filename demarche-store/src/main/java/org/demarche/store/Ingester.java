package org.demarche.store;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * to the pipeline); {@link #add} is called from one thread and queues articles; each full batch is written by the
 * ingester's own writer thread (in one SQLite transaction) while the next batch fills, with at most one batch being
 * written at a time; then the search index catches up on a thread of its own, while the writer goes on with the
 * next batch. {@link #finish} writes the last batch and waits for it.
 * An article that cannot be written is rolled back alone and reported to the {@link Failures} given, from the
 * writer thread. Close the ingester to stop its writer thread.
 */
public final class Ingester implements AutoCloseable {
    /**
     * Articles per transaction by default: enough to amortise the commits, few enough to land regularly. Batches
     * are cut by count only, never by time: identities are refreshed at the end of each batch, so a boundary that
     * moved with the machine's speed would let the same input give different people on two runs.
     */
    public static final int BATCH_ARTICLES = 1000;

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
    private final StatementKeys statementKeys = new StatementKeys();
    private final PersonKeys personKeys = new PersonKeys();
    private final StatementOutlets outlets = new StatementOutlets();
    private final StatementSummaries summaries = new StatementSummaries();
    /** The store's corrections count when the writer last wrote; the writer thread's. */
    private long correctionsSeen;
    private final List<PreparedArticle> pending = new ArrayList<>();
    private final ExecutorService writerThread = daemonThread("store-writer");
    private final ExecutorService indexerThread = daemonThread("store-indexer");
    /** The batch being written, if any. */
    private Future<?> writing = CompletableFuture.completedFuture(null);
    /** The search index's latest catch-up, if any; set by the writer thread. */
    private volatile Future<?> indexing = CompletableFuture.completedFuture(null);
    /** Counted by the caller's thread. */
    private long skipped;
    /** Counted by the writer thread; read only after waiting for it. */
    private long added;
    private long replaced;
    private long unchanged;
    private long failed;
    private long writerCpuNanos;
    /** Counted by the indexer thread; read only after waiting for it. */
    private long indexerCpuNanos;

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
                + " AND url IS NOT DISTINCT FROM ?", article.id(), hash, article.url()) > 0);
    }

    /** Queues an article; writes the batch when it is full. Call from one thread. */
    public void add(PreparedArticle article) {
        pending.add(article);
        if (pending.size() >= batchArticles) {
            flush();
        }
    }

    /** Counts an article the caller skipped because {@link #isStored} said so. */
    public void skipped() {
        skipped++;
    }

    /** Writes what is queued, waits until it is committed and returns the counts so far. */
    public IngestResult finish() {
        flush();
        awaitWriting();
        await(indexing, "the search index could not be updated");
        return new IngestResult(added, replaced, unchanged + skipped, failed, writerCpuNanos, indexerCpuNanos);
    }

    /** Ingests a stream of articles on this thread through the standard pipeline (tests, small inputs). */
    public IngestResult ingest(Stream<RawArticle> articles) {
        Pipeline pipeline = Demarche.pipeline();
        try (this) {
            articles.forEach(raw -> {
                if (isStored(raw)) {
                    skipped();
                } else {
                    add(prepare(pipeline.annotate(raw), raw.referenceDate()));
                }
            });
            return finish();
        }
    }

    /** Waits for the batch being written; its failure (the store cannot be written) becomes the caller's. */
    private void awaitWriting() {
        await(writing, "cannot write a batch");
    }

    private static void await(Future<?> work, String failure) {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store's threads", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new StoreException(failure + ": " + e.getCause(), e.getCause());
        }
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        writerThread.shutdown();
        indexerThread.shutdown();
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<PreparedArticle> batch = List.copyOf(pending);
        pending.clear();
        awaitWriting();
        writing = writerThread.submit(() -> write(batch));
    }

    /** Writes one batch (on the writer thread), then has the search index catch up with it. */
    private void write(List<PreparedArticle> batch) {
        long cpuBefore = threadCpu();
        try {
            writeTransaction(batch);
        } catch (RuntimeException e) {
            statementKeys.forgetLatest(); // the batch was rolled back: what it added is not in the store
            personKeys.clear();
            outlets.clear();
            summaries.clear();
            throw e;
        } finally {
            writerCpuNanos += threadCpu() - cpuBefore;
        }
        kb.database().refreshStatisticsIfGrown();
        indexing = indexerThread.submit(this::catchUpIndex);
    }

    /** Brings the search index up to the last committed batch (on the indexer thread). */
    private void catchUpIndex() {
        long cpuBefore = threadCpu();
        try {
            kb.catchUpIndex();
        } finally {
            indexerCpuNanos += threadCpu() - cpuBefore;
        }
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private void writeTransaction(List<PreparedArticle> batch) {
        kb.database().write(sql -> {
            if (kb.corrections() != correctionsSeen) {
                personKeys.clear(); // a correction (written under the same lock) moved identities
                summaries.clear();
                correctionsSeen = kb.corrections();
            }
            BatchWriter writer = new BatchWriter(sql, identities, statements, fingerprints, statementKeys, personKeys,
                    outlets, summaries);
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
                    sql.discard();
                    sql.update("ROLLBACK TO article");
                    sql.update("RELEASE article");
                    writer.forgetRolledBack();
                    failed++;
                    failures.failed(p.article().id(), "could not be stored: " + e.getMessage());
                }
            }
            writer.finish();
            return null;
        });
    }
}
