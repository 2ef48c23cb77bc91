package org.demarche.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.demarche.meta.CalendarWords;
import org.demarche.text.Lines;

/**
 * Marks the lines of scraped text that are page furniture rather than article prose: navigation and section
 * labels ("All news", "Home | World | Europe"), language menus ("English Français Русский العربية"), date and
 * time stamps, "6 months ago", photo captions and credits ("File Photo", "© AP Photo/..."), hashtags, share and
 * "Read more" links, bylines and cookie notices. Marked lines keep their place in the text, so offsets still
 * point into the original; later stages simply never take a quote, a speaker or a title from them.
 *
 * <p>Every rule looks at the shape of a whole line, never at one site's wording. Lines that read like prose (a
 * sentence ending in ".", "!", "?" or a closing quote mark, or any line holding a quotation) are only marked by
 * the few rules whose wording cannot occur in reporting: "©" credits, a caption that ends in "Agency/Name",
 * "FILE PHOTO:" and "READ MORE:" prefixes, reporting trailers and cookie notices. Stateless; one instance serves every thread.
 */
public final class BoilerplateDetector {

    /** Why a line is boilerplate. */
    public enum Kind {
        /** Navigation, section labels, menus, counters and links such as "All news", "Home | World", "Tags: ...". */
        NAVIGATION,
        /** A menu of language names, often in several scripts. */
        LANGUAGE_MENU,
        /** A line holding nothing but a date and/or time ("12:55 - 29/11/2023 Wednesday"). */
        DATE_STAMP,
        /** "6 months ago", "Updated 3 hours ago", "4 min read". */
        RELATIVE_TIME,
        /** A photo or copyright credit ("© Agency/Name", "AP Photo/Name", "File Photo", "All rights reserved"). */
        CREDIT,
        /** A photo caption: next to a credit, repeated by the scraper, or introduced by "FILE PHOTO:". */
        CAPTION,
        /** Hashtag or tag lines ("#Sergey Ryabkov", "#talks #summit"). */
        HASHTAGS,
        /** Share buttons and social links ("Share", "Facebook Twitter Telegram", "Follow us on ..."). */
        SHARE,
        /** Links to other stories ("Read more: ...", "Related articles"). */
        RELATED,
        /** Bylines and reporting trailers ("By Jane Roe", "(Reporting by ...; Editing by ...)"). */
        BYLINE,
        /** Cookie and consent notices. */
        COOKIE_NOTICE
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String DASH = "[-\u2010-\u2015\u2212]";
    private static final String MENU_SEPARATORS = "|\u2022\u00b7\u00bb\u203a>/\u25b8\u25ba";
    private static final String SEPARATOR = "[" + MENU_SEPARATORS + "]";

