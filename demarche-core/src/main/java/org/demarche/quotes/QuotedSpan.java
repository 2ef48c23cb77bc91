package org.demarche.quotes;

/**
 * A stretch of text between quote marks.
 *
 * @param open         offset of the opening mark, or the paragraph start when the quote continues one
 *                     opened in an earlier paragraph without a new mark
 * @param close        offset just after the closing mark, or the paragraph end when the quote is not closed there
 * @param contentStart first character inside the marks (whitespace trimmed)
 * @param contentEnd   end of the content (whitespace trimmed)
 * @param single       quoted with single marks (‘…’, '…', ‹…›)
 * @param depth        0 for a top-level quote, 1 for a quote inside another, ...
 * @param closed       whether a closing mark was found in the same paragraph
 * @param reopened     whether this quote reopens one left unclosed at the end of the previous paragraph
 */
public record QuotedSpan(int open, int close, int contentStart, int contentEnd, boolean single, int depth,
                         boolean closed, boolean reopened) {

    public int length() {
        return contentEnd - contentStart;
    }

    public boolean contains(QuotedSpan other) {
        return other != this && open <= other.open && other.close <= close;
    }
}
