package org.demarche.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.demarche.Demarche;
import org.demarche.cli.input.ArticleReader;
import org.demarche.cli.input.InputLimits;
import org.demarche.cli.output.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code demarche extract PATH...}: one JSON line per article on standard output. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract every statement, its speaker and the article's metadata as JSON Lines on stdout.",
                "PATH: a text file (one article), a directory (recursive), a .jsonl file (fields id and text or file;"
                        + " url, title, published, outlet, language used when present) or - for standard input.",
                "Each input that cannot be read gets one line on stderr; the exit status is 1 if any failed."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, .jsonl files or - (stdin).")
    List<String> paths;

    @Option(names = "--with-text", description = "Include each article's text (the text the offsets point into).")
    boolean withText;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        Summary summary;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            summary = extract(paths, out, System.err, withText, threads);
        }
        if (summary.failed > 0) {
            System.err.println("demarche: " + summary.ok + " articles extracted, " + summary.failed + " failed");
        }
        return summary.failed > 0 ? 1 : 0;
    }

    /** Reads every input, writes one JSON line per article to {@code out} and one line per failure to {@code err}. */
    static Summary extract(List<String> paths, Writer out, PrintStream err, boolean withText, int threads) {
        Summary summary = new Summary();
        try (ArticleReader reader = new ArticleReader(paths, InputLimits.DEFAULT, System.in);
             BatchRunner runner = new BatchRunner(Demarche.pipeline(), threads)) {
            runner.run(reader, outcome -> {
                switch (outcome) {
                    case BatchRunner.Done done -> {
                        write(out, ArticleJson.toJson(done.article(), withText));
                        summary.ok++;
                    }
                    case BatchRunner.Failed failed -> {
                        err.println("demarche: " + failed.source() + ": " + failed.reason());
                        summary.failed++;
                    }
                }
            });
        }
        return summary;
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final class Summary {
        long ok;
        long failed;
    }
}
