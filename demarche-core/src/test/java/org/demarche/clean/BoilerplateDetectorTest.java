package org.demarche.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.demarche.clean.BoilerplateDetector.Kind;
import org.demarche.text.Lines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invented scraped pages about fictional countries; every fixture is written for this test. */
class BoilerplateDetectorTest {
    private final BoilerplateDetector detector = new BoilerplateDetector();

    private List<Kind> kinds(String text) {
        return Arrays.asList(detector.classify(new Lines(text)));
    }

    /** The lines of {@code text} the detector marks, as written. */
    private List<String> marked(String text) {
        Lines lines = new Lines(text);
        boolean[] flags = detector.detect(lines);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                out.add(lines.text(i));
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "All news | NAVIGATION",
            "Latest news: | NAVIGATION",
            "`Home | World | Europe | Business` | NAVIGATION",
            "`News › Politics › Diplomacy` | NAVIGATION",
            "Back to top | NAVIGATION",
            "Comments (12) | NAVIGATION",
            "1,204 views | NAVIGATION",
            "Tags: border talks, grain corridor, Veloria | NAVIGATION",
            "`Қазақ Русский English Français العربية` | LANGUAGE_MENU",
            "`فارسی English Türkçe Español` | LANGUAGE_MENU",
            "`EN | FR | RU | AR` | LANGUAGE_MENU",
            "12:55 - 29/11/2030 Wednesday | DATE_STAMP",
            "2031-March-04\u00a0\u00a008:15 | DATE_STAMP",
            "`Published: 29 November 2030, 10:20 GMT` | DATE_STAMP",
            "`Updated Nov. 29, 2030 4:05 p.m. EST` | DATE_STAMP",
            "2030-11-29T12:55:00Z | DATE_STAMP",
            "6 months ago | RELATIVE_TIME",
            "Updated 3 hours ago | RELATIVE_TIME",
            "an hour ago | RELATIVE_TIME",
            "4 min read | RELATIVE_TIME",
            "© Kestrel Photo/Ada Mirn | CREDIT",
            "© Ada Mirn/VELPRESS | CREDIT",
            "Deputy envoy Lina Castor at the council session Kestrel Photo/Ada Mirn | CREDIT",
            "Trade Minister Teodor Blam arrives for talks in Karsk KESTREL/Ada Mirn | CREDIT",
            "Photo: Kestrel | CREDIT",
            "File Photo | CREDIT",
            "(File photo) | CREDIT",
            "Getty Images | CREDIT",
            "`© 2031 Kestrel News Agency. All rights reserved.` | CREDIT",
            "`FILE PHOTO: Trade Minister Teodor Blam attends a news conference in Karsk, Marrovia, May 5, 2030. KESTREL/Ada Mirn/File Photo` | CREDIT",
            "`FILE PHOTO: Trade Minister Teodor Blam attends a news conference in Karsk, Marrovia, May 5, 2030.` | CAPTION",
            "#Lina Castor | HASHTAGS",
            "#border #talks #Veloria | HASHTAGS",
            "Share | SHARE",
            "Share this article | SHARE",
            "`Facebook Twitter Telegram WhatsApp` | SHARE",
            "`Facebook | X | Email | Copy link` | SHARE",
            "Follow us on Telegram | SHARE",
            "Subscribe to our newsletter | SHARE",
            "`READ MORE: Velorian envoy meets Karsk counterpart` | RELATED",
            "`Read also: Marrovia and Veloria sign grain deal.` | RELATED",
            "`See also - Border talks: what we know` | RELATED",
            "Related articles | NAVIGATION",
            "By Ada Mirn | BYLINE",
            "`By Ada Mirn and Teo Blam, Kestrel` | BYLINE",
            "`(Reporting by Ada Mirn; Editing by Teo Blam)` | BYLINE",
            "`Reporting by Ada Mirn in Karsk; writing by Teo Blam; editing by Ines Marrow.` | BYLINE",
            "`Kestrel reporter Ada Mirn contributed to this report.` | BYLINE",
            "`We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.` | COOKIE_NOTICE",
            "`This website uses cookies to ensure you get the best experience.` | COOKIE_NOTICE",
            "Accept all cookies | COOKIE_NOTICE",
            "Cookie settings | COOKIE_NOTICE",
            "Все новости | NAVIGATION",
            "Поделиться | SHARE",
            "`Читайте также: Караванский посол покинул Карск` | RELATED",
            "`Фото: Кестрел` | CREDIT",
            "6 месяцев назад | RELATIVE_TIME",
            "3 часа назад | RELATIVE_TIME",
    })
    void recognisesEachKindOfFurniture(String line, Kind expected) {
        assertThat(BoilerplateDetector.classifyLine(line)).as(line).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "He declined to comment.",
            "Talks resume Monday.",
            "No one was hurt.",
            "10 people died.",
            "Yes.",
            "\"We are ready,\" Minister Oren Vasku said.",
            "\u201cNever,\u201d she said.",
            "\u201cPeace is within reach.\u201d",
            "\"We will not back down\"",
            "\u201cThe border stays open, and it stays open for everyone\u201d",
            "The ministry said 10 people were detained on Tuesday.",
            "Read the statement, he urged, and judge for yourself.",
            "Share prices in Karsk fell 3% on Monday.",
            "Follow-up talks are planned for next month.",
            "By Monday, the two sides had agreed on a text.",
            "World leaders gathered in Port Aven on Friday.",
            "Photographs of the meeting were released later.",
            "The regulator said websites must ask users before placing cookies.",
            "Home Minister Ada Pell said the border would stay open.",
            "English and French are the official languages of Veloria.",
            "The word \u00abмир\u00bb means both peace and world, Pell said.",
            "The ministry called the Karsk/Veloria border deal a mistake.",
            "PORT AVEN, March 3. /VELPRESS/. A return to talks is still far off, Velorian deputy envoy Lina Castor said.",
            "KARSK (MNA)- Trade Minister Teodor Blam said on Tuesday that grain talks had stalled.",
            "Velorian envoy sees no quick return to border talks",
            "Karsk-Veloria ties unlikely to improve, says senior diplomat",
            "Marrovia Says Grain Corridor Talks Between Karsk, Veloria Have Stalled",
            "On December 17, 2029, the ministry published draft agreements on security guarantees.",
            "Reporting by the Karsk Herald showed that the ministry had known for months.",
            "We use this opportunity to thank our partners, the minister said.",
            "Windows\u3067\u306e\u64cd\u4f5c\u65b9\u6cd5\u3067\u3059\u3002",
            "Посол заявил, что переговоры зашли в тупик.",
            "Новости из Карска пришли только вечером.",
    })
    void neverMarksProse(String line) {
        assertThat(BoilerplateDetector.classifyLine(line)).as(line).isNull();
        assertThat(marked("Veloria talks\n\n" + line + "\n\nThe envoy left Karsk on Friday after two days of talks.")).isEmpty();
    }

    @Test
    void marksACaptionNextToItsCreditAndTheCaptionTheScraperRepeated() {
        String page = """
                Deputy envoy Lina Castor said a return to talks was still far off
                Deputy envoy Lina Castor at the council session Kestrel Photo/Ada Mirn
                Deputy envoy Lina Castor at the council session
                © Kestrel Photo/Ada Mirn

                PORT AVEN, March 3. /VELPRESS/. A return to talks on the border is still far off, Lina Castor said.
                """;
        assertThat(kinds(page)).containsExactly(null, Kind.CREDIT, Kind.CAPTION, Kind.CREDIT, null, null, null);
    }

    @Test
    void aCaptionBelowABareCreditIsMarkedButNotAProseParagraphAfterABlankLine() {
        String page = """
                © Ada Mirn/VELPRESS
                Marrovian Trade Minister Teodor Blam in Karsk

                Teodor Blam said the corridor would reopen.
                """;
        assertThat(kinds(page)).containsExactly(Kind.CREDIT, Kind.CAPTION, null, null, null);
    }

    @Test
    void aRunOfShortUnpunctuatedLinesIsAMenu() {
        String page = "Home\nNews\nSport\nWeather\n\nVeloria and Karsk agree to reopen the border crossing at Sella\n\n"
                + "The two governments said the crossing would reopen on Monday.";
        assertThat(marked(page)).containsExactly("Home", "News", "Sport", "Weather");
    }

    @Test
    void twoShortLinesAreNotYetAMenu() {
        String page = "Grain talks\nMarrovia\n\nThe two governments said the crossing would reopen on Monday.";
        assertThat(marked(page)).isEmpty();
    }

    @Test
    void aScrapedPageKeepsItsProseAndLosesItsFurniture() {
        String page = """
                فارسی Қазақ English Français
                World
                2031-March-04\u00a0\u00a019:46

                Marrovia Says Grain Corridor Talks With Veloria Have Stalled

                KARSK (MNA)- No reason to resume talks soon, Marrovian Trade Minister Teodor Blam said on Tuesday.

                "So far, I see no reason to negotiate further," Blam said.

                READ MORE: Veloria recalls its ambassador to Karsk
                Share
                Facebook Twitter Telegram
                #Teodor Blam
                6 months ago
                """;
        assertThat(marked(page)).containsExactly("فارسی Қазақ English Français", "World", "2031-March-04\u00a0\u00a019:46",
                "READ MORE: Veloria recalls its ambassador to Karsk", "Share", "Facebook Twitter Telegram", "#Teodor Blam",
                "6 months ago");
    }

    @Test
    void detectKeepsOneFlagPerLineSoOffsetsStillPointIntoTheOriginalText() {
        String page = "All news\r\n\r\nVelorian envoy sees no quick return to talks\r\n\r\n© Kestrel Photo/Ada Mirn\r\n";
        Lines lines = new Lines(page);
        boolean[] flags = detector.detect(lines);
        assertThat(flags).hasSize(lines.size()).containsExactly(true, false, false, false, true, false);
        assertThat(page.substring(lines.start(4), lines.end(4))).isEqualTo("© Kestrel Photo/Ada Mirn");
    }
}
