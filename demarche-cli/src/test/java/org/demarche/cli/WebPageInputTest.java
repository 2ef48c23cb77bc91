package org.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract} and {@code eval-articles} on web pages: plain, gzip-compressed, recognised by name or content. */
class WebPageInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "\"The harbour of Port Salvin stays open,\" Foreign Minister Oren Vasku said on"
            + " Monday, after talks with the delegation of Ostrand that lasted well into the night.";
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Harbour stays open | Salvin Courier</title>
            <meta property="og:site_name" content="Salvin Courier">
            <meta property="article:published_time" content="2031-05-12T08:30:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><p>%s</p></article><footer>All rights reserved, Salvin Courier, reproduction forbidden.</footer>
            </body></html>""".formatted(BODY);

    @TempDir
    Path dir;

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aPageRecordCarriesItsAnalysedTextEvenWithoutWithText() throws IOException {
        Files.writeString(dir.resolve("page.html"), PAGE);
        Files.writeString(dir.resolve("plain.txt"), BODY);
        Cli.Run run = Cli.run("extract", dir.toString());
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(2);
        for (String line : run.outLines()) {
            JsonNode r = JSON.readTree(line);
            if (r.get("id").asText().equals("page")) {
                assertThat(r.get("text").asText()).isEqualTo(BODY); // offsets point into this, not into the HTML
            } else {
                assertThat(r.has("text")).isFalse(); // plain text: the file itself is the text
            }
        }
    }

    @Test
    void extractsPagesByExtensionCompressionAndContent() throws IOException {
        Files.writeString(dir.resolve("a.html"), PAGE);
        Files.write(dir.resolve("b.htm.gz"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve("c.saved"), "\n  " + PAGE); // no telling extension: recognised by content
        Cli.Run run = Cli.run("extract", "--with-text", dir.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(3);
        for (String line : run.outLines()) {
            JsonNode r = JSON.readTree(line);
            assertThat(r.get("text").asText()).isEqualTo(BODY);
            assertThat(r.get("title").asText()).isEqualTo("Harbour stays open");
            assertThat(r.get("outlet").asText()).isEqualTo("Salvin Courier");
            assertThat(r.get("published").asText()).isEqualTo("2031-05-12");
            assertThat(r.get("quotes")).isNotEmpty();
        }
        assertThat(run.outLines().stream().map(l -> l.replaceAll(".*\"id\":\"([^\"]*)\".*", "$1")))
                .containsExactly("a", "b", "c");
    }

    @Test
    void badPagesFailOneLineEachAndTheRestGoesOn() throws IOException {
        byte[] compressed = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(compressed, compressed.length / 2));
        Files.writeString(dir.resolve("empty.html"), "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        Files.writeString(dir.resolve("good.html"), PAGE);
        Cli.Run run = Cli.run("extract", dir.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(1);
        assertThat(run.errLines()).containsExactly(
                "demarche: " + dir.resolve("cut.html.gz") + ": cannot read: truncated gzip data (the file ends too early)",
                "demarche: " + dir.resolve("empty.html") + ": web page with no article text",
                "demarche: 1 article extracted, 2 failed");
    }

    @Test
    void evalArticlesScoresPagesAgainstTheGroundTruth() throws IOException {
        Path html = Files.createDirectories(dir.resolve("html"));
        Files.write(html.resolve("p1.html.gz"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(html.resolve("p2.html"), PAGE.replace("Monday", "Friday"));
        var truth = JSON.createObjectNode();
        truth.putObject("p1").put("articleBody", BODY);
        truth.putObject("p2").put("articleBody", "Something else entirely was the article on this page, not the"
                + " harbour story at all.");
        Files.writeString(dir.resolve("ground-truth.json"), truth.toString());
        Cli.Run run = Cli.run("eval-articles", dir.resolve("ground-truth.json").toString());
        assertThat(run.status()).isZero();
        // p1 is exact; p2 shares no 4-token shingle: precision and recall average (1 + 0) / 2.
        assertThat(run.outLines()).containsExactly(
                "F1=0.500 precision=0.500 recall=0.500 accuracy=0.500 (pages 2, predicted 2)");
    }
}
