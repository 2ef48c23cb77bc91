package org.demarche.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demarche bench}: end-to-end throughput of {@code extract} (read JSONL, analyse, write JSONL) on a corpus
 * of N articles made by cycling a source file's articles, with the peak heap the run needed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extract end to end (read -> pipeline -> JSONL written) on N articles built by",
                "cycling the articles of a source JSONL file; prints articles/s and the peak heap used."})
final class BenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--articles", description = "How many articles to process (default: ${DEFAULT-VALUE}).")
    int articles = 10_000;

    @Option(names = "--source", description = "JSONL file whose articles are cycled (default: ${DEFAULT-VALUE}).")
    Path source = Path.of("../shared/eval/polnear/dev.jsonl");

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--work-dir", description = "Where the generated corpus and output go (default: a temporary folder).")
    Path workDir;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        if (!Files.isRegularFile(source)) {
            System.err.println("demarche: bench source " + source + " not found; pass --source FILE.jsonl (records with id and text)");
            return 2;
        }
        List<String> texts = readTexts(source);
        if (texts.isEmpty()) {
            System.err.println("demarche: bench source " + source + " has no records with a text");
            return 2;
        }
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("demarche-bench");
        Path corpus = dir.resolve("corpus.jsonl");
        Path output = dir.resolve("output.jsonl");
        long inputBytes = writeCorpus(corpus, texts, articles);

        System.gc();
        resetPeaks();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        ExtractCommand.Summary summary;
        try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            summary = ExtractCommand.extract(List.of(corpus.toString()), java.io.InputStream.nullInputStream(), w,
                    System.err, false, threads, org.demarche.Demarche.pipeline()::annotate);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        long peakHeap = peakHeapBytes();
        out.printf(java.util.Locale.ROOT, "articles      %d (%d failed)%n", summary.ok, summary.failed);
        out.printf(java.util.Locale.ROOT, "input         %.1f MB (%.0f characters per article)%n", inputBytes / 1e6,
                (double) inputBytes / Math.max(1, articles));
        out.printf(java.util.Locale.ROOT, "time          %.2f s%n", seconds);
        out.printf(java.util.Locale.ROOT, "throughput    %.0f articles/s, %.1f MB/s%n", summary.ok / seconds, inputBytes / 1e6 / seconds);
        if (cpuSeconds > 0) {
            out.printf(java.util.Locale.ROOT, "cpu           %.2f s (%.2f ms per article; %.1f of %d cores busy)%n", cpuSeconds,
                    cpuSeconds * 1e3 / Math.max(1, summary.ok + summary.failed), cpuSeconds / seconds,
                    Runtime.getRuntime().availableProcessors());
        }
        out.printf(java.util.Locale.ROOT, "output        %.1f MB%n", Files.size(output) / 1e6);
        out.printf(java.util.Locale.ROOT, "peak heap     %.0f MB (max heap %.0f MB), threads %d%n", peakHeap / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, threads);
        if (workDir == null) {
            Files.deleteIfExists(corpus);
            Files.deleteIfExists(output);
            Files.deleteIfExists(dir);
        }
        return summary.failed > 0 ? 1 : 0;
    }

    private static List<String> readTexts(Path source) throws IOException {
        List<String> texts = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                if (node.hasNonNull("text")) {
                    texts.add(node.get("text").asText());
                }
            }
        }
        return texts;
    }

    private static long writeCorpus(Path corpus, List<String> texts, int n) throws IOException {
        long bytes = 0;
        try (BufferedWriter w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String text = texts.get(i % texts.size());
                ObjectNode record = JSON.createObjectNode();
                record.put("id", "bench-" + i);
                record.put("text", text);
                w.write(JSON.writeValueAsString(record));
                w.write('\n');
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return bytes;
    }

    /** CPU time used by this JVM (all threads, JIT and GC included), or a negative value if unknown. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
