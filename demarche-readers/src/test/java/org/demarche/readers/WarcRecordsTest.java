package org.demarche.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.demarche.article.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcRecordsTest {
    private static final Instant CRAWLED = Instant.parse("2031-05-14T23:30:00Z");

    @TempDir
    Path dir;

    @Test
    void everyHtmlResponseBecomesAPageWithItsUrlAndCrawlDateAndTheRestIsSkipped() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (Inputs.Warc w = new Inputs.Warc(warc, true)) {
            w.image("https://velmora.example/logo.png")
                    .page("https://velmora.example/news/1", CRAWLED, Inputs.page("", "Border talks", Inputs.STORY))
                    .response("https://velmora.example/gone", CRAWLED, 404, "text/html", "<p>gone</p>".getBytes())
                    .response("https://velmora.example/robots.txt", CRAWLED, 200, "text/plain", "User-agent: *".getBytes())
                    .page("https://ru.velmora.example/1", CRAWLED, Inputs.page("", "Переговоры", Inputs.RU_STORY),
                            Charset.forName("windows-1251"));
        }

        List<Item> items;
        long skipped;
        try (ArticleReader reader = new ArticleReader(List.of(warc.toString()), InputLimits.DEFAULT, null)) {
            items = new ArrayList<>();
            reader.forEachRemaining(items::add);
            skipped = reader.skipped();
        }

        assertThat(items).hasSize(2).allSatisfy(item -> assertThat(item).isInstanceOf(Item.Page.class));
        assertThat(skipped).isEqualTo(3);
        RawArticle english = Inputs.article(items.get(0));
        assertThat(english.url()).isEqualTo("https://velmora.example/news/1");
        assertThat(english.referenceDate()).isEqualTo(LocalDate.of(2031, 5, 14));
        assertThat(items.get(0).referenceDate()).isEqualTo(LocalDate.of(2031, 5, 14));
        assertThat(english.text()).contains("We are ready to listen").doesNotContain("Home");
        assertThat(Inputs.article(items.get(1)).text()).contains("Мы готовы слушать");
        assertThat(items.get(0).source()).startsWith(warc + ", record 2 at byte ");
    }

    @Test
    void aCorruptRecordIsOneFailureAndReadingResumesAtTheNextRecord() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            Path warc = dir.resolve(gzip ? "damaged.warc.gz" : "damaged.warc");
            long secondStart;
            long thirdStart;
            try (Inputs.Warc w = new Inputs.Warc(warc, gzip)) {
                w.page("https://velmora.example/1", CRAWLED, Inputs.page("", "One", Inputs.STORY));
                secondStart = w.position();
                w.page("https://velmora.example/2", CRAWLED, Inputs.page("", "Two", Inputs.STORY));
                thirdStart = w.position();
                w.page("https://velmora.example/3", CRAWLED, Inputs.page("", "Three", Inputs.STORY));
            }
            byte[] bytes = Files.readAllBytes(warc);
            for (long i = secondStart + 4; i < secondStart + 40; i++) { // garble the second record's header
                bytes[(int) i] = (byte) '?';
            }
            Files.write(warc, bytes);

            List<Item> items = Inputs.read(warc);

            assertThat(items).as(warc.toString()).hasSize(3);
            assertThat(Inputs.article(items.get(0)).url()).isEqualTo("https://velmora.example/1");
            Item.Failure failure = (Item.Failure) items.get(1);
            assertThat(failure.source()).isEqualTo(warc + ", record 2 at byte " + secondStart);
            assertThat(failure.reason()).startsWith("corrupt record (").endsWith("reading resumes at byte " + thirdStart);
            assertThat(Inputs.article(items.get(2)).url()).isEqualTo("https://velmora.example/3");
        }
    }

    @Test
    void aTruncatedArchiveEndsWithOneFailure() throws IOException {
        Path warc = dir.resolve("cut.warc.gz");
        try (Inputs.Warc w = new Inputs.Warc(warc, true)) {
            w.page("https://velmora.example/1", CRAWLED, Inputs.page("", "One", Inputs.STORY))
                    .page("https://velmora.example/2", CRAWLED, Inputs.page("", "Two", Inputs.STORY));
        }
        byte[] bytes = Files.readAllBytes(warc);
        Files.write(warc, java.util.Arrays.copyOf(bytes, bytes.length - 200));

        List<Item> items = Inputs.read(warc);

        assertThat(items).hasSize(2);
        assertThat(Inputs.article(items.get(0)).url()).isEqualTo("https://velmora.example/1");
        assertThat(items.get(1)).isInstanceOf(Item.Failure.class);
        assertThat(((Item.Failure) items.get(1)).source()).startsWith(warc + ", record 2");
    }

    @Test
    void aWebArchiveOnStandardInputIsRecognisedByContent() throws IOException {
        Path warc = dir.resolve("piped.warc");
        try (Inputs.Warc w = new Inputs.Warc(warc, false)) {
            w.page("https://velmora.example/1", CRAWLED, Inputs.page("", "One", Inputs.STORY));
        }

        List<Item> items = Inputs.read(Inputs.stdin(Files.readAllBytes(warc)), "-");

        assertThat(items).hasSize(1);
        assertThat(Inputs.article(items.get(0)).url()).isEqualTo("https://velmora.example/1");
        assertThat(new String(((Item.Page) items.get(0)).html(), StandardCharsets.UTF_8)).contains("Vasku");
    }
}
