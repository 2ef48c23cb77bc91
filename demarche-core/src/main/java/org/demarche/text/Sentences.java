package org.demarche.text;

import java.util.Arrays;

/**
 * Sentence boundaries over a {@link Tokens} layer: sentence {@code s} spans tokens
 * {@code [first(s), last(s)]}. A sentence never crosses a line break, so every sentence lies in one paragraph.
 */
public final class Sentences {
    private final int[] firstToken;
    private final int[] lastToken;
    private final int[] sentenceOfToken;

    Sentences(int[] firstToken, int[] lastToken, int size, int tokenCount) {
        this.firstToken = Arrays.copyOf(firstToken, size);
        this.lastToken = Arrays.copyOf(lastToken, size);
        this.sentenceOfToken = new int[tokenCount];
        for (int s = 0; s < size; s++) {
            Arrays.fill(sentenceOfToken, this.firstToken[s], this.lastToken[s] + 1, s);
        }
    }

    public int size() {
        return firstToken.length;
    }

    public int first(int sentence) {
        return firstToken[sentence];
    }

    public int last(int sentence) {
        return lastToken[sentence];
    }

    /** The sentence that holds token {@code token}. */
    public int of(int token) {
        return sentenceOfToken[token];
    }
}
