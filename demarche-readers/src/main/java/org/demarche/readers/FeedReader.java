package org.demarche.readers;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.demarche.article.RawArticle;
import org.demarche.lang.LanguageDetector;
import org.xml.sax.InputSource;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed, parsed whole by ROME: one article per item, from its full content
 * ({@code content:encoded}, Atom {@code content}) when the feed embeds it, else its summary ({@code description},
 * Atom {@code summary}). HTML content becomes a web page for the HTML extractor. The item's link, title and date
 * are stated for the article, and the feed's title stands for the outlet. DOCTYPEs are refused (ROME's default),
 * so a feed cannot expand entities or fetch anything.
 */
final class FeedReader implements Records {
    /** Content that is HTML whatever its declared type says: it holds a block or line-break tag. */
    private static final Pattern MARKUP = Pattern.compile("<(p|br|div|h[1-6]|ul|ol|li|blockquote|table)[\\s/>]",
            Pattern.CASE_INSENSITIVE);

    private final String source;
    private final String feedId;
    private Item failure;
    private SyndFeed feed;
    private Iterator<SyndEntry> entries;
    private int number;

    /** {@code xml}: the whole feed, in the encoding its XML declaration or byte-order mark gives. */
    FeedReader(String source, String feedId, byte[] xml) {
        this.source = source;
        this.feedId = feedId;
        try {
            feed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(xml)));
            entries = feed.getEntries().iterator();
            if (!entries.hasNext()) {
                failure = new Item.Failure(source, "feed with no items");
            }
        } catch (FeedException | RuntimeException e) {
            failure = new Item.Failure(source, "not a readable RSS or Atom feed ("
                    + Reasons.shorten(Reasons.firstLine(rootCause(e).getMessage())) + ")");
        }
    }

    @Override
    public Item next() {
        if (failure != null) {
            Item item = failure;
            failure = null;
            entries = null;
            return item;
        }
        if (entries == null || !entries.hasNext()) {
            return null;
        }
        number++;
        return item(entries.next());
    }

    private Item item(SyndEntry entry) {
        String where = source + ", item " + number;
        String url = blankToNull(entry.getLink());
        String id = blankToNull(entry.getUri()) != null ? entry.getUri().strip() : url != null ? url : feedId + "-" + number;
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Stated stated = new Stated(url, blankToNull(entry.getTitle()), date == null ? null : date.toInstant().toString(),
                blankToNull(feed.getTitle()), LanguageDetector.fromTag(feed.getLanguage()), null);
        SyndContent content = firstNonBlank(entry.getContents());
        if (content == null && entry.getDescription() != null && blankToNull(entry.getDescription().getValue()) != null) {
            content = entry.getDescription();
        }
        if (content == null) {
            return new Item.Failure(where, "feed item with no text (neither content nor summary)");
        }
        String value = content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.contains("html") || MARKUP.matcher(value).find()) {
            return new Item.Page(where, id, value.getBytes(StandardCharsets.UTF_8), "UTF-8", stated);
        }
        return new Item.Article(where, stated.over(RawArticle.of(id, value.strip())), false);
    }

    private static SyndContent firstNonBlank(List<SyndContent> contents) {
        return contents.stream().filter(c -> blankToNull(c.getValue()) != null).findFirst().orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Override
    public void close() {
        entries = null;
        feed = null;
    }
}
