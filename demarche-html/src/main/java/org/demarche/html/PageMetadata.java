package org.demarche.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's own statements about its article: {@code <meta>} tags (Open Graph, Dublin Core, article:*, the usual
 * names), the JSON-LD article object, {@code <time datetime>}, {@code <link rel=canonical>}, {@code <html lang>},
 * and the date in the URL as a last resort. Each field takes the first source that gives a usable value.
 */
final class PageMetadata {
    private static final String[] TITLE_META = {"og:title", "twitter:title", "dc.title", "title"};
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "published_time",
            "datepublished", "date_published", "publishdate", "publish-date", "publish_date", "pubdate",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "dc.date", "date",
            "article.published", "originalpublicationdate", "cxenseparse:recs:publishtime", "article:modified_time"};
    private static final String[] AUTHOR_META = {"author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "byl"};
    private static final String[] SITE_META = {"og:site_name", "application-name", "publisher", "dc.publisher"};
    private static final String[] LANGUAGE_META = {"content-language", "language", "dc.language", "og:locale"};
    /** An ISO date at the start of a value: "2021-03-04", "2021-03-04T09:30:00+01:00". */
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)(Z|[+-]\\d{2}:?\\d{2})?)?");
    /** A date in a URL path: /2021/03/04/, /2021-03-04-, /20210304/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");

    private PageMetadata() {
    }

    record Fields(String title, String published, List<String> authors, String siteName, String canonicalUrl,
                  String language) {
    }

    /** The fields, from the marks gathered on the page {@code doc} and its JSON-LD article object (or null). */
    static Fields read(Document doc, Marks marks, JsonNode article, String pageUrl) {
        String canonical = firstNonBlank(marks.canonical, meta(marks, "og:url"), JsonLd.text(article, "url"), pageUrl);
        return new Fields(title(doc, marks, article), published(marks, article, canonical, pageUrl),
                authors(marks, article), siteName(marks, article, canonical), canonical, language(marks, article));
    }

    private static String title(Document doc, Marks marks, JsonNode article) {
        String title = firstNonBlank(meta(marks, TITLE_META), JsonLd.text(article, "headline"), marks.h1);
        if (title == null) {
            title = withoutSiteSuffix(doc.title());
        }
        return title == null ? null : title.strip().replaceAll("\\s+", " ");
    }

    private static String withoutSiteSuffix(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        return TITLE_SUFFIX.matcher(title.strip()).replaceFirst("");
    }

    private static String published(Marks marks, JsonNode article, String canonical, String pageUrl) {
        List<String> candidates = new ArrayList<>();
        for (String name : DATE_META) {
            candidates.add(meta(marks, name));
        }
        candidates.add(JsonLd.text(article, "datePublished"));
        candidates.add(JsonLd.text(article, "dateCreated"));
        candidates.add(marks.itempropDate);
        candidates.add(marks.timeDatetime);
        for (String candidate : candidates) {
            String iso = isoDate(candidate);
            if (iso != null) {
                return iso;
            }
        }
        for (String url : new String[] {canonical, pageUrl}) {
            String fromUrl = urlDate(url);
            if (fromUrl != null) {
                return fromUrl;
            }
        }
        return null;
    }

    /** The ISO date or date-time at the start of a value, normalised ("2021-03-04T09:30:00+0100" stays whole). */
    static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO.matcher(value.strip());
        if (!m.find() || !validDay(m.group(1), m.group(2), m.group(3))) {
            return null;
        }
        return m.group(4) == null ? value.strip().substring(0, 10) : m.group().replace(' ', 'T');
    }

    /** The date a URL's path states, as "yyyy-mm-dd", or null. */
    static String urlDate(String url) {
        if (url == null) {
            return null;
        }
        String path;
        try {
            path = URI.create(url.strip()).getRawPath();
        } catch (IllegalArgumentException e) {
            path = url;
        }
        if (path == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(path);
        return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : null;
    }

    private static boolean validDay(String year, String month, String day) {
        int y = Integer.parseInt(year);
        int mo = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
    }

    private static List<String> authors(Marks marks, JsonNode article) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode author = article == null ? null : article.get("author");
        if (author != null) {
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                String name = a.isTextual() ? a.textValue() : JsonLd.text(a, "name");
                addName(names, name);
            }
        }
        for (int i = 0; i < AUTHOR_META.length && names.isEmpty(); i++) {
            marks.metas.getOrDefault(AUTHOR_META[i], List.of()).forEach(content -> addName(names, content));
        }
        if (names.isEmpty()) {
            marks.authorMarks.forEach(name -> addName(names, name));
        }
        return List.copyOf(names);
    }

    /** Adds a person's name; leaves out profile URLs and "By" ("By Ana Ruiz and Li Wei" gives two names). */
    private static void addName(Set<String> names, String value) {
        if (value == null || value.isBlank() || value.contains("://") || value.length() > 200) {
            return;
        }
        String cleaned = value.strip().replaceAll("\\s+", " ").replaceFirst("(?i)^by\\s+", "");
        for (String name : cleaned.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
    }

    private static String siteName(Marks marks, JsonNode article, String canonical) {
        String name = firstNonBlank(meta(marks, SITE_META), article == null ? null : JsonLd.text(article, "publisher"));
        if (name != null) {
            return name.strip();
        }
        if (canonical == null) {
            return null;
        }
        try {
            String host = URI.create(canonical.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String language(Marks marks, JsonNode article) {
        String tag = firstNonBlank(marks.htmlLang, marks.contentLanguage, meta(marks, LANGUAGE_META),
                JsonLd.text(article, "inLanguage"));
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_,; ]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /** The content of the first {@code <meta>} with one of these names or properties (case-insensitive). */
    private static String meta(Marks marks, String... names) {
        for (String name : names) {
            List<String> contents = marks.metas.get(name);
            if (contents != null) {
                return contents.get(0);
            }
        }
        return null;
    }

    /**
     * What the metadata rules read from the elements, gathered during the walk over the page ({@link PageScan}):
     * every {@code <meta>} by lower-case name, property and itemprop (its non-blank contents in page order), and the
     * first of each of the other marks (each null when the page has none).
     */
    static final class Marks {
        private final Map<String, List<String>> metas = new HashMap<>();
        private final List<String> authorMarks = new ArrayList<>();
        private String canonical;
        private String h1;
        private String itempropDate;
        private String timeDatetime;
        private String contentLanguage;
        private String htmlLang;
        private boolean htmlSeen;

        /** Reads one element; the elements come in page order. */
        void add(Element e) {
            switch (e.normalName()) {
                case "meta" -> addMeta(e);
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
                        canonical = nonBlank(absoluteHref(e), e.attr("href"));
                    }
                }
                case "h1" -> h1 = h1 == null ? nonBlank(e.text()) : h1;
                case "time" -> timeDatetime = timeDatetime == null ? nonBlank(e.attr("datetime")) : timeDatetime;
                case "html" -> {
                    if (!htmlSeen) {
                        htmlSeen = true;
                        htmlLang = nonBlank(e.attr("lang"));
                    }
                }
                default -> {
                }
            }
            if (e.attributesSize() == 0) {
                return;
            }
            String itemprop = e.attr("itemprop");
            if (itempropDate == null && itemprop.equals("datePublished")) {
                itempropDate = nonBlank(e.attr("content"), e.attr("datetime"));
            }
            if (e.attr("rel").equals("author") || itemprop.equals("name") && insideAuthor(e)) {
                authorMarks.add(e.text());
            }
        }

        private void addMeta(Element e) {
            String content = e.attr("content").strip();
            if (content.isEmpty()) {
                return;
            }
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String name = e.attr(key);
                if (!name.isEmpty()) {
                    metas.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
                }
            }
            if (contentLanguage == null && e.attr("http-equiv").equalsIgnoreCase("content-language")) {
                contentLanguage = content;
            }
        }

        /**
         * The link's {@code href} made absolute against the page's address. A page read without one (a file) keeps
         * a plain absolute http(s) link as written, which is what jsoup gives too, but only after an exception on
         * the empty base address (one per page, a visible cost); anything else (control characters, dot segments
         * that URL parsing removes, relative links) goes through jsoup.
         */
        private static String absoluteHref(Element link) {
            String href = link.attr("href");
            boolean plainAbsolute = (href.startsWith("https://") || href.startsWith("http://"))
                    && !href.contains("/.") && href.chars().noneMatch(c -> c < 0x20);
            return plainAbsolute && link.baseUri().isEmpty() ? href : link.absUrl("href");
        }

        private static boolean insideAuthor(Element e) {
            for (Element up = e.parent(); up != null; up = up.parent()) {
                if (up.attr("itemprop").equals("author")) {
                    return true;
                }
            }
            return false;
        }

        private static String nonBlank(String... values) {
            return firstNonBlank(values) == null ? null : firstNonBlank(values).strip();
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
