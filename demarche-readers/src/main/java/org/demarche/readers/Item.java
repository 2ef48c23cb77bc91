package org.demarche.readers;

import java.time.LocalDate;
import org.demarche.article.RawArticle;
import org.demarche.html.HtmlArticle;
import org.demarche.html.HtmlArticleExtractor;

/** One thing read from the input: an article, a web page still to turn into one, or a failure to read one. */
public sealed interface Item {
    /** Where the item came from, as a user would name it: "dir/a.txt", "gold.jsonl:17", "crawl.warc.gz, record 3". */
    String source();

    /** The day the item was collected (a web archive's crawl date), which dates what the article leaves undated; or null. */
    LocalDate referenceDate();

    /**
     * An article whose text is ready for the pipeline. {@code verbatim}: its text is the input as read (a text file,
     * a JSON line's {@code text}), so output may point into the input without repeating the text; false for text
     * taken out of markup (a feed item's summary).
     */
    record Article(String source, RawArticle article, boolean verbatim) implements Item {
        public Article(String source, RawArticle article) {
            this(source, article, true);
        }

        @Override
        public LocalDate referenceDate() {
            return article.referenceDate();
        }
    }

    /**
     * A web page as read: its bytes in whatever encoding it uses, the encoding its container declared (an HTTP
     * {@code Content-Type} charset, or null) and what the container states about it. Its article is extracted by
     * {@link #article()}, which a worker thread calls, so page extraction runs on every core rather than on the
     * reading thread.
     */
    record Page(String source, String id, byte[] html, String declaredCharset, Stated stated) implements Item {
        private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();

        /** A page that comes with nothing but its bytes (a file, standard input). */
        public Page(String source, String id, byte[] html) {
            this(source, id, html, null, Stated.NOTHING);
        }

        @Override
        public LocalDate referenceDate() {
            return stated.crawled();
        }

        /** The page's article; throws {@link NoArticle} when the page holds no readable text. */
        public RawArticle article() {
            HtmlArticle page = EXTRACTOR.extract(PageEncoding.reader(html, declaredCharset), stated.url());
            if (page.text().isBlank()) {
                throw new NoArticle("web page with no article text");
            }
            return stated.over(page.toRawArticle(id));
        }
    }

    /** An input that was read but holds no article; its message is the reason to show the user. */
    final class NoArticle extends RuntimeException {
        public NoArticle(String reason) {
            super(reason, null, false, false);
        }
    }

    record Failure(String source, String reason) implements Item {
        @Override
        public LocalDate referenceDate() {
            return null;
        }
    }
}
