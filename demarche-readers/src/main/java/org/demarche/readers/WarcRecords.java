package org.demarche.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive (WARC, plain or gzip-compressed record by record, as crawls like CC-NEWS publish them), streamed
 * by jwarc one record at a time, so memory stays flat however large the file. Every successful HTML response
 * (HTTP 200, {@code text/html} or {@code application/xhtml+xml}) becomes a web page, with the target URI as its
 * URL, the HTTP charset as its declared encoding and the record's date as the crawl date; other records are skipped
 * and counted. A corrupt record gives one failure; in a file, reading resumes at the next record found after it
 * (the next gzip member, or the next line starting "WARC/1."), on a stream the rest is skipped.
 */
final class WarcRecords implements Records {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final String source;
    private final InputLimits limits;
    private final Path file;
    private WarcReader reader;
    private long number;
    private long skipped;

    /** A web archive in a file, which can resume after a corrupt record. */
    static WarcRecords of(String source, Path file, InputLimits limits) throws IOException {
        return new WarcRecords(source, file, FileChannel.open(file, StandardOpenOption.READ), limits);
    }

    /** A web archive on a stream (standard input, a pipe), read to its first corrupt record. */
    static WarcRecords of(String source, InputStream in, InputLimits limits) throws IOException {
        return new WarcRecords(source, null, Channels.newChannel(in), limits);
    }

    private WarcRecords(String source, Path file, ReadableByteChannel channel, InputLimits limits) throws IOException {
        this.source = source;
        this.file = file;
        this.limits = limits;
        this.reader = open(channel);
    }

    private static WarcReader open(ReadableByteChannel channel) throws IOException {
        WarcReader reader = new WarcReader(channel);
        reader.setLenient(true); // accept the small deviations from the standard real crawlers' archives have
        reader.onWarning(warning -> { }); // jwarc prints warnings on stderr by default; a bad record fails below
        return reader;
    }

    @Override
    public Item next() {
        while (reader != null) {
            Optional<WarcRecord> record;
            try {
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                return corrupt(reader.position(), e); // jwarc moved to the failing record's start before parsing it
            }
            if (record.isEmpty()) {
                close();
                return null;
            }
            number++;
            Item item = page(record.get());
            if (item != null) {
                return item;
            }
            skipped++;
        }
        return null;
    }

    /** The record's web page, a failure when it cannot be read, or null when it holds no page (skipped). */
    private Item page(WarcRecord record) {
        String where = source + ", record " + number + " at byte " + record.position();
        if (!(record instanceof WarcResponse response)) {
            return null;
        }
        try {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                return null; // a DNS or Gemini response, or a resource record's raw payload
            }
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            if (http.status() != 200 || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
                return null;
            }
            byte[] html;
            try (InputStream body = http.bodyDecoded().stream()) {
                html = body.readNBytes((int) limits.maxArticleBytes() + 1);
            }
            if (html.length > limits.maxArticleBytes()) {
                return new Item.Failure(where, Reasons.tooLarge("one article", -1, limits.maxArticleBytes()));
            }
            String url = response.target();
            LocalDate crawled = LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
            return new Item.Page(where, idOf(record), html, type.parameters().get("charset"),
                    new Stated(url, null, null, null, null, crawled));
        } catch (IOException | RuntimeException e) {
            return new Item.Failure(where, "unreadable record (" + Reasons.describe(e) + ")");
        }
    }

    /** The record's id without its {@code urn:uuid:} scheme: stable across runs, unique across archives. */
    private static String idOf(WarcRecord record) {
        String id = record.id().toString();
        return id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : id;
    }

    /** One failure for a record that cannot be parsed, and a fresh reader at the next record when there is one. */
    private Item corrupt(long start, Exception e) {
        String where = source + ", record " + (number + 1) + " at byte " + start;
        String reason = "corrupt record (" + Reasons.describe(e) + ")";
        number++;
        close();
        if (file == null) {
            return new Item.Failure(where, reason + "; the rest of the input is skipped");
        }
        try {
            long next = nextRecordStart(start + 1);
            if (next < 0) {
                return new Item.Failure(where, reason + "; no record follows it");
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(next);
            reader = open(channel);
            return new Item.Failure(where, reason + "; reading resumes at byte " + next);
        } catch (IOException again) {
            return new Item.Failure(where, reason + "; cannot read on (" + Reasons.describe(again) + ")");
        }
    }

    /**
     * The offset of the first record start at or after {@code from}: a gzip member header in a compressed archive,
     * a line beginning "WARC/1." in a plain one; -1 when there is none.
     */
    private long nextRecordStart(long from) throws IOException {
        boolean gzip = firstBytesAreGzip();
        byte[] marker = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long position = gzip ? from : from - 1;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (true) {
                buffer.clear();
                int n = channel.read(buffer, position);
                if (n < marker.length) {
                    return -1;
                }
                byte[] bytes = buffer.array();
                for (int i = 0; i + marker.length <= n; i++) {
                    if (startsWith(bytes, i, marker)) {
                        return gzip ? position + i : position + i + 1;
                    }
                }
                position += n - marker.length + 1;
            }
        }
    }

    private boolean firstBytesAreGzip() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(2);
            channel.read(head, 0);
            return Gzip.isGzip(head.array());
        }
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] marker) {
        for (int k = 0; k < marker.length; k++) {
            if (bytes[at + k] != marker[k]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long skipped() {
        return skipped;
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // only read from; nothing to lose
            }
            reader = null;
        }
    }
}
