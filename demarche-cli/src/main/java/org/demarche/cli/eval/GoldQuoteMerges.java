package org.demarche.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.demarche.kb.people.NameForms;
import org.demarche.kb.statements.CandidatePairs;
import org.demarche.kb.statements.StatementFingerprint;
import org.demarche.kb.statements.StatementMatcher;

/**
 * Grouping's false merges at scale, measured on gold files without copying them: every pair of distinct gold
 * quotes (different texts) that share a blocking key goes through {@code sameStatement}. A merge of two quotes
 * whose spans overlap in the same source document is the same words annotated twice (PolNeAR has several
 * annotators per article), not a false merge; every other merge is listed for checking by eye.
 */
public final class GoldQuoteMerges {

    private GoldQuoteMerges() {
    }

    /** One gold quote: where it is, who said it (may be empty) and what it says. */
    record GoldQuote(String doc, int start, int end, String speaker, String text) {
        boolean overlaps(GoldQuote other) {
            return doc.equals(other.doc) && start < other.end && other.start < end;
        }
    }

    /** A merge of two distinct quotes. */
    record Merge(GoldQuote a, GoldQuote b) {
        /** Both speakers known and their surname keys differ: certainly two statements. */
        boolean differentSpeakers() {
            if (a.speaker().isBlank() || b.speaker().isBlank()) {
                return false;
            }
            Set<String> keys = NameForms.blockingKeys(a.speaker());
            return NameForms.blockingKeys(b.speaker()).stream().noneMatch(keys::contains);
        }
    }

    /**
     * What the scan found.
     *
     * @param quotes      distinct quote texts
     * @param candidates  pairs sharing a blocking key
     * @param sameSpan    merges of overlapping spans of one document (one statement annotated twice)
     * @param otherMerges every other merge
     * @param millis      time taken by fingerprints, blocking and comparisons
     */
    public record Result(int quotes, int candidates, int sameSpan, List<Merge> otherMerges, long millis) {
        public void print(PrintStream out, int show) {
            out.printf(Locale.ROOT, "gold quotes: %d distinct texts; %d pairs share a blocking key (%d ms with matching)%n",
                    quotes, candidates, millis);
            long different = otherMerges.stream().filter(Merge::differentSpeakers).count();
            out.printf("merged: %d overlapping spans of one document (annotated twice), %d other pairs, of which %d "
                    + "with different speakers%n", sameSpan, otherMerges.size(), different);
            for (Merge m : otherMerges.subList(0, Math.min(show, otherMerges.size()))) {
                out.printf("  %s [%d,%d) %s: %s%n  %s [%d,%d) %s: %s%n%n", m.a().doc(), m.a().start(), m.a().end(),
                        m.a().speaker(), m.a().text(), m.b().doc(), m.b().start(), m.b().end(), m.b().speaker(),
                        m.b().text());
            }
        }
    }

    /** Scans the gold files; unreadable lines are added to {@code problems} and skipped. */
    public static Result scan(List<Path> files, StatementMatcher matcher, List<String> problems) throws IOException {
        Map<String, GoldQuote> byText = new LinkedHashMap<>();
        for (Path file : files) {
            read(file, byText, problems);
        }
        long started = System.nanoTime();
        List<GoldQuote> quotes = new ArrayList<>(byText.values());
        List<StatementFingerprint> prints = quotes.stream().map(q -> StatementFingerprint.of(q.text())).toList();
        List<CandidatePairs.Pair> candidates = CandidatePairs.of(prints);
        int sameSpan = 0;
        List<Merge> others = new ArrayList<>();
        for (CandidatePairs.Pair p : candidates) {
            if (matcher.sameStatement(prints.get(p.first()), prints.get(p.second()))) {
                GoldQuote a = quotes.get(p.first());
                GoldQuote b = quotes.get(p.second());
                if (a.overlaps(b)) {
                    sameSpan++;
                } else {
                    others.add(new Merge(a, b));
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Result(quotes.size(), candidates.size(), sameSpan, others, millis);
    }

    private static void read(Path file, Map<String, GoldQuote> byText, List<String> problems) throws IOException {
        JsonLines.read(file, (r, where) -> {
            String doc = r.hasNonNull("doc") ? r.get("doc").asText() : r.path("id").asText();
            for (JsonNode q : r.path("quotes")) {
                String text = q.path("text").asText("");
                if (!text.isBlank()) {
                    String speaker = q.path("speaker_resolved").asText(q.path("speaker").asText(""));
                    byText.putIfAbsent(text, new GoldQuote(doc, q.path("start").asInt(-1), q.path("end").asInt(-1),
                            speaker, text));
                }
            }
        }, problems::add);
    }
}
