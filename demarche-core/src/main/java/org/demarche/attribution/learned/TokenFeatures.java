package org.demarche.attribution.learned;

import org.demarche.pipeline.Document;
import org.demarche.quotes.QuotedSpan;
import org.demarche.text.Sentences;
import org.demarche.text.Tokens;

/**
 * What the taggers read of each token, computed once per document into primitive arrays: the case-folded word
 * hash, a suffix hash, a coarse shape, whether quote marks enclose it, its sentence and paragraph, and running
 * comma counts. Every feature of both taggers is a mix of these numbers, so scoring allocates no strings.
 */
final class TokenFeatures {
    static final byte LOWER = 0;
    static final byte CAPITALIZED = 1;
    static final byte UPPER = 2;
    static final byte NUMBER = 3;
    static final byte COMMA = 4;
    static final byte TERMINAL = 5;
    static final byte QUOTE = 6;
    static final byte COLON = 7;
    static final byte DASH = 8;
    static final byte OPEN = 9;
    static final byte CLOSE = 10;
    static final byte OTHER = 11;
    /** Shape of the positions before the first and after the last token. */
    static final byte EDGE = 12;

    /** Word hash of positions outside the document. */
    static final int NONE = Hash.of("<none>");

    final int size;
    final int[] word;
    final int[] suffix;
    /** The hash of the first four letters: "criti" of "criticized" and "criticism". */
    final int[] prefix;
    /** The lemma hash of a listed attribution word, else the word hash. */
    final int[] lemma;
    /** The class of a listed attribution word ({@link CueWords}), else 0. */
    final byte[] cueClass;
    /** {@code plain[i]}: unquoted word tokens among {@code [0, i)}; length {@code size + 1}. */
    final int[] plain;
    final byte[] shape;
    final boolean[] quoted;
    final int[] sentence;
    final int[] sentenceFirst;
    final int[] sentenceLast;
    final int[] line;
    final int[] lineFirst;
    final int[] lineLast;
    /** {@code commas[i]}: commas among tokens {@code [0, i)}; length {@code size + 1}. */
    final int[] commas;
    /** {@code breaks[i]}: clause-breaking punctuation (colons, semicolons, dashes, brackets) among {@code [0, i)}. */
    final int[] breaks;

