package org.demarche.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Turns a web page into the article it carries: the body text with its paragraphs (see {@link BodyExtractor}) and
 * the page's metadata (see {@link PageMetadata}). Stateless and thread-safe: every call parses its own document.
 * Any input gives a result, never an exception: a page with no article gives empty text.
 */
public final class HtmlArticleExtractor {
    /**
     * Elements nested deeper than this are attached at this depth by the parser, so a hostile page cannot make the
     * tree, or any walk over it, arbitrarily deep. Real pages stay well under 100.
     */
    private static final int MAX_DEPTH = 512;

    /** A page given as text (already decoded). {@code pageUrl}, may be null, resolves relative links. */
    public HtmlArticle extract(String html, String pageUrl) {
        return extract(parser().parseInput(html, pageUrl == null ? "" : pageUrl), pageUrl);
    }

    /**
     * A page given as a stream of characters (decoded as it is read). {@code pageUrl}, may be null, resolves
     * relative links.
     */
    public HtmlArticle extract(Reader html, String pageUrl) {
        return extract(parser().parseInput(html, pageUrl == null ? "" : pageUrl), pageUrl);
    }

    /**
     * A page given as bytes: the encoding is taken from a byte-order mark, else the page's {@code <meta charset>},
     * else UTF-8.
     */
    public HtmlArticle extract(byte[] html, String pageUrl) {
        try {
            return extract(Jsoup.parse(new ByteArrayInputStream(html), null, pageUrl == null ? "" : pageUrl, parser()),
                    pageUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
        }
    }

    private static Parser parser() {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    }

    private static HtmlArticle extract(Document doc, String pageUrl) {
        PageScan scan = PageScan.of(doc);
        JsonNode article = JsonLd.article(scan.jsonLdBlocks());
        PageMetadata.Fields meta = PageMetadata.read(doc, scan.marks(), article, pageUrl);
        String text = DeclaredBody.reconcile(BodyExtractor.extract(scan.body(), scan.junk()),
                JsonLd.text(article, "articleBody"));
        return new HtmlArticle(text, meta.title(), meta.published(), meta.authors(), meta.siteName(),
                meta.canonicalUrl(), meta.language());
    }
}
