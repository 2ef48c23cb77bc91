package org.demarche.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demarche.article.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    @TempDir
    Path dir;

    @Test
    void rssItemsGiveOneArticleEachFromTheirFullContentElseTheirSummary() throws IOException {
        Path feed = dir.resolve("ministry.xml");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Velmora Foreign Ministry</title><link>https://mfa.velmora.example/</link>
                <language>en-GB</language>
                <item><title>Border talks to resume</title><link>https://mfa.velmora.example/news/1</link>
                  <guid>mfa-1</guid><pubDate>Tue, 12 May 2031 09:30:00 GMT</pubDate>
                  <description>Short summary only.</description>
                  <content:encoded><![CDATA[<p>%s</p><p>The ministry will publish the agenda on Friday, officials said.</p>]]></content:encoded>
                </item>
                <item><title>Envoy recalled</title><link>https://mfa.velmora.example/news/2</link>
                  <description>%s</description></item>
                <item><title>Nothing in it</title><link>https://mfa.velmora.example/news/3</link></item>
                </channel></rss>
                """.formatted(Inputs.STORY, Inputs.STORY));

        List<Item> items = Inputs.read(feed);

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isInstanceOf(Item.Page.class);
        RawArticle first = Inputs.article(items.get(0));
        assertThat(first.id()).isEqualTo("mfa-1");
        assertThat(first.url()).isEqualTo("https://mfa.velmora.example/news/1");
        assertThat(first.title()).isEqualTo("Border talks to resume");
        assertThat(first.published()).isEqualTo("2031-05-12T09:30:00Z");
        assertThat(first.outlet()).isEqualTo("Velmora Foreign Ministry");
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.text()).contains("We are ready to listen").contains("agenda on Friday")
                .doesNotContain("Short summary");
        RawArticle second = Inputs.article(items.get(1));
        assertThat(second.id()).isEqualTo("https://mfa.velmora.example/news/2");
        assertThat(second.text()).isEqualTo(Inputs.STORY);
        assertThat(items.get(2)).isEqualTo(new Item.Failure(feed + ", item 3",
                "feed item with no text (neither content nor summary)"));
    }

    @Test
    void atomEntriesUseTheirContentOrSummaryWithEntryDateAndLink() throws IOException {
        Path feed = dir.resolve("wire.atom.gz");
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Ardena Wire</title><id>urn:ardena:wire</id>
                <updated>2031-05-13T10:00:00Z</updated>
                <entry><title>Talks</title><id>urn:ardena:1</id><link href="https://wire.ardena.example/1"/>
                  <published>2031-05-13T08:00:00Z</published><updated>2031-05-13T09:00:00Z</updated>
                  <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry>
                <entry><title>Summary only</title><id>urn:ardena:2</id><link href="https://wire.ardena.example/2"/>
                  <updated>2031-05-13T09:00:00Z</updated><summary>%s</summary></entry>
                </feed>
                """.formatted(Inputs.STORY, Inputs.STORY);
        Files.write(feed, gzip(atom.getBytes(StandardCharsets.UTF_8)));

        List<Item> items = Inputs.read(feed);
        List<RawArticle> articles = items.stream().map(Inputs::article).toList();

        assertThat(articles).extracting(RawArticle::id).containsExactly("urn:ardena:1", "urn:ardena:2");
        assertThat(articles).extracting(RawArticle::published)
                .containsExactly("2031-05-13T08:00:00Z", "2031-05-13T09:00:00Z");
        assertThat(articles).extracting(RawArticle::url)
                .containsExactly("https://wire.ardena.example/1", "https://wire.ardena.example/2");
        assertThat(articles).allSatisfy(a -> assertThat(a.text()).contains("We are ready to listen"));
        assertThat(articles.get(0).outlet()).isEqualTo("Ardena Wire");
        assertThat(items.get(1)).as("a text summary").isInstanceOf(Item.Article.class);
        assertThat(((Item.Article) items.get(1)).verbatim()).as("text taken out of XML is not the input as read").isFalse();
    }

    @Test
    void aFeedInALegacyEncodingIsReadByItsXmlDeclaration() throws IOException {
        Path feed = dir.resolve("ru.rss");
        Files.write(feed, ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>Вести"
                + "</title><item><title>Переговоры</title><link>https://ru.example/1</link><description>" + Inputs.RU_STORY
                + "</description></item></channel></rss>").getBytes("windows-1251"));

        assertThat(Inputs.article(Inputs.read(feed).get(0)).text()).isEqualTo(Inputs.RU_STORY);
    }

    @Test
    void aBrokenFeedOrOneWithADoctypeIsOneFailure() throws IOException {
        Path broken = dir.resolve("broken.rss");
        Files.writeString(broken, "<rss version=\"2.0\"><channel><title>Cut off<item><title>");
        Path doctype = dir.resolve("entities.rss");
        Files.writeString(doctype, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaa\">]><rss version=\"2.0\">"
                + "<channel><title>&a;</title></channel></rss>");

        List<Item> items = Inputs.read(broken, doctype);

        assertThat(items).hasSize(2).allSatisfy(item -> assertThat(item).isInstanceOf(Item.Failure.class));
        assertThat(((Item.Failure) items.get(0)).reason()).startsWith("not a readable RSS or Atom feed (");
        assertThat(((Item.Failure) items.get(1)).reason()).startsWith("not a readable RSS or Atom feed (");
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
