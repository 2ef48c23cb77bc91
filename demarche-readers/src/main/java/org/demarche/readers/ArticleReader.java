package org.demarche.readers;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
import java.util.NoSuchElementException;
import org.demarche.article.RawArticle;

/**
 * Streams articles from the paths a user names: files, directories (recursively, in name order, hidden files and
 * folders skipped), named pipes and {@code -} for standard input. Each input's format is recognised by its first
 * bytes, after decompression when it is gzip, else by its name (see {@link Format}): plain text (one article),
 * a web page, JSON Lines ({@link JsonLinesReader}), an RSS or Atom feed ({@link FeedReader}) or a web archive
 * ({@link WarcRecords}). Nothing is held beyond the current article, line or record (a feed is parsed whole, up to
 * its limit). Every input or record that cannot be read becomes one {@link Item.Failure} saying where and why, and
 * reading goes on with the next.
 */
public final class ArticleReader implements Iterator<Item>, AutoCloseable {
    /** A path still to read; {@code walked} when it was found inside a directory rather than named by the user. */
    private record Pending(Path path, String name, boolean walked, String failure) {
    }

    private final Deque<Pending> pending = new ArrayDeque<>();
    private final InputLimits limits;
    private final InputStream stdin;
    private Item next;
    private Records records;
    private long skipped;

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
            if (records != null) {
                next = records.next();
                if (next == null) {
                    closeRecords();
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

    /** How many records so far held no article and were passed over (a web archive's requests, images...). */
    public long skipped() {
        return skipped + (records == null ? 0 : records.skipped());
    }

    /** The item of a one-article input, or null when the input's items follow (many records, a directory). */
    private Item open(Pending p) {
        if (p.path == null) {
            return read("stdin", "stdin", null, stdin, null, -1);
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
            if (!attrs.isRegularFile() && p.walked) {
                return new Item.Failure(source, "not a regular file (a pipe, socket or device); skipped");
            }
            // A named pipe or device given by name, e.g. <(zcat articles.jsonl.gz), is read as a stream.
            String name = path.getFileName().toString();
            return read(source, idOf(path), name, Files.newInputStream(path), attrs.isRegularFile() ? path : null,
                    attrs.isRegularFile() ? attrs.size() : -1);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Item.Failure(source, "cannot read: " + Reasons.describe(e));
        }
    }

    /**
     * Recognises an input's format and reads it: one article or page, or the start of its records. {@code file}
     * is the regular file behind {@code raw} (null for a stream), {@code size} its size (-1 when unknown).
     */
    private Item read(String source, String id, String name, InputStream raw, Path file, long size) {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        boolean handedOver = false;
        try {
            boolean gzip = Gzip.isGzip(peek(in, 2));
            byte[] head = gzip ? peekDecompressed(in) : peek(in, Format.SNIFF_BYTES);
            Format format = Format.of(name, head, head.length);
            if (format == Format.WARC) { // jwarc reads compressed archives itself, record by record
                if (file != null) { // a file can be read on after a corrupt record, from its own channel
                    records = WarcRecords.of(source, file, limits);
                    return null;
                }
                records = WarcRecords.of(source, in, limits);
                handedOver = true;
                return null;
            }
            InputStream content = gzip ? Gzip.open(in) : in;
            switch (format) {
                case JSON_LINES -> {
                    Path base = file != null ? file.toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
                    records = new JsonLinesReader(source, base, content, limits);
                    handedOver = true;
                    return null;
                }
                case FEED -> {
                    byte[] xml = readAtMost(content, limits.maxFeedBytes());
                    if (xml.length > limits.maxFeedBytes()) {
                        return new Item.Failure(source, Reasons.tooLarge("one feed", gzip ? -1 : size, limits.maxFeedBytes()));
                    }
                    records = new FeedReader(source, id, xml);
                    return null;
                }
                default -> {
                    if (!gzip && size > limits.maxArticleBytes()) {
                        return tooLarge(source, size);
                    }
                    byte[] bytes = readAtMost(content, limits.maxArticleBytes());
                    if (bytes.length > limits.maxArticleBytes()) {
                        return tooLarge(source, -1);
                    }
                    if (format == Format.HTML) {
                        return bytes.length == 0 ? new Item.Failure(source, "empty file") : new Item.Page(source, id, bytes);
                    }
                    // A file's modification time says when it was copied, not when the article appeared: no reference date.
                    return new Item.Article(source, RawArticle.of(id, TextDecoder.decode(bytes)));
                }
            }
        } catch (TextDecoder.NotText e) {
            return new Item.Failure(e.line() > 0 ? source + ":" + e.line() : source, file == null && e.getMessage()
                    .equals("empty file") ? "empty input" : e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Item.Failure(source, "cannot read: " + Reasons.describe(e));
        } finally {
            if (!handedOver) {
                closeQuietly(in);
            }
        }
    }

    /** The first {@code n} bytes (fewer at the end of the input), left unread. */
    private static byte[] peek(InputStream in, int n) throws IOException {
        in.mark(n);
        try {
            return in.readNBytes(n);
        } finally {
            in.reset();
        }
    }

    /** The first bytes of gzip content once decompressed, the compressed bytes left unread. */
    private static byte[] peekDecompressed(InputStream in) throws IOException {
        int window = 1 << 20; // far more compressed bytes than the first few kilobytes of content can take
        in.mark(window);
        try {
            InputStream unclosable = new FilterInputStream(in) {
                @Override
                public void close() {
                }
            };
            return Gzip.open(unclosable).readNBytes(Format.SNIFF_BYTES);
        } catch (IOException e) {
            return new byte[0]; // damaged from the start: the read that follows reports it
        } finally {
            in.reset();
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
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
                            ? "symbolic link to a folder that contains it; not followed"
                            : "cannot read: " + Reasons.describe(e)));
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

    private Item.Failure tooLarge(String source, long size) {
        return new Item.Failure(source, Reasons.tooLarge("one article", size, limits.maxArticleBytes()));
    }

    /** A file's id is its name without extensions: "dir/x.txt" and "x.html.gz" give "x". */
    public static String idOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.indexOf('.', 1);
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void closeRecords() {
        skipped += records.skipped();
        records.close();
        records = null;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // only read from; nothing to lose
        }
    }

    @Override
    public void close() {
        if (records != null) {
            closeRecords();
        }
    }
}