    TokenFeatures(Document doc) {
        Tokens tokens = doc.tokens();
        String text = doc.text();
        int n = tokens.size();
        size = n;
        word = new int[n];
        suffix = new int[n];
        prefix = new int[n];
        lemma = new int[n];
        cueClass = new byte[n];
        plain = new int[n + 1];
        shape = new byte[n];
        quoted = new boolean[n];
        sentence = new int[n];
        sentenceFirst = new int[n];
        sentenceLast = new int[n];
        line = new int[n];
        lineFirst = new int[n];
        lineLast = new int[n];
        commas = new int[n + 1];
        breaks = new int[n + 1];
        char[] chars = text.toCharArray();
        for (int i = 0; i < n; i++) {
            int s = tokens.start(i);
            int e = tokens.end(i);
            // The word and its first four letters in one pass: the prefix hash is the word's hash after four steps.
            int h = Hash.EMPTY;
            int firstFour = h;
            for (int k = s; k < e; k++) {
                h = Hash.step(h, chars[k]);
                if (k == s + 3) {
                    firstFour = h;
                }
            }
            word[i] = h;
            suffix[i] = e - s > 3 ? Hash.of(chars, e - 3, e) : h;
            shape[i] = shapeOf(chars, s, e);
            prefix[i] = e - s > 4 ? firstFour : h;
            int listed = CueWords.lookup(word[i]);
            lemma[i] = listed == 0 ? word[i] : listed >>> 3;
            cueClass[i] = (byte) (listed & 7);
            commas[i + 1] = commas[i] + (shape[i] == COMMA ? 1 : 0);
            breaks[i + 1] = breaks[i] + (shape[i] >= COLON && shape[i] <= CLOSE ? 1 : 0);
        }
        Sentences sentences = doc.sentences();
        for (int k = 0; k < sentences.size(); k++) {
            for (int i = sentences.first(k); i <= sentences.last(k); i++) {
                sentence[i] = k;
                sentenceFirst[i] = sentences.first(k);
                sentenceLast[i] = sentences.last(k);
            }
        }
        int current = -1;
        int first = 0;
        int l = 0;
        org.demarche.text.Lines lines = doc.lines();
        for (int i = 0; i <= n; i++) {
            if (i < n) {
                int start = tokens.start(i);
                while (l + 1 < lines.size() && lines.start(l + 1) <= start) {
                    l++;
                }
            } else {
                l = -2;
            }
            if (l != current) {
                for (int k = first; k < i; k++) {
                    lineFirst[k] = first;
                    lineLast[k] = i - 1;
                }
                first = i;
                current = l;
            }
            if (i < n) {
                line[i] = l;
            }
        }
        for (QuotedSpan q : doc.quotedSpans()) {
            if (q.depth() == 0) {
                for (int i = tokens.firstAtOrAfter(q.open()); i < n && tokens.start(i) < q.close(); i++) {
                    quoted[i] = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            plain[i + 1] = plain[i] + (!quoted[i] && shape[i] <= UPPER ? 1 : 0);
        }
    }

    /** Whether token {@code i} may belong to a cue: words, numbers, colons and dashes, not other punctuation. */
    boolean canCue(int i) {
        byte s = shape[i];
        return s <= NUMBER || s == COLON || s == DASH;
    }

    /** Unquoted words strictly between tokens {@code a} and {@code b} (in either order). */
    int plainBetween(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return hi - lo <= 1 ? 0 : plain[hi] - plain[lo + 1];
    }

    int lemma(int i) {
        return i >= 0 && i < size ? lemma[i] : NONE;
    }

    int cueClass(int i) {
        return i >= 0 && i < size ? cueClass[i] : 7;
    }

    int word(int i) {
        return i >= 0 && i < size ? word[i] : NONE;
    }

    boolean quoted(int i) {
        return i >= 0 && i < size && quoted[i];
    }

    byte shape(int i) {
        return i >= 0 && i < size ? shape[i] : EDGE;
    }

    /** Commas strictly between tokens {@code a} and {@code b} (in either order). */
    int commasBetween(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return hi - lo <= 1 ? 0 : commas[hi] - commas[lo + 1];
    }

    /** Clause-breaking punctuation strictly between tokens {@code a} and {@code b} (in either order). */
    int breaksBetween(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return hi - lo <= 1 ? 0 : breaks[hi] - breaks[lo + 1];
    }

    private static byte shapeOf(char[] text, int s, int e) {
        char c = text[s];
        if (Character.isLetter(c)) {
            if (!Character.isUpperCase(c)) {
                return LOWER;
            }
            for (int k = s + 1; k < e; k++) {
                if (Character.isLowerCase(text[k])) {
                    return CAPITALIZED;
                }
            }
            return e - s > 1 ? UPPER : CAPITALIZED;
        }
        if (Character.isDigit(c)) {
            return NUMBER;
        }
        if (e - s == 2 && c == '\'' && text[s + 1] == '\'') {
            return QUOTE;
        }
        if (e - s == 2 && (text[s + 1] == 's' || text[s + 1] == 'S')) {
            return LOWER; // the possessive 's
        }
        return switch (c) {
            case ',' -> COMMA;
            case '.', '!', '?', '\u2026' -> TERMINAL;
            case '"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2018', '\u2019', '\'', '\u201a' -> QUOTE;
            case ':', ';' -> COLON;
            case '-', '\u2013', '\u2014', '\u2015' -> DASH;
            case '(', '[', '{' -> OPEN;
            case ')', ']', '}' -> CLOSE;
            default -> OTHER;
        };
    }
}
