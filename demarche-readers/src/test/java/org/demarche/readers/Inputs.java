package org.demarche.readers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.demarche.article.RawArticle;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.WarcResource;

/** Test inputs written on the spot (invented officials and countries), and the reader run over them. */
final class Inputs {
    static final String STORY = "Velmoran Deputy Foreign Minister Oren Vasku said on Tuesday that the border talks"
            + " would resume next week. \"We are ready to listen,\" Vasku told reporters in Ardena.";
    static final String RU_STORY = "Заместитель министра иностранных дел Велморы Орен Васку заявил во вторник, что"
            + " переговоры о границе возобновятся на следующей неделе. «Мы готовы слушать», — сказал Васку журналистам.";

    private Inputs() {
    }

    /** A web page carrying {@code story} in a few paragraphs, with {@code head} inside its {@code <head>}. */
    static String page(String head, String title, String story) {
        return "<!DOCTYPE html><html><head>" + head + "<title>" + title + "</title></head><body><nav><a href=/>Home</a>"
                + "</nav><article><h1>" + title + "</h1><p>" + story + "</p><p>" + story + "</p></article></body></html>";
    }

    /** Everything the reader gives for {@code paths}, with {@code stdin} as standard input. */
    static List<Item> read(InputStream stdin, String... paths) {
        List<Item> items = new ArrayList<>();
        try (ArticleReader reader = new ArticleReader(List.of(paths), InputLimits.DEFAULT, stdin)) {
            reader.forEachRemaining(items::add);
        }
        return items;
    }

    static List<Item> read(Path... paths) {
        return read(InputStream.nullInputStream(), java.util.Arrays.stream(paths).map(Path::toString).toArray(String[]::new));
    }

    static InputStream stdin(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** The article an item carries, extracting a page's. */
    static RawArticle article(Item item) {
        return switch (item) {
            case Item.Article a -> a.article();
            case Item.Page p -> p.article();
            case Item.Failure f -> throw new AssertionError("a failure: " + f);
        };
    }

    /** A web archive written with jwarc, record by record. */
    static final class Warc implements AutoCloseable {
        private final WarcWriter writer;

        Warc(Path file, boolean gzip) throws IOException {
            writer = new WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        }

        /** An HTTP response record: {@code status}, {@code contentType} and a body. */
        Warc response(String url, Instant date, int status, String contentType, byte[] body) throws IOException {
            HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                    .body(MediaType.parse(contentType), body).build();
            writer.write(new WarcResponse.Builder(URI.create(url)).date(date).body(http).build());
            return this;
        }

        Warc page(String url, Instant date, String html) throws IOException {
            return response(url, date, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }

        Warc page(String url, Instant date, String html, Charset charset) throws IOException {
            return response(url, date, 200, "text/html; charset=" + charset.name(), html.getBytes(charset));
        }

        /** A record that is not a response (here a resource: an image), which holds no page. */
        Warc image(String url) throws IOException {
            writer.write(new WarcResource.Builder(URI.create(url)).body(MediaType.parse("image/png"), new byte[] {1, 2, 3})
                    .build());
            return this;
        }

        long position() {
            return writer.position();
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
