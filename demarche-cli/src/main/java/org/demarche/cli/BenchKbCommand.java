package org.demarche.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.demarche.cli.eval.JsonLines;
import org.demarche.kb.people.NameForms;
import org.demarche.kb.statements.CandidatePairs;
import org.demarche.kb.statements.StatementFingerprint;
import org.demarche.kb.statements.StatementMatcher;
import org.demarche.kb.topics.Taxonomy;
import org.demarche.kb.topics.TopicTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demarche bench-kb GOLD.jsonl}: the CPU cost of the knowledge-base steps on one thread, on the articles,
 * quotes and speaker names of a gold file: topic tagging per article, fingerprinting per quote, comparing the
 * quote pairs that share a blocking key, and romanising and keying per speaker name. Each step first runs
 * {@code --warmup} untimed rounds (JIT compilation), then {@code --rounds} timed ones. CPU time of the measuring
 * thread is reported, so other jobs on the machine inflate the figures less than wall time would.
 */
@Command(name = "bench-kb", mixinStandardHelpOptions = true,
        description = "CPU cost per item of topic tagging, statement fingerprints and matching, and name keys.")
final class BenchKbCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold JSON Lines file (articles with text and quotes).")
    Path gold;

    @Option(names = "--warmup", description = "Untimed rounds per step first (default: ${DEFAULT-VALUE}).")
    int warmup = 20;

    @Option(names = "--rounds", description = "Timed rounds per step (default: ${DEFAULT-VALUE}).")
    int rounds = 10;

    @Override
    public Integer call() throws IOException {
        List<String> articles = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        read(articles, quotes, speakers);
        PrintStream out = System.out;
        out.printf("%d articles, %d quotes, %d speaker names; %d untimed and %d timed rounds of each step%n",
                articles.size(), quotes.size(), speakers.size(), warmup, rounds);
        TopicTagger tagger = new TopicTagger(Taxonomy.defaults());
        time(out, "topic tagging", "article", articles, t -> tagger.topics(t).size());
        time(out, "fingerprint", "quote", quotes, t -> StatementFingerprint.of(t).blockingKeys().size());
        List<StatementFingerprint> prints = quotes.stream().map(StatementFingerprint::of).toList();
        List<CandidatePairs.Pair> pairs = CandidatePairs.of(prints);
        StatementMatcher matcher = new StatementMatcher();
        time(out, "sameStatement", "candidate pair", pairs,
                p -> matcher.sameStatement(prints.get(p.first()), prints.get(p.second())) ? 1 : 0);
        time(out, "latin + blockingKeys", "name", speakers,
                n -> NameForms.latin(n).length() + NameForms.blockingKeys(n).size());
        return 0;
    }

    private <T> void time(PrintStream out, String step, String unit, List<T> items, ToIntFunction<T> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long cpu = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (T item : items) {
                sink += work.applyAsInt(item);
            }
            if (round >= warmup) {
                cpu += threads.getCurrentThreadCpuTime() - start;
            }
        }
        double perItem = items.isEmpty() || rounds < 1 ? 0 : cpu / 1000.0 / items.size() / rounds;
        out.printf(Locale.ROOT, "%-22s %8.1f us CPU per %s (%d items, checksum %d)%n", step, perItem, unit,
                items.size(), sink);
    }

    private void read(List<String> articles, List<String> quotes, List<String> speakers) throws IOException {
        JsonLines.read(gold, (r, where) -> {
            articles.add(r.path("text").asText(""));
            for (JsonNode q : r.path("quotes")) {
                quotes.add(q.path("text").asText(""));
                String speaker = q.path("speaker").asText("");
                if (!speaker.isBlank()) {
                    speakers.add(speaker);
                }
            }
        });
    }
}
