package org.demarche.people;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name to a key that is the same for the usual spelling variants of one name, so "Polyanskiy" and
 * "Polyansky", "Zelenskyy" and "Zelensky", "Sergei" and "Sergey" meet. Works on one word at a time.
 */
public final class NameKey {
    private NameKey() {
    }

    /** The folded key of one word of a name: lower case, no accents, transliteration variants merged. */
    public static String of(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^a-z]", "");
        s = s.replace('j', 'y').replace("kh", "h");
        s = s.replaceAll("iy?(?=[aou])", "y");
        s = s.replace("ye", "e");
        s = s.replaceAll("(?<=[aeiou])y(?=[^aeiouy])", "i");
        s = s.replaceAll("(iy|ii|yi|yy|i|y)$", "y");
        return s;
    }

    /** The key of a full name's last word, the surname in Western and Russian order alike. */
    public static String surname(String name) {
        String[] words = name.strip().split("[\\s]+");
        return of(words[words.length - 1]);
    }
}
