package org.demarche.html;

import java.util.List;
import java.util.Objects;
import org.demarche.article.RawArticle;

/**
 * What a web page says about the article it carries. Every field but {@code text} and {@code authors} may be null.
 *
 * @param text      the article body: paragraphs separated by a blank line, without menus, related links,
 *                  comments, share buttons or captions (empty when the page holds no readable text)
 * @param published the publication date or date-time as the page states it, ISO 8601 ("2021-03-04" or
 *                  "2021-03-04T09:30:00Z")
 * @param language  the page's language as a lower-case primary subtag ("en", "ru")
 */
public record HtmlArticle(String text, String title, String published, List<String> authors, String siteName,
                          String canonicalUrl, String language) {
    public HtmlArticle {
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors);
    }

    /** The article as the pipeline reads it (the pipeline has no field for authors). */
    public RawArticle toRawArticle(String id) {
        return new RawArticle(id, text, canonicalUrl, title, published, siteName, language, null);
    }
}
