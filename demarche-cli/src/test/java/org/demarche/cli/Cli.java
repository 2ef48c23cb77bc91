package org.demarche.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.demarche.Demarche;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
    private Cli() {
    }

    record Run(int status, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** {@code demarche ARGS...} as the launcher runs it (standard input is empty). */
    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(InputStream.nullInputStream());
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    /** {@code demarche extract PATHS...} with the given standard input and analysis step. */
    static Run extract(List<String> paths, InputStream stdin, BatchRunner.Analyser analyser) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExtractCommand.Summary summary = ExtractCommand.extract(paths, stdin, out,
                new PrintStream(err, true, StandardCharsets.UTF_8), false, 2, analyser);
        return new Run(summary.exitStatus(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run extract(List<String> paths, InputStream stdin) {
        return extract(paths, stdin, Demarche.pipeline()::annotate);
    }
}
