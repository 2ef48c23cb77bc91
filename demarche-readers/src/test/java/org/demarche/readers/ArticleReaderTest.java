package org.demarche.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demarche.article.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispatcher: formats recognised by content and name, encodings, and one failure per bad input. */
class ArticleReaderTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static Item.Failure failure(Item item) {
        assertThat(item).isInstanceOf(Item.Failure.class);
        return (Item.Failure) item;
    }

    @Test
    void formatsAreRecognisedByContentWhateverTheName() throws IOException {
        Path page = write("saved.txt", Inputs.page("", "Talks", Inputs.STORY).getBytes(StandardCharsets.UTF_8));
        Path lines = write("dump.data", ("{\"id\":\"a\",\"text\":\"" + Inputs.STORY.replace("\"", "\\\"") + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        Path text = write("plain.html.bak", Inputs.STORY.getBytes(StandardCharsets.UTF_8));

        List<Item> items = Inputs.read(page, lines, text);

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isInstanceOf(Item.Page.class);
        assertThat(items.get(1)).isInstanceOf(Item.Article.class);
        assertThat(Inputs.article(items.get(1)).id()).isEqualTo("a");
        assertThat(items.get(2)).isEqualTo(new Item.Article(text.toString(), RawArticle.of("plain", Inputs.STORY)));
    }

    @Test
    void aWebPageOnStandardInputIsRecognised() {
        byte[] page = Inputs.page("", "Talks", Inputs.STORY).getBytes(StandardCharsets.UTF_8);

        List<Item> items = Inputs.read(Inputs.stdin(page), "-");

        assertThat(items).hasSize(1).first().isInstanceOf(Item.Page.class);
        assertThat(Inputs.article(items.get(0)).text()).contains("We are ready to listen").doesNotContain("Home");
    }

    @Test
    void jsonLinesTakeTextOrHtmlAndTheRecordsMetadataWinsOverThePages() throws IOException {
        String html = Inputs.page("<meta property=\"og:title\" content=\"Page title\">", "Talks", Inputs.STORY)
                .replace("\"", "\\\"");
        Path lines = write("mixed.jsonl", ("""
                {"id":"p1","html":"%s","url":"https://velmora.example/1","title":"Record title","published":"2031-05-12","outlet":"Velmora Post","language":"en"}
                {"id":"t1","text":"%s","outlet":"Ardena Wire"}
                not json at all
                {"id":"t2","title":"no text"}
                """.formatted(html, Inputs.STORY.replace("\"", "\\\""))).getBytes(StandardCharsets.UTF_8));

        List<Item> items = Inputs.read(lines);

        assertThat(items).hasSize(4);
        RawArticle page = Inputs.article(items.get(0));
        assertThat(page.text()).contains("We are ready to listen");
        assertThat(page).extracting(RawArticle::id, RawArticle::url, RawArticle::title, RawArticle::published,
                RawArticle::outlet, RawArticle::language).containsExactly("p1", "https://velmora.example/1",
                "Record title", "2031-05-12", "Velmora Post", "en");
        assertThat(Inputs.article(items.get(1)).outlet()).isEqualTo("Ardena Wire");
        assertThat(failure(items.get(2)).source()).isEqualTo(lines + ":3");
        assertThat(failure(items.get(2)).reason()).startsWith("not valid JSON (column ");
        assertThat(items.get(3)).isEqualTo(new Item.Failure(lines + ":4", "no \"text\" field"));
    }

    @Test
    void undeclaredRussianLegacyEncodingsAreRecognisedInTextAndPages() throws IOException {
        String koi8Story = Inputs.RU_STORY.replace('«', '"').replace('»', '"').replace('—', '-'); // none in KOI8-R
        Path cp1251 = write("cp1251.txt", Inputs.RU_STORY.getBytes(CP1251));
        Path koi8 = write("koi8.txt", koi8Story.getBytes(KOI8_R));
        Path page = write("koi8.html", Inputs.page("", "Переговоры", koi8Story).getBytes(KOI8_R));
        Path declared = write("meta.html", Inputs.page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
                "Переговоры", Inputs.RU_STORY).getBytes(CP1251));
        byte[] utf16 = ("\ufeff" + Inputs.RU_STORY).getBytes(StandardCharsets.UTF_16LE);
        Path bom = write("utf16.txt", utf16);

        List<Item> items = Inputs.read(cp1251, koi8, page, declared, bom);

        assertThat(items).hasSize(5);
        List<String> expected = List.of(Inputs.RU_STORY, koi8Story, koi8Story, Inputs.RU_STORY, Inputs.RU_STORY);
        for (int i = 0; i < items.size(); i++) {
            assertThat(Inputs.article(items.get(i)).text()).as(items.get(i).source()).contains(expected.get(i));
        }
    }

    @Test
    void pageEncodingFollowsBomThenHttpThenMetaThenDetection() throws IOException {
        byte[] cp1251 = Inputs.page("<meta charset=\"koi8-r\">", "Переговоры", Inputs.RU_STORY).getBytes(CP1251);

        assertThat(pageText(cp1251, "windows-1251")).contains(Inputs.RU_STORY); // HTTP wins over meta
        assertThat(pageText(cp1251, null)).doesNotContain(Inputs.RU_STORY); // the page's (wrong) meta
        assertThat(PageEncoding.metaCharset(cp1251)).isEqualTo("koi8-r");
        byte[] broken = {'<', 'p', '>', (byte) 0xff, (byte) 0xfe, 'a'}; // no BOM: 0xFF 0xFE follow other bytes
        assertThat(pageText(broken, "no-such-charset")).startsWith("<p>");
    }

    private static String pageText(byte[] html, String declared) throws IOException {
        try (java.io.Reader reader = PageEncoding.reader(html, declared)) {
            java.io.StringWriter text = new java.io.StringWriter();
            reader.transferTo(text);
            return text.toString();
        }
    }

    @Test
    void badInputsGiveOneFailureEachAndReadingGoesOn() throws IOException {
        Path binary = write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        byte[] gzipped = FeedReaderTest.gzip(Inputs.page("", "Talks", Inputs.STORY).getBytes(StandardCharsets.UTF_8));
        Path truncated = write("cut.html.gz", java.util.Arrays.copyOf(gzipped, gzipped.length / 2));
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30); // 1 GB, sparse: takes no disk space and is never read whole
        }
        Path random = write("noise.txt", noise(4096));
        Path missing = dir.resolve("missing.txt");
        Path good = write("good.txt", Inputs.STORY.getBytes(StandardCharsets.UTF_8));

        List<Item> items = Inputs.read(binary, truncated, huge, random, missing, good);

        assertThat(items).hasSize(6);
        assertThat(failure(items.get(0)).reason()).isEqualTo("binary file (NUL byte at offset 4)");
        assertThat(failure(items.get(1)).reason()).isEqualTo("cannot read: truncated gzip data (the file ends too early)");
        assertThat(failure(items.get(2)).reason()).isEqualTo("too large for one article (1024 MB; the limit is 10 MB)");
        assertThat(failure(items.get(3)).reason()).startsWith("invalid UTF-8 (byte ")
                .endsWith("and not in a legacy encoding that could be recognised");
        assertThat(failure(items.get(4)).reason()).isEqualTo("no such file or directory");
        assertThat(items.get(5)).isInstanceOf(Item.Article.class);
    }

    @Test
    void aFeedOrAnArchiveRecordOverItsLimitFailsAloneAndReadingGoesOn() throws IOException {
        Path feed = write("big.rss", ("<rss version=\"2.0\"><channel><title>Big</title>"
                + ("<item><title>t</title><description>" + Inputs.STORY + "</description></item>").repeat(20)
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
        Path warc = dir.resolve("big.warc");
        java.time.Instant crawled = java.time.Instant.parse("2031-05-14T10:00:00Z");
        try (Inputs.Warc w = new Inputs.Warc(warc, false)) {
            w.page("https://velmora.example/long", crawled, Inputs.page("", "Long", Inputs.STORY.repeat(20)))
                    .page("https://velmora.example/short", crawled, Inputs.page("", "Short", Inputs.STORY));
        }
        InputLimits small = new InputLimits(2_000, 3_000);

        List<Item> items = new java.util.ArrayList<>();
        try (ArticleReader reader = new ArticleReader(List.of(feed.toString(), warc.toString()), small, null)) {
            reader.forEachRemaining(items::add);
        }

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isEqualTo(new Item.Failure(feed.toString(),
                "too large for one feed (1 MB; the limit is 1 MB)"));
        assertThat(failure(items.get(1)).source()).startsWith(warc + ", record 1 at byte 0");
        assertThat(failure(items.get(1)).reason()).isEqualTo("too large for one article (over the limit of 1 MB)");
        assertThat(Inputs.article(items.get(2)).url()).isEqualTo("https://velmora.example/short");
    }

    @Test
    void aHugeStreamStopsAtTheLimitWithoutBeingHeld() {
        java.io.InputStream endless = new java.io.InputStream() { // 1 GB of text, produced as it is read
            long left = 1L << 30;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, left);
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };

        List<Item> items = Inputs.read(endless, "-");

        assertThat(items).containsExactly(new Item.Failure("stdin", "too large for one article (over the limit of 10 MB)"));
    }

    @Test
    void aPageOf100000NestedElementsGivesItsTextWithoutOverflowingTheStack() throws IOException {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(100_000)).append("<p>").append(Inputs.STORY).append("</p>");
        Path page = write("deep.html", html.toString().getBytes(StandardCharsets.UTF_8));

        List<Item> items = Inputs.read(page);

        assertThat(items).hasSize(1);
        assertThat(Inputs.article(items.get(0)).text()).contains("We are ready to listen");
    }

    /** Bytes no text encoding explains: random high and control bytes, without NUL. */
    private static byte[] noise(int n) {
        byte[] bytes = new byte[n];
        new java.util.Random(7).nextBytes(bytes);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                bytes[i] = (byte) 0x81;
            }
        }
        return bytes;
    }
}
