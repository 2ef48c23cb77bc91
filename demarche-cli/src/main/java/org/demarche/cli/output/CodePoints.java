package org.demarche.cli.output;

/**
 * Converts UTF-16 offsets (Java string indices, used inside the pipeline) to Unicode code-point offsets (used in
 * every JSON output), so a character outside the Basic Multilingual Plane counts once. Texts without surrogate
 * pairs, the usual case, convert for free.
 */
final class CodePoints {
    private final int[] codePointAt;

    CodePoints(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
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
