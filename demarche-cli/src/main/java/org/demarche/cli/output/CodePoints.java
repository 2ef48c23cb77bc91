package org.demarche.cli.output;

/**
 * Converts UTF-16 offsets (Java string indices, used inside the pipeline) to Unicode code-point offsets (used in
 * every JSON output), so a character outside the Basic Multilingual Plane counts once. Texts without surrogate
 * pairs, the usual case, convert for free.
 */
final class CodePoints {
    private final int[] codePointAt;

    CodePoints(String text) {
        // As many code points as chars: no surrogate pair, every offset stays (a lone surrogate counts as one
        // either way). Free for a text stored in Latin-1, one pass otherwise.
        if (text.codePointCount(0, text.length()) == text.length()) {
            codePointAt = null;
            return;
        }
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    int of(int utf16Offset) {
        return codePointAt == null ? utf16Offset : codePointAt[utf16Offset];
    }
}
