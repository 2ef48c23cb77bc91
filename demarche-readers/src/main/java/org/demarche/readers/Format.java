package org.demarche.readers;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of input a reader understands, and how one is recognised: by its first bytes (after decompression)
 * where they are telling, else by its name ({@code .gz} aside).
 */
enum Format {
    /** One article of plain text. */
    TEXT,
    /** One article per line: a JSON object with {@code id} and {@code text} or {@code html}. */
    JSON_LINES,
    /** One web page. */
    HTML,
    /** An RSS or Atom feed: one article per item. */
    FEED,
    /** A web archive: one web page per HTML response record. */
    WARC;

    /** How many first bytes {@link #of} needs to see. */
    static final int SNIFF_BYTES = 4096;

    /** The format of an input named {@code fileName} (null for standard input) whose content starts with {@code head}. */
    static Format of(String fileName, byte[] head, int length) {
        Format byContent = byContent(head, length);
        return byContent != null ? byContent : byName(fileName);
    }

    private static Format byContent(byte[] head, int length) {
        String start = new String(head, 0, Math.min(length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00ef\u00bb\u00bf")) { // a UTF-8 byte-order mark, read as Latin-1
            start = start.substring(3);
        }
        start = start.stripLeading();
        if (start.startsWith("WARC/")) {
            return WARC;
        }
        if (start.startsWith("{")) {
            return JSON_LINES;
        }
        String root = rootElement(start.toLowerCase(Locale.ROOT));
        if (root == null) {
            return null;
        }
        return switch (root) {
            case "rss", "feed", "rdf:rdf" -> FEED;
            case "html", "!doctype html" -> HTML;
            default -> null;
        };
    }

    /**
     * The name of the first element of markup, skipping an XML declaration, processing instructions and comments;
     * "!doctype html" for an HTML doctype; null when {@code markup} does not start with a tag.
     */
    private static String rootElement(String markup) {
        int at = 0;
        while (at < markup.length() && markup.charAt(at) == '<') {
            if (markup.startsWith("<?", at)) {
                at = markup.indexOf("?>", at);
                at = at < 0 ? -1 : at + 2;
            } else if (markup.startsWith("<!--", at)) {
                at = markup.indexOf("-->", at);
                at = at < 0 ? -1 : at + 3;
            } else if (markup.startsWith("<!doctype html", at)) {
                return "!doctype html";
            } else if (markup.startsWith("<!", at)) {
                at = markup.indexOf('>', at);
                at = at < 0 ? -1 : at + 1;
            } else {
                int end = at + 1;
                while (end < markup.length() && (Character.isLetterOrDigit(markup.charAt(end)) || markup.charAt(end) == ':')) {
                    end++;
                }
                return markup.substring(at + 1, end);
            }
            if (at < 0) {
                return null;
            }
            while (at < markup.length() && Character.isWhitespace(markup.charAt(at))) {
                at++;
            }
        }
        return null;
    }

    private static Format byName(String fileName) {
        if (fileName == null) {
            return TEXT;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return switch (dot < 0 ? "" : name.substring(dot + 1)) {
            case "jsonl", "ndjson", "json" -> JSON_LINES;
            case "html", "htm", "xhtml" -> HTML;
            case "rss", "atom" -> FEED;
            case "warc" -> WARC;
            default -> TEXT;
        };
    }
}
