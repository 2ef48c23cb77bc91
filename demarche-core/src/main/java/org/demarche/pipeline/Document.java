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
public record Document(String text, Lines lines, Tokens tokens, Sentences sentences, boolean[] boilerplateLines,
                       List<QuotedSpan> quotedSpans) {

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

    /** The top-level quote whose marks enclose {@code offset}, or null. */
    public QuotedSpan enclosingQuote(int offset) {
        for (QuotedSpan q : quotedSpans) {
            if (q.depth() == 0 && q.open() <= offset && offset < q.close()) {
                return q;
            }
        }
        return null;
    }
}
