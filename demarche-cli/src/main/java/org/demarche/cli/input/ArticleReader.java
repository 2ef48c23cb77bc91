package org.demarche.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.demarche.article.RawArticle;

/**
 * Streams articles from the paths a user names: plain-text files (one article each), directories (recursively,
 * in name order), JSON Lines files (one article per line, with {@code id} and {@code text} or {@code file}),
 * and {@code -} for standard input. Nothing is held beyond the current file or line; every unreadable input
 * becomes a {@link Item.Failure} and reading goes on.
 */
public final class ArticleReader implements Iterator<Item>, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Deque<Path> pending = new ArrayDeque<>();
    private final InputLimits limits;
    private final InputStream stdin;
    private Item next;
    private JsonLines lines;

    public ArticleReader(List<String> paths, InputLimits limits, InputStream stdin) {
        this.limits = limits;
        this.stdin = stdin;
        for (String p : paths) {
            pending.add(Path.of(p));
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (lines != null) {
                next = lines.next();
                if (next == null) {
                    lines.close();
                    lines = null;
                }
                continue;
            }
            Path path = pending.poll();
            if (path == null) {
                return false;
            }
            next = open(path);
        }
        return true;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
    }

    /** Reads a plain-text file, or starts a JSON Lines file (returning null: its lines follow), or expands a directory. */
    private Item open(Path path) {
        String source = path.toString();
        if (source.equals("-")) {
            return openStdin();
        }
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(pending::addFirst);
                }
                reverseLastAdded(path);
                return null;
            }
            if (!Files.exists(path)) {
                return new Item.Failure(source, "no such file or directory");
            }
            if (isJsonLines(path)) {
                lines = new JsonLines(source, path.toAbsolutePath().getParent(),
                        new BufferedReader(new InputStreamReader(Files.newInputStream(path), utf8Decoder())));
                return null;
            }
            long size = Files.size(path);
            if (size > limits.maxArticleBytes()) {
                return new Item.Failure(source, "too large for one article (" + megabytes(size) + " MB; the limit is "
                        + megabytes(limits.maxArticleBytes()) + " MB)");
            }
            String text = TextDecoder.decode(Files.readAllBytes(path));
            LocalDate modified = LocalDate.ofInstant(Files.getLastModifiedTime(path).toInstant(), ZoneOffset.UTC);
            return new Item.Article(source, new RawArticle(idOf(path), text, null, null, null, null, null, modified));
        } catch (TextDecoder.NotText e) {
            return new Item.Failure(source, e.getMessage());
        } catch (AccessDeniedException e) {
            return new Item.Failure(source, "cannot read: permission denied");
        } catch (NoSuchFileException e) {
            return new Item.Failure(source, "no such file or directory");
        } catch (IOException | UncheckedIOException e) {
            return new Item.Failure(source, "cannot read: " + describe(e));
        }
    }

    /** Files.walk added the directory's files in reverse onto the front; restore name order (and drop the dir). */
    private void reverseLastAdded(Path dir) {
        Deque<Path> mine = new ArrayDeque<>();
        while (!pending.isEmpty() && pending.peekFirst().startsWith(dir)) {
            mine.addFirst(pending.pollFirst());
        }
        while (!mine.isEmpty()) {
            pending.addFirst(mine.pollLast());
        }
    }

    private Item openStdin() {
        try {
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxArticleBytes() * 16));
            String text = TextDecoder.decode(bytes);
            if (text.stripLeading().startsWith("{")) {
                lines = new JsonLines("stdin", Path.of("").toAbsolutePath(), new BufferedReader(new java.io.StringReader(text)));
                return null;
            }
            return new Item.Article("stdin", RawArticle.of("stdin", text));
        } catch (TextDecoder.NotText e) {
            return new Item.Failure("stdin", e.getMessage());
        } catch (IOException e) {
            return new Item.Failure("stdin", "cannot read: " + describe(e));
        }
    }

    private static boolean isJsonLines(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
    }

    /** A file's id is its name without extensions: "dir/x.txt" and "x.html.gz" give "x". */
    public static String idOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.indexOf('.', 1);
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static java.nio.charset.CharsetDecoder utf8Decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
        }
    }

    /** The lines of one JSON Lines file, each turned into an article or a failure naming its line. */
    private final class JsonLines {
        private final String source;
        private final Path base;
        private final BufferedReader reader;
        private int lineNumber;

        JsonLines(String source, Path base, BufferedReader reader) {
            this.source = source;
            this.base = base;
            this.reader = reader;
        }

        /** The next item, or null at the end of the file. */
        Item next() {
            while (true) {
                String line;
                try {
                    line = readBoundedLine();
                } catch (java.nio.charset.CharacterCodingException e) {
                    return new Item.Failure(source + ":" + (lineNumber + 1), "invalid UTF-8; the rest of the file is skipped");
                } catch (IOException e) {
                    return new Item.Failure(source, "cannot read: " + describe(e));
                } catch (LineTooLong e) {
                    return new Item.Failure(source + ":" + lineNumber, e.getMessage());
                }
                if (line == null) {
                    return null;
                }
                if (!line.isBlank()) {
                    return parse(line);
                }
            }
        }

        private Item parse(String line) {
            String where = source + ":" + lineNumber;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                return new Item.Failure(where, "not valid JSON: " + firstLine(e.getMessage()));
            }
            if (node == null || !node.isObject()) {
                return new Item.Failure(where, "not a JSON object");
            }
            String id = text(node, "id");
            if (id == null) {
                return new Item.Failure(where, "no \"id\" field");
            }
            String text = text(node, "text");
            if (text == null && text(node, "file") != null) {
                try {
                    text = readReferencedFile(text(node, "file"));
                } catch (TextDecoder.NotText | IOException e) {
                    return new Item.Failure(where, "file \"" + text(node, "file") + "\": " + e.getMessage());
                }
            }
            if (text == null) {
                return new Item.Failure(where, "no \"text\" field");
            }
            if (text.isBlank()) {
                return new Item.Failure(where, "empty \"text\"");
            }
            String published = text(node, "published");
            return new Item.Article(where, new RawArticle(id, text, text(node, "url"), text(node, "title"), published,
                    text(node, "outlet"), text(node, "language"), null));
        }

        /** A "file" field names a text file relative to the JSONL file's folder or one of the two above it. */
        private String readReferencedFile(String name) throws IOException, TextDecoder.NotText {
            Path root = base;
            for (int up = 0; up <= 2 && root != null; up++, root = root.getParent()) {
                Path candidate = root.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    if (Files.size(candidate) > limits.maxArticleBytes()) {
                        throw new TextDecoder.NotText("too large for one article");
                    }
                    return TextDecoder.decode(Files.readAllBytes(candidate));
                }
            }
            throw new NoSuchFileException(name, null, "not found beside the JSON Lines file");
        }

        private String readBoundedLine() throws IOException, LineTooLong {
            StringBuilder sb = new StringBuilder();
            int c;
            boolean any = false;
            while ((c = reader.read()) >= 0) {
                any = true;
                if (c == '\n') {
                    break;
                }
                if (sb.length() > limits.maxArticleBytes()) {
                    while ((c = reader.read()) >= 0 && c != '\n') {
                        // skip the rest of the oversized line
                    }
                    lineNumber++;
                    throw new LineTooLong("line longer than " + megabytes(limits.maxArticleBytes()) + " MB; skipped");
                }
                sb.append((char) c);
            }
            if (!any) {
                return null;
            }
            lineNumber++;
            return sb.toString();
        }

        void close() {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing was written; nothing to lose
            }
        }
    }

    private static final class LineTooLong extends Exception {
        LineTooLong(String message) {
            super(message, null, false, false);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "parse error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
