package org.demarche.readers;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page's bytes as text, in the order browsers decide the encoding: a byte-order mark, the charset the HTTP
 * response declared, the page's own {@code <meta charset>} or {@code http-equiv} declaration, then UTF-8 when
 * the bytes are UTF-8, then a recognised legacy encoding (see {@link Encodings#detectLegacy}). Bytes invalid in the
 * chosen encoding become U+FFFD: a page is never refused for its encoding.
 */
final class PageEncoding {
    /** How far into the page a {@code <meta>} declaration is looked for (the HTML standard says 1024 bytes). */
    private static final int PRESCAN = 4096;
    /** {@code <meta charset="x">} and {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private PageEncoding() {
    }

    /**
     * The page's text as the parser reads it; {@code declared} is the charset its container (an HTTP header) named,
     * or null. A page whose encoding is declared is decoded while it is parsed, with no copy of it as a string
     * (decoding into a string and reading that string cost twice as much); a page whose encoding is not declared is
     * decoded first, since the text decides between UTF-8 and a legacy encoding.
     */
    static Reader reader(byte[] html, String declared) {
        Encodings.Bom bom = Encodings.bom(html, html.length);
        if (bom != null) {
            return decoding(html, bom.length(), bom.charset());
        }
        Charset charset = Encodings.named(declared);
        if (charset == null) {
            charset = Encodings.named(metaCharset(html));
        }
        return charset != null ? decoding(html, 0, charset) : new StringReader(undeclared(html));
    }

    /** Reads {@code html} from {@code offset} in {@code charset}; invalid bytes become U+FFFD, as in a string. */
    private static Reader decoding(byte[] html, int offset, Charset charset) {
        return new InputStreamReader(new ByteArrayInputStream(html, offset, html.length - offset), charset);
    }

    /** A page that declares no encoding: UTF-8 when the bytes are UTF-8, else a recognised legacy encoding. */
    private static String undeclared(byte[] html) {
        String utf8 = new String(html, StandardCharsets.UTF_8);
        // Decoding replaces every invalid byte by U+FFFD, so text without one came from valid UTF-8: the bytes are
        // decoded once, and checked strictly only in the rare page that holds the character.
        if (utf8.indexOf('\uFFFD') < 0 || isUtf8(html)) {
            return utf8;
        }
        Charset legacy = Encodings.detectLegacy(html, html.length, true);
        return legacy == null ? utf8 : new String(html, legacy);
    }

    /** The charset a {@code <meta>} element near the start of the page declares, or null. */
    static String metaCharset(byte[] html) {
        String head = new String(html, 0, Math.min(html.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isUtf8(byte[] bytes) {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes), java.nio.CharBuffer
                .allocate(bytes.length), true).isUnderflow();
    }
}
