package org.demarche.text;

import java.util.Arrays;

/**
 * The tokens of a text as parallel offset arrays (a dense layer: no object per token).
 * Token {@code i} covers {@code text.substring(start(i), end(i))}.
 */
public final class Tokens {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    Tokens(String text, int[] starts, int[] ends, int size) {
        this.text = text;
        this.starts = Arrays.copyOf(starts, size);
        this.ends = Arrays.copyOf(ends, size);
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
        return text.substring(starts[i], ends[i]);
    }

    public String lower(int i) {
        return text(i).toLowerCase(java.util.Locale.ROOT);
    }

    public char first(int i) {
        return text.charAt(starts[i]);
    }

    public boolean isWord(int i) {
        return Character.isLetter(text.charAt(starts[i]));
    }

    public boolean isNumber(int i) {
        return Character.isDigit(text.charAt(starts[i]));
    }

    public boolean isCapitalized(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
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

    /** Whether only spaces separate token {@code i} from token {@code i + 1}. */
    public boolean adjacentOnLine(int i) {
        for (int k = ends[i]; k < starts[i + 1]; k++) {
            if (text.charAt(k) == '\n') {
                return false;
            }
        }
        return true;
    }
}
