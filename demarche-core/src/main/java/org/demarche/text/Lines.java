package org.demarche.text;

import java.util.Arrays;

/** Line boundaries of a text. Each non-blank line is a paragraph: wire copy separates paragraphs by a line break. */
public final class Lines {
    private final String text;
    private final int[] starts;

    public Lines(String text) {
        this.text = text;
        int[] found = new int[16];
        int size = 0;
        found[size++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (size == found.length) {
                found = Arrays.copyOf(found, size * 2);
            }
            found[size++] = i + 1;
        }
        starts = Arrays.copyOf(found, size);
    }

    /** The whole text the lines divide. */
    public String text() {
        return text;
    }

    public int size() {
        return starts.length;
    }

    public int start(int line) {
        return starts[line];
    }

    /** End of the line, before its line break. */
    public int end(int line) {
        int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
        return end > starts[line] && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    public String text(int line) {
        return text.substring(start(line), end(line));
    }

    /** Whether the line holds nothing but white space (as {@link String#isBlank()} decides), without copying it. */
    public boolean isBlank(int line) {
        for (int i = start(line), end = end(line); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The line holding character {@code offset}. */
    public int of(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
