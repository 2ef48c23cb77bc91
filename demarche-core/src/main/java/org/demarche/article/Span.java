package org.demarche.article;

import java.io.Serializable;

/**
 * A stretch of an article's text: {@code start} inclusive, {@code end} exclusive, in UTF-16 indices of the
 * original text (Java's own string indices). JSON output converts them to code points at the edge.
 */
public record Span(int start, int end, String text) implements Serializable {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a span needs 0 <= start <= end; got start=" + start + ", end=" + end);
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("span text must cover exactly [" + start + ", " + end + ")");
        }
    }

    /** The span [start, end) of {@code source}. */
    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