    // --- rules that hold even for a line shaped like a sentence ---
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:\u00a9|\\(c\\)\\s|copyright\\b)|\\ball rights reserved\\b|\\bcopyright\\s*(?:\u00a9|\\(c\\)|\\d{4})", FLAGS);
    private static final Pattern LINK_PREFIX = Pattern.compile(
            "^(?:read (?:more|also|next)|also read|see also|related(?: articles?| stories| news| coverage| topics?)?"
                    + "|more (?:on|about) (?:this|the) (?:topic|story|subject)|recommended(?: for you)?|you (?:may|might) also like"
                    + "|more from [\\p{L} ]{1,30}|editor'?s picks?|trending(?: now)?|most (?:read|popular|viewed)|top stories"
                    + "|don'?t miss|must read|more stories|more news|читайте также|читать также|смотрите также|по теме|читать далее)"
                    + "\\s*(?::|" + DASH + "|\u00bb|\u203a|>)", FLAGS);
    private static final Pattern CAPTION_PREFIX = Pattern.compile(
            "^\\(?\\s*(?:file(?: photo| picture| image)?|photo(?:graph)?|picture|image|caption|in pictures|gallery|фото|видео)\\s*\\)?\\s*:", FLAGS);
    private static final Pattern TRAILER = Pattern.compile(
            "^\\(?\\s*(?:additional )?(?:reporting|writing|editing|written|compiled|translated|edited|produced|graphics) by\\b", FLAGS);
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "\\bcontributed (?:to )?(?:this|the) (?:report|story|article)\\.?\\)?$", FLAGS);
    private static final Pattern[] COOKIE = {
            Pattern.compile("\\b(?:we|this (?:web)?site|our (?:web)?site|the (?:web)?site|our partners)\\s+(?:and our partners\\s+)?"
                    + "(?:use|uses|are using|may use|store|collects?)\\b.{0,60}\\bcookies\\b", FLAGS),
            Pattern.compile("\\bcookies?\\b.{0,120}\\byou(?:'re|r)?\\s+(?:agree|consent|accept|browser|experience|device|preferences)", FLAGS),
            Pattern.compile("\\bby (?:continuing|using|browsing|clicking)\\b.{0,80}\\b(?:cookies|privacy policy|terms of use)\\b", FLAGS),
            Pattern.compile("^(?:accept|allow|reject|decline|manage|customi[sz]e)(?: all| necessary| essential)? cookies\\b", FLAGS),
            Pattern.compile("^cookie (?:settings|policy|preferences|notice|consent|banner)\\b", FLAGS)};

    // --- rules for lines that are not shaped like a sentence ---
    private static final Pattern AGO = Pattern.compile(
            "^(?:(?:updated|published|posted|last updated|edited)\\s*:?\\s*)?(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few)"
                    + "\\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h|hrs?|hours?|d|days?|wks?|weeks?|mo|months?|y|yrs?|years?)\\s+ago"
                    + "(?:\\s*" + SEPARATOR + ".*)?$"
                    + "|^\\d+\\s+(?:секунд[ауы]?|минут[ауы]?|час(?:а|ов)?|д(?:ень|ня|ней)|недел[ьию]|месяц(?:а|ев)?|год(?:а)?|лет)\\s+назад$", FLAGS);
    private static final Pattern READ_TIME = Pattern.compile(
            "^(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\\s-]*(?:min(?:ute)?s?|m)\\.?\\s*(?:read|watch|listen)$", FLAGS);
    private static final Pattern COUNTER = Pattern.compile(
            "^(?:\\d[\\d,.\\s]*[km]?\\s*(?:views?|comments?|shares?|likes?|reads?|reactions?)|(?:views?|comments?|shares?|likes?)\\s*:?\\s*\\(?\\d[\\d,.]*[km]?\\)?)$",
            FLAGS);
    private static final Pattern TAGS_PREFIX = Pattern.compile("^(?:tags?|topics?|keywords?|categor(?:y|ies)|filed under|section)\\s*:", FLAGS);
    private static final Pattern FOLLOW = Pattern.compile(
            "^(?:follow|join|subscribe to|like) (?:us|our)\\b|^(?:subscribe|sign up)(?: to| for)? (?:our|the)? ?(?:newsletter|channel|updates|alerts)"
                    + "|^(?:download|get) (?:our|the) app\\b|^(?:share|send|post) (?:this|on|via|to)\\b|^click here\\b", FLAGS);
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.'\u2019-]*";
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by)\\s+" + NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|and|&|de|van|von|al|bin|el)){0,5}"
                    + "(?:\\s*(?:,|" + DASH + "|\\||\u00b7)\\s*(?:\\p{L}[\\p{L}.&]*\\s?){1,4})?$");
    private static final Pattern PHOTO_SLASH = Pattern.compile(
            "(?iu:\\b(?:photos?|images?|pictures?|video|pool|handout|file))\\s*/\\s*\\p{Lu}");
    private static final Pattern AGENCY_SLASH_TAIL = Pattern.compile(
            "(?:^|\\s)(?:\\p{Lu}{2,}(?:[-\\s]\\p{Lu}{2,})?|Reuters|Sputnik|Xinhua|Anadolu|Getty(?: Images)?)\\s*/\\s*"
                    + "\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'\u2019.-]*){0,3}(?:\\s*/\\s*[\\p{L} ]{2,20})?\\s*$");
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^(?:photo|image|picture|video|illustration|source|credit|photo credit|image credit|courtesy)s?\\s*(?::|by\\b)", FLAGS);
    private static final Pattern STOCK_CREDIT = Pattern.compile(
            "\\b(?:getty images|shutterstock|alamy|istock(?:photo)?|file photo|archive photo|handout photo|pool photo)\\b", FLAGS);
    private static final Pattern STAMP_SPLIT = Pattern.compile("[\\s,|\u2022\u00b7()\\[\\]]+");
    private static final Pattern STAMP_TRIM = Pattern.compile("^[\\p{Punct}\u2010-\u2015]+|[\\p{Punct}\u2010-\u2015&&[^.]]+$");
    private static final Pattern TIME_TOKEN = Pattern.compile("\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?:[ap]\\.?m\\.?)?");
    private static final Pattern DATE_TOKEN = Pattern.compile(
            "\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{4}-\\p{L}+-\\d{1,2}|\\d{4}-\\d{2}-\\d{2}t[\\d:.]+(?:z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern YEAR_TOKEN = Pattern.compile("\\d{4}");
    private static final Pattern DAY_TOKEN = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?");
    private static final Pattern OFFSET_TOKEN = Pattern.compile("(?:gmt|utc)?[+-]\\d{1,2}(?::?\\d{2})?");
    private static final Pattern LANGUAGE_SPLIT = Pattern.compile("[\\s|\u2022\u00b7/,]+");
    private static final Pattern SOCIAL_SPLIT = Pattern.compile("[\\s|\u2022\u00b7/,:]+");
    private static final Pattern KEY_TRIM = Pattern.compile(
            "^[\\p{Punct}\\p{So}\u2022\u00b7\u00bb\u203a\\s]+|[\\p{So}\u2022\u00b7\u00bb\u203a:>\\s]+$");
    private static final Pattern KEY_COUNT = Pattern.compile("\\s*\\(\\d+\\)$");
    private static final Pattern MENU_SPLIT = Pattern.compile("\\s*(?:" + SEPARATOR + "|\\s" + DASH + "\\s)\\s*");

    private static final Set<String> NAVIGATION_WORDS = Set.of(
            "all news", "latest news", "news", "breaking news", "top news", "news feed", "world", "politics", "economy",
            "business", "europe", "asia", "africa", "americas", "middle east", "international", "national", "local",
            "region", "regions", "society", "culture", "science", "technology", "tech", "health", "sport", "sports",
            "opinion", "opinions", "analysis", "editorial", "features", "multimedia", "video", "videos", "photo",
            "photos", "gallery", "podcast", "podcasts", "live", "home", "homepage", "main", "menu", "search", "more",
            "show more", "load more", "see more", "see all", "view all", "read more", "read full article",
            "continue reading", "related", "related news", "related articles", "related stories", "advertisement",
            "ad", "sponsored", "sponsored content", "partner content", "subscribe", "log in", "login", "sign in",
            "sign up", "register", "comment", "comments", "leave a comment", "print", "email", "e-mail", "share",
            "share this", "share this article", "share article", "tweet", "copy link", "link copied", "top stories",
            "most read", "most popular", "trending", "editor's picks", "back to top", "skip to content",
            "skip to main content", "next article", "previous article", "next", "previous", "loading", "loading...",
            "close", "open", "about us", "contact us", "contacts", "privacy policy", "terms of use", "rss",
            "newsletter", "newsletters", "listen", "listen to this article", "watch", "archive", "in brief",
            "diplomacy", "defense", "defence", "military", "conflicts", "world news", "follow us", "tags", "topics",
            "hot topics", "photo gallery", "все новости", "главная", "новости", "лента новостей", "поделиться",
            "читать далее", "подробнее", "комментарии", "подписаться", "фото", "видео", "реклама", "в мире",
            "политика", "экономика", "общество", "меню", "поиск");
    private static final Set<String> SOCIAL_WORDS = Set.of(
            "facebook", "twitter", "x", "whatsapp", "telegram", "vk", "vkontakte", "linkedin", "reddit", "email",
            "e-mail", "print", "copy", "link", "share", "tweet", "pinterest", "viber", "messenger", "instagram",
            "youtube", "tiktok", "threads", "bluesky", "mastodon", "flipboard", "pocket", "odnoklassniki", "ok",
            "line", "sms", "rss");
    private static final Set<String> LANGUAGE_NAMES = Set.of(
            "english", "français", "francais", "español", "espanol", "deutsch", "italiano", "português", "portugues",
            "русский", "українська", "беларуская", "қазақ", "қазақша", "oʻzbek", "o'zbek", "ўзбек", "тоҷикӣ",
            "кыргызча", "türkçe", "turkce", "azərbaycan", "հայերեն", "ქართული", "polski", "čeština", "slovenčina",
            "magyar", "română", "български", "српски", "srpski", "hrvatski", "ελληνικά", "nederlands", "svenska",
            "dansk", "norsk", "suomi", "eesti", "latviešu", "lietuvių", "עברית", "العربية", "العربیة", "عربي",
            "فارسی", "فارسي", "اردو", "پښتو", "دری", "كوردی", "kurdî", "हिन्दी", "हिंदी", "বাংলা", "தமிழ்", "中文",
            "简体中文", "繁體中文", "简体", "繁體", "日本語", "한국어", "ภาษาไทย", "tiếng việt", "việt", "bahasa",
            "indonesia", "melayu", "kiswahili", "swahili", "hausa", "amharic", "አማርኛ", "afrikaans", "russian",
            "arabic", "french", "spanish", "german", "chinese", "persian", "farsi", "turkish", "portuguese");
    private static final Set<String> LANGUAGE_CODES = Set.of(
            "en", "eng", "fr", "fra", "es", "esp", "de", "deu", "it", "pt", "ru", "rus", "ua", "uk", "ar", "ara", "fa",
            "zh", "cn", "ja", "jp", "ko", "tr", "az", "kk", "uz", "hy", "ka", "pl", "cz", "cs", "ro", "bg", "sr", "hr",
            "el", "gr", "nl", "sv", "he", "hi", "ur", "id", "vi", "th");
    private static final Set<String> DATE_WORDS = Set.of(
            "am", "pm", "a.m", "p.m", "gmt", "utc", "msk", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest",
            "eet", "eest", "bst", "ist", "irst", "jst", "kst", "trt", "aest", "published", "updated", "posted",
            "last", "modified", "edited", "on", "at", "time", "date", "local", "of", "the", "и", "г", "года", "в",
            "опубликовано", "обновлено");

    /** One flag per line of {@code lines}: true where the line is boilerplate. */
    public boolean[] detect(Lines lines) {
        Kind[] kinds = classify(lines);
        boolean[] boilerplate = new boolean[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            boilerplate[i] = kinds[i] != null;
        }
        return boilerplate;
    }

    /** One entry per line of {@code lines}: why the line is boilerplate, or null for prose and blank lines. */
    public Kind[] classify(Lines lines) {
        int n = lines.size();
        Kind[] kinds = new Kind[n];
        String[] text = new String[n];
        for (int i = 0; i < n; i++) {
            text[i] = normalize(lines.text(i));
            kinds[i] = text[i].isEmpty() ? null : classifyNormalized(text[i]);
        }
        markMenuRuns(text, kinds);
        markCaptions(text, kinds);
        return kinds;
    }

    /** The verdict on one line by itself, before its neighbours are looked at; null for prose. */
    public static Kind classifyLine(String line) {
        String s = normalize(line);
        return s.isEmpty() ? null : classifyNormalized(s);
    }

    private static Kind classifyNormalized(String s) {
        int words = words(s);
        Kind strong = strongRule(s, words);
        if (strong != null) {
            return strong;
        }
        if (readsLikeProse(s, words)) {
            return null;
        }
        return weakRule(s, words);
    }

    /** The rules that hold even for a sentence; each scanning regex runs only when a cheap test lets it. */
    private static Kind strongRule(String s, int words) {
        if (words <= 25 && (s.indexOf('\u00a9') >= 0 || containsIgnoreCase(s, "(c)") || containsIgnoreCase(s, "copyright")
                || containsIgnoreCase(s, "rights reserved")) && COPYRIGHT.matcher(s).find()) {
            return Kind.CREDIT;
        }
        if (s.indexOf('/') >= 0 && !endsSentence(s) && (PHOTO_SLASH.matcher(s).find() || AGENCY_SLASH_TAIL.matcher(s).find())) {
            return Kind.CREDIT;
        }
        if (CAPTION_PREFIX.matcher(s).lookingAt()) {
            return words <= 4 && !hasQuoteMark(s) ? Kind.CREDIT : Kind.CAPTION;
        }
        if (LINK_PREFIX.matcher(s).lookingAt()) {
            return Kind.RELATED;
        }
        if (TRAILER.matcher(s).lookingAt() && (s.indexOf(';') >= 0 || s.startsWith("(") || words <= 10 && !endsSentence(s))) {
            return Kind.BYLINE;
        }
        if (words <= 30 && containsIgnoreCase(s, "contributed") && CONTRIBUTED.matcher(s).find() && !hasQuoteMark(s)) {
            return Kind.BYLINE;
        }
        if (words <= 80 && containsIgnoreCase(s, "cookie") && !hasQuoteMark(s)) {
            for (Pattern p : COOKIE) {
                if (p.matcher(s).find()) {
                    return Kind.COOKIE_NOTICE;
                }
            }
        }
        return null;
    }

    private static Kind weakRule(String s, int words) {
        if (s.length() <= 40) {
            String key = navigationKey(s);
            if (NAVIGATION_WORDS.contains(key)) {
                return key.contains("share") || key.contains("tweet") || key.contains("поделиться") ? Kind.SHARE : Kind.NAVIGATION;
            }
        }
        if (AGO.matcher(s).matches() || READ_TIME.matcher(s).matches()) {
            return Kind.RELATIVE_TIME;
        }
        if (COUNTER.matcher(s).matches()) {
            return Kind.NAVIGATION;
        }
        if (s.startsWith("#") && words <= 8 || allTokensStartWith(s, '#')) {
            return Kind.HASHTAGS;
        }
        if (TAGS_PREFIX.matcher(s).lookingAt()) {
            return Kind.NAVIGATION;
        }
        if (words <= 16 && isDateStamp(s)) {
            return Kind.DATE_STAMP;
        }
        if (words <= 15 && FOLLOW.matcher(s).lookingAt()) {
            return Kind.SHARE;
        }
        if (words <= 15 && isSocialRow(s)) {
            return Kind.SHARE;
        }
        if (words <= 24 && isLanguageMenu(s)) {
            return Kind.LANGUAGE_MENU;
        }
        if (isCredit(s)) {
            return Kind.CREDIT;
        }
        if (BYLINE.matcher(s).matches() && words <= 12) {
            return Kind.BYLINE;
        }
        if (isSeparatedMenu(s)) {
            return Kind.NAVIGATION;
        }
        return null;
    }

    /** A credit on its own or at the end of a caption: "AP Photo/Name", "REUTERS/Name", "Photo: X", "File Photo". */
    static boolean isCredit(String s) {
        if (s.indexOf('/') >= 0 && (PHOTO_SLASH.matcher(s).find() || AGENCY_SLASH_TAIL.matcher(s).find())) {
            return true;
        }
        int words = words(s);
        if (words <= 10 && CREDIT_LABEL.matcher(s).lookingAt()) {
            return true;
        }
        return words <= 12 && STOCK_CREDIT.matcher(s).find();
    }

    /** A credit with little else on its line: the anchor next to which a caption sits. */
    private static boolean isBareCredit(String s) {
        int words = words(s);
        if (words > 10) {
            return false;
        }
        if (COPYRIGHT.matcher(s).find() || CREDIT_LABEL.matcher(s).lookingAt()) {
            return true;
        }
        return words <= 5 && isCredit(s);
    }

    /** Three or more consecutive short unpunctuated lines (blank lines allowed between): a menu scraped item by item. */
    private static void markMenuRuns(String[] text, Kind[] kinds) {
        int runStart = -1;
        int count = 0;
        for (int i = 0; i <= text.length; i++) {
            boolean item = i < text.length && (isMenuItem(text[i]) || text[i].isEmpty() && runStart >= 0);
            if (item) {
                if (runStart < 0) {
                    runStart = i;
                }
                if (!text[i].isEmpty()) {
                    count++;
                }
                continue;
            }
            if (count >= 3) {
                for (int j = runStart; j < i; j++) {
                    if (!text[j].isEmpty() && kinds[j] == null) {
                        kinds[j] = Kind.NAVIGATION;
                    }
                }
            }
            runStart = -1;
            count = 0;
        }
    }

    private static boolean isMenuItem(String s) {
        if (s.isEmpty() || s.length() > 30 || words(s) > 3 || hasQuoteMark(s) || endsSentence(s)) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last != ',' && last != ':' && last != ';' && !Character.isDigit(last) || isDateStamp(s);
    }

    /**
     * Captions: an unpunctuated line right next to a bare credit line (no blank line between), and a line that
     * the scraper repeated, once with its credit and once without.
     */
    private static void markCaptions(String[] text, Kind[] kinds) {
        for (int i = 0; i < text.length; i++) {
            if (kinds[i] == null || text[i].isEmpty() || !isBareCredit(text[i])) {
                continue;
            }
            for (int j : new int[] {i - 1, i + 1}) {
                if (j >= 0 && j < text.length && kinds[j] == null && isCaptionShaped(text[j])) {
                    kinds[j] = Kind.CAPTION;
                }
            }
        }
        int previous = -1;
        for (int i = 0; i < text.length; i++) {
            if (text[i].isEmpty()) {
                continue;
            }
            if (previous >= 0 && (text[previous].startsWith(text[i]) || text[i].startsWith(text[previous]))
                    && words(text[i]) >= 2 && isCaptionShaped(text[i]) && isCaptionShaped(text[previous])) {
                if (kinds[i] == null) {
                    kinds[i] = Kind.CAPTION;
                }
                if (kinds[previous] == null) {
                    kinds[previous] = Kind.CAPTION;
                }
            }
            previous = i;
        }
    }

    private static boolean isCaptionShaped(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int words = words(s);
        return words <= 40 && !readsLikeProse(s, words) && !hasQuoteMark(s);
    }

    /** A line holding only dates, times, weekday and month names, zones and "Updated"-type labels. */
    static boolean isDateStamp(String s) {
        if (s.length() > 100 || !hasAsciiDigit(s)) { // every stamp has a time, date, year or day in digits
            return false;
        }
        String[] tokens = STAMP_SPLIT.split(s);
        boolean digit = false;
        boolean anchor = false;
        int real = 0;
        for (String raw : tokens) {
            String t = STAMP_TRIM.matcher(raw).replaceAll("");
            if (t.isEmpty()) {
                continue;
            }
            real++;
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".") && lower.length() > 1) {
                lower = lower.substring(0, lower.length() - 1);
            }
            if (TIME_TOKEN.matcher(lower).matches()) {
                digit = true;
                anchor = true;
            } else if (DATE_TOKEN.matcher(lower).matches()) {
                digit = true;
                anchor = true;
            } else if (YEAR_TOKEN.matcher(lower).matches()) {
                digit = true;
                anchor = true;
            } else if (DAY_TOKEN.matcher(lower).matches()) {
                digit = true;
            } else if (OFFSET_TOKEN.matcher(lower).matches()) {
                continue;
            } else if (CalendarWords.month(lower) != null) {
                anchor = true;
            } else if (CalendarWords.weekday(lower) == null && !DATE_WORDS.contains(lower)) {
                return false;
            }
        }
        return real > 0 && digit && anchor;
    }

    /** Names of languages, mostly in their own scripts; or a row of language codes. */
    static boolean isLanguageMenu(String s) {
        String[] words = LANGUAGE_SPLIT.split(s);
        if (words.length < 2 || words.length > 24) {
            return false;
        }
        int names = 0;
        int codes = 0;
        Set<Character.UnicodeScript> scripts = new HashSet<>();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (LANGUAGE_NAMES.contains(lower)) {
                names++;
            }
            if (w.length() <= 3 && LANGUAGE_CODES.contains(lower) && w.equals(w.toUpperCase(Locale.ROOT))) {
                codes++;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(w.codePointAt(0));
            if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                scripts.add(script);
            }
        }
        if (codes >= 3 && codes == words.length) {
            return true;
        }
        if (names >= 2 && names * 2 >= words.length) {
            return true;
        }
        return names >= 1 && scripts.size() >= 3 && words.length <= 12;
    }

    /** "Facebook Twitter Telegram", "Share: Facebook | X | Email". */
    private static boolean isSocialRow(String s) {
        String[] words = SOCIAL_SPLIT.split(s.toLowerCase(Locale.ROOT));
        int social = 0;
        int total = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            total++;
            if (SOCIAL_WORDS.contains(w)) {
                social++;
            }
        }
        return total >= 2 && social == total && total <= 15;
    }

    /** "Home | World | Europe", "News › Politics › Diplomacy": three or more short segments. */
    private static boolean isSeparatedMenu(String s) {
        if (separatorCount(s) < 2) { // three segments need two separators: most lines are not split at all
            return false;
        }
        String[] parts = MENU_SPLIT.split(s);
        if (parts.length < 3) {
            return false;
        }
        for (String p : parts) {
            if (words(p) > 3 || p.length() > 30) {
                return false;
            }
        }
        return true;
    }

    /** How many characters of {@code s} are menu separators or dashes (each split of {@link #MENU_SPLIT} holds one). */
    private static int separatorCount(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (MENU_SEPARATORS.indexOf(c) >= 0 || c == '-' || c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
                count++;
            }
        }
        return count;
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The line lower-cased without bullets, arrows or a trailing colon, for the vocabulary look-ups. */
    private static String navigationKey(String s) {
        String key = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        key = KEY_TRIM.matcher(key).replaceAll("");
        return KEY_COUNT.matcher(key).replaceAll("");
    }

    private static boolean allTokensStartWith(String s, char c) {
        String[] tokens = s.split(" ");
        for (String t : tokens) {
            if (t.charAt(0) != c) {
                return false;
            }
        }
        return tokens.length > 0;
    }

    /** A sentence (ends in ".", "!", "?", an ellipsis or a closing quote) or a line quoting somebody. */
    static boolean readsLikeProse(String s, int words) {
        if (endsSentence(s)) {
            return words >= 2 || hasQuoteMark(s) || s.charAt(s.length() - 1) != '.';
        }
        return words >= 4 && hasQuoteMark(s);
    }

    private static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i > 0 && isClosing(s.charAt(i))) {
            if (isQuoteMark(s.charAt(i))) {
                return true;
            }
            i--;
        }
        char last = s.charAt(i);
        return last == '.' && !s.endsWith("..") && !endsWithAbbreviatedName(s, i) || isSentenceMark(last);
    }

    /** "!", "?", an ellipsis, and the full stops of other scripts ("。", "।", "۔", "؟"). */
    private static boolean isSentenceMark(char c) {
        return c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uff0e' || c == '\uff01' || c == '\uff1f'
                || c == '\u0964' || c == '\u06d4' || c == '\u061f';
    }

    /** "By J." or "Photo: A.B." end in a dot without ending a sentence; a sentence ends in a word of 2+ letters. */
    private static boolean endsWithAbbreviatedName(String s, int dot) {
        return dot >= 2 && Character.isUpperCase(s.charAt(dot - 1)) && !Character.isLetter(s.charAt(dot - 2));
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == ']' || isQuoteMark(c);
    }

    private static boolean hasQuoteMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u201e') {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201d' || c == '\u201c' || c == '\u00bb' || c == '\u2019' || c == '\'';
    }

    /** Whitespace-separated tokens holding a letter or a digit. */
    static int words(String s) {
        int count = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inToken = false;
                continue;
            }
            if (!inToken) {
                inToken = true;
                counted = false;
            }
            if (!counted && (Character.isLetterOrDigit(c) || Character.isSurrogate(c))) {
                count++;
                counted = true;
            }
        }
        return count;
    }

    /**
     * Whether {@code s} contains {@code lowerWord} (lower case; its first letter has one upper-case form), ignoring
     * case: the cheap tests before a scanning regex, without a lower-case copy of every paragraph.
     */
    private static boolean containsIgnoreCase(String s, String lowerWord) {
        char lower = lowerWord.charAt(0);
        char upper = Character.toUpperCase(lower);
        return occursAt(s, lowerWord, lower) || upper != lower && occursAt(s, lowerWord, upper);
    }

    /** Whether {@code lowerWord}, case ignored, starts where {@code first} occurs in {@code s}. */
    private static boolean occursAt(String s, String lowerWord, char first) {
        for (int i = s.indexOf(first); i >= 0; i = s.indexOf(first, i + 1)) {
            if (s.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                return true;
            }
        }
        return false;
    }

    /** Unicode spaces (no-break, thin, zero-width) become plain spaces, runs collapse, the ends are stripped. */
    static String normalize(String line) {
        if (isNormal(line)) {
            return line; // most paragraphs: no copy
        }
        char[] out = new char[line.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSpace(c)) {
                space = n > 0;
            } else {
                if (space) {
                    out[n++] = ' ';
                    space = false;
                }
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    /** Whether {@link #normalize} would return {@code line} unchanged: single plain spaces between words only. */
    private static boolean isNormal(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' ? i == 0 || i == line.length() - 1 || line.charAt(i - 1) == ' ' : isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff' || c == '\u200e'
                || c == '\u200f';
    }
}
