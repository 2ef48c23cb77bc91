package org.demarche.people;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name to a key that is the same for the usual spelling variants of one name, so "Polyanskiy" and
 * "Polyansky", "Zelenskyy" and "Zelensky", "Sergei" and "Sergey" meet. Works on one word at a time.
 *
 * <p>The rules, in order, on the word folded to lower-case ASCII letters (accents dropped, anything else removed):
 * j becomes y and kh becomes h; "i" or "iy" before a, o or u becomes "y"; "ye" becomes "e"; a "y" between a vowel
 * and a consonant becomes "i"; a final i, y or pair of them becomes one "y". They are applied with plain loops:
 * keys are computed for every name in every article, and regular expressions made this a hot spot.
 */
public final class NameKey {
    private NameKey() {
    }

    /** The folded key of one word of a name: lower case, no accents, transliteration variants merged. */
    public static String of(String word) {
        char[] s = fold(word);
        int n = s.length;
        // j -> y
        for (int i = 0; i < n; i++) {
            if (s[i] == 'j') {
                s[i] = 'y';
            }
        }
        // kh -> h (left to right, no overlaps)
        n = replacePair(s, n, 'k', 'h', 'h');
        // i, or iy, before a, o or u -> y
        int w = 0;
        for (int r = 0; r < n; ) {
            if (s[r] == 'i' && r + 2 < n && s[r + 1] == 'y' && isAou(s[r + 2])) {
                s[w++] = 'y';
                r += 2;
            } else if (s[r] == 'i' && r + 1 < n && isAou(s[r + 1])) {
                s[w++] = 'y';
                r += 1;
            } else {
                s[w++] = s[r++];
            }
        }
        n = w;
        // ye -> e
        n = replacePair(s, n, 'y', 'e', 'e');
        // y after a vowel and before a consonant -> i (both neighbours as they were before this rule)
        boolean previousVowel = false;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            boolean vowel = isVowel(c);
            if (c == 'y' && previousVowel && i + 1 < n && !isVowel(s[i + 1]) && s[i + 1] != 'y') {
                s[i] = 'i';
            }
            previousVowel = vowel;
        }
        // a final i, y or pair of them -> y
        if (n >= 2 && isIy(s[n - 2]) && isIy(s[n - 1])) {
            s[n - 2] = 'y';
            n--;
        } else if (n >= 1 && isIy(s[n - 1])) {
            s[n - 1] = 'y';
        }
        return new String(s, 0, n);
    }

    /** The key of a full name's last word, the surname in Western and Russian order alike. */
    public static String surname(String name) {
        String s = name.strip();
        int i = s.length();
        while (i > 0 && !isRegexSpace(s.charAt(i - 1))) {
            i--;
        }
        return of(s.substring(i));
    }

    /**
     * Lower-case ASCII letters of the word: accents dropped (NFKD, marks removed), Cyrillic romanised close to the
     * BGN/PCGN system the wires use (so "Рябков" folds as "Ryabkov" does), everything else removed.
     */
    private static char[] fold(String word) {
        int n = word.length();
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) {
            ascii = word.charAt(i) < 0x80;
        }
        String s = ascii ? word
                : Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' && ascii) {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (c >= '\u0430' && c <= '\u044f' || c >= '\u0450' && c <= '\u045f' || c == '\u0491') {
                boolean afterVowel = i == 0 || AFTER_VOWEL.indexOf(s.charAt(i - 1)) >= 0;
                out.append(c == '\u0435' && afterVowel ? "ye" : CYRILLIC_TO_LATIN.getOrDefault(c, ""));
            }
        }
        char[] folded = new char[out.length()];
        out.getChars(0, folded.length, folded, 0);
        return folded;
    }

    /** Cyrillic letters (after NFKD: й and ё are и and е) in Latin, as score_quotes.py romanises them. */
    private static final java.util.Map<Character, String> CYRILLIC_TO_LATIN = cyrillicToLatin();
    /** After these (or at the start of a word) "е" is written "ye": Yevgeny, Dmitriyev. */
    private static final String AFTER_VOWEL = "аеиоуыэюяіїєьъ ";

    private static java.util.Map<Character, String> cyrillicToLatin() {
        String letters = "абвгдежзиклмнопрстуфхцчшщъыьэюяієїґў";
        String[] latin = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
            "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye", "yi", "g", "w"};
        java.util.Map<Character, String> map = new java.util.HashMap<>();
        for (int i = 0; i < letters.length(); i++) {
            map.put(letters.charAt(i), latin[i]);
        }
        return java.util.Map.copyOf(map);
    }

    /** Replaces each pair {@code ab} by {@code c}, left to right without overlaps; returns the new length. */
    private static int replacePair(char[] s, int n, char a, char b, char c) {
        int w = 0;
        for (int r = 0; r < n; ) {
            if (s[r] == a && r + 1 < n && s[r + 1] == b) {
                s[w++] = c;
                r += 2;
            } else {
                s[w++] = s[r++];
            }
        }
        return w;
    }

    private static boolean isAou(char c) {
        return c == 'a' || c == 'o' || c == 'u';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isIy(char c) {
        return c == 'i' || c == 'y';
    }

    /** The characters of the regular expression class {@code \s}, which separated the words of a name. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
