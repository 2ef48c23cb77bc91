package org.demarche.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
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

    @Option(names = "--warmup", paramLabel = "N",
            description = "First extract N articles untimed, so the measured run starts with compiled code, as a JMH"
                    + " warm-up would (default: ${DEFAULT-VALUE}: the figures include JIT compilation).")
    int warmup;

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
        try {
            if (warmup > 0) {
                writeCorpus(corpus, texts, warmup);
                try (OutputStream w = OutputStream.nullOutputStream()) {
                    ExtractCommand.Summary s = ExtractCommand.extract(List.of(corpus.toString()),
                            java.io.InputStream.nullInputStream(), w, System.err, false, threads,
                            org.demarche.Demarche.pipeline()::annotate);
                    out.printf(Locale.ROOT, "warm-up       %d articles, not measured%n", s.ok + s.failed);
                }
            }
            long inputBytes = writeCorpus(corpus, texts, articles);
            System.gc();
            resetPeaks();
            LiveHeap live = LiveHeap.start();
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
            live.stop();
            Locale l = Locale.ROOT;
            out.printf(l, "articles      %d (%d failed)%n", summary.ok, summary.failed);
            out.printf(l, "input         %.1f MB (%.0f characters per article)%n", inputBytes / 1e6,
                    (double) inputBytes / Math.max(1, articles));
            out.printf(l, "time          %.2f s%n", seconds);
            out.printf(l, "throughput    %.0f articles/s, %.1f MB/s%n", summary.ok / seconds, inputBytes / 1e6 / seconds);
            if (cpuSeconds > 0) {
                out.printf(l, "cpu           %.2f s (%.2f ms per article; %.1f of %d cores busy)%n", cpuSeconds,
                        cpuSeconds * 1e3 / Math.max(1, summary.ok + summary.failed), cpuSeconds / seconds,
                        Runtime.getRuntime().availableProcessors());
            }
            out.printf(l, "output        %.1f MB%n", Files.size(output) / 1e6);
            out.printf(l, "peak heap     %.0f MB (max heap %.0f MB), threads %d%n", peakHeap / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6, threads);
            if (live.collections() > 0) {
                out.printf(l, "live heap     %.0f MB at most after a collection (%d collections)%n", live.max() / 1e6,
                        live.collections());
            }
            return summary.failed > 0 ? 1 : 0;
        } finally {
            if (workDir == null) {
                Files.deleteIfExists(corpus);
                Files.deleteIfExists(output);
                Files.deleteIfExists(dir);
            }
        }
    }

    /** The heap in use right after each garbage collection: what the run really keeps, garbage aside. */
    static final class LiveHeap implements NotificationListener {
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final Set<String> heapPools = new HashSet<>();
        private final AtomicLong max = new AtomicLong();
        private final AtomicInteger collections = new AtomicInteger();

        static LiveHeap start() {
            LiveHeap live = new LiveHeap();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    live.heapPools.add(pool.getName());
                }
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(live, null, null);
                    live.emitters.add(emitter);
                }
            }
            return live;
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            max.accumulateAndGet(used, Math::max);
            collections.incrementAndGet();
        }

        void stop() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (ListenerNotFoundException e) {
                    // already gone
                }
            }
        }

        long max() {
            return max.get();
        }

        int collections() {
            return collections.get();
        }
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
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
