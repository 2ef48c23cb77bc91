package org.demarche.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.demarche.Demarche;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Quote;
import org.demarche.article.QuoteKind;
import org.demarche.article.RawArticle;
import org.demarche.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** The quotation layouts of real wire copy, on invented articles about fictional countries and officials. */
class QuotePhenomenaTest {
    private static final Pipeline PIPELINE = Demarche.pipeline();

    private static AnnotatedArticle run(String text) {
        return PIPELINE.annotate(RawArticle.of("fixture", text));
    }

    private static Quote quote(AnnotatedArticle a, String words) {
        return a.quotes().stream().filter(q -> q.content().text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement contains '" + words + "' in " + a.quotes()));
    }

    private static Quote exactly(AnnotatedArticle a, String content) {
        return a.quotes().stream().filter(q -> q.content().text().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement '" + content + "' in " + a.quotes()));
    }

    @Test
    void aQuoteSplitByItsCueKeepsOneSpeakerForBothParts() {
        AnnotatedArticle a = run("""
                Foreign Minister Ilsa Marrow spoke after the summit.
                "We came with proposals," Marrow said. "We leave with promises."
                """);
        assertThat(quote(a, "We came with proposals").speaker()).isEqualTo("Ilsa Marrow");
        assertThat(quote(a, "We leave with promises").speaker()).isEqualTo("Ilsa Marrow");
        assertThat(quote(a, "We came with proposals").cue().text()).isEqualTo("said");
    }

    @Test
    void aCueBetweenTwoClausesSplitsThemButNotASubjectFromItsVerb() {
        AnnotatedArticle a = run("""
                Foreign Minister Ilsa Marrow spoke after the summit.
                The harbour talks were a success, Marrow said, until the northern delegation walked out.
                Such a treaty, she argued, would bind both coasts for a decade.
                """);
        assertThat(exactly(a, "The harbour talks were a success").speaker()).isEqualTo("Ilsa Marrow");
        assertThat(exactly(a, "until the northern delegation walked out").speaker()).isEqualTo("Ilsa Marrow");
        assertThat(exactly(a, "Such a treaty, she argued, would bind both coasts for a decade").kind())
                .isEqualTo(QuoteKind.INDIRECT);
    }

    @Test
    void reportersWordsBeforeAQuotationMakeMixedReportedSpeech() {
        AnnotatedArticle a = run("""
                Foreign Minister Ilsa Marrow spoke after the summit.
                The harbour talks achieved "far too little," Marrow said on Friday.
                The corridor will stay closed, said Teodor Halvik, who leads the northern delegation.
                """);
        Quote mixed = exactly(a, "The harbour talks achieved \"far too little,\"");
        assertThat(mixed.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(mixed.speaker()).isEqualTo("Ilsa Marrow");
        assertThat(exactly(a, "The corridor will stay closed").speaker()).isEqualTo("Teodor Halvik"); // not the apposition
    }

    @Test
    void aQuoteContinuedIntoTheNextParagraphKeepsItsSpeaker() {
        AnnotatedArticle a = run("""
                Velmoran envoy Teodor Halvik addressed the council on Monday.

                "The corridor must stay open. Every delay costs lives.

                "We will not accept a second closure," he said.
                """);
        Quote first = quote(a, "The corridor must stay open");
        assertThat(first.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(first.speaker()).isEqualTo("Teodor Halvik");
        assertThat(quote(a, "second closure").speaker()).isEqualTo("Teodor Halvik");
    }

    @Test
    void readsAccordingToAndToldCues() {
        AnnotatedArticle a = run("""
                Deputy Minister Petra Lind met the delegation on Friday.
                According to the deputy minister, "the talks were frank."
                Asked about the border, she told Radio Ardenne, "Nothing has changed."
                """);
        Quote according = quote(a, "the talks were frank");
        assertThat(according.speaker()).isEqualTo("Petra Lind");
        assertThat(according.cue().text()).isEqualTo("According to");
        Quote told = quote(a, "Nothing has changed");
        assertThat(told.speaker()).isEqualTo("Petra Lind");
        assertThat(told.cue().text()).isEqualTo("told Radio Ardenne");
        assertThat(told.speakerMention().text()).isEqualTo("she");
    }

    @Test
    void choosesThePronounsAntecedentByGender() {
        AnnotatedArticle a = run("""
                President Aldo Varga received Prime Minister Mira Solberg in the capital.
                "Our ports are open to your ships," she said.
                "We welcome that," he replied.
                """);
        assertThat(quote(a, "Our ports are open").speaker()).isEqualTo("Mira Solberg");
        assertThat(quote(a, "We welcome that").speaker()).isEqualTo("Aldo Varga");
    }

    @Test
    void resolvesDescriptionsToThePersonWithThatRole() {
        AnnotatedArticle a = run("""
                Ostravan Foreign Ministry spokeswoman Lena Kovar and Defence Minister Juri Tamm held separate briefings.
                "The exercises are routine," the minister said.
                "Nobody was informed in advance," the spokeswoman said.
                """);
        assertThat(quote(a, "The exercises are routine").speaker()).isEqualTo("Juri Tamm");
        assertThat(quote(a, "Nobody was informed").speaker()).isEqualTo("Lena Kovar");
    }

    @Test
    void organizationsSpeakToo() {
        AnnotatedArticle a = run("""
                "The sanctions will be reviewed in June," the Kremlin said in a statement.
                """);
        assertThat(quote(a, "sanctions will be reviewed").speaker()).isEqualTo("Kremlin");
        assertThat(a.people()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Kremlin");
            assertThat(p.organization()).isTrue();
        });
    }

    @Test
    void treatiesNamedTwiceAreNotPeopleButTheirOrganizationsAre() {
        AnnotatedArticle a = run("""
                Foreign Minister Ilsa Marrow defended the Aldermark Treaty on Monday.
                "The Aldermark Treaty has kept the peace for forty years," Marrow said.
                The Aldermark Treaty Organization said the review would start in June.
                Officials of the Aldermark Treaty Organization met in Kessel.
                """);
        assertThat(a.people()).extracting(p -> p.name())
                .contains("Ilsa Marrow", "Aldermark Treaty Organization")
                .doesNotContain("Aldermark Treaty");
    }

    @Test
    void aGroupThatSpeaksIsNamedLikeAnOrganizationAndOneThatDoesNotIsNobody() {
        AnnotatedArticle a = run("""
                Economists said the harbour tariff would cost Varnia a tenth of its trade.
                Delegations arrived in Kessel on Monday. Delegations from six ports attended.
                """);
        assertThat(quote(a, "the harbour tariff would cost").speaker()).isEqualTo("Economists");
        assertThat(a.people()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Economists");
            assertThat(p.organization()).isTrue();
        });
        assertThat(a.people()).extracting(p -> p.name()).doesNotContain("Delegations");
    }

    @Test
    void aHeadlineNamesItsSpeakerOnlyLater() {
        AnnotatedArticle a = run("""
                Border talks unlikely to resume, says senior Velmoran diplomat

                Velmoran Deputy Foreign Minister Anton Kessel said on Tuesday that the talks had stalled.
                """);
        Quote headline = quote(a, "Border talks unlikely to resume");
        assertThat(headline.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(headline.speaker()).isEqualTo("Anton Kessel");
    }

    @Test
    void readsInterviewTranscripts() {
        AnnotatedArticle a = run("""
                The Ardenne Herald spoke to Foreign Minister Ilsa Marrow.

                Question: Will the embassy reopen this year?

                Answer: We hope so, but the decision is not ours alone.

                HALVIK: Then whose is it?

                MARROW: The council decides, as always.
                """);
        assertThat(quote(a, "Will the embassy reopen").speaker()).isNull();
        assertThat(quote(a, "Will the embassy reopen").kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(quote(a, "The council decides").speaker()).isEqualTo("Ilsa Marrow");
        assertThat(quote(a, "Then whose is it").speaker()).isEqualTo("Halvik");
        assertThat(quote(a, "The council decides").content().text()).isEqualTo("The council decides, as always.");
    }

    @Test
    void keepsEditorialInsertionsInsideTheQuote() {
        AnnotatedArticle a = run("""
                "They reject [the proposals] <...> on every key point," Deputy Minister Petra Lind said.
                """);
        assertThat(quote(a, "They reject").content().text())
                .isEqualTo("They reject [the proposals] <...> on every key point,");
    }

    @Test
    void partialQuotesTakeTheCueOfTheirSentence() {
        AnnotatedArticle a = run("""
                Minister Oren Vasku said the plan was "dead on arrival" and "an insult to farmers."
                """);
        Quote first = exactly(a, "dead on arrival");
        assertThat(first.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(first.speaker()).isEqualTo("Oren Vasku");
        assertThat(exactly(a, "an insult to farmers.").speaker()).isEqualTo("Oren Vasku");
    }

    @Test
    void titlesAndScareQuotesAreNotStatements() {
        AnnotatedArticle a = run("""
                The channel aired a documentary titled "The Long Winter" on Sunday.
                Critics of the so-called "harbour plan" gathered outside.
                Minister Oren Vasku appeared on "Morning Forum With Ada Rook," a weekly show.
                """);
        assertThat(a.quotes()).noneMatch(q -> q.kind() != QuoteKind.INDIRECT);
    }

    @Test
    void datesAStatementByTheDayItsCueNames() {
        AnnotatedArticle a = PIPELINE.annotate(new RawArticle("fixture", """
                "The border stays closed," Minister Oren Vasku said on Wednesday.
                """, null, null, "2024-03-08", null, null, null));
        Quote q = quote(a, "The border stays closed");
        assertThat(q.date()).isNotNull();
        assertThat(q.date().expression().text()).isEqualTo("on Wednesday");
        assertThat(q.date().date()).isEqualTo(java.time.LocalDate.of(2024, 3, 6));
    }

    @Test
    void readsSpeakersBehindAppositionsTagsAndPassives() {
        AnnotatedArticle a = run("""
                "The vote was rushed," Sen. Ada Rook (D-Velm.) said Tuesday.
                "We will appeal," Milan Osk, the Ostravan attorney general, one of the plaintiffs, said.
                "Is the treaty dead?" Vasku was asked by host Lena Brandt.
                """);
        assertThat(quote(a, "The vote was rushed").speaker()).isEqualTo("Ada Rook");
        assertThat(quote(a, "We will appeal").speaker()).isEqualTo("Milan Osk");
    }

    @Test
    void aParticipleCueSharesTheSpeakerOfItsSentence() {
        AnnotatedArticle a = run("""
                The border will reopen next week, Minister Oren Vasku said, adding, "Trade cannot wait."
                """);
        assertThat(quote(a, "Trade cannot wait").speaker()).isEqualTo("Oren Vasku");
        Quote reported = quote(a, "The border will reopen");
        assertThat(reported.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(reported.speaker()).isEqualTo("Oren Vasku");
    }

    @Test
    void aCountryCanBeTheSourceOfReportedSpeech() {
        AnnotatedArticle a = run("""
                Ostrava demanded that the inspectors leave the harbour by Friday.
                """);
        Quote reported = quote(a, "the inspectors leave the harbour");
        assertThat(reported.speaker()).isEqualTo("Ostrava");
    }
}
