package org.demarche.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.demarche.article.AnnotatedArticle;
import org.demarche.cli.input.Item;
import org.demarche.pipeline.Pipeline;

/**
 * Runs the pipeline over a stream of input items on every core, in bounded batches, and hands results on in
 * input order. Memory stays flat: at most one batch of articles is held at a time. An article the pipeline
 * cannot handle becomes a failure, never a crash.
 */
final class BatchRunner implements AutoCloseable {
    static final int BATCH = 256;

    /** What happened to one item. */
    sealed interface Outcome {
        String source();
    }

    record Done(String source, AnnotatedArticle article) implements Outcome {
    }

    record Failed(String source, String reason) implements Outcome {
    }

    private final Pipeline pipeline;
    private final ExecutorService workers;
    private final int threads;

    BatchRunner(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.workers = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "demarche-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Processes every item, calling {@code sink} once per item in input order. */
    void run(Iterator<Item> items, Consumer<Outcome> sink) {
        List<Item> batch = new ArrayList<>(BATCH);
        while (items.hasNext()) {
            batch.add(items.next());
            if (batch.size() == BATCH) {
                process(batch, sink);
                batch.clear();
            }
        }
        process(batch, sink);
    }

    private void process(List<Item> batch, Consumer<Outcome> sink) {
        if (batch.isEmpty()) {
            return;
        }
        int chunk = (batch.size() + threads - 1) / threads;
        List<Future<List<Outcome>>> parts = new ArrayList<>();
        for (int from = 0; from < batch.size(); from += chunk) {
            List<Item> slice = batch.subList(from, Math.min(batch.size(), from + chunk));
            parts.add(workers.submit(() -> slice.stream().map(this::annotate).toList()));
        }
        for (Future<List<Outcome>> part : parts) {
            try {
                part.get().forEach(sink);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("worker failed", e.getCause());
            }
        }
    }

    private Outcome annotate(Item item) {
        return switch (item) {
            case Item.Failure f -> new Failed(f.source(), f.reason());
            case Item.Article a -> {
                try {
                    yield new Done(a.source(), pipeline.annotate(a.article()));
                } catch (RuntimeException | StackOverflowError e) {
                    yield new Failed(a.source(), "could not be analysed (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report this");
                }
            }
        };
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
