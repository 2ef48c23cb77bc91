package org.demarche.text;

import java.util.Set;

/**
 * Splits text into words, numbers and punctuation. Words keep internal hyphens and apostrophes
 * ("good-faith", "don't"); a possessive "'s" becomes a token of its own so "Zelenskyy's" yields the name.
 * Abbreviations and initials keep their period ("U.S.", "Mr.", "J."), which keeps them out of sentence breaks.
 */
public final class Tokenizer {
    // The character tests below are the Character methods they name; for ASCII, the most common case by far,
    // their answers are looked up in tables filled from those same methods.
    private static final byte SPACE = 1;  // isWhitespace || '\u00a0' || isSpaceChar
    private static final byte LETTER = 2; // isLetter
    private static final byte DIGIT = 4;  // isDigit
    private static final byte WORD = 8;   // isLetterOrDigit || getType == NON_SPACING_MARK
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Character.isWhitespace(c) || c == '\u00a0' || Character.isSpaceChar(c) ? SPACE : 0)
                    | (Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK ? WORD : 0));
        }
    }

    private static boolean isSpace(char c) {
        return c < 128 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c) || c == '\u00a0' || Character.isSpaceChar(c);
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? (ASCII[c] & WORD) != 0
                : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private final Set<String> abbreviations;

    public Tokenizer(Set<String> abbreviations) {
        // A hash table: most words looked up are not abbreviations, and it answers a miss fastest.
        this.abbreviations = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(abbreviations));
    }

    public Tokens tokenize(String source) {
        char[] text = source.toCharArray(); // scanned char by char: an array is faster than charAt
        int n = text.length;
        int[] starts = new int[Math.max(16, n / 4)];
        int[] ends = new int[starts.length];
        byte[] kinds = new byte[starts.length];
        int size = 0;
        int i = 0;
        while (i < n) {
            char c = text[i];
            int end;
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (isLetter(c)) {
                end = wordEnd(text, i);
            } else if (isDigit(c)) {
                end = numberEnd(text, i);
            } else if (c == '\'' && i + 1 < n && text[i + 1] == '\'') {
                end = i + 2; // typewriter double quote written as two apostrophes
            } else if (isApostrophe(c) && isPossessive(text, i) && i > 0 && isLetter(text[i - 1])) {
                end = i + 2; // the possessive "'s" as a token of its own
            } else if (c == '.' && i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.') {
                end = i + 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                end = i + 2;
            } else {
                end = i + 1;
            }
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
                kinds = java.util.Arrays.copyOf(kinds, size * 2);
            }
            starts[size] = i;
            ends[size] = end;
            kinds[size] = Tokens.kindOf(c);
            size++;
            i = end;
        }
        return new Tokens(source, starts, ends, kinds, size);
    }

    private int wordEnd(char[] text, int start) {
        int n = text.length;
        int i = start;
        while (i < n) {
            char c = text[i];
            if (isWordChar(c)) {
                i++;
            } else if ((c == '-' || c == '\u2011') && i + 1 < n && isLetterOrDigit(text[i + 1])) {
                i++;
            } else if (isApostrophe(c) && i + 1 < n && isLetter(text[i + 1]) && !isPossessive(text, i)) {
                i++;
            } else if (c == '.' && i + 1 < n && isLetter(text[i + 1]) && (i - segmentStart(text, start, i) <= 2
                    && isLetter(text[i - 1]) || Character.isLowerCase(text[i - 1]) && Character.isLowerCase(text[i + 1]))) {
                i++; // U.S, a.m, U.N inside an abbreviation; N.Y in "D-N.Y."; a web address
            } else {
                break;
            }
        }
        if (i < n && text[i] == '.' && isAbbreviation(new String(text, start, i - start))) {
            i++;
        }
        return i;
    }

    /** Where the current segment of a word starts: after its last hyphen or period. */
    private static int segmentStart(char[] text, int start, int i) {
        int k = i;
        while (k > start && text[k - 1] != '-' && text[k - 1] != '.') {
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

    private static boolean isPossessive(char[] text, int apostrophe) {
        int after = apostrophe + 1;
        if (after >= text.length || Character.toLowerCase(text[after]) != 's') {
            return false;
        }
        return after + 1 >= text.length || !isLetter(text[after + 1]);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }

    private static int numberEnd(char[] text, int start) {
        int n = text.length;
        int i = start;
        while (i < n) {
            char c = text[i];
            if (isLetterOrDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.' || c == ':' || c == '/' || c == '-') && i + 1 < n
                    && isDigit(text[i + 1])) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
