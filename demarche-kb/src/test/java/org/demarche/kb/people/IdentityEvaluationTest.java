package org.demarche.kb.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.demarche.kb.PairCounts;
import org.junit.jupiter.api.Test;

class IdentityEvaluationTest {
    @Test
    void countsMatchesMissesAndFalseMatches() {
        List<NamePair> pairs = List.of(
                new NamePair("Oren Vasku", List.of(), "Mr. Oren Vasku", List.of(), true, "honorific"),
                new NamePair("Оре́н Васку", List.of(), "Oren Vasku", List.of(), true, "Cyrillic"),
                new NamePair("Oren Vasku", List.of(), "Oren Vasquez", List.of(), true, "too far apart: missed"),
                new NamePair("Oren Vasku", List.of(), "Ilan Vasku", List.of(), false, "namesakes"),
                new NamePair("O. Vasku", List.of(), "Ilan Vasku", List.of(), false, "initial conflicts"),
                new NamePair("Vasku", List.of(), "Ilan Vasku", List.of(), false, "labelled wrongly on purpose"));
        IdentityEvaluation.Scores scores = IdentityEvaluation.evaluate(new IdentityMatcher(), pairs);
        assertThat(scores.matching()).isEqualTo(new PairCounts(2, 1, 1));
        assertThat(scores.blocked()).isEqualTo(2);
        assertThat(scores.positives()).isEqualTo(3);
        assertThat(scores.errors()).extracting(IdentityEvaluation.Error::what)
                .containsExactly("same person not matched", "no shared blocking key", "different people matched");
    }
}
