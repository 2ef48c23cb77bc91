package org.demarche.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarkFinderTest {
    private final QuoteMarkFinder finder = new QuoteMarkFinder();

    private List<String> topLevel(String text) {
        return finder.find(text).stream().filter(q -> q.depth() == 0)
                .map(q -> text.substring(q.contentStart(), q.contentEnd())).toList();
    }

    @Test
    void pairsStraightCurlyAndGuillemetMarks() {
        assertThat(topLevel("He said \"we stay\" and left.")).containsExactly("we stay");
        assertThat(topLevel("He said \u201cwe stay\u201d and left.")).containsExactly("we stay");
        assertThat(topLevel("Он сказал: \u00abмы остаемся\u00bb.")).containsExactly("мы остаемся");
        assertThat(topLevel("Er sagte \u201ewir bleiben\u201c und ging.")).containsExactly("wir bleiben");
    }

    @Test
    void pairsMixedMarksAndAClosingMarkTypedAsAnOpeningOne() {
        assertThat(topLevel("\"We will not fall to provocations,\u201d he said.")).containsExactly("We will not fall to provocations,");
        assertThat(topLevel("\u201dWe are ready,\u201d he said.")).containsExactly("We are ready,");
        assertThat(topLevel("\u201cWe are ready.\u201c he said.")).containsExactly("We are ready.");
    }

    @Test
    void keepsApostrophesOutOfSingleQuotes() {
        String text = "Kessel's aides called it 'completely unacceptable' in Velmora's capital.";
        assertThat(topLevel(text)).containsExactly("completely unacceptable");
    }

    @Test
    void nestsQuotesInsideQuotes() {
        String text = "\u201cThey are telling us \u2018no\u2019 on the key points,\u201d he said.";
        List<QuotedSpan> spans = finder.find(text);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).depth()).isZero();
        assertThat(spans.get(1).depth()).isEqualTo(1);
        assertThat(text.substring(spans.get(1).contentStart(), spans.get(1).contentEnd())).isEqualTo("no");
    }

    @Test
    void aQuoteLeftOpenAtTheEndOfAParagraphIsReopenedInTheNext() {
        String text = "\u201cFirst part of the statement.\n\u201cSecond part,\u201d she said.";
        List<QuotedSpan> spans = finder.find(text);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).closed()).isFalse();
        assertThat(text.substring(spans.get(0).contentStart(), spans.get(0).contentEnd())).isEqualTo("First part of the statement.");
        assertThat(spans.get(1).reopened()).isTrue();
    }

    @Test
    void readsTypewriterDoubleApostrophesAsMarks() {
        assertThat(topLevel("''Keep building,'' Mr. Ostrander said.")).containsExactly("Keep building,");
    }
}
