package org.demarche.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it: words web authors use for article text ("article", "story",
 * "content") against words for page furniture ("comment", "share", "related", "promo", "caption"). General
 * vocabulary of page templates only; no rule names one site's markup.
 */
final class ClassHints {
    /** Furniture words matched inside longer names ("social-links", "commentList", "newsletterSignup"). */
    private static final Pattern NEGATIVE_STEMS = Pattern.compile("comment|share|sharing|social|related|recommend"
            + "|newsletter|subscri|signup|cookie|consent|gdpr|promo|sponsor|advert|banner|sidebar|breadcrumb"
            + "|footer|masthead|navbar|navigation|menu|popup|modal|overlay|outbrain|taboola|trending|popular"
            + "|recirc|more-stories|read-more|readmore|most-read|caption|credit|byline|author|toolbar|widget"
            + "|pagination|pager|disqus|rss|skip-link|tags|topics|keyword|paywall|login|visually-hidden"
            + "|sr-only|offscreen|teaser|thumbnail|gallery|carousel|slideshow|tooltip|dateline-time|timestamp"
            + "|contributor|bio\\b|alert|donate|podcast|playlist|video-player|embed-|feedback");
    /** Short furniture words that must stand alone ("ad" is not "header", "nav" is not "canvas"). */
    private static final Pattern NEGATIVE_WORDS = Pattern.compile(
            "(?:^|[^a-z])(?:ad|ads|adv|nav|tag|meta|aside|sidebar|share|date|time|source|photo|image|img|figure|icon"
                    + "|button|btn|link|links|hide|header|head|label|kicker|eyebrow|flag)(?:$|[^a-z])");
    /** Words for the article's own text. */
    private static final Pattern POSITIVE = Pattern.compile(
            "article|story|content|entry|post-body|postbody|text|body|main|prose|rich-?text|blog|news|paragraph");

    private ClassHints() {
    }

    /** The class and id of an element, lower case ("" when it has neither). */
    static String of(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    static boolean negative(String hint) {
        return !hint.isEmpty() && (NEGATIVE_STEMS.matcher(hint).find() || NEGATIVE_WORDS.matcher(hint).find());
    }

    static boolean positive(String hint) {
        return !hint.isEmpty() && POSITIVE.matcher(hint).find();
    }

    /** A score bonus for candidate containers: +25 for article words, -25 for furniture words. */
    static int weight(Element e) {
        String hint = of(e);
        int weight = 0;
        if (positive(hint)) {
            weight += 25;
        }
        if (negative(hint)) {
            weight -= 25;
        }
        return weight;
    }
}
