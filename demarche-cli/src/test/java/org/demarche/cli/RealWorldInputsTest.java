package org.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A feed and a web archive through extract and ingest, end to end, then found with search. */
class RealWorldInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A year-less dateline: only the crawl date can place it. */
    private static final String ARCHIVED = "ARDENA, May 12 (Velmora Post) - Velmoran Foreign Minister Oren Vasku said"
            + " on Monday that the harbour treaty was dead.</p><p>\"Nobody will revive the harbour treaty this year,\""
            + " Vasku told reporters.";
    private static final String FED = "Ardenan Trade Minister Lina Sorel said the grain corridor would stay open."
            + "</p><p>\"The grain corridor stays open through the winter,\" Sorel said.";

    @TempDir
    Path dir;

    private Path feed() throws Exception {
        Path feed = dir.resolve("ministry.rss");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                <title>Ardena Trade Ministry</title><link>https://trade.ardena.example/</link>
                <item><title>Corridor stays open</title><link>https://trade.ardena.example/news/9</link>
                <pubDate>Wed, 14 May 2031 10:00:00 GMT</pubDate>
                <content:encoded><![CDATA[<p>%s</p>]]></content:encoded></item>
                </channel></rss>
                """.formatted(FED));
        return feed;
    }

    private Path archive() throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(new WarcResource.Builder(URI.create("https://post.velmora.example/logo.png"))
                    .body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build());
            String page = "<html><head><title>Treaty</title></head><body><article><p>" + ARCHIVED
                    + "</p></article></body></html>";
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.HTML_UTF8, page.getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder(URI.create("https://post.velmora.example/treaty"))
                    .date(Instant.parse("2031-05-13T06:00:00Z")).body(http).build());
        }
        return warc;
    }

    @Test
    void extractReadsAFeedAndAWebArchiveWithTheCrawlDateForYearLessDatelines() throws Exception {
        Cli.Run r = Cli.run("extract", feed().toString(), archive().toString());

        assertThat(r.status()).isZero();
        assertThat(r.outLines()).hasSize(2);
        JsonNode fed = JSON.readTree(r.outLines().get(0));
        assertThat(fed.get("url").asText()).isEqualTo("https://trade.ardena.example/news/9");
        assertThat(fed.get("outlet").asText()).isEqualTo("Ardena Trade Ministry");
        JsonNode archived = JSON.readTree(r.outLines().get(1));
        assertThat(archived.get("url").asText()).isEqualTo("https://post.velmora.example/treaty");
        assertThat(archived.get("dateline").get("resolved").asText()).isEqualTo("2031-05-12");
        assertThat(r.errLines()).containsExactly("demarche: 2 articles extracted, 1 skipped (no article), 0 failed");
    }

    @Test
    void ingestStoresAFeedAndAWebArchiveForSearch() throws Exception {
        String data = dir.resolve("data").toString();

        Cli.Run ingest = Cli.run("ingest", feed().toString(), archive().toString(), "--data", data);

        assertThat(ingest.status()).isZero();
        assertThat(ingest.err()).contains("2 added").contains("0 failed").contains("1 skipped (no article)");
        Cli.Run corridor = Cli.run("search", "grain corridor", "--json", "--data", data);
        assertThat(JSON.readTree(corridor.outLines().getFirst()).get("speaker").get("name").asText()).isEqualTo("Lina Sorel");
        Cli.Run treaty = Cli.run("search", "harbour treaty", "--json", "--data", data);
        JsonNode hit = JSON.readTree(treaty.outLines().getFirst());
        assertThat(hit.get("speaker").get("name").asText()).isEqualTo("Oren Vasku");
        assertThat(hit.get("date").asText()).startsWith("2031-05-1");
    }
}
