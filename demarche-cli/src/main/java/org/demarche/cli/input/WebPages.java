package org.demarche.cli.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * How the reader recognises web pages and compressed files: an HTML page by its name ({@code .html}, {@code .htm},
 * {@code .xhtml}, also under {@code .gz}) or by its first bytes ({@code <!doctype html}, {@code <html}); a gzip
 * file by its magic number, whatever its name.
 */
public final class WebPages {
    /** How far into a file the sniffing looks for the start of an HTML document. */
    private static final int SNIFF = 1024;

    private WebPages() {
    }

    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /**
     * The decompressed content of gzip bytes, at most {@code limit} bytes of it (one more when the content is
     * larger, so the caller can tell). Corrupt or truncated data throws an {@link IOException} saying so.
     */
    public static byte[] gunzip(byte[] bytes, long limit) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (java.io.EOFException e) {
            throw new IOException("truncated gzip data (the file ends too early)", e);
        } catch (java.util.zip.ZipException e) {
            throw new IOException("corrupt gzip data (" + e.getMessage() + ")", e);
        }
    }

    /** Whether a file is a web page, by its name or, failing that, by its first bytes. */
    public static boolean isHtml(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) { // a UTF-8 byte-order mark, read as Latin-1
            head = head.substring(3).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || head.startsWith("<!--") && head.contains("<html");
    }
}
