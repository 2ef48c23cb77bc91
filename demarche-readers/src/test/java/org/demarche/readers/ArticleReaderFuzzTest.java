package org.demarche.readers;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzz tests of the readers (docs/testing.md). Whatever the bytes, reading gives articles and
 * failures, each failure with a reason, and never throws. The limits are set low so that the too-large paths are
 * reached too. The inputs under {@code ArticleReaderFuzzTestInputs/} run as regression tests in every build.
 */
class ArticleReaderFuzzTest {
    private static final InputLimits SMALL = new InputLimits(4096, 16384);
    /** The names a file may have: each makes the reader take another path when the content does not say. */
    private static final List<String> NAMES = List.of("a.txt", "a.jsonl", "a.html", "a", "a.rss", "a.atom", "a.warc",
            "a.txt.gz", "a.html.gz", "a.jsonl.gz", "a.warc.gz");

    @TempDir
    static Path folder;

    /**
     * Reads a page, a feed and an archive once before fuzzing, so that the per-input time-out measures reading and
     * not the loading (and instrumenting) of jsoup, Jackson, ROME and jwarc on the first input that needs them.
     */
    @BeforeAll
    static void loadTheParsers() throws IOException {
        readFile("a.html", "<html><body><p>Loaded.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        readFile("a.rss", "<rss version=\"2.0\"><channel><item><description>Loaded.</description></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8));
        readFile("a.warc", "WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Valid UTF-8 decodes to exactly its text (less a byte-order mark); anything else gives text or a reason. */
    @FuzzTest(maxDuration = "20s")
    void decodesTextOrSaysWhyNot(byte[] bytes) {
        String text;
        try {
            text = TextDecoder.decode(bytes);
        } catch (TextDecoder.NotText e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.line()).isNotNegative();
            return;
        }
        assertThat(text).isNotBlank();
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            assertThat(text).isEqualTo(utf8.startsWith("\uFEFF") ? utf8.substring(1) : utf8);
        }
    }

    /** Standard input, in any of the formats recognised by content (JSON Lines, web page, feed, web archive, text). */
    @FuzzTest(maxDuration = "30s")
    void readsAnyStandardInput(byte[] bytes) {
        readAll(List.of("-"), new ByteArrayInputStream(bytes));
    }

    /** A file of any of the kinds the reader recognises, possibly gzip-compressed, holding any bytes. */
    @FuzzTest(maxDuration = "30s")
    void readsAnyFile(FuzzedDataProvider data) throws IOException {
        String name = data.pickValue(NAMES);
        boolean compress = name.endsWith(".gz") && data.consumeBoolean();
        byte[] content = data.consumeRemainingAsBytes();
        readFile(name, compress ? gzip(content) : content);
    }

    /** An RSS or Atom feed (recognised by its root element, else by its name). */
    @FuzzTest(maxDuration = "30s")
    void readsAnyFeed(byte[] feed) throws IOException {
        readFile("a.rss", feed);
    }

    /** A web archive (recognised by its "WARC/" start, else by its name). */
    @FuzzTest(maxDuration = "30s")
    void readsAnyWebArchive(byte[] warc) throws IOException {
        readFile("a.warc", warc);
    }

    private static void readFile(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        try {
            readAll(List.of(file.toString()), InputStream.nullInputStream());
        } finally {
            Files.delete(file);
        }
    }

    private static void readAll(List<String> paths, InputStream stdin) {
        try (ArticleReader reader = new ArticleReader(paths, SMALL, stdin)) {
            reader.forEachRemaining(ArticleReaderFuzzTest::assertWellFormed);
        }
    }

    private static void assertWellFormed(Item item) {
        assertThat(item.source()).isNotBlank();
        switch (item) {
            case Item.Failure failure -> assertThat(failure.reason()).isNotBlank();
            case Item.Article article -> {
                assertThat(article.article().id()).isNotNull();
                assertThat(article.article().text()).isNotBlank();
            }
            case Item.Page page -> {
                try {
                    assertThat(page.article().text()).isNotBlank();
                } catch (Item.NoArticle e) {
                    assertThat(e.getMessage()).isNotBlank();
                }
            }
        }
    }

    /** The bytes as strict UTF-8, or null when they are not UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
