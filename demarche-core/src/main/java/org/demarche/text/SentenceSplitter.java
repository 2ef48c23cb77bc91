package org.demarche.text;

/**
 * Finds sentence boundaries by rule: a line break always ends a sentence; '.', '!' and '?' (with any closing
 * quote marks or brackets after them) end one when the next token could start a sentence. Abbreviations
 * and initials never end a sentence because the tokenizer keeps their period inside the word.
 */
public final class SentenceSplitter {

    public Sentences split(String text, Tokens tokens) {
        int n = tokens.size();
        int[] first = new int[Math.max(4, n / 8)];
        int[] last = new int[first.length];
        int size = 0;
        int start = 0;
        for (int i = 0; i < n; i++) {
            boolean end = i == n - 1 || !tokens.adjacentOnLine(i);
            if (!end && isTerminal(tokens, i)) {
                int j = i;
                while (j + 1 < n && tokens.adjacentOnLine(j) && isCloser(tokens, j + 1) && tokens.start(j + 1) == tokens.end(j)) {
                    j++;
                }
                if (j == n - 1 || !tokens.adjacentOnLine(j) || startsSentence(text, tokens, j + 1)) {
                    i = j;
                    end = true;
                }
            }
            if (end) {
                if (size == first.length) {
                    first = java.util.Arrays.copyOf(first, size * 2);
                    last = java.util.Arrays.copyOf(last, size * 2);
                }
                first[size] = start;
                last[size] = i;
                size++;
                start = i + 1;
            }
        }
        return new Sentences(first, last, size, n);
    }

    private static boolean isTerminal(Tokens tokens, int i) {
        return tokens.is(i, '.') || tokens.is(i, '!') || tokens.is(i, '?') || tokens.is(i, '…');
    }

    private static boolean isCloser(Tokens tokens, int i) {
        char c = tokens.first(i);
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == '\u00bb' || c == ')' || c == ']'
                || c == '\u201c' && tokens.end(i) - tokens.start(i) == 1;
    }

    private static boolean startsSentence(String text, Tokens tokens, int i) {
        char c = tokens.first(i);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return true;
        }
        return c == '"' || c == '\u201c' || c == '\u00ab' || c == '\u201e' || c == '\'' || c == '\u2018'
                || c == '(' || c == '[' || c == '\u2014' || c == '\u2015';
    }
}
