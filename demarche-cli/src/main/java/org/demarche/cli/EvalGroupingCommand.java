package org.demarche.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.demarche.cli.eval.GoldQuoteMerges;
import org.demarche.cli.eval.JsonLines;
import org.demarche.kb.PairCounts;
import org.demarche.kb.statements.GroupingEvaluation;
import org.demarche.kb.statements.LabelledPair;
import org.demarche.kb.statements.StatementMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demarche eval-grouping PAIRS.jsonl}: scores statement grouping on labelled pairs (one JSON object a line:
 * {@code a}, {@code b}, {@code expect} = same | reports | distinct, optional {@code note}) and prints precision,
 * recall and F1. With {@code --false-merges GOLD...} it also compares every pair of distinct gold quotes that
 * share a blocking key and counts those it would merge. A bad line is reported on its own and makes the exit
 * status 1; the other lines are still scored.
 */
@Command(name = "eval-grouping", mixinStandardHelpOptions = true,
        description = {"Score statement grouping (same statement, indirect reports) on labelled pairs;",
                "optionally count merges among the distinct quotes of gold files."})
final class EvalGroupingCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PAIRS", description = "JSON Lines file of labelled pairs (a, b, expect, note).")
    Path pairsFile;

    @Option(names = "--errors", description = "List every pair the matcher got wrong.")
    boolean errors;

    @Option(names = "--false-merges", arity = "1..*", paramLabel = "GOLD",
            description = "Gold JSON Lines files (articles with quotes); count merges among their distinct quotes.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--show", paramLabel = "N", description = "With --false-merges, print up to N merges to check by eye (default 20).")
    int show = 20;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        List<String> problems = new ArrayList<>();
        List<LabelledPair> pairs = readPairs(pairsFile, problems);
        StatementMatcher matcher = new StatementMatcher();
        GroupingEvaluation.Scores scores = GroupingEvaluation.evaluate(matcher, pairs);
        if (errors) {
            for (GroupingEvaluation.Error e : scores.errors()) {
                out.printf("%s [%s; %s]%n  a: %s%n  b: %s%n", e.what(), e.pair().expect().label(), e.pair().note(),
                        e.pair().a(), e.pair().b());
            }
        }
        out.printf("pairs: %d%n", scores.pairs());
        print(out, "grouping (same statement)", scores.grouping());
        print(out, "linking (indirect reports)", scores.linking());
        out.printf(Locale.ROOT, "blocking recall: %.3f (%d of %d same/reports pairs share a key)%n",
                scores.blockingRecall(), scores.blocked(), scores.positives());
        if (!gold.isEmpty()) {
            GoldQuoteMerges.Result merges = GoldQuoteMerges.scan(gold, matcher, problems);
            merges.print(out, show);
        }
        problems.forEach(p -> System.err.println("demarche: " + p));
        return problems.isEmpty() ? 0 : 1;
    }

    private static void print(PrintStream out, String name, PairCounts c) {
        out.printf(Locale.ROOT, "%s: precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", name,
                c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives());
    }

    static List<LabelledPair> readPairs(Path path, List<String> problems) throws IOException {
        List<LabelledPair> pairs = new ArrayList<>();
        JsonLines.read(path, (r, where) -> {
            for (String field : List.of("a", "b", "expect")) {
                if (!r.path(field).isTextual()) {
                    problems.add(where + ": needs a text field '" + field + "'");
                    return;
                }
            }
            try {
                pairs.add(new LabelledPair(r.get("a").asText(), r.get("b").asText(),
                        LabelledPair.Expect.parse(r.get("expect").asText()), r.path("note").asText("")));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }, problems::add);
        return pairs;
    }
}
