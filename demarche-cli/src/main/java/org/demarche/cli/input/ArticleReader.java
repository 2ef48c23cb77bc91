package org.demarche.cli.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.demarche.article.RawArticle;

/**
 * Streams articles from the paths a user names: plain-text files (one article each), web pages (by name or first
 * bytes; see {@link WebPages}), gzip-compressed files of either kind, directories (recursively,
 * in name order, hidden files and folders skipped), JSON Lines files (one article per line, with {@code id} and
 * {@code text} or {@code file}), and {@code -} for standard input. Nothing is held beyond the current file or line.
 * Every input that cannot be read becomes one {@link Item.Failure} saying where (file, and line for JSON Lines)
 * and why, and reading goes on with the next input.
 */
public final class ArticleReader implements Iterator<Item>, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A path still to read; {@code walked} when it was found inside a directory rather than named by the user. */
    private record Pending(Path path, String name, boolean walked, String failure) {
    }

    private final Deque<Pending> pending = new ArrayDeque<>();
    private final InputLimits limits;
    private final InputStream stdin;
    private Item next;
    private JsonLines lines;

    public ArticleReader(List<String> paths, InputLimits limits, InputStream stdin) {
        this.limits = limits;
        this.stdin = stdin;
        for (String p : paths) {
            if (p.equals("-")) {
                pending.add(new Pending(null, p, false, null));
                continue;
            }
            try {
                pending.add(new Pending(Path.of(p), p, false, null));
            } catch (InvalidPathException e) {
                pending.add(new Pending(null, p, false, "not a valid path (" + e.getReason() + ")"));
            }
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
            Pending p = pending.poll();
            if (p == null) {
                return false;
            }
            next = p.failure != null ? new Item.Failure(p.name, p.failure) : open(p);
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

    /**
     * Reads a plain-text file, or starts a JSON Lines file or a stream (returning null: its lines follow), or
     * expands a directory (returning null: its files follow).
     */
    private Item open(Pending p) {
        if (p.path == null) {
            return openStream("stdin", "stdin", stdin, null);
        }
        Path path = p.path;
        String source = p.name;
        try {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return new Item.Failure(source, Files.isSymbolicLink(path)
                        ? "broken symbolic link (its target " + Files.readSymbolicLink(path) + " does not exist)"
                        : "no such file or directory");
            }
            if (attrs.isDirectory()) {
                expand(path);
                return null;
            }
            if (!attrs.isRegularFile()) {
                if (p.walked) {
                    return new Item.Failure(source, "not a regular file (a pipe, socket or device); skipped");
                }
                // A named pipe or device given by name, e.g. <(zcat articles.jsonl.gz): read it as a stream.
                return openStream(source, ArticleReader.idOf(path), Files.newInputStream(path),
                        isJsonLines(path) ? Boolean.TRUE : null);
            }
            if (isJsonLines(path)) {
                lines = new JsonLines(source, path.toAbsolutePath().getParent(), Files.newInputStream(path));
                return null;
            }
            if (attrs.size() > limits.maxArticleBytes()) {
                return tooLarge(source, attrs.size());
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) limits.maxArticleBytes() + 1); // the size may change, or lie (/proc)
            }
            if (bytes.length > limits.maxArticleBytes()) {
                return tooLarge(source, -1);
            }
            if (WebPages.isGzip(bytes)) {
                bytes = WebPages.gunzip(bytes, limits.maxArticleBytes());
                if (bytes.length > limits.maxArticleBytes()) {
                    return tooLarge(source, -1);
                }
            }
            if (WebPages.isHtml(path.getFileName().toString(), bytes)) {
                return new Item.Page(source, idOf(path), bytes);
            }
            String text = TextDecoder.decode(bytes);
            // A file's modification time says when it was copied, not when the article appeared: no reference date.
            return new Item.Article(source, RawArticle.of(idOf(path), text));
        } catch (TextDecoder.NotText e) {
            return new Item.Failure(e.line() > 0 ? source + ":" + e.line() : source, e.getMessage());
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Item.Failure(source, "cannot read: " + describe(e));
        }
    }

    /** Queues a directory's files (recursively, following links, in path order) in front of the other inputs. */
    private void expand(Path dir) throws IOException {
        record Entry(Path path, String failure) {
        }
        List<Entry> found = new ArrayList<>();
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!isHidden(file)) {
                    found.add(new Entry(file, null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!isHidden(file)) {
                    found.add(new Entry(file, e instanceof FileSystemLoopException
                            ? "symbolic link to a folder that contains it; not followed" : "cannot read: " + describe(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(Entry::path));
        for (int i = found.size() - 1; i >= 0; i--) {
            Entry e = found.get(i);
            pending.addFirst(new Pending(e.path, e.path.toString(), true, e.failure));
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /**
     * Standard input or a pipe: JSON Lines when it starts with '{' (or is named .jsonl), else one plain-text
     * article. Read as it comes, never more than the limit at a time.
     */
    private Item openStream(String source, String id, InputStream raw, Boolean jsonLines) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            if (jsonLines == null) {
                jsonLines = startsWithBrace(in);
            }
            if (jsonLines) {
                lines = new JsonLines(source, Path.of("").toAbsolutePath(), in);
                return null;
            }
            byte[] bytes;
            try (in) {
                bytes = in.readNBytes((int) limits.maxArticleBytes() + 1);
            }
            if (bytes.length > limits.maxArticleBytes()) {
                return tooLarge(source, -1);
            }
            if (bytes.length == 0) {
                return new Item.Failure(source, "empty input");
            }
            return new Item.Article(source, RawArticle.of(id, TextDecoder.decode(bytes)));
        } catch (TextDecoder.NotText e) {
            return new Item.Failure(e.line() > 0 ? source + ":" + e.line() : source, e.getMessage());
        } catch (IOException e) {
            return new Item.Failure(source, "cannot read: " + describe(e));
        }
    }

    /** Peeks at the first non-blank byte (after a byte-order mark) without consuming anything. */
    private static boolean startsWithBrace(BufferedInputStream in) throws IOException {
        int window = 1 << 16;
        in.mark(window);
        try {
            for (int i = 0; i < window; i++) {
                int b = in.read();
                if (b < 0) {
                    return false;
                }
                boolean bom = i < 3 && (i == 0 && b == 0xef || i == 1 && b == 0xbb || i == 2 && b == 0xbf);
                if (!bom && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return b == '{';
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    private Item.Failure tooLarge(String source, long size) {
        String limit = megabytes(limits.maxArticleBytes()) + " MB";
        return new Item.Failure(source, size >= 0
                ? "too large for one article (" + megabytes(size) + " MB; the limit is " + limit + ")"
                : "too large for one article (over the limit of " + limit + ")");
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

    /** A short, stack-free description of an I/O problem: the operating system's reason when there is one. */
    static String describe(Exception e) {
        if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) {
            return describe(u.getCause());
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null && !fse.getReason().isEmpty()) {
            String reason = fse.getReason();
            if (reason.startsWith("Too many levels of symbolic links")) {
                return "too many levels of symbolic links (a link loop?)";
            }
            return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : firstLine(message);
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
            lines = null;
        }
    }

    /** The lines of one JSON Lines file or stream, each turned into an article or a failure naming its line. */
    private final class JsonLines {
        private final String source;
        private final Path base;
        private final ByteLines reader;
        private int lineNumber;
        private int produced;
        private boolean started;
        private boolean done;

        JsonLines(String source, Path base, InputStream in) {
            this.source = source;
            this.base = base;
            this.reader = new ByteLines(in, limits.maxArticleBytes());
        }

        /** The next item, or null at the end of the input. */
        Item next() {
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
                        return new Item.Failure(where, "line too long for one article (" + megabytes(reader.fullLength())
                                + " MB; the limit is " + megabytes(limits.maxArticleBytes()) + " MB); skipped");
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
                return new Item.Failure(lineNumber == 0 ? source : source + ":" + (lineNumber + 1),
                        "cannot read: " + describe(e) + (lineNumber == 0 ? "" : "; the rest of the input is skipped"));
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
                return new Item.Failure(where, "not valid JSON" + column + ": " + shorten(firstLine(e.getOriginalMessage())));
            } catch (IOException e) {
                return new Item.Failure(where, "not valid JSON: " + describe(e));
            }
            if (node == null || !node.isObject()) {
                return new Item.Failure(where, "not a JSON object");
            }
            String id = text(node, "id");
            if (id == null) {
                return new Item.Failure(where, "no \"id\" field");
            }
            JsonNode textNode = node.get("text");
            String text;
            if (textNode != null && !textNode.isNull()) {
                if (!textNode.isTextual()) {
                    return new Item.Failure(where, "\"text\" is not a string");
                }
                text = textNode.textValue();
            } else if (text(node, "file") != null) {
                String file = text(node, "file");
                try {
                    text = readReferencedFile(file);
                } catch (TextDecoder.NotText e) {
                    return new Item.Failure(where, "file \"" + file + "\": " + e.getMessage()
                            + (e.line() > 0 ? " on line " + e.line() : ""));
                } catch (IOException e) {
                    return new Item.Failure(where, "file \"" + file + "\": " + describe(e));
                }
            } else {
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
            boolean folder = false;
            for (int up = 0; up <= 2 && root != null; up++, root = root.getParent()) {
                Path candidate = root.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    if (Files.size(candidate) > limits.maxArticleBytes()) {
                        throw new TextDecoder.NotText("too large for one article (" + megabytes(Files.size(candidate))
                                + " MB; the limit is " + megabytes(limits.maxArticleBytes()) + " MB)");
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

        void close() {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing was written; nothing to lose
            }
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

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
