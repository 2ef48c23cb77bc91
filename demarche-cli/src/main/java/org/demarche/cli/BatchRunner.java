package org.demarche.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.RawArticle;
import org.demarche.readers.Item;

/**
 * Runs the analysis over a stream of input items on every core and hands the results on in input order. The
 * calling thread reads items and consumes results; worker threads analyse and render (e.g. to a JSON line), so
 * reading, analysis and writing overlap. Memory stays flat: only a bounded window of items (by count and by
 * characters of text) is in flight at any time. An article the analysis cannot handle becomes a failure, never
 * a crash.
 */
final class BatchRunner implements AutoCloseable {
    /** Items in flight per worker thread. */
    static final int WINDOW_PER_THREAD = 32;
    /** Characters of article text in flight at most (a few huge articles must not exhaust the heap together). */
    static final long WINDOW_CHARS = 12L * 1024 * 1024;

    /** The analysis step: the pipeline in production; a test may pass anything with the same contract. */
    @FunctionalInterface
    interface Analyser {
        AnnotatedArticle annotate(RawArticle article);
    }

    /** What happened to one item. */
    sealed interface Outcome<R> {
        String source();
    }

    record Done<R>(String source, R result) implements Outcome<R> {
    }

    record Failed<R>(String source, String reason) implements Outcome<R> {
    }

    private record InFlight<R>(Future<Outcome<R>> outcome, long chars) {
    }

    private final Analyser analyser;
    private final ExecutorService workers;
    private final int threads;

    BatchRunner(Analyser analyser, int threads) {
        this.analyser = analyser;
        this.threads = Math.max(1, threads);
        this.workers = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "demarche-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Processes every item: each article is analysed and passed to {@code render} on a worker thread; then
     * {@code sink} gets one outcome per item, on the calling thread, in input order.
     */
    <R> void run(Iterator<Item> items, Function<AnnotatedArticle, R> render, Consumer<Outcome<R>> sink) {
        run(items, (item, article) -> render.apply(article), sink);
    }

    /** As {@link #run(Iterator, Function, Consumer)}, with {@code render} told which item each article came from. */
    <R> void run(Iterator<Item> items, BiFunction<Item, AnnotatedArticle, R> render, Consumer<Outcome<R>> sink) {
        Deque<InFlight<R>> window = new ArrayDeque<>();
        int maxItems = threads * WINDOW_PER_THREAD;
        long chars = 0;
        while (items.hasNext()) {
            Item item = items.next();
            InFlight<R> job = switch (item) {
                case Item.Failure f -> new InFlight<>(CompletableFuture.completedFuture(new Failed<>(f.source(), f.reason())), 0);
                case Item.Article a -> new InFlight<>(workers.submit(() -> process(a.source(), a::article,
                        article -> render.apply(a, article))),
                        a.article().text().length());
                case Item.Page p -> new InFlight<>(workers.submit(() -> process(p.source(), p::article,
                        article -> render.apply(p, article))),
                        p.html().length);
            };
            window.addLast(job);
            chars += job.chars();
            while (window.size() >= maxItems || chars > WINDOW_CHARS && window.size() > 1) {
                chars -= drain(window, sink);
            }
        }
        while (!window.isEmpty()) {
            drain(window, sink);
        }
    }

    /** Waits for the oldest item in flight and hands its outcome on; returns its size in characters. */
    private static <R> long drain(Deque<InFlight<R>> window, Consumer<Outcome<R>> sink) {
        InFlight<R> oldest = window.pollFirst();
        Outcome<R> outcome;
        try {
            outcome = oldest.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        }
        sink.accept(outcome);
        return oldest.chars();
    }

    /** Reads (for a web page: extracts) the article, analyses and renders it; any failure becomes a Failed. */
    private <R> Outcome<R> process(String source, Supplier<RawArticle> article, Function<AnnotatedArticle, R> render) {
        try {
            return new Done<>(source, render.apply(analyser.annotate(article.get())));
        } catch (Item.NoArticle e) {
            return new Failed<>(source, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Failed<>(source, "could not be analysed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())) + "); please report this");
        } catch (OutOfMemoryError e) {
            return new Failed<>(source, "could not be analysed: out of memory (" + e.getMessage()
                    + "); give Java more heap, e.g. JAVA_OPTS=-Xmx2g");
        }
    }

    private static String oneLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
