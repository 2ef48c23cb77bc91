package org.demarche.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.demarche.article.RawArticle;
import org.demarche.cli.bench.SyntheticCorpus;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demarche generate-warc FILE}: a web archive of invented news pages, to measure how reading web archives
 * scales (memory must stay flat with the number of records; see docs/benchmarks.md).
 */
@Command(name = "generate-warc", mixinStandardHelpOptions = true,
        description = {"Write a gzip-compressed WARC of invented news pages (fictional officials and countries) for"
                + " benchmarks: one HTTP 200 text/html response record per page. Not for real data."})
final class GenerateWarcCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The web archive to write (.warc.gz).")
    Path file;

    @Option(names = "--pages", description = "How many pages (default: ${DEFAULT-VALUE}).")
    int pages = 10_000;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}): the same seed, the same pages.")
    long seed = 1;

    @Override
    public Integer call() throws IOException {
        Iterator<RawArticle> articles = new SyntheticCorpus(2_000, seed).articles(pages).iterator();
        try (WarcWriter warc = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            while (articles.hasNext()) {
                RawArticle article = articles.next();
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.HTML_UTF8, page(article).getBytes(StandardCharsets.UTF_8)).build();
                LocalDate day = LocalDate.parse(article.published().substring(0, 10));
                warc.write(new WarcResponse.Builder(URI.create(article.url()))
                        .date(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).body(http).build());
            }
        }
        System.err.println("demarche: " + pages + " pages written to " + file);
        return 0;
    }

    /** The article as a news site would serve it: the body among menus, a headline and a footer. */
    private static String page(RawArticle article) {
        String title = "Report " + article.id(); // the invented articles have no headline
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append(" | ").append(escape(article.outlet()))
                .append("</title><meta property=\"article:published_time\" content=\"").append(article.published())
                .append("\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>")
                .append(title).append("</h1>");
        for (String paragraph : article.text().split("\n+")) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        return html.append("</article><footer>All rights reserved.</footer></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
