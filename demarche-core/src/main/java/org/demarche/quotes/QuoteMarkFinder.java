package org.demarche.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Finds quotations by pairing quote marks within each paragraph. A mark's direction comes from what
 * surrounds it (space or an opening bracket before it: it opens; letters before and space or punctuation
 * after: it closes), so straight marks, curly marks typed the wrong way round and mixed pairs all pair up;
 * the glyph decides only when the context does not. Double marks (" “ ” „ « » '') nest; single marks
 * (' ‘ ’ ‚ ‹ ›) pair inside their region and apostrophes inside words are never marks. A quote left open
 * at the end of a paragraph runs to the paragraph end; when the next paragraph opens with a mark it is
 * marked as reopened.
 */
public final class QuoteMarkFinder {
    private enum Direction { OPEN, CLOSE, EITHER }

    private record Mark(int at, int length, boolean single, Direction direction) {
    }

    public List<QuotedSpan> find(String text) {
        List<QuotedSpan> out = new ArrayList<>();
        boolean previousParagraphOpen = false;
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (!isBlank(text, lineStart, lineEnd)) {
                previousParagraphOpen = findInParagraph(text, lineStart, lineEnd, previousParagraphOpen, out);
            }
            lineStart = lineEnd + 1;
        }
        out.sort(Comparator.comparingInt(QuotedSpan::open).thenComparingInt(q -> -q.close()));
        return out;
    }

    /** Pairs the marks of one paragraph; returns whether a quote was left open at its end. */
    private boolean findInParagraph(String text, int start, int end, boolean continuing, List<QuotedSpan> out) {
        List<Mark> doubles = new ArrayList<>();
        List<Mark> singles = new ArrayList<>();
        collectMarks(text, start, end, doubles, singles);
        boolean opensWithMark = !doubles.isEmpty() && doubles.get(0).at == firstNonSpace(text, start, end)
                && doubles.get(0).direction != Direction.CLOSE;
        Deque<Mark> stack = new ArrayDeque<>();
        List<QuotedSpan> paragraphQuotes = new ArrayList<>();
        boolean leftOpen = false;
        for (Mark mark : doubles) {
            if (stack.isEmpty()) {
                if (mark.direction != Direction.CLOSE) {
                    stack.push(mark);
                } else if (continuing && !opensWithMark && paragraphQuotes.isEmpty()) {
                    // The quote of the previous paragraph goes on here without a new opening mark.
                    paragraphQuotes.add(span(text, firstNonSpace(text, start, end), 0, mark.at, mark.at + mark.length,
                            false, 0, true, true));
                }
            } else if (mark.direction == Direction.OPEN) {
                stack.push(mark); // a quote inside a quote
            } else {
                Mark opening = stack.pop();
                paragraphQuotes.add(span(text, opening.at, opening.length, mark.at, mark.at + mark.length, false,
                        stack.size(), true, continuing && opening == doubles.get(0) && opensWithMark));
            }
        }
        if (!stack.isEmpty()) {
            Mark outermost = stack.peekLast();
            int contentEnd = lastNonSpace(text, start, end);
            paragraphQuotes.add(span(text, outermost.at, outermost.length, contentEnd, contentEnd, false, 0, false,
                    continuing && outermost == doubles.get(0) && opensWithMark));
            leftOpen = true;
        }
        pairSingles(text, singles, paragraphQuotes, out);
        out.addAll(paragraphQuotes);
        return leftOpen;
    }

    private static void pairSingles(String text, List<Mark> singles, List<QuotedSpan> doubleQuotes, List<QuotedSpan> out) {
        Mark pending = null;
        QuotedSpan pendingRegion = null;
        for (Mark mark : singles) {
            QuotedSpan region = innermost(doubleQuotes, mark.at);
            if (pending != null && region != pendingRegion) {
                pending = null;
            }
            if (mark.direction == Direction.OPEN) {
                pending = mark;
                pendingRegion = region;
            } else if (mark.direction == Direction.CLOSE && pending != null) {
                int depth = region == null ? 0 : region.depth() + 1;
                out.add(span(text, pending.at, pending.length, mark.at, mark.at + mark.length, true, depth, true, false));
                pending = null;
            }
        }
    }

    private static QuotedSpan innermost(List<QuotedSpan> quotes, int offset) {
        QuotedSpan best = null;
        for (QuotedSpan q : quotes) {
            if (q.open() < offset && offset < q.close() && (best == null || q.depth() > best.depth())) {
                best = q;
            }
        }
        return best;
    }

    private static QuotedSpan span(String text, int open, int openLength, int closeMark, int close, boolean single,
                                   int depth, boolean closed, boolean reopened) {
        int contentStart = open + openLength;
        int contentEnd = closeMark;
        while (contentStart < contentEnd && Character.isWhitespace(text.charAt(contentStart))) {
            contentStart++;
        }
        while (contentEnd > contentStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        return new QuotedSpan(open, close, contentStart, contentEnd, single, depth, closed, reopened);
    }

    private static void collectMarks(String text, int start, int end, List<Mark> doubles, List<Mark> singles) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '"' && c != '\'' && c < '\u00ab') {
                continue; // every other mark is at or above U+00AB
            }
            char before = i > start ? text.charAt(i - 1) : ' ';
            if (c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                char after = i + 2 < end ? text.charAt(i + 2) : ' ';
                doubles.add(new Mark(i, 2, false, direction(before, after, Direction.EITHER)));
                i++;
            } else if (isDoubleMark(c)) {
                char after = i + 1 < end ? text.charAt(i + 1) : ' ';
                if (Character.isDigit(before) && c == '"') {
                    continue; // inches: 5'10"
                }
                doubles.add(new Mark(i, 1, false, direction(before, after, glyphDirection(c))));
            } else if (isSingleMark(c)) {
                char after = i + 1 < end ? text.charAt(i + 1) : ' ';
                if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                    continue; // an apostrophe inside a word: don't, Zelenskyy's
                }
                Direction direction = direction(before, after, glyphDirection(c));
                if (direction != Direction.EITHER) {
                    singles.add(new Mark(i, 1, true, direction));
                }
            }
        }
    }

    private static Direction direction(char before, char after, Direction glyph) {
        boolean leftFlank = Character.isWhitespace(before) || Character.isSpaceChar(before) || isOpeningContext(before);
        boolean rightFlank = Character.isWhitespace(after) || Character.isSpaceChar(after) || isClosingContext(after);
        if (leftFlank && !rightFlank) {
            return Direction.OPEN;
        }
        if (rightFlank && !leftFlank) {
            return Direction.CLOSE;
        }
        return glyph;
    }

    private static boolean isOpeningContext(char c) {
        return c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '-'
                || c == '/' || c == ':' || isDoubleMark(c) || c == '\u2018' || c == '\u201a';
    }

    private static boolean isClosingContext(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '-' || c == '\u2026' || isDoubleMark(c)
                || c == '\u2019';
    }

    private static Direction glyphDirection(char c) {
        return switch (c) {
            case '\u201c', '\u201e', '\u201f', '\u00ab', '\u2018', '\u201a', '\u2039', '`' -> Direction.OPEN;
            case '\u201d', '\u00bb', '\u2019', '\u203a' -> Direction.CLOSE;
            default -> Direction.EITHER;
        };
    }

    static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u201f' || c == '\u00ab'
                || c == '\u00bb' || c == '\uff02';
    }

    static boolean isSingleMark(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u2039' || c == '\u203a';
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int firstNonSpace(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int lastNonSpace(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
