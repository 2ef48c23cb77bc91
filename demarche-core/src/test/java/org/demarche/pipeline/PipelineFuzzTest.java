package org.demarche.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.demarche.Demarche;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Person;
import org.demarche.article.Quote;
import org.demarche.article.RawArticle;
import org.demarche.article.Span;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzz tests of the whole extraction pipeline (docs/testing.md). Any text is an article: the
 * pipeline must return, and every span it reports must point into the text and hold exactly the text it names.
 * The inputs under {@code PipelineFuzzTestInputs/} run as regression tests in every build.
 */
class PipelineFuzzTest {
    private static final Pipeline PIPELINE = Demarche.pipeline();

    /** Annotates once before fuzzing, so that the per-input time-out does not count loading the learned model. */
    @BeforeAll
    static void loadTheModel() {
        PIPELINE.annotate(RawArticle.of("warm-up", "\"We will sign,\" the envoy said."));
    }

    /** Any bytes, read as UTF-8 text (malformed sequences become U+FFFD, as a lenient reader would give them). */
    @FuzzTest(maxDuration = "30s")
    void annotatesAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        assertSpansPointIntoText(PIPELINE.annotate(RawArticle.of("fuzz", text)));
    }

    /** Any text with any metadata a reader may pass on: publication date, title, outlet, reference date. */
    @FuzzTest(maxDuration = "30s")
    void annotatesAnyTextWithMetadata(FuzzedDataProvider data) {
        String published = data.consumeString(40);
        String title = data.consumeString(200);
        String outlet = data.consumeString(40);
        LocalDate reference = data.consumeBoolean()
                ? LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()))
                : null;
        String text = data.consumeRemainingAsString();
        RawArticle raw = new RawArticle("fuzz", text, null, title, published, outlet, null, reference);
        assertSpansPointIntoText(PIPELINE.annotate(raw));
    }

    private static void assertSpansPointIntoText(AnnotatedArticle article) {
        String text = article.text();
        for (Quote quote : article.quotes()) {
            assertWithin(text, quote.content(), "quote");
            assertWithin(text, quote.speakerMention(), "speaker mention");
            assertWithin(text, quote.cue(), "cue");
            if (quote.date() != null) {
                assertWithin(text, quote.date().expression(), "date expression");
            }
            assertThat(quote.confidence()).isBetween(0.0, 1.0);
        }
        for (Person person : article.people()) {
            person.mentions().forEach(mention -> assertWithin(text, mention, "mention of " + person.name()));
        }
        if (article.dateline() != null) {
            assertWithin(text, article.dateline().span(), "dateline");
        }
    }

    private static void assertWithin(String text, Span span, String what) {
        if (span == null) {
            return;
        }
        assertThat(span.end()).as(what + " end").isLessThanOrEqualTo(text.length());
        assertThat(span.text()).as(what + " text").isEqualTo(text.substring(span.start(), span.end()));
        // JSON output counts code points: a span may not cut a surrogate pair in two.
        assertThat(splitsPair(text, span.start()) || splitsPair(text, span.end())).as(what + " cuts a character").isFalse();
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
