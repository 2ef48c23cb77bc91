package org.demarche.kb.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.demarche.kb.statements.LabelledPair.Expect;
import org.demarche.kb.PairCounts;
import org.junit.jupiter.api.Test;

class GroupingEvaluationTest {
    private static final String QUOTE = "We will never accept the deployment of Varnish missiles on our borders.";

    @Test
    void countsHitsMissesAndFalseMerges() {
        List<LabelledPair> pairs = List.of(
                new LabelledPair(QUOTE, "“" + QUOTE + "”", Expect.SAME, "typography"),
                new LabelledPair(QUOTE, "Varnish missiles have no place anywhere near the borders of Kessia.", Expect.SAME,
                        "a paraphrase: missed"),
                new LabelledPair("Kessia would never accept the deployment of Varnish missiles on its borders", QUOTE,
                        Expect.REPORTS, ""),
                new LabelledPair(QUOTE, QUOTE.replace("never ", ""), Expect.DISTINCT, "negation"),
                new LabelledPair(QUOTE, QUOTE + " Never.", Expect.DISTINCT, "labelled wrongly on purpose: a false merge"));
        GroupingEvaluation.Scores scores = GroupingEvaluation.evaluate(new StatementMatcher(), pairs);
        assertThat(scores.grouping()).isEqualTo(new PairCounts(1, 1, 1));
        assertThat(scores.grouping().precision()).isEqualTo(0.5);
        assertThat(scores.linking()).isEqualTo(new PairCounts(1, 0, 0));
        assertThat(scores.positives()).isEqualTo(3);
        assertThat(scores.blocked()).isEqualTo(2);
        assertThat(scores.errors()).extracting(GroupingEvaluation.Error::what)
                .containsExactly("not grouped", "no shared blocking key", "distinct statements grouped");
    }

    @Test
    void candidatePairsAreThoseSharingAKey() {
        List<StatementFingerprint> prints = List.of(StatementFingerprint.of(QUOTE),
                StatementFingerprint.of("The harvest in Orlen was good this year."),
                StatementFingerprint.of("We will never accept the deployment of Varnish missiles on our borders, never."));
        assertThat(CandidatePairs.of(prints)).containsExactly(new CandidatePairs.Pair(0, 2));
    }
}
