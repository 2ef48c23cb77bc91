package org.demarche.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.demarche.Demarche;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Quote;
import org.demarche.article.QuoteKind;
import org.demarche.article.RawArticle;
import org.demarche.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Fixture articles are invented: fictional countries and officials, no real quotes. */
class AttributionTest {
    private static final Pipeline PIPELINE = Demarche.pipeline();

    private static AnnotatedArticle run(String text) {
        return PIPELINE.annotate(RawArticle.of("fixture", text));
    }

    private static Quote quoteContaining(AnnotatedArticle a, String words) {
        return a.quotes().stream().filter(q -> q.content().text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote contains '" + words + "' in " + a.quotes()));
    }

    @Test
    void attributesQuotesAroundCuesPronounsAndDescriptions() {
        AnnotatedArticle a = run("""
                Velmora rejects new border talks

                ARDENNE, March 3. /Northwire/. Talks with Ostrava have stalled, Velmoran Deputy Foreign Minister Anton Kessel said on Tuesday.

                "We see no reason to continue this round," the senior diplomat noted in an interview. "The door is closed for now."

                Asked about sanctions, he told Radio Ardenne, "Pressure will not change our course."

                Foreign Ministry spokeswoman Mira Tallis said the ministry would publish its proposals. "Everything is on paper," she added.
                """);
        assertThat(quoteContaining(a, "no reason to continue").speaker()).isEqualTo("Anton Kessel");
        assertThat(quoteContaining(a, "door is closed").speaker()).isEqualTo("Anton Kessel");
        assertThat(quoteContaining(a, "Pressure will not").speaker()).isEqualTo("Anton Kessel");
        assertThat(quoteContaining(a, "Everything is on paper").speaker()).isEqualTo("Mira Tallis");
        Quote reported = quoteContaining(a, "Talks with Ostrava have stalled");
        assertThat(reported.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(reported.speaker()).isEqualTo("Anton Kessel");
        assertThat(reported.speakerRole()).contains("Deputy Foreign Minister");
    }

    @Test
    void aReportedFirstSentenceStartsAfterTheDateline() {
        AnnotatedArticle a = run("""
                ARDENNE, May 3 (Northwire) — The council is preparing new measures against Ostrava, its chair Mira Tallis said on Tuesday.
                """);
        Quote reported = quoteContaining(a, "preparing new measures");
        assertThat(reported.content().text()).startsWith("The council is preparing");
        assertThat(reported.speaker()).isEqualTo("Mira Tallis");
    }

    @Test
    void aPortfolioBeforeMinisterIsPartOfTheTitleNotTheName() {
        AnnotatedArticle a = run("""
                Ostravan Fisheries Minister Lena Vorn said her country would close the northern waters.
                """);
        Quote reported = quoteContaining(a, "close the northern waters");
        assertThat(reported.speaker()).isEqualTo("Lena Vorn");
        assertThat(reported.speakerRole()).isEqualTo("Ostravan Fisheries Minister");
    }

    @Test
    void anAppositionBeforeAVerbIsItsSubjectNotReportedContent() {
        AnnotatedArticle a = run("""
                Ostrava's envoy, Lena Vorn, accused Velmora of moving troops to the border.

                Asked about Velmora's demand for new talks, she said no government in Ostrava would accept it.
                """);
        assertThat(a.quotes()).noneSatisfy(q -> assertThat(q.content().text()).contains("envoy, Lena Vorn"));
        assertThat(quoteContaining(a, "no government in Ostrava").speaker()).isEqualTo("Lena Vorn");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "All news\n\n\"Our position is unchanged,\" Minister Oren Vasku said.\n";
        AnnotatedArticle a = run(text);
        List<Quote> quotes = a.quotes();
        assertThat(quotes).isNotEmpty();
        for (Quote q : quotes) {
            assertThat(text.substring(q.content().start(), q.content().end())).isEqualTo(q.content().text());
        }
        assertThat(quotes.get(0).speaker()).isEqualTo("Oren Vasku");
    }

    @Test
    void leavesTitlesAndScareQuotesOut() {
        AnnotatedArticle a = run("The treaty, known as the \"Open Harbour Accord\", was signed by the \"so-called\" council.");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void mergesSpellingVariantsOfOneSurname() {
        AnnotatedArticle a = run("""
                Deputy envoy Dmitri Belyanskiy addressed the council on Monday.
                "We will not accept this," Belyansky said.
                Belyanskiy added that talks could resume.
                """);
        assertThat(a.people()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Dmitri Belyanskiy"));
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("Dmitri Belyanskiy"));
    }
}
