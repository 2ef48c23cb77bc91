package org.demarche.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The article-extraction metric on hand-counted examples. */
class ArticleScorerTest {
    @Test
    void countsFourTokenShinglesAsMultisets() {
        ArticleScorer s = new ArticleScorer();
        // Truth: 6 tokens, 3 shingles. Prediction drops the last token and adds two at the front: 7 tokens, 4
        // shingles, of which 2 are in the truth.
        ArticleScorer.PageScore page = s.add("a b c d e f", "x y a b c d e");
        assertThat(page.tp()).isEqualTo(2);
        assertThat(page.fp()).isEqualTo(2);
        assertThat(page.fn()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(2.0 / 3);
    }

    @Test
    void averagesOverPagesAndSkipsPagesWithNothingToAverage() {
        ArticleScorer s = new ArticleScorer();
        s.add("one two three four five", "one two three four five"); // exact
        s.add("Veloria talks resumed today", null);                  // nothing predicted: recall 0, no precision
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.line()).isEqualTo("F1=0.667 precision=1.000 recall=0.500 accuracy=0.500 (pages 2, predicted 1)");
    }

    @Test
    void tokensAreLettersDigitsAndUnderscoresOfAnyScript() {
        ArticleScorer s = new ArticleScorer();
        // Punctuation and case: "Ostrand's" is two tokens, as in Python's \w+; a short text is one shingle.
        assertThat(s.add("Ostrand's envoy, 2031", "Ostrand s envoy 2031").tp()).isEqualTo(1);
        assertThat(s.add("Посол Велории", "Посол Велории").tp()).isEqualTo(1);
    }
}
