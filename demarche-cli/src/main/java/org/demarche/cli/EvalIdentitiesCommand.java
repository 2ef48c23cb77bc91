package org.demarche.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.demarche.kb.PairCounts;
import org.demarche.cli.eval.JsonLines;
import org.demarche.kb.people.IdentityEvaluation;
import org.demarche.kb.people.IdentityMatcher;
import org.demarche.kb.people.NamePair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demarche eval-identities PAIRS.jsonl}: scores person-identity matching on labelled name pairs (one JSON
 * object a line: {@code a}, {@code b}, {@code expect} = same | different, optional {@code a_roles},
 * {@code b_roles}, {@code note}) and prints precision, recall and F1. A bad line is reported on its own and makes
 * the exit status 1; the other lines are still scored.
 */
@Command(name = "eval-identities", mixinStandardHelpOptions = true,
        description = "Score person-identity matching (spellings, scripts, namesakes) on labelled name pairs.")
final class EvalIdentitiesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PAIRS", description = "JSON Lines file of labelled name pairs (a, b, expect).")
    Path pairsFile;

    @Option(names = "--errors", description = "List every pair the matcher got wrong.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        List<String> problems = new ArrayList<>();
        List<NamePair> pairs = read(pairsFile, problems);
        IdentityEvaluation.Scores scores = IdentityEvaluation.evaluate(new IdentityMatcher(), pairs);
        if (errors) {
            for (IdentityEvaluation.Error e : scores.errors()) {
                out.printf("%s [%s]: %s / %s%n", e.what(), e.pair().note(), e.pair().a(), e.pair().b());
            }
        }
        PairCounts c = scores.matching();
        out.printf("pairs: %d%n", scores.pairs());
        out.printf(Locale.ROOT, "same person: precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
                c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives());
        out.printf(Locale.ROOT, "blocking recall: %.3f (%d of %d same-person pairs share a surname key)%n",
                scores.blockingRecall(), scores.blocked(), scores.positives());
        problems.forEach(p -> System.err.println("demarche: " + p));
        return problems.isEmpty() ? 0 : 1;
    }

    static List<NamePair> read(Path path, List<String> problems) throws IOException {
        List<NamePair> pairs = new ArrayList<>();
        JsonLines.read(path, (r, where) -> {
            String expect = r.path("expect").asText("");
            if (!r.path("a").isTextual() || !r.path("b").isTextual() || !List.of("same", "different").contains(expect)) {
                problems.add(where + ": needs text fields 'a' and 'b' and 'expect' = same or different");
                return;
            }
            pairs.add(new NamePair(r.get("a").asText(), texts(r.path("a_roles")), r.get("b").asText(),
                    texts(r.path("b_roles")), expect.equals("same"), r.path("note").asText("")));
        }, problems::add);
        return pairs;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
