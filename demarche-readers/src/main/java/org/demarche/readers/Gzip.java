package org.demarche.readers;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Gzip-compressed input, recognised by its magic number whatever its name, with plain reasons for damaged data. */
public final class Gzip {
    private Gzip() {
    }

    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /**
     * The decompressed content of gzip bytes, at most {@code limit} bytes of it (one more when the content is
     * larger, so the caller can tell). Corrupt or truncated data throws an {@link IOException} saying so.
     */
    public static byte[] gunzip(byte[] bytes, long limit) throws IOException {
        try (InputStream in = open(new ByteArrayInputStream(bytes))) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /** A stream decompressing {@code compressed}, whose errors say "truncated" or "corrupt" gzip data. */
    static InputStream open(InputStream compressed) throws IOException {
        return new Explained(compressed);
    }

    private static final class Explained extends FilterInputStream {
        Explained(InputStream compressed) throws IOException {
            super(null);
            try {
                in = new GZIPInputStream(compressed, 1 << 16);
            } catch (IOException e) {
                throw explain(e);
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw explain(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw explain(e);
            }
        }

        private static IOException explain(IOException e) {
            if (e instanceof EOFException) {
                return new IOException("truncated gzip data (the file ends too early)", e);
            }
            if (e instanceof ZipException) {
                return new IOException("corrupt gzip data (" + e.getMessage() + ")", e);
            }
            return e;
        }
    }
}
