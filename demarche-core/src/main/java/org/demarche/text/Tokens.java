package org.demarche.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of a text as parallel offset arrays (a dense layer: no object per token).
 * Token {@code i} covers {@code text.substring(start(i), end(i))}; its text and lower-case form are made once,
 * when first asked for.
 */
public final class Tokens {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    // Token strings are asked for again and again (word lists, rules); each is made once, on first use. A cache
    // belongs to one document, read by one thread; were two threads to race, both would store equal strings.
    private String[] texts;
    private String[] lowers;

    /** Per token: {@link #WORD}, {@link #NUMBER} and {@link #CAPITALIZED} of its first character. */
    private final byte[] kinds;
    /** Whether a line break lies between token {@code i} and token {@code i + 1}. */
    private final boolean[] lineBreakAfter;
    private static final byte WORD = 1;
    private static final byte NUMBER = 2;
    private static final byte CAPITALIZED = 4;

    Tokens(String text, int[] starts, int[] ends, byte[] kinds, int size) {
        this.text = text;
        this.starts = Arrays.copyOf(starts, size);
        this.ends = Arrays.copyOf(ends, size);
        this.kinds = Arrays.copyOf(kinds, size);
        // One flag per gap between tokens (size - 1 of them, so asking after the last token fails as it always did).
        this.lineBreakAfter = new boolean[Math.max(0, size - 1)];
        for (int i = 0; i + 1 < size; i++) {
            for (int k = this.ends[i]; k < this.starts[i + 1]; k++) {
                if (text.charAt(k) == '\n') {
                    lineBreakAfter[i] = true;
                    break;
                }
            }
        }
    }

    /** The classes of a token that starts with {@code c}. */
    static byte kindOf(char c) {
        if (c < 128) {
            return ASCII_KINDS[c];
        }
        return (byte) ((Character.isLetter(c) ? WORD : 0) | (Character.isDigit(c) ? NUMBER : 0)
                | (Character.isUpperCase(c) ? CAPITALIZED : 0));
    }

    private static final byte[] ASCII_KINDS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KINDS[c] = (byte) ((Character.isLetter(c) ? WORD : 0) | (Character.isDigit(c) ? NUMBER : 0)
                    | (Character.isUpperCase(c) ? CAPITALIZED : 0));
        }
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public String text(int i) {
        String[] cache = texts;
        if (cache == null) {
            cache = texts = new String[starts.length];
        }
        String s = cache[i];
        if (s == null) {
            s = text.substring(starts[i], ends[i]);
            cache[i] = s;
        }
        return s;
    }

    /** The token in lower case ({@link Locale#ROOT}). */
    public String lower(int i) {
        String[] cache = lowers;
        if (cache == null) {
            cache = lowers = new String[starts.length];
        }
        String s = cache[i];
        if (s == null) {
            s = text(i).toLowerCase(Locale.ROOT);
            cache[i] = s;
        }
        return s;
    }

    public char first(int i) {
        return text.charAt(starts[i]);
    }

    /** Whether the token's first character is {@link Character#isLetter(char)}. */
    public boolean isWord(int i) {
        return (kinds[i] & WORD) != 0;
    }

    /** Whether the token's first character is {@link Character#isDigit(char)}. */
    public boolean isNumber(int i) {
        return (kinds[i] & NUMBER) != 0;
    }

    /** Whether the token's first character is {@link Character#isUpperCase(char)}. */
    public boolean isCapitalized(int i) {
        return (kinds[i] & CAPITALIZED) != 0;
    }

    /** True when the token is the single character {@code c}. */
    public boolean is(int i, char c) {
        return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == c;
    }

    /** True when the token equals {@code word}, ignoring case. */
    public boolean is(int i, String word) {
        return ends[i] - starts[i] == word.length() && text.regionMatches(true, starts[i], word, 0, word.length());
    }

    /** The index of the first token starting at or after {@code offset}, or {@link #size()} if none. */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the last token ending at or before {@code offset}, or -1 if none. */
    public int lastEndingBy(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Whether only spaces separate token {@code i} from token {@code i + 1} (no line break between them). */
    public boolean adjacentOnLine(int i) {
        return !lineBreakAfter[i];
    }
}
