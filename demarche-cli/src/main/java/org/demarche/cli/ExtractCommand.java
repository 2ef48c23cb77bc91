package org.demarche.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.demarche.Demarche;
import org.demarche.article.AnnotatedArticle;
import org.demarche.readers.ArticleReader;
import org.demarche.readers.InputLimits;
import org.demarche.readers.Item;
import org.demarche.cli.output.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code demarche extract PATH...}: one JSON line per article on standard output. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract every statement, its speaker and the article's metadata as JSON Lines on stdout.",
                "PATH: a text file (one article), a web page (.html/.htm or content starting <html; its body text and"
                        + " metadata), an RSS or Atom feed (one article per item), a WARC web archive (one article per"
                        + " HTML response), a .jsonl file (fields id and text, html or file; url, title, published,"
                        + " outlet, language used when present), a directory (recursive) or - for standard input."
                        + " Formats are recognised by content, else by name; files may be gzip.",
                "Each input that cannot be read gets one line on stderr (where and why), the rest is still processed,"
                        + " and the exit status is 1 if any failed."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, .jsonl files or - (stdin).")
    List<String> paths;

    @Option(names = "--with-text", description = "Include each article's text (the text the offsets point into).")
    boolean withText;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "The day the articles were collected: resolves year-less datelines and \"on Wednesday\" "
                    + "in articles whose record states no date of its own.")
    java.time.LocalDate referenceDate;

    @Override
    public Integer call() {
        Summary summary;
        org.demarche.pipeline.Pipeline pipeline = Demarche.pipeline();
        BatchRunner.Analyser analyser = referenceDate == null ? pipeline::annotate
                : raw -> pipeline.annotate(raw.referenceDate() == null ? raw.withReferenceDate(referenceDate) : raw);
        try (OutputStream out = new BufferedOutputStream(System.out, 1 << 16)) {
            summary = extract(paths, System.in, out, System.err, withText, threads, analyser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
        }
        return summary.exitStatus();
    }

    /**
     * Reads every input, writes one JSON line per article to {@code out} and one line per failure to {@code err};
     * ends with a summary line on {@code err} when anything failed.
     */
    static Summary extract(List<String> paths, InputStream stdin, OutputStream out, PrintStream err, boolean withText,
                           int threads, BatchRunner.Analyser analyser) {
        Summary summary = new Summary();
        try (ArticleReader reader = new ArticleReader(paths, InputLimits.DEFAULT, stdin);
             BatchRunner runner = new BatchRunner(analyser, threads)) {
            // A web page's or a feed item's analysed text is not the input as read, so its record carries that text.
            BiFunction<Item, AnnotatedArticle, byte[]> render = (item, article) -> ArticleJson.toJsonBytes(article,
                    withText || !(item instanceof Item.Article a && a.verbatim()));
            runner.run(reader, render, outcome -> {
                switch (outcome) {
                    case BatchRunner.Done<byte[]> done -> {
                        write(out, done.result());
                        summary.ok++;
                    }
                    case BatchRunner.Failed<byte[]> failed -> {
                        err.println("demarche: " + failed.source() + ": " + failed.reason());
                        summary.failed++;
                    }
                }
            });
            summary.skipped = reader.skipped();
        }
        if (summary.failed > 0 || summary.skipped > 0) {
            err.println("demarche: " + summary.ok + (summary.ok == 1 ? " article" : " articles") + " extracted, "
                    + (summary.skipped > 0 ? summary.skipped + " skipped (no article), " : "")
                    + summary.failed + " failed");
        }
        return summary;
    }

    private static void write(OutputStream out, byte[] line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
        }
    }

    static final class Summary {
        long ok;
        long skipped;
        long failed;

        int exitStatus() {
            return failed > 0 ? 1 : 0;
        }
    }
}
