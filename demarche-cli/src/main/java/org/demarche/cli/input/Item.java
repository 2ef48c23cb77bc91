package org.demarche.cli.input;

import org.demarche.article.RawArticle;
import org.demarche.html.HtmlArticleExtractor;

/** One thing read from the input: an article, a web page still to turn into one, or a failure to read one. */
public sealed interface Item {
    /** Where the item came from, as a user would name it: "dir/a.txt", "gold.jsonl:17". */
    String source();

    record Article(String source, RawArticle article) implements Item {
    }

    /**
     * A web page as read (bytes, in whatever encoding it declares). Its article is extracted by {@link #article()},
     * which a worker thread calls, so page extraction runs on every core rather than on the reading thread.
     */
    record Page(String source, String id, byte[] html) implements Item {
        private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();

        /** The page's article; throws {@link NoArticle} when the page holds no readable text. */
        public RawArticle article() {
            RawArticle article = EXTRACTOR.extract(html, null).toRawArticle(id);
            if (article.text().isBlank()) {
                throw new NoArticle("web page with no article text");
            }
            return article;
        }
    }

    /** An input that was read but holds no article; its message is the reason to show the user. */
    final class NoArticle extends RuntimeException {
        public NoArticle(String reason) {
            super(reason, null, false, false);
        }
    }

    record Failure(String source, String reason) implements Item {
    }
}
