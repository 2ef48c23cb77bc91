package org.demarche.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A quick count of the articles the inputs hold, for a progress bar's time left: one per text file, one per
 * non-empty line of a JSON Lines file. Unknown (-1) for standard input and pipes, and when a feed or web archive
 * is among the inputs; unreadable inputs count as nothing (the reader reports them).
 */
public final class InputCount {
    private InputCount() {
    }

    public static long of(List<String> paths) {
        long n = 0;
        for (String p : paths) {
            if (p.equals("-")) {
                return -1;
            }
            Path path = Path.of(p);
            if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
                if (Files.exists(path)) {
                    return -1; // a named pipe: reading it to count would consume it
                }
                continue;
            }
            try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                List<Path> found = files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith(".")).toList();
                if (found.stream().anyMatch(InputCount::holdsUncountedItems)) {
                    return -1;
                }
                n += found.stream().mapToLong(InputCount::articlesIn).sum();
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return n;
    }

    /** A feed or a web archive, by its name: counting its items would mean parsing it. */
    private static boolean holdsUncountedItems(Path file) {
        Format format = Format.of(file.getFileName().toString(), new byte[0], 0);
        return format == Format.FEED || format == Format.WARC;
    }

    private static long articlesIn(Path file) {
        if (!file.getFileName().toString().endsWith(".jsonl")) {
            return 1;
        }
        long lines = 0;
        boolean blank = true;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int r; (r = in.read(buffer)) > 0; ) {
                for (int i = 0; i < r; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += blank ? 0 : 1;
                        blank = true;
                    } else if (b != ' ' && b != '\r' && b != '\t') {
                        blank = false;
                    }
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return lines + (blank ? 0 : 1);
    }
}
