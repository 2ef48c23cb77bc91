package org.demarche.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.demarche.Demarche;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Dateline;
import org.demarche.article.Person;
import org.demarche.article.Quote;
import org.demarche.article.RawArticle;
import org.demarche.article.Span;
import org.demarche.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented wire copy about fictional countries, outlets and officials, shaped like scraped news pages. */
class MetadataReaderTest {
    private static final Pipeline PIPELINE = Demarche.pipeline();

    private static AnnotatedArticle annotate(String text) {
        return PIPELINE.annotate(RawArticle.of("t", text));
    }

    private static AnnotatedArticle annotate(String text, LocalDate reference) {
        return PIPELINE.annotate(new RawArticle("t", text, null, null, null, null, null, reference));
    }

    private static final String SLASHED_WIRE = """
            All news

            Velorian envoy sees no quick return to border talks

            Deputy envoy Lina Castor said a return to talks with Karsk was still far off
            Deputy envoy Lina Castor at the council session Kestrel Photo/Ada Mirn
            Deputy envoy Lina Castor at the council session
            © Kestrel Photo/Ada Mirn

            PORT AVEN, March 3. /VELPRESS/. A return to talks on the border is still far off, Velorian deputy envoy Lina Castor said.

            "We are not there yet, and we will not pretend otherwise," Castor told reporters on Tuesday.

            #Lina Castor
            3 months ago
            """;

    @Test
    void readsTitleOutletAndAYearlessDatelineFromASlashedWireStory() {
        AnnotatedArticle a = annotate(SLASHED_WIRE);
        assertThat(a.title()).isEqualTo("Velorian envoy sees no quick return to border talks");
        assertThat(a.outlet()).isEqualTo("VELPRESS");
        assertThat(a.published()).isNull();
        Dateline d = a.dateline();
        assertThat(d.place()).isEqualTo("PORT AVEN");
        assertThat(d.date()).isEqualTo("March 3");
        assertThat(d.resolved()).as("no year and no reference date").isNull();
        assertThat(d.span().text()).isEqualTo("PORT AVEN, March 3. /VELPRESS/.");
        assertThat(SLASHED_WIRE.substring(d.span().start(), d.span().end())).isEqualTo(d.span().text());
    }

    @Test
    void aYearlessDatelineIsResolvedAgainstTheReferenceDateButIsNoPublicationDate() {
        AnnotatedArticle a = annotate(SLASHED_WIRE, LocalDate.of(2031, 3, 5));
        assertThat(a.dateline().resolved()).isEqualTo(LocalDate.of(2031, 3, 3));
        assertThat(a.published()).as("the year was only guessed").isNull();

        AnnotatedArticle early = annotate(SLASHED_WIRE, LocalDate.of(2031, 2, 10));
        assertThat(early.dateline().resolved()).as("never more than a day after the reference").isEqualTo(LocalDate.of(2030, 3, 3));
    }

    /** Resolving a year-less date against the calendar's last or first day ran past it (DateTimeException). */
    @ParameterizedTest
    @CsvSource({"+999999999-12-31", "-999999999-01-01", "0000-03-03", "+10000-03-03"})
    void aReferenceDateOffTheCalendarOfNewsIsIgnored(LocalDate reference) {
        AnnotatedArticle a = annotate(SLASHED_WIRE, reference);
        assertThat(a.dateline().date()).isEqualTo("March 3");
        assertThat(a.dateline().resolved()).isNull();
        assertThat(a.quotes()).isNotEmpty();
    }

    @Test
    void boilerplateNeverBecomesAQuoteASpeakerOrATitleAndOffsetsStayInTheOriginal() {
        AnnotatedArticle a = annotate(SLASHED_WIRE);
        assertThat(a.quotes()).isNotEmpty();
        for (Quote q : a.quotes()) {
            assertThat(SLASHED_WIRE.substring(q.content().start(), q.content().end())).isEqualTo(q.content().text());
            assertThat(q.content().text()).doesNotContain("Kestrel").doesNotContain("council session").doesNotContain("months ago");
        }
        assertThat(a.quotes()).anySatisfy(q -> {
            assertThat(q.content().text()).startsWith("We are not there yet");
            assertThat(q.speaker()).isEqualTo("Lina Castor");
        });
        int captions = SLASHED_WIRE.indexOf("Deputy envoy Lina Castor at");
        int body = SLASHED_WIRE.indexOf("PORT AVEN");
        int tags = SLASHED_WIRE.indexOf("#Lina");
        assertThat(a.people()).extracting(Person::name).contains("Lina Castor");
        for (Person p : a.people()) {
            assertThat(p.name()).doesNotContain("Kestrel").doesNotContain("Ada Mirn");
            for (Span s : p.mentions()) {
                assertThat(s.start() < captions || s.start() >= body).as("mention of %s in a caption", p.name()).isTrue();
                assertThat(s.start()).as("mention of %s in a tag line", p.name()).isLessThan(tags);
            }
        }
    }

