package org.demarche.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sentences are invented. */
class LanguageDetectorTest {
    private final LanguageDetector detector = LanguageDetector.get();

    @Test
    void tellsTheLanguagesOfNewsWireText() {
        assertThat(detector.detect("The foreign minister of Vestravia said on Tuesday that the talks with Kaldoria"
                + " would resume next week in Geneva, and that the delegation was ready to travel.")).isEqualTo("en");
        assertThat(detector.detect("Министр иностранных дел Вестравии заявил во вторник, что переговоры с Калдорией"
                + " возобновятся на следующей неделе в Женеве.")).isEqualTo("ru");
        assertThat(detector.detect("Міністр закордонних справ Вестравії заявив у вівторок, що переговори з Калдорією"
                + " відновляться наступного тижня в Женеві.")).isEqualTo("uk");
        assertThat(detector.detect("Le ministre des Affaires étrangères de la Vestravie a déclaré mardi que les"
                + " négociations avec la Kaldorie reprendraient la semaine prochaine à Genève.")).isEqualTo("fr");
        assertThat(detector.detect("Der Außenminister Vestraviens sagte am Dienstag, die Verhandlungen mit Kaldorien"
                + " würden nächste Woche in Genf fortgesetzt.")).isEqualTo("de");
    }

    @Test
    void bulgarianCyrillicIsNotTakenForRussian() {
        assertThat(detector.detect("Министърът на външните работи на Вестравия заяви във вторник, че преговорите с"
                + " Калдория ще бъдат подновени следващата седмица в Женева.")).isEqualTo("bg");
    }

    @Test
    void aTextTooShortToTellKeepsTheGuessFromItsScript() {
        assertThat(detector.detect("Да.")).isEqualTo("ru");
        assertThat(detector.detect("Oui.")).isEqualTo("en");
        assertThat(detector.detect("")).isEqualTo("en");
        assertThat(detector.detect("2026-05-04 12:00 ***")).isEqualTo("en");
    }

    @Test
    void readsOnlyTheBeginningOfALongText() {
        String russian = "Министр иностранных дел Вестравии заявил, что переговоры с Калдорией продолжатся. ";
        String english = "The minister said that the talks with Kaldoria would go on and that both sides were ready. ";
        assertThat(detector.detect(russian.repeat(10) + english.repeat(1_000))).isEqualTo("ru");
        assertThat(detector.detect(english.repeat(10) + russian.repeat(1_000))).isEqualTo("en");
    }

    @Test
    void aDeclaredTagIsReadAsItsPrimarySubtagInTwoLetters() {
        assertThat(LanguageDetector.fromTag("ru-RU")).isEqualTo("ru");
        assertThat(LanguageDetector.fromTag(" ru_RU ")).isEqualTo("ru");
        assertThat(LanguageDetector.fromTag("RUS")).isEqualTo("ru");
        assertThat(LanguageDetector.fromTag("en-GB")).isEqualTo("en");
        assertThat(LanguageDetector.fromTag("Russian")).isNull();
        assertThat(LanguageDetector.fromTag("")).isNull();
        assertThat(LanguageDetector.fromTag(null)).isNull();
    }

    @Test
    void neverCutsACharacterOutsideTheBasicPlaneInTwo() {
        String emoji = "\ud83d\ude00";
        for (int cut : new int[] {LanguageDetector.PREFIX, LanguageDetector.MODEL_PREFIX}) {
            String text = "Lorem ipsum dolor sit amet ".repeat(30).substring(0, cut - 1) + emoji + " consectetur";
            assertThat(detector.detect(text)).as("emoji across character %d", cut).matches("[a-z]{2,3}");
        }
    }
}
