package org.demarche.attribution.learned;

/**
 * The feature hashing of the reported-speech model: a case-folded FNV-1a hash of a token's characters, read
 * straight from the text (no String per token), and an integer mixer that combines a template id with its
 * values. Fixed functions, so a model file trained once scores identically on every JVM.
 */
final class Hash {
    private Hash() {
    }

    /** The hash of no characters: {@link #step} folds the characters in one by one. */
    static final int EMPTY = 0x811c9dc5;

    /** Case-folded FNV-1a of {@code text[start, end)}. */
    static int of(CharSequence text, int start, int end) {
        int h = EMPTY;
        for (int i = start; i < end; i++) {
            h = step(h, text.charAt(i));
        }
        return h;
    }

    /** Case-folded FNV-1a of {@code chars[start, end)}: the same hash as {@link #of(CharSequence, int, int)}. */
    static int of(char[] chars, int start, int end) {
        int h = EMPTY;
        for (int i = start; i < end; i++) {
            h = step(h, chars[i]);
        }
        return h;
    }

    /** The hash {@code h} of some characters extended by {@code c}. */
    static int step(int h, char c) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
        } else {
            c = Character.toLowerCase(c);
        }
        return (h ^ c) * 0x01000193;
    }

    /** The hash of a constant word, equal to {@link #of} over the same characters. */
    static int of(String word) {
        return of(word, 0, word.length());
    }

    /** The murmur3 finaliser: spreads every input bit over the result. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    static int feature(int template, int a) {
        return mix(template * 0x9e3779b1 + a * 0x85ebca6b);
    }

    static int feature(int template, int a, int b) {
        return mix(template * 0x9e3779b1 + a * 0x85ebca6b + Integer.rotateLeft(b * 0xc2b2ae35, 13));
    }

    static int feature(int template, int a, int b, int c) {
        return mix(template * 0x9e3779b1 + a * 0x85ebca6b + Integer.rotateLeft(b * 0xc2b2ae35, 13)
                + Integer.rotateLeft(c * 0x27d4eb2f, 23));
    }
}