    @Test
    void readsAPublicationStampAndABracketedAgencyDateline() {
        String text = """
                فارسی Қазақ English Français
                World
                2031-March-04\u00a0\u00a019:46

                Marrovia Says Grain Corridor Talks With Veloria Have Stalled

                KARSK (MNA)- No reason to resume talks soon, Marrovian Trade Minister Teodor Blam said on Tuesday.

                "So far, I see no reason to negotiate further," Blam said.
                """;
        AnnotatedArticle a = annotate(text);
        assertThat(a.title()).isEqualTo("Marrovia Says Grain Corridor Talks With Veloria Have Stalled");
        assertThat(a.published()).isEqualTo(LocalDate.of(2031, 3, 4));
        assertThat(a.outlet()).isEqualTo("MNA");
        assertThat(a.dateline().place()).isEqualTo("KARSK");
        assertThat(a.dateline().date()).isNull();
        assertThat(a.dateline().resolved()).isNull();
        assertThat(a.dateline().span().text()).isEqualTo("KARSK (MNA)-");
    }

    @Test
    void readsATimeFirstStampAfterTheStandfirstAndSkipsPhotoLines() {
        String text = """
                Belmark unlikely to rejoin the river treaty soon, says senior diplomat

                Belmark is ready to talk 'only on equal terms', says Deputy Foreign Minister Ines Marrow

                09:40 - 14/02/2030 Thursday
                File Photo
                File Photo

                Belmark's Deputy Foreign Minister Ines Marrow said on Thursday that relations with Quorvia were unlikely to improve.

                #Ines Marrow
                6 months ago
                """;
        AnnotatedArticle a = annotate(text);
        assertThat(a.title()).isEqualTo("Belmark unlikely to rejoin the river treaty soon, says senior diplomat");
        assertThat(a.published()).isEqualTo(LocalDate.of(2030, 2, 14));
        assertThat(a.dateline()).isNull();
        assertThat(a.outlet()).isNull();
    }

    @Test
    void anArticleThatStartsWithProseHasNoTitleDatelineOrDate() {
        String text = """
                During a long session of the regional council, Quorvian envoy Ada Pell told reporters that her government would not accept foreign troops on its soil.
                She said the proposal had been made without consulting Quorvia.
                On December 17, 2029, the council published draft agreements on security guarantees.
                """;
        AnnotatedArticle a = annotate(text);
        assertThat(a.title()).isNull();
        assertThat(a.dateline()).isNull();
        assertThat(a.published()).as("a date in the prose is no stamp").isNull();
        assertThat(a.outlet()).isNull();
    }

    @Test
    void aDatelineWithItsYearGivesThePublicationDate() {
        AnnotatedArticle a = annotate("""
                Veloria recalls ambassador

                PORT AVEN, Jan. 5, 2030 (Kestrel) — Veloria recalled its ambassador to Karsk on Saturday, the foreign ministry said.
                """);
        assertThat(a.dateline().place()).isEqualTo("PORT AVEN");
        assertThat(a.dateline().date()).isEqualTo("Jan. 5, 2030");
        assertThat(a.dateline().resolved()).isEqualTo(LocalDate.of(2030, 1, 5));
        assertThat(a.published()).isEqualTo(LocalDate.of(2030, 1, 5));
        assertThat(a.outlet()).isEqualTo("Kestrel");
    }

    @Test
    void aStatedPublicationDateResolvesTheDatelineAndWinsOverTheReference() {
        AnnotatedArticle a = annotate("""
                Published: 2 January 2030

                Karsk and Veloria sign grain deal

                SALT HARBOUR, Veloria, December 30 (Kestrel) - The two governments signed the deal after months of talks, officials said.
                """, LocalDate.of(2031, 6, 1));
        assertThat(a.published()).isEqualTo(LocalDate.of(2030, 1, 2));
        assertThat(a.dateline().place()).isEqualTo("SALT HARBOUR, Veloria");
        assertThat(a.dateline().resolved()).isEqualTo(LocalDate.of(2029, 12, 30));
    }

