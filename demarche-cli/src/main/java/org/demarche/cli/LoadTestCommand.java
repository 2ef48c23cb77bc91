package org.demarche.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.demarche.cli.bench.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demarche loadtest}: concurrent clients against a running {@code demarche serve} on this machine, timing
 * statement searches and person-page calls separately. Bounded in requests and in time; loopback only.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Send statement searches and person-page requests from concurrent clients to a demarche"
                + " server on this machine (a store made by generate) and print latency percentiles per kind."})
final class LoadTestCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--port", description = "The server's port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 8;

    @Option(names = "--requests", description = "Timed requests of each kind per client (default: ${DEFAULT-VALUE}).")
    int requests = 1000;

    @Option(names = "--warmup", description = "Untimed requests per client first (default: ${DEFAULT-VALUE}).")
    int warmup = 200;

    @Option(names = "--max-seconds", description = "Stop the timed phase after this long (default: ${DEFAULT-VALUE}).")
    int maxSeconds = 300;

    @Option(names = "--people", description = "As given to generate, whose made-up words the searches use"
            + " (default: ${DEFAULT-VALUE}).")
    int people = 20_000;

    @Option(names = "--seed", description = "As given to generate (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    /** One kind of request with its latencies in nanoseconds. */
    private record Timings(String kind, long[] nanos, int count, int errors) {
    }

    @Override
    public Integer call() throws Exception {
        String base = "http://127.0.0.1:" + port;
        List<String> words = new SyntheticCorpus(people, seed).words();
        long[] personIds = personIds(base);
        if (personIds.length == 0) {
            System.err.println("demarche: the server at " + base + " has no people; fill it with generate first.");
            return 1;
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        List<Future<Timings[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = new SplittableRandom(seed * 31 + c);
            results.add(pool.submit(() -> client(base, words, personIds, random, deadline)));
        }
        List<Timings[]> all = new ArrayList<>();
        for (Future<Timings[]> result : results) {
            all.add(result.get());
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d clients, %d timed requests of each kind each (after %d untimed), on %s%n",
                clients, requests, warmup, base);
        for (int kind = 0; kind < KINDS.length; kind++) {
            report(all, kind);
        }
        return 0;
    }

    /** The kinds of request, in turn: a statement search, a person page, a browse of the newest statements. */
    private static final String[] KINDS = {"statement search", "person page", "newest first"};
    private static final String[] TOPIC_WORDS = {"sanctions", "ceasefire", "enlargement", "treaty", "nuclear"};

    /** Sends the three kinds in turn, warm-up first; returns the timings of each kind. */
    private Timings[] client(String base, List<String> words, long[] people, SplittableRandom random, long deadline)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long[][] nanos = new long[KINDS.length][requests];
        int[] counts = new int[KINDS.length];
        int[] errors = new int[KINDS.length];
        for (int i = 0; i < warmup + requests * KINDS.length && System.nanoTime() < deadline; i++) {
            int kind = i % KINDS.length;
            String path = switch (kind) {
                case 0 -> search(words, random);
                case 1 -> "/api/people/" + people[random.nextInt(people.length)];
                default -> "/api/statements?sort=date&page=" + random.nextInt(10);
            };
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - start;
            if (i >= warmup && counts[kind] < requests) {
                if (response.statusCode() != 200) {
                    errors[kind]++;
                }
                nanos[kind][counts[kind]++] = elapsed;
            }
        }
        Timings[] timings = new Timings[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) {
            timings[k] = new Timings(KINDS[k], nanos[k], counts[k], errors[k]);
        }
        return timings;
    }

    /**
     * One or two made-up words (rare: a few thousand matches in a million), one time in five a topic word (common:
     * tens of thousands of matches) instead; a third of the searches newest first rather than best first.
     */
    private static String search(List<String> words, SplittableRandom random) {
        String q = random.nextInt(5) == 0 ? TOPIC_WORDS[random.nextInt(TOPIC_WORDS.length)]
                : words.get(random.nextInt(words.size()));
        if (random.nextBoolean()) {
            q += " " + words.get(random.nextInt(words.size()));
        }
        return "/api/statements?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (random.nextInt(3) == 0 ? "&sort=date" : "");
    }

    /** Ids of up to 2,000 people, most quoted first, read from the server's own list. */
    private static long[] personIds(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < 20; page++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/people?pageSize=100&page=" + page)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode items = JSON.readTree(response.body()).path("items");
            items.forEach(item -> ids.add(item.get("id").asLong()));
            if (items.size() < 100) {
                break;
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static void report(List<Timings[]> all, int kind) {
        long[] merged = all.stream().flatMapToLong(t -> Arrays.stream(t[kind].nanos(), 0, t[kind].count())).sorted().toArray();
        int errors = all.stream().mapToInt(t -> t[kind].errors()).sum();
        if (merged.length == 0) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-17s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  non-200 %d%n",
                all.get(0)[kind].kind(), merged.length, ms(merged, 0.50), ms(merged, 0.95), ms(merged, 0.99),
                merged[merged.length - 1] / 1e6, errors);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double ms(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
