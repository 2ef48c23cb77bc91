package org.demarche.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Removing elements through {@link TextStats#remove} leaves the measures a new measure of the tree would give. */
class TextStatsTest {
    private static final String[] TAGS = {"div", "p", "a", "span", "li", "section"};
    private static final String[] TEXTS = {"Talks resumed, officials said.", "  ", "Read more", "a, b, c",
            "Port Salvin", "\u00a0\u00a0news  of   the day "};

    @Test
    void removalsKeepEveryElementsMeasuresAsANewMeasureGivesThem() {
        Random random = new Random(7);
        for (int page = 0; page < 200; page++) {
            Element body = Jsoup.parse("<html><body>" + randomMarkup(random, 4) + "</body></html>").body();
            TextStats stats = TextStats.measure(body);
            List<Element> all = body.getAllElements();
            // in page order, as the extractor removes them: some inside links, some inside what was removed before
            for (Element e : all.subList(1, all.size())) {
                if (random.nextInt(4) == 0) {
                    stats.remove(e, body);
                }
            }
            TextStats fresh = TextStats.measure(body);
            for (Element e : body.getAllElements()) {
                TextStats.Counts kept = stats.of(e);
                TextStats.Counts measured = fresh.of(e);
                assertThat(new int[] {kept.chars, kept.linkChars, kept.commas}).as(e.outerHtml())
                        .containsExactly(measured.chars, measured.linkChars, measured.commas);
            }
        }
    }

    private static String randomMarkup(Random random, int depth) {
        StringBuilder html = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            if (depth == 0 || random.nextInt(3) == 0) {
                html.append(TEXTS[random.nextInt(TEXTS.length)]);
            } else {
                String tag = TAGS[random.nextInt(TAGS.length)];
                html.append('<').append(tag).append('>').append(randomMarkup(random, depth - 1))
                        .append("</").append(tag).append('>');
            }
        }
        return html.toString();
    }
}
