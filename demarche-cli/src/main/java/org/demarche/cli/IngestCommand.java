package org.demarche.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.stream.StreamSupport;
import org.demarche.Demarche;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.RawArticle;
import org.demarche.readers.ArticleReader;
import org.demarche.readers.InputCount;
import org.demarche.readers.InputLimits;
import org.demarche.readers.Item;
import org.demarche.kb.topics.Taxonomy;
import org.demarche.pipeline.Pipeline;
import org.demarche.store.IngestResult;
import org.demarche.store.Ingester;
import org.demarche.store.KnowledgeBase;
import org.demarche.store.PreparedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code demarche ingest PATH...}: extract every article and write it into the knowledge base. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract statements from articles and store them in the knowledge base (--data DIR, or --db JDBC_URL).",
                "PATH: the same inputs as extract (text, web pages, feeds, web archives, JSON Lines; gzip or not). Articles already stored with the same text are skipped; a changed"
                        + " article (same id or url) replaces its old version. Safe to interrupt and run again.",
                "Each input that cannot be read or stored gets one line on stderr, the rest goes on, and the exit"
                        + " status is 1 if any failed.",
                "--parquet DIR loads the output of the Spark job (demarche-spark) instead, without analysing again:"
                        + " the same store as ingest of the job's inputs, merged into what the store holds."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, directories, .jsonl files or - (stdin).")
    List<String> paths = List.of();

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Load the Spark job's output directory (its --out) instead of reading PATHs.")
    Path parquet;

    @Mixin
    DataDir store;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "The day the articles were collected: resolves year-less dates and dates statements"
                    + " whose article states none.")
    LocalDate referenceDate;

    @Option(names = "--taxonomy", paramLabel = "FILE",
            description = "A topic taxonomy file (docs/topics.md) whose topics extend the default one.")
    Path taxonomy;

    @Option(names = "--replace-taxonomy",
            description = "Tag topics from the --taxonomy file alone, instead of adding it to the default.")
    boolean replaceTaxonomy;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (parquet != null) {
            if (!paths.isEmpty() || taxonomy != null || referenceDate != null) {
                throw new ParameterException(spec.commandLine(), "--parquet loads what the job already analysed:"
                        + " it takes no PATH, --taxonomy or --reference-date");
            }
            return load(parquet, store, System.err);
        }
        if (paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH' (or --parquet DIR)");
        }
        Taxonomy topics = Taxonomy.defaults();
        if (taxonomy != null) {
            try (Reader r = Files.newBufferedReader(taxonomy, StandardCharsets.UTF_8)) {
                Taxonomy own = Taxonomy.read(r);
                topics = replaceTaxonomy ? own : topics.extendedWith(own);
            }
        }
        boolean terminal = Progress.onTerminal();
        return ingest(paths, System.in, System.err, store, threads, referenceDate, topics,
                new Progress(System.err, terminal, terminal ? InputCount.of(paths) : -1));
    }

    static int ingest(List<String> paths, InputStream stdin, PrintStream err, DataDir store, int threads,
                      LocalDate referenceDate, Taxonomy topics, Progress progress) {
        Pipeline pipeline = Demarche.pipeline();
        BatchRunner.Analyser analyser = referenceDate == null ? pipeline::annotate
                : raw -> pipeline.annotate(raw.referenceDate() == null ? raw.withReferenceDate(referenceDate) : raw);
        long[] unreadable = {0};
        long[] skipped = {0};
        long started = System.nanoTime();
        IngestResult result;
        try (KnowledgeBase kb = store.openOrCreate();
             ArticleReader reader = new ArticleReader(paths, InputLimits.DEFAULT, stdin);
             BatchRunner runner = new BatchRunner(analyser, threads);
             Ingester ingester = kb.ingester(topics, Ingester.BATCH_ARTICLES,
                     (id, reason) -> err.println("demarche: " + id + ": " + reason))) {
            Iterator<Item> fresh = unstored(reader, ingester, progress);
            // A web archive's crawl date dates what its pages leave undated; --reference-date stands in elsewhere.
            runner.run(fresh, (item, article) -> ingester.prepare(article,
                    item.referenceDate() != null ? item.referenceDate() : referenceDate), outcome -> {
                progress.advance();
                switch (outcome) {
                    case BatchRunner.Done<PreparedArticle> done -> ingester.add(done.result());
                    case BatchRunner.Failed<PreparedArticle> failed -> {
                        err.println("demarche: " + failed.source() + ": " + failed.reason());
                        unreadable[0]++;
                    }
                }
            });
            result = ingester.finish();
            skipped[0] = reader.skipped();
        }
        progress.end();
        return report(err, started, result, unreadable[0], skipped[0], store);
    }

    /**
     * Loads the Spark job's output directory through the store's writer: each article as the job prepared it, in
     * input order, in ingest's batches, skipping those stored with the same text as ingest does.
     */
    static int load(Path jobOutput, DataDir store, PrintStream err) {
        long started = System.nanoTime();
        IngestResult result;
        try {
            // Checked before the store is opened (or made): a wrong directory leaves nothing behind.
            JobDatasets datasets = JobDatasets.open(jobOutput);
            result = load(datasets, store, err);
        } catch (JobDatasets.Unusable e) {
            err.println("demarche: ingest --parquet: " + e.getMessage());
            return 1;
        } catch (NoClassDefFoundError e) {
            err.println("demarche: ingest --parquet needs the Parquet libraries on the class path, which the"
                    + " ./demarche launcher adds (missing: " + e.getMessage() + ")");
            return 1;
        }
        return report(err, started, result, 0, 0, store);
    }

    private static IngestResult load(JobDatasets datasets, DataDir store, PrintStream err) throws JobDatasets.Unusable {
        try (KnowledgeBase kb = store.openOrCreate();
             Ingester ingester = kb.ingester(Taxonomy.defaults(), Ingester.BATCH_ARTICLES,
                     (id, reason) -> err.println("demarche: " + id + ": " + reason))) {
            datasets.forEach(prepared -> {
                AnnotatedArticle a = prepared.article();
                if (ingester.isStored(new RawArticle(a.id(), a.text(), a.url(), null, null, null, null, null))) {
                    ingester.skipped();
                } else {
                    ingester.add(prepared);
                }
            });
            return ingester.finish();
        }
    }

    /** The closing line of a run; the exit status: 1 if any article failed. */
    private static int report(PrintStream err, long started, IngestResult result, long unreadable,
                              long skippedNoArticle, DataDir store) {
        double seconds = (System.nanoTime() - started) / 1e9;
        long failed = result.failed() + unreadable;
        long articles = result.articles() + unreadable;
        err.println(String.format(Locale.ROOT, "demarche: %,d articles in %.1f s (%,.0f articles/s): %,d added,"
                        + " %,d replaced, %,d unchanged, %,d failed%s; store %s (CPU: writer %.1f s, index %.1f s)",
                articles, seconds, articles / Math.max(seconds, 1e-9), result.added(), result.replaced(),
                result.unchanged(), failed,
                skippedNoArticle > 0 ? String.format(Locale.ROOT, ", %,d skipped (no article)", skippedNoArticle) : "",
                store.describe(), result.writerCpuNanos() / 1e9, result.indexerCpuNanos() / 1e9));
        return failed > 0 ? 1 : 0;
    }

    /**
     * The items the store does not already hold with the same text, so a re-run skips the pipeline for everything
     * it finished before; each skipped one still counts as done.
     */
    private static Iterator<Item> unstored(Iterator<Item> items, Ingester ingester, Progress progress) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false)
                .filter(item -> {
                    if (item instanceof Item.Article a && ingester.isStored(a.article())) {
                        ingester.skipped();
                        progress.advance();
                        return false;
                    }
                    return true;
                }).iterator();
    }
}
