package org.demarche.readers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.demarche.article.RawArticle;

/**
 * A JSON Lines file or stream: one article per line, a JSON object with {@code id} and its text as {@code text},
 * as a web page in {@code html}, or in a text {@code file} beside the JSON Lines file; {@code url}, {@code title},
 * {@code published}, {@code outlet} and {@code language} are used when present. Each line is read as bytes and
 * decoded and parsed on its own, so one bad line fails alone, naming its line number.
 */
final class JsonLinesReader implements Records {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final Path base;
    private final InputLimits limits;
    private final ByteLines reader;
    private int lineNumber;
    private int produced;
    private boolean started;
    private boolean done;

    /** {@code base}: the folder {@code file} fields are relative to. */
    JsonLinesReader(String source, Path base, InputStream in, InputLimits limits) {
        this.source = source;
        this.base = base;
        this.limits = limits;
        this.reader = new ByteLines(in, limits.maxArticleBytes());
    }

    @Override
    public Item next() {
        if (done) {
            return null;
        }
        try {
            if (!started) {
                started = true;
                int nul = reader.nulInFirstBytes();
                if (nul >= 0) {
                    done = true;
                    return new Item.Failure(source, "binary file (NUL byte at offset " + nul + ")");
                }
            }
            while (reader.next()) {
                lineNumber++;
                String where = source + ":" + lineNumber;
                if (reader.tooLong()) {
                    produced++;
                    return new Item.Failure(where, "line " + Reasons.tooLarge("one article", reader.fullLength(),
                            limits.maxArticleBytes()).replaceFirst("^too large", "too long") + "; skipped");
                }
                String line;
                try {
                    line = TextDecoder.decodeLine(reader.bytes(), reader.length(), lineNumber == 1);
                } catch (TextDecoder.NotText e) {
                    produced++;
                    return new Item.Failure(where, e.getMessage());
                }
                if (!line.isBlank()) {
                    produced++;
                    return parse(where, line);
                }
            }
        } catch (IOException e) {
            done = true;
            return new Item.Failure(lineNumber == 0 ? source : source + ":" + (lineNumber + 1), "cannot read: "
                    + Reasons.describe(e) + (lineNumber == 0 ? "" : "; the rest of the input is skipped"));
        }
        done = true;
        if (produced == 0) {
            return new Item.Failure(source, reader.totalBytes() == 0 ? "empty file" : "no articles (only blank lines)");
        }
        return null;
    }

    private Item parse(String where, String line) {
        JsonNode node;
        try (JsonParser parser = JSON.createParser(line)) {
            node = JSON.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                return new Item.Failure(where, "not valid JSON: more than one value on the line");
            }
        } catch (JsonProcessingException e) {
            String column = e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
            return new Item.Failure(where, "not valid JSON" + column + ": "
                    + Reasons.shorten(Reasons.firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            return new Item.Failure(where, "not valid JSON: " + Reasons.describe(e));
        }
        if (node == null || !node.isObject()) {
            return new Item.Failure(where, "not a JSON object");
        }
        String id = text(node, "id");
        if (id == null) {
            return new Item.Failure(where, "no \"id\" field");
        }
        Stated stated = new Stated(text(node, "url"), text(node, "title"), text(node, "published"),
                text(node, "outlet"), text(node, "language"), null);
        String text;
        if (present(node, "text")) {
            if (!node.get("text").isTextual()) {
                return new Item.Failure(where, "\"text\" is not a string");
            }
            text = node.get("text").textValue();
        } else if (present(node, "html")) {
            if (!node.get("html").isTextual()) {
                return new Item.Failure(where, "\"html\" is not a string");
            }
            String html = node.get("html").textValue();
            if (html.isBlank()) {
                return new Item.Failure(where, "empty \"html\"");
            }
            return new Item.Page(where, id, html.getBytes(StandardCharsets.UTF_8), "UTF-8", stated);
        } else if (text(node, "file") != null) {
            String file = text(node, "file");
            try {
                text = readReferencedFile(file);
            } catch (TextDecoder.NotText e) {
                return new Item.Failure(where, "file \"" + file + "\": " + e.getMessage()
                        + (e.line() > 0 ? " on line " + e.line() : ""));
            } catch (IOException e) {
                return new Item.Failure(where, "file \"" + file + "\": " + Reasons.describe(e));
            }
        } else {
            return new Item.Failure(where, "no \"text\" field");
        }
        if (text.isBlank()) {
            return new Item.Failure(where, "empty \"text\"");
        }
        return new Item.Article(where, stated.over(RawArticle.of(id, text)));
    }

    /** A "file" field names a text file relative to the JSONL file's folder or one of the two above it. */
    private String readReferencedFile(String name) throws IOException, TextDecoder.NotText {
        Path root = base;
        boolean folder = false;
        for (int up = 0; up <= 2 && root != null; up++, root = root.getParent()) {
            Path candidate = root.resolve(name);
            if (Files.isRegularFile(candidate)) {
                if (Files.size(candidate) > limits.maxArticleBytes()) {
                    throw new TextDecoder.NotText(Reasons.tooLarge("one article", Files.size(candidate),
                            limits.maxArticleBytes()));
                }
                return TextDecoder.decode(Files.readAllBytes(candidate));
            }
            folder |= Files.isDirectory(candidate);
        }
        if (folder) {
            throw new TextDecoder.NotText("is a folder, not a text file");
        }
        throw new NoSuchFileException(name, null, "not found beside the JSON Lines file");
    }

    private static boolean present(JsonNode node, String field) {
        return node.get(field) != null && !node.get(field).isNull();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing was written; nothing to lose
        }
    }
}
