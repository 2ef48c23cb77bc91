package org.demarche.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.demarche.Demarche;
import org.demarche.article.RawArticle;
import org.demarche.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzz test of what {@code extract} writes (docs/testing.md): for any text, the JSON line parses,
 * carries the text unchanged, and every span in it ({@code start}, {@code end}, {@code text}) names exactly the
 * code points of the text it says. The inputs under {@code ArticleJsonFuzzTestInputs/} run in every build.
 */
class ArticleJsonFuzzTest {
    private static final Pipeline PIPELINE = Demarche.pipeline();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Annotates once before fuzzing, so that the per-input time-out does not count loading the learned model. */
    @BeforeAll
    static void loadTheModel() {
        PIPELINE.annotate(RawArticle.of("warm-up", "\"We will sign,\" the envoy said."));
    }

    @FuzzTest(maxDuration = "20s")
    void writesSpansInCodePoints(byte[] input) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        byte[] line = ArticleJson.toJsonBytes(PIPELINE.annotate(RawArticle.of("fuzz", text)), true);
        JsonNode record = JSON.readTree(line);
        assertThat(record.get("text").textValue()).isEqualTo(text);
        assertSpansMatch(record, text.codePoints().toArray());
    }

    /** Checks every object of the tree that has a start, an end and a text against the article's code points. */
    private static void assertSpansMatch(JsonNode node, int[] codePoints) {
        if (node.has("start") && node.has("end") && node.has("text")) {
            int start = node.get("start").intValue();
            int end = node.get("end").intValue();
            assertThat(end).isBetween(start, codePoints.length);
            assertThat(new String(codePoints, start, end - start)).isEqualTo(node.get("text").textValue());
        }
        node.forEach(child -> assertSpansMatch(child, codePoints));
    }
}
