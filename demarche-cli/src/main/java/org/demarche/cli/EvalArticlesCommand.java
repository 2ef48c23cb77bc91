package org.demarche.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.demarche.cli.eval.ArticleScorer;
import org.demarche.readers.ArticleReader;
import org.demarche.readers.InputLimits;
import org.demarche.readers.Gzip;
import org.demarche.html.HtmlArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demarche eval-articles GROUND_TRUTH.json [HTML_DIR]}: extracts the article body of every page in the folder
 * and scores it against the ground truth with the article-extraction benchmark's metric, printing the same line as
 * {@code score_articles.py}. Pages are matched to ground-truth ids by file name without extensions.
 */
@Command(name = "eval-articles", mixinStandardHelpOptions = true,
        description = {"Extract the article body of web pages and score it against a ground truth",
                "(4-token shingles; same figures as score_articles.py)."})
final class EvalArticlesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "GROUND_TRUTH", description = "JSON object {id: {\"articleBody\": text}}.")
    Path groundTruth;

    @Parameters(index = "1", arity = "0..1", paramLabel = "HTML_DIR",
            description = "Folder of pages (.html, .html.gz...); default: the html folder beside GROUND_TRUTH.")
    Path pages;

    @Option(names = "--errors", paramLabel = "N", description = "List the N pages with the lowest F1 first.")
    int errors;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Also write the extracted texts as JSON Lines {id, text}.")
    Path predictions;

    @Option(names = "--repeat", paramLabel = "N",
            description = "Extract the pages N more times after the scored pass and time only those (JIT warmed up).")
    int repeat;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    private record Page(String id, String text, String failure) {
    }

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        Map<String, JsonNode> truth = readTruth();
        Path dir = pages != null ? pages : groundTruth.toAbsolutePath().getParent().resolve("html");
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        List<Page> extracted = extractAll(files);
        int timedPages = files.size();
        if (repeat > 0) { // the first pass warmed up the JIT; time only the repeats
            cpuBefore = processCpuNanos();
            start = System.nanoTime();
            for (int i = 0; i < repeat; i++) {
                extractAll(files);
            }
            timedPages = files.size() * repeat;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMs = (processCpuNanos() - cpuBefore) / 1e6;
        int failed = 0;
        Map<String, String> byId = new java.util.HashMap<>();
        for (Page p : extracted) {
            if (p.failure != null) {
                System.err.println("demarche: " + p.id + ": " + p.failure);
                failed++;
            } else {
                byId.put(p.id, p.text);
            }
        }
        if (predictions != null) {
            writePredictions(extracted);
        }
        ArticleScorer scorer = new ArticleScorer();
        record Scored(String id, ArticleScorer.PageScore score) {
        }
        List<Scored> scored = new ArrayList<>();
        truth.forEach((id, node) -> scored.add(new Scored(id,
                scorer.add(node.path("articleBody").asText(""), byId.get(id)))));
        if (errors > 0) {
            scored.stream().sorted(Comparator.comparingDouble(s -> f1(s.score))).limit(errors).forEach(s ->
                    out.printf(java.util.Locale.ROOT, "%s  F1=%.3f precision=%.3f recall=%.3f (tp %d, fp %d, fn %d)%n",
                            s.id, f1(s.score), s.score.precision(), s.score.recall(), s.score.tp(), s.score.fp(),
                            s.score.fn()));
        }
        out.println(scorer.line());
        System.err.printf(java.util.Locale.ROOT,
                "extracted %d pages in %.2f s with %d threads: %.0f pages/s, %.2f ms CPU per page, %.1f cores busy%n",
                timedPages, seconds, threads, timedPages / seconds, cpuMs / Math.max(1, timedPages), cpuMs / 1000 / seconds);
        return failed > 0 ? 1 : 0;
    }

    private Map<String, JsonNode> readTruth() throws IOException {
        JsonNode root = JSON.readTree(groundTruth.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(groundTruth + ": not a JSON object {id: {\"articleBody\": text}}");
        }
        Map<String, JsonNode> truth = new java.util.LinkedHashMap<>();
        root.properties().forEach(e -> truth.put(e.getKey(), e.getValue()));
        return truth;
    }

    private List<Page> extractAll(List<Path> files) {
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Page>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> extract(extractor, f)));
            }
            List<Page> out = new ArrayList<>();
            for (Future<Page> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Page extract(HtmlArticleExtractor extractor, Path file) {
        String id = ArticleReader.idOf(file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (Gzip.isGzip(bytes)) {
                bytes = Gzip.gunzip(bytes, InputLimits.DEFAULT.maxArticleBytes());
            }
            return new Page(id, extractor.extract(bytes, null).text(), null);
        } catch (IOException e) {
            return new Page(id, null, "cannot read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Page(id, null, "could not be extracted (" + e + ")");
        }
    }

    private void writePredictions(List<Page> extracted) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (Page p : extracted) {
                if (p.text != null) {
                    w.write(JSON.writeValueAsString(Map.of("id", p.id, "text", p.text)));
                    w.write('\n');
                }
            }
        }
    }

    private static double f1(ArticleScorer.PageScore s) {
        double p = Double.isNaN(s.precision()) ? 0 : s.precision();
        double r = Double.isNaN(s.recall()) ? 0 : s.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }
}
