package org.demarche.text;

import java.util.Set;

/**
 * Splits text into words, numbers and punctuation. Words keep internal hyphens and apostrophes
 * ("good-faith", "don't"); a possessive "'s" becomes a token of its own so "Zelenskyy's" yields the name.
 * Abbreviations and initials keep their period ("U.S.", "Mr.", "J."), which keeps them out of sentence breaks.
 */
public final class Tokenizer {
    private final Set<String> abbreviations;

    public Tokenizer(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    public Tokens tokenize(String text) {
        int n = text.length();
        int[] starts = new int[Math.max(16, n / 4)];
        int[] ends = new int[starts.length];
        int size = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            if (Character.isWhitespace(c) || c == '\u00a0' || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (Character.isLetter(c)) {
                end = wordEnd(text, i);
            } else if (Character.isDigit(c)) {
                end = numberEnd(text, i);
            } else if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                end = i + 2; // typewriter double quote written as two apostrophes
            } else if (isApostrophe(c) && isPossessive(text, i) && i > 0 && Character.isLetter(text.charAt(i - 1))) {
                end = i + 2; // the possessive "'s" as a token of its own
            } else if (c == '.' && text.startsWith("...", i)) {
                end = i + 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                end = i + 2;
            } else {
                end = i + 1;
            }
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            starts[size] = i;
            ends[size] = end;
            size++;
            i = end;
        }
        return new Tokens(text, starts, ends, size);
    }

    private int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '-' || c == '\u2011') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
            } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && !isPossessive(text, i)) {
                i++;
            } else if (c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && (i - segmentStart(text, start, i) <= 2
                    && Character.isLetter(text.charAt(i - 1))
                    || Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i + 1)))) {
                i++; // U.S, a.m, U.N inside an abbreviation; N.Y in "D-N.Y."
            } else {
                break;
            }
        }
        if (i < n && text.charAt(i) == '.' && isAbbreviation(text.substring(start, i))) {
            i++;
        }
        return i;
    }

    /** Where the current segment of a word starts: after its last hyphen or period. */
    private static int segmentStart(String text, int start, int i) {
        int k = i;
        while (k > start && text.charAt(k - 1) != '-' && text.charAt(k - 1) != '.') {
            k--;
        }
        return k;
    }

    private boolean isAbbreviation(String word) {
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "John J. Sullivan"
        }
        if (word.indexOf('.') > 0) {
            return true; // "U.S" of "U.S."
        }
        return abbreviations.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isPossessive(String text, int apostrophe) {
        int after = apostrophe + 1;
        if (after >= text.length() || Character.toLowerCase(text.charAt(after)) != 's') {
            return false;
        }
        return after + 1 >= text.length() || !Character.isLetter(text.charAt(after + 1));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }

    private static int numberEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.' || c == ':' || c == '/' || c == '-') && i + 1 < n
                    && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
