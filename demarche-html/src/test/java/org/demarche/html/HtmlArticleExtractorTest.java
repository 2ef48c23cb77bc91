package org.demarche.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Article text and metadata from small pages written for these tests, about invented places and people. */
class HtmlArticleExtractorTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String P1 = "The foreign ministers of Veloria and Ostrand met in Port Salvin on Monday, their"
            + " first meeting since the border dispute began, and agreed to reopen the northern crossings.";
    private static final String P2 = "\"We have chosen talks over threats,\" Veloria's Foreign Minister Oren Vasku told"
            + " reporters after the meeting, adding that trade delegations would follow within weeks.";
    private static final String P3 = "Ostrand's delegation, led by Deputy Minister Ilsa Marrow, said the agreement"
            + " would be put to the national assembly, which is expected to approve it before the winter recess.";

    /** A news page with the furniture news pages carry around an article. */
    private static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <title>Veloria and Ostrand reopen crossings | The Salvin Courier</title>
              <meta property="og:title" content="Veloria and Ostrand agree to reopen border crossings">
              <meta property="og:site_name" content="The Salvin Courier">
              <meta property="article:published_time" content="2031-05-12T08:30:00Z">
              <meta name="author" content="Mara Quell">
              <link rel="canonical" href="https://courier.example/world/2031/05/12/crossings">
              <script>var tracking = "Subscribe now to read everything";</script>
            </head>
            <body>
              <div id="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
              <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
                <li><a href="/sport">Sport</a></li></ul></nav></header>
              <main>
                <article>
                  <h1>Veloria and Ostrand agree to reopen border crossings</h1>
                  <div class="byline">By Mara Quell, diplomatic correspondent</div>
                  <div class="share-tools"><a href="#">Share on social networks</a> <a href="#">Email this story</a></div>
                  <div class="article-body">
                    <p>%s</p>
                    <figure><img src="x.jpg"><figcaption>Delegates arrive at the palace in Port Salvin, a photo by the
                      courier's staff photographer.</figcaption></figure>
                    <p>%s</p>
                    <p>%s</p>
                  </div>
                  <div class="related-stories"><h3>Related</h3><ul>
                    <li><a href="/a">Border dispute: a timeline of the quarrel between the neighbours</a></li>
                    <li><a href="/b">Who is Oren Vasku, the minister who favours talks?</a></li></ul></div>
                </article>
                <section id="comments"><h3>Comments</h3><p>Reader one wrote: this agreement will not last, mark my
                  words, the assembly will never approve it, never in a thousand years.</p></section>
              </main>
              <footer><p>Copyright 2031 The Salvin Courier, 12 Harbour Road, Port Salvin. All rights reserved,
                reproduction forbidden.</p></footer>
            </body>
            </html>
            """.formatted(P1, P2, P3);

    @Test
    void keepsTheArticleParagraphsAndNothingElse() {
        HtmlArticle a = extractor.extract(NEWS_PAGE, null);
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void readsTheMetadataFromMetaTags() {
        HtmlArticle a = extractor.extract(NEWS_PAGE, null);
        assertThat(a.title()).isEqualTo("Veloria and Ostrand agree to reopen border crossings");
        assertThat(a.published()).isEqualTo("2031-05-12T08:30:00Z");
        assertThat(a.authors()).containsExactly("Mara Quell");
        assertThat(a.siteName()).isEqualTo("The Salvin Courier");
        assertThat(a.canonicalUrl()).isEqualTo("https://courier.example/world/2031/05/12/crossings");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void readsTheMetadataFromJsonLd() {
        String page = """
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Ostrand Today"},
                  {"@type": ["NewsArticle"], "headline": "Assembly approves the crossings deal",
                   "datePublished": "2031-06-02T17:05:00+02:00", "inLanguage": "de-AT",
                   "author": [{"@type": "Person", "name": "Ilsa Marrow"}, {"@type": "Person", "name": "Pell Tann"}],
                   "publisher": {"@type": "Organization", "name": "Ostrand Today"}}]}
                </script></head><body><p>%s</p><p>%s</p></body></html>
                """.formatted(P1, P3);
        HtmlArticle a = extractor.extract(page, "https://today.example/story/881");
        assertThat(a.title()).isEqualTo("Assembly approves the crossings deal");
        assertThat(a.published()).isEqualTo("2031-06-02T17:05:00+02:00");
        assertThat(a.authors()).containsExactly("Ilsa Marrow", "Pell Tann");
        assertThat(a.siteName()).isEqualTo("Ostrand Today");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.canonicalUrl()).isEqualTo("https://today.example/story/881");
    }

    @Test
    void takesTheDateFromTimeElementThenFromTheUrl() {
        String withTime = "<html><body><time datetime=\"2031-07-04\">4 July</time><p>" + P1 + "</p></body></html>";
        assertThat(extractor.extract(withTime, null).published()).isEqualTo("2031-07-04");
        String bare = "<html><body><p>" + P1 + "</p></body></html>";
        assertThat(extractor.extract(bare, "https://news.example/2031/08/09/talks-resume").published())
                .isEqualTo("2031-08-09");
        assertThat(extractor.extract(bare, "https://news.example/world/talks-resume").published()).isNull();
        assertThat(extractor.extract(bare, "https://news.example/2031/13/40/not-a-date").published()).isNull();
    }

    @Test
    void titleFallsBackOnTheHeadingThenOnTheTitleWithoutTheSiteName() {
        assertThat(extractor.extract("<html><head><title>Talks resume | Salvin Post</title></head><body><p>" + P1
                + "</p></body></html>", null).title()).isEqualTo("Talks resume");
        assertThat(extractor.extract("<html><head><title>Site</title></head><body><h1>Talks resume at dawn</h1><p>"
                + P1 + "</p></body></html>", null).title()).isEqualTo("Talks resume at dawn");
    }

    @Test
    void splitsBylinesIntoAuthorsAndIgnoresProfileLinks() {
        String page = "<html><head><meta name=\"author\" content=\"By Ana Rell and Tomas Vey\">"
                + "<meta property=\"article:author\" content=\"https://social.example/anarell\"></head><body><p>" + P1
                + "</p></body></html>";
        assertThat(extractor.extract(page, null).authors()).containsExactly("Ana Rell", "Tomas Vey");
    }

    @Test
    void joinsBodyChunksThatAdvertisementsSeparate() {
        String page = """
                <html><body><div class="page">
                  <div class="wrap"><div class="chunk"><p>%s</p><p>%s</p></div></div>
                  <div class="ad-slot"><a href="/buy">Buy the new Salvin phone today</a></div>
                  <div class="wrap"><div class="chunk"><p>%s</p><p>%s</p></div></div>
                </div>
                <div class="most-popular"><ul><li><a href="/x">A story everyone read about the harbour festival</a></li></ul></div>
                </body></html>
                """.formatted(P1, P2, P3, P1.replace("Monday", "Tuesday"));
        String text = extractor.extract(page, null).text();
        assertThat(text.split("\n\n")).containsExactly(P1, P2, P3, P1.replace("Monday", "Tuesday"));
    }

    @Test
    void usesTheDeclaredBodyWhenTheMarkupHidesTheArticle() {
        String declared = P1 + "\n" + P2 + "\n" + P3;
        String page = """
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": %s}</script></head>
                <body><div class="teaser-box"><p>Read the full story on the Salvin Courier app, available for every
                phone and tablet, with offline reading and alerts.</p></div></body></html>
                """.formatted(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(declared).toString());
        assertThat(extractor.extract(page, null).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void keepsLineBreaksAndLeavesInlineLinksInTheirSentence() {
        String page = "<html><body><div class=\"story\"><p>Port Salvin, 3 May.<br>" + P1 + "</p><p>The minister"
                + " quoted the <a href=\"/treaty\">treaty of 1998</a>, which, he said, still binds both sides, as it"
                + " always has.</p></div></body></html>";
        assertThat(extractor.extract(page, null).text()).isEqualTo("Port Salvin, 3 May.\n" + P1 + "\n\nThe minister"
                + " quoted the treaty of 1998, which, he said, still binds both sides, as it always has.");
    }

    @Test
    void decodesBytesInTheDeclaredCharset() {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Министр иностранных дел Велории"
                + " Орен Васку заявил, что переговоры продолжатся в понедельник, а делегации встретятся снова.</p>"
                + "</body></html>";
        HtmlArticle a = extractor.extract(page.getBytes(java.nio.charset.Charset.forName("windows-1251")), null);
        assertThat(a.text()).startsWith("Министр иностранных дел Велории");
        assertThat(extractor.extract(page.replace("windows-1251", "utf-8").getBytes(StandardCharsets.UTF_8), null)
                .text()).startsWith("Министр");
    }

    @Test
    void becomesARawArticleForThePipeline() {
        var raw = extractor.extract(NEWS_PAGE, null).toRawArticle("courier-1");
        assertThat(raw.id()).isEqualTo("courier-1");
        assertThat(raw.title()).isEqualTo("Veloria and Ostrand agree to reopen border crossings");
        assertThat(raw.outlet()).isEqualTo("The Salvin Courier");
        assertThat(raw.published()).isEqualTo("2031-05-12T08:30:00Z");
        assertThat(raw.url()).isEqualTo("https://courier.example/world/2031/05/12/crossings");
        assertThat(raw.language()).isEqualTo("en");
    }

    @Test
    void pagesWithoutAnArticleGiveEmptyTextNotAnError() {
        for (String page : List.of("", "   ", "<html></html>", "<script>var a = 1;</script>", "<html><head><script type=\"application/ld+json\">{broken</script>"
                        + "</head><body><nav><a href=\"/\">Home</a></nav></body></html>")) {
            HtmlArticle a = extractor.extract(page, null);
            assertThat(a.text()).as(page).isEmpty();
            assertThat(a.authors()).isEmpty();
        }
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        assertThat(extractor.extract(garbage, null).text()).isNotNull();
    }
}
