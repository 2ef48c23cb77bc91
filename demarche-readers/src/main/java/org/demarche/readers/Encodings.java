package org.demarche.readers;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * How bytes in an undeclared or declared encoding become text: byte-order marks, charset names as pages and HTTP
 * headers write them, and recognition of the legacy single-byte encodings common before UTF-8 (windows-1251 and
 * KOI8-R on Russian sites, windows-1252 in the West) with ICU's statistical {@link CharsetDetector}.
 */
final class Encodings {
    /**
     * ICU's confidence (0-100) a legacy encoding needs: Russian text in windows-1251 or KOI8-R scores 40 or more,
     * Western text in windows-1252 70 or more, random bytes under 10.
     */
    private static final int MIN_CONFIDENCE = 20;
    /** The single-byte encodings the detector may choose; multi-byte Asian ones are left out (no use seen here). */
    private static final Set<String> LEGACY = Set.of("windows-1250", "windows-1251", "windows-1252", "windows-1253",
            "windows-1254", "windows-1255", "windows-1256", "KOI8-R", "ISO-8859-1", "ISO-8859-2", "ISO-8859-5",
            "ISO-8859-6", "ISO-8859-7", "ISO-8859-8", "ISO-8859-9");

    private Encodings() {
    }

    /** A byte-order mark and the encoding it announces. */
    record Bom(Charset charset, int length) {
    }

    /** The byte-order mark at the start of {@code bytes}, or null. */
    static Bom bom(byte[] bytes, int length) {
        if (length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    /**
     * The charset a label names ("utf-8", "cp1251", "koi8-r"), or null when Java has none by that name. As browsers
     * do, ISO-8859-1 and ASCII are read as their superset windows-1252, and a page claiming UTF-16 without a
     * byte-order mark (which its ASCII markup disproves) as UTF-8.
     */
    static Charset named(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        } else if (name.startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    /**
     * The legacy single-byte encoding {@code bytes} most likely use, or null when none is likely (binary data,
     * text too short to tell). {@code markup}: skip HTML tags, whose ASCII says nothing about the encoding.
     */
    static Charset detectLegacy(byte[] bytes, int length, boolean markup) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length));
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                return null;
            }
            if (LEGACY.contains(match.getName())) {
                return named(match.getName());
            }
        }
        return null;
    }

    /**
     * Whether {@code bytes[from, to)} look like UTF-8 damaged here and there rather than another encoding: more
     * well-formed multi-byte UTF-8 sequences than stray high bytes.
     */
    static boolean mostlyUtf8(byte[] bytes, int from, int to) {
        int sequences = 0;
        int stray = 0;
        for (int i = from; i < to; ) {
            int b = bytes[i] & 0xff;
            int n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
            if (n == 0) {
                i++;
                continue;
            }
            boolean wellFormed = n > 0 && i + n < to;
            for (int k = 1; wellFormed && k <= n; k++) {
                wellFormed = (bytes[i + k] & 0xc0) == 0x80;
            }
            if (wellFormed) {
                sequences++;
                i += n + 1;
            } else {
                stray++;
                i++;
            }
        }
        return sequences > stray;
    }
}
