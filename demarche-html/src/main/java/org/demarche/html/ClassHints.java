package org.demarche.html;

import java.util.Locale;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it: words web authors use for article text ("article", "story",
 * "content") against words for page furniture ("comment", "share", "related", "promo", "caption"). General
 * vocabulary of page templates only; no rule names one site's markup.
 */
final class ClassHints {
    /** Furniture words matched inside longer names ("social-links", "commentList", "newsletterSignup"). */
    private static final List<String> NEGATIVE_STEMS = List.of("comment", "share", "sharing", "social", "related",
            "recommend", "newsletter", "subscri", "signup", "cookie", "consent", "gdpr", "promo", "sponsor", "advert",
            "banner", "sidebar", "breadcrumb", "footer", "masthead", "navbar", "navigation", "menu", "popup", "modal",
            "overlay", "outbrain", "taboola", "trending", "popular", "recirc", "more-stories", "read-more", "readmore",
            "most-read", "caption", "credit", "byline", "author", "toolbar", "widget", "pagination", "pager", "disqus",
            "rss", "skip-link", "tags", "topics", "keyword", "paywall", "login", "visually-hidden", "sr-only",
            "offscreen", "teaser", "thumbnail", "gallery", "carousel", "slideshow", "tooltip", "timestamp",
            "contributor", "alert", "donate", "podcast", "playlist", "video-player", "embed-", "feedback");
    /** Short furniture words that must stand alone ("ad" is not "header", "nav" is not "canvas"). */
    private static final Set<String> NEGATIVE_WORDS = Set.of("ad", "ads", "adv", "nav", "tag", "meta", "aside",
            "share", "date", "time", "source", "photo", "image", "img", "figure", "icon", "button", "btn", "link",
            "links", "hide", "header", "head", "label", "kicker", "eyebrow", "flag", "bio");
    /** Words for the article's own text, matched inside longer names. */
    private static final List<String> POSITIVE = List.of("article", "story", "content", "entry", "post-body",
            "postbody", "text", "body", "main", "prose", "richtext", "rich-text", "blog", "news", "paragraph");

    private ClassHints() {
    }

    /** The class and id of an element, lower case ("" when it has neither). */
    static String of(Element e) {
        if (e.attributesSize() == 0) {
            return "";
        }
        String cls = e.className();
        String id = e.id();
        if (id.isEmpty() || cls.isEmpty()) { // most elements: no copy (lower-casing lower case returns the same string)
            return (id.isEmpty() ? cls : id).toLowerCase(Locale.ROOT);
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    static boolean negative(String hint) {
        return !hint.isEmpty() && (containsAny(hint, NEGATIVE_STEMS) || hasWord(hint, NEGATIVE_WORDS));
    }

    static boolean positive(String hint) {
        return !hint.isEmpty() && containsAny(hint, POSITIVE);
    }

    private static boolean containsAny(String hint, List<String> stems) {
        for (String stem : stems) {
            if (hint.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words (runs of letters) of the hint is in the set. */
    private static boolean hasWord(String hint, Set<String> words) {
        int start = -1;
        for (int i = 0; i <= hint.length(); i++) {
            boolean letter = i < hint.length() && hint.charAt(i) >= 'a' && hint.charAt(i) <= 'z';
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= 6 && words.contains(hint.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
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
