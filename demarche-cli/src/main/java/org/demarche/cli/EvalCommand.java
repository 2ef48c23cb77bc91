package org.demarche.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.demarche.Demarche;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Quote;
import org.demarche.article.QuoteKind;
import org.demarche.cli.eval.JsonLines;
import org.demarche.cli.eval.QuoteScorer;
import org.demarche.cli.eval.QuoteScorer.GoldDoc;
import org.demarche.readers.ArticleReader;
import org.demarche.readers.InputLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demarche eval GOLD.jsonl}: extracts the gold file's articles and scores them exactly as the shared
 * {@code score_quotes.py} does, printing the same figures. With {@code --floor FILE} it also fails when a figure
 * is below the floor recorded for that gold file, which is how CI keeps quality from going down.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extract the articles of a gold file and score quotes and speakers against it",
                "(Jaccard >= 0.5 span match; speakers compared by surname key; same figures as score_quotes.py)."})
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold JSON Lines file (id, text or file, quotes, ignore).")
    Path gold;

    @Option(names = "--errors", description = "List every miss, spurious prediction and wrong speaker first.")
    boolean errors;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--aliases", arity = "1..*", paramLabel = "FILE",
            description = "JSON files {canonical: [variants]}; a speaker written as a variant counts as the canonical name.")
    List<Path> aliases = new ArrayList<>();

    @Option(names = "--floor", paramLabel = "FILE",
            description = "Fail (exit 1) when a figure is below its floor in FILE (lines '<folder>/<file>.<group>.<figure> = value').")
    Path floor;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** Gold articles that could not be read or analysed (each reported on stderr): the exit status is then 1. */
    private long unreadable;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        List<GoldDoc> golds = readGold(gold);
        Map<String, List<QuoteScorer.Span>> predictions = predict();
        QuoteScorer scorer = new QuoteScorer(readAliases());
        int missing = 0;
        for (GoldDoc g : golds) {
            List<QuoteScorer.Span> predicted = predictions.get(g.id());
            if (predicted == null) {
                missing++;
                predicted = List.of();
            }
            scorer.add(g, predicted);
        }
        if (json) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode result = root.putObject("result");
            scorer.groups().forEach((group, scores) -> {
                ObjectNode node = result.putObject(group);
                scores.figures().forEach(node::put);
            });
            root.put("missing_docs", missing);
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            if (errors) {
                scorer.errors().forEach(out::println);
            }
            if (missing > 0) {
                out.println("warning: " + missing + " gold documents have no prediction line");
            }
            scorer.groups().forEach((group, scores) -> out.println(scores.line(group)));
        }
        int gate = floor == null ? 0 : checkFloor(scorer);
        return unreadable > 0 ? Math.max(gate, 1) : gate;
    }

    private Map<String, List<QuoteScorer.Span>> predict() {
        record Prediction(String id, List<QuoteScorer.Span> spans) {
        }
        Map<String, List<QuoteScorer.Span>> predictions = new HashMap<>();
        try (ArticleReader reader = new ArticleReader(List.of(gold.toString()), InputLimits.DEFAULT, InputStream.nullInputStream());
             BatchRunner runner = new BatchRunner(Demarche.pipeline()::annotate, threads)) {
            runner.run(reader, article -> new Prediction(article.id(), spans(article)), outcome -> {
                switch (outcome) {
                    case BatchRunner.Done<Prediction> done -> predictions.put(done.result().id(), done.result().spans());
                    case BatchRunner.Failed<Prediction> failed -> {
                        System.err.println("demarche: " + failed.source() + ": " + failed.reason());
                        unreadable++;
                    }
                }
            });
            if (unreadable > 0 || reader.skipped() > 0) {
                System.err.println("demarche: " + predictions.size() + " articles extracted, "
                        + (reader.skipped() > 0 ? reader.skipped() + " skipped (no article), " : "")
                        + unreadable + " failed");
            }
        }
        return predictions;
    }

    private static List<QuoteScorer.Span> spans(AnnotatedArticle article) {
        String text = article.text();
        List<QuoteScorer.Span> out = new ArrayList<>();
        for (Quote q : article.quotes()) {
            int start = text.codePointCount(0, q.content().start());
            int end = start + text.codePointCount(q.content().start(), q.content().end());
            out.add(new QuoteScorer.Span(start, end, q.kind() == QuoteKind.INDIRECT, q.speaker()));
        }
        return out;
    }

    private static List<GoldDoc> readGold(Path path) throws IOException {
        List<GoldDoc> docs = new ArrayList<>();
        Map<String, Integer> position = new LinkedHashMap<>();
        JsonLines.read(path, (r, where) -> {
            String id = r.path("id").asText();
            String text = r.hasNonNull("text") ? r.get("text").asText() : readDocument(path, r.path("file").asText());
            List<QuoteScorer.Span> quotes = new ArrayList<>();
            for (JsonNode q : r.path("quotes")) {
                int[] span = locate(q, text);
                if (span != null) {
                    String speaker = q.hasNonNull("speaker") ? q.get("speaker").asText() : null;
                    quotes.add(new QuoteScorer.Span(span[0], span[1], "indirect".equals(q.path("kind").asText()), speaker));
                }
            }
            List<int[]> ignore = new ArrayList<>();
            for (JsonNode ig : r.path("ignore")) {
                ignore.add(new int[] {ig.path("start").asInt(), ig.path("end").asInt()});
            }
            GoldDoc doc = new GoldDoc(id, text, quotes, ignore);
            // Like a Python dict: a repeated id keeps its first place and its last content.
            if (position.containsKey(id)) {
                docs.set(position.get(id), doc);
            } else {
                position.put(id, docs.size());
                docs.add(doc);
            }
        });
        return docs;
    }

    private static int[] locate(JsonNode q, String text) {
        if (q.hasNonNull("start") && q.hasNonNull("end")) {
            return new int[] {q.get("start").asInt(), q.get("end").asInt()};
        }
        String t = q.path("text").asText("");
        int at = t.isEmpty() ? -1 : text.indexOf(t);
        if (at < 0) {
            return null;
        }
        int start = text.codePointCount(0, at);
        return new int[] {start, start + t.codePointCount(0, t.length())};
    }

    private static String readDocument(Path goldPath, String file) throws IOException {
        Path base = goldPath.toAbsolutePath().getParent();
        for (Path root = base; root != null && base.getNameCount() - root.getNameCount() <= 2; root = root.getParent()) {
            Path candidate = root.resolve(file);
            if (Files.isRegularFile(candidate)) {
                return Files.readString(candidate, StandardCharsets.UTF_8);
            }
        }
        throw new IOException("cannot find document " + file);
    }

    private Map<String, String> readAliases() throws IOException {
        Map<String, String> map = new HashMap<>();
        for (Path p : aliases) {
            JsonNode root = JSON.readTree(p.toFile());
            for (Map.Entry<String, JsonNode> entry : root.properties()) {
                map.putIfAbsent(entry.getKey().strip().toLowerCase(java.util.Locale.ROOT), entry.getKey());
                for (JsonNode v : entry.getValue()) {
                    map.putIfAbsent(v.asText().strip().toLowerCase(java.util.Locale.ROOT), entry.getKey());
                }
            }
        }
        return map;
    }

    /** Compares the figures with the floors recorded for this gold file; prints each check. */
    private int checkFloor(QuoteScorer scorer) throws IOException {
        Properties floors = new Properties();
        try (BufferedReader reader = Files.newBufferedReader(floor, StandardCharsets.UTF_8)) {
            floors.load(reader);
        }
        Path abs = gold.toAbsolutePath().normalize();
        String prefix = abs.getParent().getFileName() + "/" + abs.getFileName() + ".";
        int below = 0;
        int checked = 0;
        for (String key : floors.stringPropertyNames().stream().sorted().toList()) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            String[] parts = key.substring(prefix.length()).split("\\.");
            Double value = parts.length == 2 && scorer.groups().containsKey(parts[0])
                    ? scorer.groups().get(parts[0]).figures().get(parts[1]) : null;
            if (value == null) {
                System.err.println("demarche: floor " + key + " names no figure (use <group>.<figure>, e.g. quoted.e2e_f1)");
                return 2;
            }
            double min = Double.parseDouble(floors.getProperty(key).strip());
            checked++;
            boolean ok = value + 1e-9 >= min;
            below += ok ? 0 : 1;
            System.out.printf("floor %-55s %s %s (floor %s)%n", key, ok ? "ok  " : "BELOW", fmt(value), fmt(min));
        }
        if (checked == 0) {
            System.err.println("demarche: " + floor + " records no floor for " + prefix + "*");
            return 2;
        }
        return below > 0 ? 1 : 0;
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
