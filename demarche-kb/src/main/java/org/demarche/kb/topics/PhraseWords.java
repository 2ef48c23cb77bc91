package org.demarche.kb.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text or of a taxonomy phrase: runs of letters and digits (a hyphen or any other punctuation
 * separates; a possessive 's is dropped), each with its lower-case form and whether it is all capitals.
 */
final class PhraseWords {
    /** A word as written and in lower case; {@code capitals} when it has two or more letters, all upper case. */
    record Word(String lower, boolean capitals, boolean prefix) {
    }

    private PhraseWords() {
    }

    /** The words of a text. */
    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            String w = text.substring(start, i);
            boolean prefix = i < n && text.charAt(i) == '*';
            words.add(new Word(w.toLowerCase(Locale.ROOT), isCapitals(w), prefix));
            if (i + 1 < n && isApostrophe(text.charAt(i)) && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                i += 2;
            }
        }
        return words;
    }

    /** What is wrong with a taxonomy phrase, or null. */
    static String problem(String phrase) {
        List<Word> words = of(phrase);
        if (words.isEmpty()) {
            return "the phrase '" + phrase + "' has no words";
        }
        for (Word w : words) {
            if (w.prefix() && w.lower().length() < 3) {
                return "'" + w.lower() + "*' in '" + phrase + "' is too short a stem; give at least three letters";
            }
        }
        return null;
    }

    private static boolean isCapitals(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