    @Test
    void anInputRecordsOwnMetadataWins() {
        RawArticle raw = new RawArticle("t", SLASHED_WIRE, null, "Given title", "2031-03-04", "Given outlet", null, null);
        AnnotatedArticle a = PIPELINE.annotate(raw);
        assertThat(a.title()).isEqualTo("Given title");
        assertThat(a.outlet()).isEqualTo("Given outlet");
        assertThat(a.published()).isEqualTo(LocalDate.of(2031, 3, 4));
        assertThat(a.dateline().resolved()).isEqualTo(LocalDate.of(2031, 3, 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", value = {
            // line | place | date | outlet | span
            "`PORT AVEN, March 3. /VELPRESS/. Talks are far off, an envoy said.` | PORT AVEN | March 3 | VELPRESS | `PORT AVEN, March 3. /VELPRESS/.`",
            "`KARSK, February 9 /VELPRESS/ - Talks are far off, an envoy said.` | KARSK | February 9 | VELPRESS | `KARSK, February 9 /VELPRESS/`",
            "`UNITED NATIONS, January 15. /VELPRESS/. Talks are far off.` | UNITED NATIONS | January 15 | VELPRESS | `UNITED NATIONS, January 15. /VELPRESS/.`",
            "`KARSK (MNA)- Talks have stalled, the minister said.` | KARSK | - | MNA | `KARSK (MNA)-`",
            "`PORT AVEN (Kestrel) — Talks have stalled.` | PORT AVEN | - | Kestrel | `PORT AVEN (Kestrel) —`",
            "`Port Aven (KPA) – Talks have stalled.` | Port Aven | - | KPA | `Port Aven (KPA) –`",
            "`KARSK, Jan 5 (Kestrel) - Talks have stalled.` | KARSK | Jan 5 | Kestrel | `KARSK, Jan 5 (Kestrel) -`",
            "`SELLA, N.V., Sept. 26 (KPA) — Talks have stalled.` | SELLA, N.V. | Sept. 26 | KPA | `SELLA, N.V., Sept. 26 (KPA) —`",
            "`KARSK, 5 March (Kestrel) -- Talks have stalled.` | KARSK | 5 March | Kestrel | `KARSK, 5 March (Kestrel) --`",
            "`KARSK, 5 May. /VELPRESS/. Talks have stalled.` | KARSK | 5 May | VELPRESS | `KARSK, 5 May. /VELPRESS/.`",
            "`ST. MARROW, Marrovia (Kestrel) — Talks have stalled.` | ST. MARROW, Marrovia | - | Kestrel | `ST. MARROW, Marrovia (Kestrel) —`",
            "`UNITED NATIONS — Talks have stalled, diplomats said.` | UNITED NATIONS | - | - | `UNITED NATIONS —`",
            "`PORT AVEN ―\u00a0After a year of talks, the deal is done.` | PORT AVEN | - | - | `PORT AVEN ―`",
            "`PORT AVEN -- The deal is done.` | PORT AVEN | - | - | `PORT AVEN --`",
            "`SALT HARBOUR, Veloria — The deal is done.` | SALT HARBOUR, Veloria | - | - | `SALT HARBOUR, Veloria —`",
            "`UNITED NATIONS, Jan. 5 — The deal is done.` | UNITED NATIONS | Jan. 5 | - | `UNITED NATIONS, Jan. 5 —`",
            "`PORT AVEN—The deal is done.` | PORT AVEN | - | - | `PORT AVEN—`",
            "`PORT AVEN- The deal is done.` | PORT AVEN | - | - | `PORT AVEN-`",
            "`(KBC) — The deal is done, officials said.` | - | - | KBC | `(KBC) —`",
            "`КАРСК, 9 февраля. /ВЕЛПРЕСС/. Переговоры зашли в тупик.` | КАРСК | 9 февраля | ВЕЛПРЕСС | `КАРСК, 9 февраля. /ВЕЛПРЕСС/.`",
    })
    void recognisesTheCommonWireForms(String line, String place, String date, String outlet, String span) {
        Datelines.Match m = Datelines.match(line);
        assertThat(m).as(line).isNotNull();
        assertThat(m.place()).isEqualTo(place);
        assertThat(m.date()).isEqualTo(date);
        assertThat(m.outlet()).isEqualTo(outlet);
        assertThat(line.substring(m.start(), m.end())).isEqualTo(span);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`Karsk - the capital - hosted the talks.`",
            "`BREAKING — Talks have stalled.`",
            "`EXCLUSIVE - Veloria weighs grain deal.`",
            "`The envoy (a veteran diplomat) - said nothing.`",
            "`Ms. Pell said the talks had stalled.`",
            "`KARSK is a port city on the northern coast of Marrovia.`",
            "`March 3 - the talks resume.`",
            "`KPA-KBC merger talks resume.`",
            "`Sen. Ada Pell (V-Port Aven): the talks have stalled.`",
            "`KARSK TALKS NOT DEAD, JUST STALLED - an analysis of the grain dispute.`",
            "`NATO-STYLE guarantees are off the table, Pell said.`",
    })
    void proseIsNoDateline(String line) {
        assertThat(Datelines.match(line)).as(line).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "March 3 | 2031-03-05 | 2031-03-03",
            "March 3 | 2031-03-02 | 2031-03-03",
            "March 3 | 2031-03-01 | 2030-03-03",
            "January 1 | 2029-12-31 | 2030-01-01",
            "December 30 | 2030-01-02 | 2029-12-30",
            "Feb. 29 | 2031-03-01 | 2028-02-29",
            "9 февраля | 2031-03-01 | 2031-02-09",
            "Jan. 5, 2030 | 2031-03-01 | 2030-01-05",
    })
    void resolvesAYearlessDateToTheLatestDayNotMoreThanADayAfterTheReference(String written, LocalDate ref, LocalDate expected) {
        assertThat(Datelines.resolve(written, ref)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "2022-January-13 19:46 | 2022-01-13",
            "12:55 - 29/11/2030 Wednesday | 2030-11-29",
            "`Friday, 04/05/2030` | 2030-04-05",
            "`Saturday, 04/05/2030` | 2030-05-04",
            "04/05/2030 | 2030-05-04",
            "11/29/2030 | 2030-11-29",
            "29.11.2030 10:20 | 2030-11-29",
            "2030-11-29T12:55:00Z | 2030-11-29",
            "`Published: Nov. 29, 2030` | 2030-11-29",
            "`29 November 2030, 10:20 GMT` | 2030-11-29",
            "`Friday 29th of November 2030` | 2030-11-29",
            "`29 ноября 2030` | 2030-11-29",
    })
    void readsTheCommonStampForms(String stamp, LocalDate expected) {
        assertThat(DateStamps.find(stamp)).as(stamp).isNotNull();
        assertThat(DateStamps.find(stamp).date()).isEqualTo(expected);
    }

    @Test
    void aPublishedStampWinsOverAnUpdatedOne() {
        AnnotatedArticle a = annotate("""
                Veloria and Karsk reopen the Sella crossing

                Updated: 3 December 2030
                Published: 29 November 2030

                The crossing at Sella reopened on Friday after two years, border officials in both countries said.
                """);
        assertThat(a.published()).isEqualTo(LocalDate.of(2030, 11, 29));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", value = {
            // a punctuated headline in title case, or a short sentence standing alone
            "`Velorian Envoy Rejects Border Plan.\n\nThe envoy said the plan was flawed, officials said.` | Velorian Envoy Rejects Border Plan.",
            "`Veloria recalls its ambassador.\n\nVeloria recalled its ambassador to Karsk on Saturday, the ministry said.` | Veloria recalls its ambassador.",
            "`Will the Sella crossing reopen?\n\nOfficials in Karsk said the crossing could reopen within weeks.` | Will the Sella crossing reopen?",
            "`\u201cWe will not yield,\u201d says Velorian envoy\n\nThe envoy said the plan was flawed.` | \u201cWe will not yield,\u201d says Velorian envoy",
            "`Veloria recalls its ambassador.\nPORT AVEN (Kestrel) — Veloria recalled its ambassador.` | Veloria recalls its ambassador.",
            "`Sen. Pell to back the Sella accord.\n\nSen. Ada Pell will back the accord, her office said.` | Sen. Pell to back the Sella accord.",
            "`Game over. Will Pell come down off the fence?\n\nAfter Tuesday, Pell has few options left.` | Game over. Will Pell come down off the fence?",
            "`Velorian Envoy Quotes Old Treaty to Warn Karsk Against ‘Reckless’ Moves.\n\nThe envoy spoke in Port Aven.` | Velorian Envoy Quotes Old Treaty to Warn Karsk Against ‘Reckless’ Moves.",
            "`As the Sella crossing reopens after two years, a look at what changed for the traders who use it every day.\n\nPORT AVEN, June 10 (Kestrel) - Traders returned.` | As the Sella crossing reopens after two years, a look at what changed for the traders who use it every day.",
            // prose from the first line on
            "`Velorian Foreign Minister Ada Pell met Marrovian counterpart Teo Blam in Karsk on Tuesday.\n\nThey discussed grain.` | -",
            "`Veloria recalled its ambassador on Saturday, the ministry said.\n\nNo reason was given.` | -",
            "`Talks resumed on Monday.\nThe envoy said the plan was flawed.\nNobody else spoke.` | -",
            "`\"We will not yield,\" the envoy said.\n\nThe envoy said the plan was flawed.` | -",
            "`PORT AVEN (Kestrel) — Veloria recalled its ambassador.\n\nThe ministry gave no reason.` | -",
            "`Veloria recalls its ambassador` | -",
            "`Minister Ada Pell said on Monday that the talks in Karsk had stalled again. She gave no reason.\n\nMore text.` | -",
    })
    void findsAHeadlineOnlyWhereThereIsOne(String text, String title) {
        assertThat(annotate(text.replace("\\n", "\n")).title()).isEqualTo(title);
    }
}
