package org.demarche.cli;

import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.demarche.Demarche;
import org.demarche.cli.bench.SyntheticCorpus;
import org.demarche.readers.Item;
import org.demarche.store.IngestResult;
import org.demarche.store.Ingester;
import org.demarche.store.KnowledgeBase;
import org.demarche.store.PreparedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demarche generate}: fills a knowledge base with invented articles for load tests, through the real ingest
 * (pipeline on every core, then the store's batch writer), until it holds about the number of statements asked.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Fill a knowledge base with invented articles (fictional officials and countries) for load"
                + " tests: about --statements statements, through the real pipeline and ingest. Not for real data."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--statements", description = "About how many statements to make (default: ${DEFAULT-VALUE}).")
    int statements = 1_000_000;

    /** --data or --db, one of them given: never the default directory. */
    @Mixin
    DataDir store;

    @Option(names = "--people", description = "Distinct invented officials (default: ${DEFAULT-VALUE}).")
    int people = 20_000;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}): the same seed, the same articles.")
    long seed = 1;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        store.requireGiven("generate");
        SyntheticCorpus corpus = new SyntheticCorpus(people, seed);
        int articles = Math.max(1, statements / SyntheticCorpus.STATEMENTS_PER_ARTICLE);
        long started = System.nanoTime();
        int[] failed = {0};
        IngestResult result;
        try (KnowledgeBase kb = store.openOrCreate();
             BatchRunner runner = new BatchRunner(Demarche.pipeline()::annotate, threads)) {
            Ingester ingester = kb.ingester((id, reason) -> {
                System.err.println("demarche: " + id + ": " + reason);
                failed[0]++;
            });
            Iterator<Item> items = corpus.articles(articles)
                    .<Item>map(article -> new Item.Article(article.id(), article)).iterator();
            long[] done = {0};
            runner.run(items, article -> ingester.prepare(article, null), outcome -> {
                switch (outcome) {
                    case BatchRunner.Done<PreparedArticle> prepared -> ingester.add(prepared.result());
                    case BatchRunner.Failed<PreparedArticle> failure -> {
                        System.err.println("demarche: " + failure.source() + ": " + failure.reason());
                        failed[0]++;
                    }
                }
                if (++done[0] % 10_000 == 0) {
                    progress(done[0], articles, started);
                }
            });
            result = ingester.finish();
            long stored = kb.stats().statements();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.printf(Locale.ROOT, "demarche: %d articles ingested (%d new) in %.0f s (%.0f articles/s);"
                            + " the store holds %,d statements (CPU: writer %.1f s, index %.1f s)%n",
                    result.articles(), result.added(), seconds, result.articles() / seconds, stored,
                    result.writerCpuNanos() / 1e9, result.indexerCpuNanos() / 1e9);
        }
        return failed[0] > 0 ? 1 : 0;
    }

    private static void progress(long done, int total, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf(Locale.ROOT, "demarche: %,d / %,d articles, %.0f articles/s%n", done, total, done / seconds);
    }
}
