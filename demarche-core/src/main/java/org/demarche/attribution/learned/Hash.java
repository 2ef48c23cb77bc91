package org.demarche.attribution.learned;

/**
 * The feature hashing of the reported-speech model: a case-folded FNV-1a hash of a token's characters, read
 * straight from the text (no String per token), and an integer mixer that combines a template id with its
 * values. Fixed functions, so a model file trained once scores identically on every JVM.
 */
final class Hash {
    private Hash() {
    }

    /** Case-folded FNV-1a of {@code text[start, end)}. */
    static int of(CharSequence text, int start, int end) {
        int h = 0x811c9dc5;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c += 32;
                }
            } else {
                c = Character.toLowerCase(c);
            }
            h ^= c;
            h *= 0x01000193;
        }
        return h;
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
