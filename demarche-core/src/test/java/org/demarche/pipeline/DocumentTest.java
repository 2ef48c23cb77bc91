package org.demarche.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.demarche.Demarche;
import org.demarche.quotes.QuotedSpan;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private final Pipeline pipeline = Demarche.pipeline();

    @Test
    void findsTheQuoteAroundAnOffset() {
        String text = "Vasku said \u201cthe port stays open\u201d and left. \u2018Not so,\u2019 Kessel said.";
        Document doc = pipeline.analyze(text);
        QuotedSpan q = doc.enclosingQuote(text.indexOf("port"));
        assertThat(text.substring(q.contentStart(), q.contentEnd())).isEqualTo("the port stays open");
        assertThat(doc.enclosingQuote(text.indexOf("left"))).isNull();
        assertThat(doc.enclosingQuote(text.indexOf("\u201c"))).isSameAs(q);
        assertThat(doc.enclosingQuote(text.indexOf("\u201d") + 1)).isNull();
    }

    @Test
    void agreesWithAScanOfTheTopLevelQuotesOnRandomTexts() {
        String[] pieces = {"\"", "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u00ab", "\u00bb", " ", "Vasku", "said", ",", ".",
                "\n", "\n\n", "port", "(", ")", "''"};
        Random random = new Random(7);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            Document doc = pipeline.analyze(text);
            for (int offset = -1; offset <= text.length() + 1; offset++) {
                QuotedSpan expected = null;
                for (QuotedSpan q : doc.quotedSpans()) {
                    if (q.depth() == 0 && q.open() <= offset && offset < q.close()) {
                        expected = q;
                        break;
                    }
                }
                assertThat(doc.enclosingQuote(offset)).as("offset %d of %s", offset, text).isSameAs(expected);
            }
        }
    }
}
