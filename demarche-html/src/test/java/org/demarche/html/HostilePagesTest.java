package org.demarche.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pages built to break a parser or a recursive tree walk: 100,000 nested elements of several kinds, unclosed
 * formatting tags, deeply nested JSON-LD. Each must give a result (the paragraph at the bottom, or empty text),
 * not a stack overflow or a hang.
 */
class HostilePagesTest {
    private static final int DEPTH = 100_000;
    private static final String PARAGRAPH = "The envoy of Veloria said on Friday that the talks in Port Salvin would"
            + " resume next month, after the harvest festival, with both delegations complete.";
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static String nested(String open, String close) {
        return "<html><body>" + open.repeat(DEPTH) + "<p>" + PARAGRAPH + "</p>" + close.repeat(DEPTH) + "</body></html>";
    }

    @Test
    void survivesOneHundredThousandNestedDivisions() {
        assertThat(extractor.extract(nested("<div>", "</div>"), null).text()).isEqualTo(PARAGRAPH);
    }

    @Test
    void survivesOneHundredThousandNestedInlineElementsAndTables() {
        assertThat(extractor.extract(nested("<span>", "</span>"), null).text()).contains("harvest festival");
        assertThat(extractor.extract(nested("<section class=\"article-body\">", ""), null).text())
                .contains("harvest festival");
        assertThat(extractor.extract(nested("<table><tr><td>", "</td></tr></table>"), null).text())
                .contains("harvest festival");
    }

    @Test
    void survivesUnclosedFormattingTags() {
        String page = "<html><body>" + "<b><i>".repeat(DEPTH / 2) + "<p>" + PARAGRAPH + "</p></body></html>";
        assertThat(extractor.extract(page, null).text()).contains("harvest festival");
    }

    @Test
    void survivesDeeplyNestedJsonLd() {
        String json = "[".repeat(DEPTH) + "]".repeat(DEPTH);
        String page = "<html><head><script type=\"application/ld+json\">" + json + "</script></head><body><p>"
                + PARAGRAPH + "</p></body></html>";
        assertThat(extractor.extract(page, null).text()).isEqualTo(PARAGRAPH);
    }
}
