package org.demarche.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long run on standard error: on a terminal, one bar redrawn in place (articles, articles/s and
 * the time left when the total is known); otherwise a plain log line every {@code LOG_EVERY_NANOS}, so logs of
 * a scheduled run stay readable.
 */
final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastShown = started;

    /**
     * @param total how many articles are expected, or a negative number when unknown (no bar, no time left)
     */
    Progress(PrintStream err, boolean terminal, long total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    /** True when standard error is most likely a terminal someone watches. */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // JDK 22+ returns a console even when redirected; isTerminal() tells the truth there.
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only when attached to a terminal
        }
    }

    void advance() {
        done++;
        long now = System.nanoTime();
        if (now - lastShown >= (terminal ? REDRAW_NANOS : LOG_EVERY_NANOS)) {
            lastShown = now;
            show(now);
        }
    }

    /** Clears the bar (the summary line follows). */
    void end() {
        if (terminal) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    private void show(long now) {
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        if (!terminal) {
            err.println(String.format(Locale.ROOT, "demarche: %,d articles so far (%,.0f articles/s)", done, rate));
            return;
        }
        StringBuilder line = new StringBuilder("\r");
        if (total > 0) {
            int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%,d/%,d", done, total));
        } else {
            line.append(String.format(Locale.ROOT, "%,d", done));
        }
        line.append(String.format(Locale.ROOT, " articles  %,.0f/s", rate));
        if (total > 0 && rate > 0 && done < total) {
            long left = (long) ((total - done) / rate);
            line.append(String.format(Locale.ROOT, "  ETA %d:%02d:%02d", left / 3600, left / 60 % 60, left % 60));
        }
        err.print(line.append("\033[K"));
        err.flush();
    }
}
