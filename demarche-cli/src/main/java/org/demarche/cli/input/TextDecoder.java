package org.demarche.cli.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Decodes article bytes as strict UTF-8 and says plainly why bytes are not an article. */
final class TextDecoder {
    private TextDecoder() {
    }

    /** The decoded text, or throws {@link NotText} with a reason fit for the user. */
    static String decode(byte[] bytes) throws NotText {
        if (bytes.length == 0) {
            throw new NotText("empty file");
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new NotText("binary file (NUL byte at offset " + i + ")");
            }
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0; // byte-order mark
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = decoder.decode(in);
            String text = chars.toString();
            if (text.isBlank()) {
                throw new NotText("empty file (only white space)");
            }
            return text;
        } catch (MalformedInputException e) {
            throw new NotText("invalid UTF-8 at byte " + (in.position() + offset));
        } catch (CharacterCodingException e) {
            throw new NotText("invalid UTF-8: " + e.getMessage());
        }
    }

    static final class NotText extends Exception {
        NotText(String reason) {
            super(reason, null, false, false);
        }
    }
}
