package org.demarche.cli;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.demarche.readers.ArticleReader;
import org.demarche.readers.InputLimits;
import org.demarche.readers.Item;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demarche bench-read PATH...}: the readers alone, without the pipeline, so that a multi-gigabyte web archive
 * can be read in minutes to check that memory stays flat (see docs/benchmarks.md).
 */
@Command(name = "bench-read", mixinStandardHelpOptions = true,
        description = {"Read inputs through the readers only (no statement extraction) and print items, skipped,"
                + " failed, throughput, CPU and heap: how reading scales with the input's size."})
final class BenchReadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The same inputs as extract.")
    List<String> paths;

    @Option(names = "--extract-pages", description = "Also extract each web page's article (HTML parsing), on one thread.")
    boolean extractPages;

    @Override
    public Integer call() {
        BenchCommand.resetPeaks();
        BenchCommand.LiveHeap live = BenchCommand.LiveHeap.start();
        long start = System.nanoTime();
        long cpuStart = BenchCommand.processCpuNanos();
        long items = 0;
        long failed = 0;
        long bytes = 0;
        long skipped;
        try (ArticleReader reader = new ArticleReader(paths, InputLimits.DEFAULT, InputStream.nullInputStream())) {
            while (reader.hasNext()) {
                Item item = reader.next();
                items++;
                switch (item) {
                    case Item.Failure f -> {
                        System.err.println("demarche: " + f.source() + ": " + f.reason());
                        failed++;
                    }
                    case Item.Article a -> bytes += a.article().text().length();
                    case Item.Page p -> {
                        bytes += p.html().length;
                        if (extractPages) {
                            failed += extracts(p) ? 0 : 1;
                        }
                    }
                }
            }
            skipped = reader.skipped();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (BenchCommand.processCpuNanos() - cpuStart) / 1e9;
        live.stop();
        Locale l = Locale.ROOT;
        System.out.printf(l, "items         %,d (%,d failed), %,d records skipped%n", items, failed, skipped);
        System.out.printf(l, "read          %.1f MB of pages and text in %.1f s (%.0f items/s)%n", bytes / 1e6, seconds,
                items / seconds);
        System.out.printf(l, "cpu           %.1f s (%.3f ms per item)%n", cpuSeconds, cpuSeconds * 1e3 / Math.max(1, items));
        System.out.printf(l, "peak heap     %.0f MB (max heap %.0f MB)%n", BenchCommand.peakHeapBytes() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(l, "live heap     %.0f MB at most after a collection (%d collections)%n", live.max() / 1e6,
                live.collections());
        return failed > 0 ? 1 : 0;
    }

    private static boolean extracts(Item.Page page) {
        try {
            page.article();
            return true;
        } catch (Item.NoArticle e) {
            return false;
        }
    }
}
