package org.demarche.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzz tests of the readers (docs/testing.md). Whatever the bytes, reading gives articles and
 * failures, each failure with a reason, and never throws. The limit is set low so that the too-large paths are
 * reached too. The inputs under {@code ArticleReaderFuzzTestInputs/} run as regression tests in every build.
 */
class ArticleReaderFuzzTest {
    private static final InputLimits SMALL = new InputLimits(4096);
    /** The names a file may have: each makes the reader take another path (plain text, JSON Lines, page, gzip). */
    private static final List<String> NAMES = List.of("a.txt", "a.jsonl", "a.html", "a", "a.txt.gz", "a.html.gz",
            "a.jsonl.gz");

    @TempDir
    static Path folder;

    /** Strict UTF-8: either text that encodes back to exactly the bytes given (less a byte-order mark), or a reason. */
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
        byte[] withoutBom = TextDecoder.hasBom(bytes, 0, bytes.length) ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(withoutBom);
        assertThat(text).isNotBlank();
    }

    /** Standard input: JSON Lines when it starts with '{', else one plain-text article. */
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
        Path file = folder.resolve(name);
        Files.write(file, compress ? gzip(content) : content);
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
