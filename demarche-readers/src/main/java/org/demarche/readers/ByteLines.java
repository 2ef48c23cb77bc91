package org.demarche.readers;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as raw bytes, so that each line can be decoded (and fail) on its own. A line longer
 * than the limit is skipped to its end without being held in memory; only its length is reported.
 */
final class ByteLines implements AutoCloseable {
    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean eof;

    private byte[] line = new byte[1 << 13];
    private int length;
    private long skipped;
    private long totalBytes;

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        if (line.length > 1 << 20) {
            line = new byte[1 << 13]; // don't keep a huge line's buffer for the rest of the file
        }
        length = 0;
        skipped = 0;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any;
            }
            any = true;
            int nl = indexOf(buffer, position, limit, (byte) '\n');
            int end = nl < 0 ? limit : nl;
            append(position, end);
            position = nl < 0 ? limit : nl + 1;
            if (nl >= 0) {
                if (length > 0 && line[length - 1] == '\r' && skipped == 0) {
                    length--;
                }
                return true;
            }
        }
    }

    /** The bytes of the current line (valid up to {@link #length()}), without its line break. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** Whether the current line was over the limit (its bytes were dropped). */
    boolean tooLong() {
        return skipped > 0;
    }

    /** The length in bytes of the current line, dropped bytes included. */
    long fullLength() {
        return length + skipped;
    }

    /** How many bytes have been read from the stream so far. */
    long totalBytes() {
        return totalBytes;
    }

    /** Whether the first line (peeked without consuming) holds a NUL byte within the binary probe: -1 if not. */
    int nulInFirstBytes() throws IOException {
        while (limit < Math.min(buffer.length, TextDecoder.BINARY_PROBE) && !eof) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
                totalBytes += n;
            }
        }
        return TextDecoder.indexOfNul(buffer, position, Math.min(limit, TextDecoder.BINARY_PROBE));
    }

    private void append(int from, int to) {
        int n = to - from;
        if (skipped > 0 || length + (long) n > maxLineBytes) {
            skipped += n;
            if (skipped == n) { // just went over: drop what was kept
                skipped += length;
                length = 0;
            }
            return;
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        position = 0;
        limit = 0;
        int n = in.read(buffer);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit = n;
        totalBytes += n;
        return true;
    }

    private static int indexOf(byte[] bytes, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
