package org.demarche.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void mergesTheUsualTransliterationVariants() {
        assertThat(NameKey.of("Vaskiy")).isEqualTo(NameKey.of("Vasky")).isEqualTo(NameKey.of("Vaskii")).isEqualTo("vasky");
        assertThat(NameKey.of("Sergei")).isEqualTo(NameKey.of("Sergey"));
        assertThat(NameKey.of("Kharlov")).isEqualTo(NameKey.of("Harlov"));
        assertThat(NameKey.of("Jelena")).isEqualTo(NameKey.of("Yelena")).isEqualTo("elena");
        assertThat(NameKey.of("Ke\u00dfler-\u00d6sterberg")).isEqualTo("kelerosterberg"); // ß has no ASCII letters
        assertThat(NameKey.of("Vask\u00fd")).isEqualTo("vasky");
        assertThat(NameKey.surname("  Foreign Minister\tOren  Vasku ")).isEqualTo("vasku");
        assertThat(NameKey.surname("")).isEmpty();
    }

    @Test
    void agreesWithTheRegularExpressionRulesOnRandomWords() {
        String[] pieces = {"a", "e", "i", "o", "u", "y", "j", "k", "h", "kh", "iy", "ii", "yi", "yy", "ye", "ya", "yu", "io",
                "iya", "s", "v", "l", "n", "A", "I", "Y", "J", "K", "H", "\u00e9", "\u00ef", "\u00fd", "\u0130", "\u212a", "\u00df",
                "\u0451", "\u0416", "-", "'", " ", "\t", "\u2003", "1", "\ud835\udc00", "\u0301"};
        Random random = new Random(42);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder word = new StringBuilder();
            int n = random.nextInt(9);
            for (int k = 0; k < n; k++) {
                word.append(pieces[random.nextInt(pieces.length)]);
            }
            String w = word.toString();
            assertThat(NameKey.of(w)).as("key of '%s'", w).isEqualTo(reference(w));
            assertThat(NameKey.surname(w)).as("surname key of '%s'", w).isEqualTo(referenceSurname(w));
        }
    }

    /** The rules as first written, with regular expressions. */
    private static String reference(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^a-z]", "");
        s = s.replace('j', 'y').replace("kh", "h");
        s = s.replaceAll("iy?(?=[aou])", "y");
        s = s.replace("ye", "e");
        s = s.replaceAll("(?<=[aeiou])y(?=[^aeiouy])", "i");
        s = s.replaceAll("(iy|ii|yi|yy|i|y)$", "y");
        return s;
    }

    private static String referenceSurname(String name) {
        String[] words = name.strip().split("[\\s]+");
        return reference(words[words.length - 1]);
    }
}
