package org.demarche.pipeline;

import java.util.List;
import org.demarche.quotes.QuotedSpan;
import org.demarche.text.Lines;
import org.demarche.text.Sentences;
import org.demarche.text.Tokens;

/**
 * One article's text with the layers every later stage reads: lines, tokens, sentences, which lines are
 * boilerplate, and the quote-mark spans. Immutable once built; all offsets index into {@link #text()}.
 */
public final class Document {
    private final String text;
    private final Lines lines;
    private final Tokens tokens;
    private final Sentences sentences;
    private final boolean[] boilerplateLines;
    private final List<QuotedSpan> quotedSpans;
    /** The top-level quotes in list order (open ascending), their opens, and the running maximum of their closes. */
    private final QuotedSpan[] topLevel;
    private final int[] topOpen;
    private final int[] topCloseMax;
    private final boolean sorted;

    public Document(String text, Lines lines, Tokens tokens, Sentences sentences, boolean[] boilerplateLines,
                    List<QuotedSpan> quotedSpans) {
        this.text = text;
        this.lines = lines;
        this.tokens = tokens;
        this.sentences = sentences;
        this.boilerplateLines = boilerplateLines;
        this.quotedSpans = quotedSpans;
        this.topLevel = quotedSpans.stream().filter(q -> q.depth() == 0).toArray(QuotedSpan[]::new);
        this.topOpen = new int[topLevel.length];
        this.topCloseMax = new int[topLevel.length];
        boolean inOrder = true;
        for (int i = 0; i < topLevel.length; i++) {
            topOpen[i] = topLevel[i].open();
            topCloseMax[i] = Math.max(topLevel[i].close(), i > 0 ? topCloseMax[i - 1] : Integer.MIN_VALUE);
            inOrder &= i == 0 || topOpen[i - 1] <= topOpen[i];
        }
        this.sorted = inOrder;
    }

    public String text() {
        return text;
    }

    public Lines lines() {
        return lines;
    }

    public Tokens tokens() {
        return tokens;
    }

    public Sentences sentences() {
        return sentences;
    }

    /** One flag per line: true where the line is boilerplate. The array is shared; do not change it. */
    public boolean[] boilerplateLines() {
        return boilerplateLines;
    }

    public List<QuotedSpan> quotedSpans() {
        return quotedSpans;
    }

    public boolean isBoilerplate(int offset) {
        return boilerplateLines[lines.of(offset)];
    }

    public boolean isBoilerplateToken(int token) {
        return isBoilerplate(tokens.start(token));
    }

    /** The paragraph (line) of token {@code token}. */
    public int lineOfToken(int token) {
        return lines.of(tokens.start(token));
    }

    public String span(int start, int end) {
        return text.substring(start, end);
    }

    /** The text of tokens {@code first..last}, inclusive, as written. */
    public String tokenText(int first, int last) {
        return text.substring(tokens.start(first), tokens.end(last));
    }

    /**
     * Whether token {@code i} ends a sentence: '.', '!', '?' or ';', except a period glued to a word and followed
     * by a comma or a closing bracket, as in "R-Ky.," or "(D-Wis.)".
     */
    public boolean endsSentence(int i) {
        if (tokens.is(i, '!') || tokens.is(i, '?') || tokens.is(i, ';')) {
            return true;
        }
        if (!tokens.is(i, '.')) {
            return false;
        }
        boolean glued = i > 0 && tokens.end(i - 1) == tokens.start(i);
        boolean beforeComma = i + 1 < tokens.size() && (tokens.is(i + 1, ',') || tokens.is(i + 1, ')'));
        return !(glued && beforeComma);
    }

    /**
     * The top-level quote whose marks enclose {@code offset}, or null; when top-level quotes overlap, the first in
     * {@link #quotedSpans()} order (earliest opening mark). Two binary searches, not a scan.
     */
    public QuotedSpan enclosingQuote(int offset) {
        if (!sorted) { // not as the QuoteMarkFinder makes them: fall back to a scan
            for (QuotedSpan q : topLevel) {
                if (q.open() <= offset && offset < q.close()) {
                    return q;
                }
            }
            return null;
        }
        // Candidates open at or before offset: the first topOpen.length entries up to k. The first of them whose
        // close lies after offset is the first index where the running maximum of closes exceeds offset.
        int k = upperBound(topOpen, offset);
        int j = upperBound(topCloseMax, offset);
        return j < k ? topLevel[j] : null;
    }

    /** The number of leading entries of the non-decreasing array {@code a} that are at most {@code value}. */
    private static int upperBound(int[] a, int value) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "Document[" + text.length() + " chars, " + tokens.size() + " tokens, " + sentences.size() + " sentences, "
                + quotedSpans.size() + " quoted spans]";
    }
}
