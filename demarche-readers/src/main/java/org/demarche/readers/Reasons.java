package org.demarche.readers;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Short, stack-free reasons for the user: what went wrong with an input, in one line. */
final class Reasons {
    private Reasons() {
    }

    /** An I/O problem: the operating system's reason when there is one. */
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
        return message == null ? e.getClass().getSimpleName() : shorten(firstLine(message));
    }

    /** "too large for one article (12 MB; the limit is 10 MB)", or without the size when it is unknown (-1). */
    static String tooLarge(String what, long size, long limit) {
        return size >= 0
                ? "too large for " + what + " (" + megabytes(size) + " MB; the limit is " + megabytes(limit) + " MB)"
                : "too large for " + what + " (over the limit of " + megabytes(limit) + " MB)";
    }

    static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "parse error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
