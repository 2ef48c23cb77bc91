package org.demarche.readers;

import java.time.LocalDate;
import org.demarche.article.RawArticle;

/**
 * What a container says about a page it holds: a JSON Lines record's fields, a feed item's link, title and date, a
 * web archive's target URI and crawl date. Each field may be null. The container is explicit where the page is
 * guessed at, so a stated field wins over the page's own.
 *
 * @param crawled the day the page was collected, the reference date for year-less datelines
 */
public record Stated(String url, String title, String published, String outlet, String language, LocalDate crawled) {
    public static final Stated NOTHING = new Stated(null, null, null, null, null, null);

    /** {@code page} with every field this states in place of the page's own. */
    RawArticle over(RawArticle page) {
        return new RawArticle(page.id(), page.text(), or(url, page.url()), or(title, page.title()),
                or(published, page.published()), or(outlet, page.outlet()), or(language, page.language()),
                crawled != null ? crawled : page.referenceDate());
    }

    private static <T> T or(T stated, T found) {
        return stated != null ? stated : found;
    }
}
