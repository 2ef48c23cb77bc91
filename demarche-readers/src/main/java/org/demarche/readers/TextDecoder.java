package org.demarche.readers;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes article bytes and says plainly why bytes are not an article: empty, binary (a NUL byte near the start) or
 * in no encoding it can tell (with the line and byte offset of the first bad byte). A byte-order mark decides the
 * encoding (and is dropped); text without one is strict UTF-8, or, when it is not UTF-8, a legacy single-byte
 * encoding recognised by {@link Encodings#detectLegacy}. UTF-8 with a few bad bytes is refused rather than guessed.
 */
public final class TextDecoder {
    /** How far into a file a NUL byte marks it as binary. */
    static final int BINARY_PROBE = 8192;

    private TextDecoder() {
    }

    /** The decoded text of a whole file, or throws {@link NotText} with a reason fit for the user. */
    public static String decode(byte[] bytes) throws NotText {
        return decode(bytes, bytes.length);
    }

    /** The decoded text of {@code bytes[0, length)}; an error names the line (1-based) of the first bad byte. */
    static String decode(byte[] bytes, int length) throws NotText {
        if (length == 0) {
            throw new NotText("empty file");
        }
        Encodings.Bom bom = Encodings.bom(bytes, length);
        if (bom != null && bom.charset() != StandardCharsets.UTF_8) { // UTF-16: NUL bytes are expected
            return nonBlank(new String(bytes, bom.length(), length - bom.length(), bom.charset()));
        }
        int nul = indexOfNul(bytes, 0, Math.min(length, BINARY_PROBE));
        if (nul >= 0) {
            throw new NotText("binary file (NUL byte at offset " + nul + ")");
        }
        int offset = bom != null ? bom.length() : 0;
        try {
            return nonBlank(decodeStrict(bytes, offset, length - offset));
        } catch (Malformed e) {
            String where = "byte " + hex(bytes[e.offset]) + " at offset " + e.offset;
            if (bom != null || Encodings.mostlyUtf8(bytes, offset, length)) {
                throw new NotText(lineOf(bytes, e.offset), "invalid UTF-8 (" + where + "; mixed encodings?)");
            }
            Charset legacy = Encodings.detectLegacy(bytes, length, false);
            if (legacy == null) {
                throw new NotText(lineOf(bytes, e.offset), "invalid UTF-8 (" + where
                        + ") and not in a legacy encoding that could be recognised");
            }
            return nonBlank(new String(bytes, 0, length, legacy));
        }
    }

    private static String nonBlank(String text) throws NotText {
        if (text.isBlank()) {
            throw new NotText("empty file (only white space)");
        }
        return text;
    }

    /**
     * Strictly decodes one line of a JSON Lines file ({@code bytes[0, length)}, no line break); an error gives the
     * column (byte offset in the line) of the first bad byte. A byte-order mark is dropped when {@code first}.
     */
    static String decodeLine(byte[] bytes, int length, boolean first) throws NotText {
        Encodings.Bom bom = first ? Encodings.bom(bytes, length) : null;
        int offset = bom != null && bom.charset() == StandardCharsets.UTF_8 ? bom.length() : 0;
        try {
            return decodeStrict(bytes, offset, length - offset);
        } catch (Malformed e) {
            throw new NotText("invalid UTF-8 (byte " + hex(bytes[e.offset]) + " at byte " + (e.offset + 1)
                    + " of the line)");
        }
    }

    /** The index of the first NUL byte in {@code bytes[from, to)}, or -1. */
    static int indexOfNul(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String decodeStrict(byte[] bytes, int offset, int length) throws Malformed {
        int end = offset + length;
        boolean ascii = true;
        for (int i = offset; i < end && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        if (ascii) {
            return new String(bytes, offset, length, StandardCharsets.US_ASCII);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length); // UTF-8 never needs more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Malformed(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new Malformed(Math.max(offset, end - 1));
        }
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String hex(byte b) {
        return String.format(Locale.ROOT, "0x%02X", b & 0xff);
    }

    /** Where strict decoding stopped. */
    private static final class Malformed extends Exception {
        final int offset;

        Malformed(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    /** Why bytes are not an article's text, with the line it concerns (or 0 when it concerns the whole input). */
    public static final class NotText extends Exception {
        private final int line;

        NotText(String reason) {
            this(0, reason);
        }

        NotText(int line, String reason) {
            super(reason, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
