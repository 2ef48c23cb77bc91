package org.demarche.meta;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.article.Dateline;
import org.demarche.article.RawArticle;
import org.demarche.article.Span;
import org.demarche.pipeline.Document;
import org.demarche.text.Lines;

/**
 * Reads the title, the dateline ("MOSCOW, February 9. /TASS/.", "TEHRAN (FNA)-", "WASHINGTON, Jan. 5 —"),
 * the publication date ("2022-January-13 19:46", "12:55 - 29/11/2023 Wednesday") and the outlet from the text,
 * preferring what the input record already states.
 */
public final class MetadataReader {
    private static final String PLACE = "([A-Z][A-Z.'\\- ]*[A-Z.])";
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^\\s*" + PLACE + ",\\s+(" + MONTH + "\\s+\\d{1,2}(?:,\\s+\\d{4})?)\\s*\\.?\\s*/\\s*([A-Za-z][A-Za-z\\- ]*?)\\s*/\\s*\\.?");
    private static final Pattern AGENCY_DATELINE = Pattern.compile("^\\s*" + PLACE + "\\s*\\(([^)]{2,30})\\)\\s*[-\u2013\u2014]+");
    private static final Pattern DATED_DATELINE = Pattern.compile(
            "^\\s*" + PLACE + ",\\s+(" + MONTH + "\\s+\\d{1,2}(?:,\\s+\\d{4})?)\\s*[-\u2013\u2014(]");
    private static final Pattern PLAIN_DATELINE = Pattern.compile("^\\s*" + PLACE + "\\s+[-\u2013\u2014]+\\s");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR_MONTHNAME_DAY = Pattern.compile("(\\d{4})-([A-Za-z]+)-(\\d{1,2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTH + ")\\s+(\\d{1,2}),\\s+(\\d{4})\\b");
    private static final DateTimeFormatter MONTH_DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM d").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH_DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM d").toFormatter(Locale.ENGLISH);

    public ArticleMetadata read(Document doc, RawArticle raw) {
        Lines lines = doc.lines();
        int titleLine = findTitleLine(doc);
        String title = raw.title() != null ? raw.title() : titleLine >= 0 ? lines.text(titleLine).strip() : null;
        LocalDate published = parseIso(raw.published());
        if (published == null) {
            published = publishedFromText(doc, titleLine);
        }
        Dateline dateline = null;
        String outlet = raw.outlet();
        for (int line = 0; line < lines.size() && line < 25 && dateline == null; line++) {
            if (line == titleLine || doc.boilerplateLines()[line] || lines.isBlank(line)) {
                continue;
            }
            DatelineMatch match = matchDateline(lines.text(line));
            if (match != null) {
                LocalDate reference = published != null ? published : raw.referenceDate();
                LocalDate resolved = resolve(match.date, reference);
                int start = lines.start(line) + match.start;
                int end = lines.start(line) + match.end;
                dateline = new Dateline(match.place, match.date, resolved, Span.of(doc.text(), start, end));
                if (outlet == null) {
                    outlet = match.outlet;
                }
            }
        }
        return new ArticleMetadata(title, raw.title() != null ? -1 : titleLine, dateline, published, outlet);
    }

    private record DatelineMatch(String place, String date, String outlet, int start, int end) {
    }

    private static DatelineMatch matchDateline(String line) {
        Matcher m = WIRE_DATELINE.matcher(line);
        if (m.find()) {
            return new DatelineMatch(m.group(1).strip(), m.group(2), m.group(3).strip(), m.start(1), m.end());
        }
        m = AGENCY_DATELINE.matcher(line);
        if (m.find()) {
            return new DatelineMatch(m.group(1).strip(), null, m.group(2).strip(), m.start(1), m.end());
        }
        m = DATED_DATELINE.matcher(line);
        if (m.find()) {
            return new DatelineMatch(m.group(1).strip(), m.group(2), null, m.start(1), m.end(2));
        }
        m = PLAIN_DATELINE.matcher(line);
        if (m.find() && m.group(1).length() >= 3) {
            return new DatelineMatch(m.group(1).strip(), null, null, m.start(1), m.end());
        }
        return null;
    }

    /** A year-less "February 9" becomes the latest such day on or before the reference date (plus a day of slack). */
    static LocalDate resolve(String written, LocalDate reference) {
        if (written == null) {
            return null;
        }
        Matcher full = MONTH_DAY_YEAR.matcher(written);
        if (full.find()) {
            return parseMonthDayYear(full.group(1), full.group(2), full.group(3));
        }
        if (reference == null) {
            return null;
        }
        MonthDay day = parseMonthDay(written);
        if (day == null) {
            return null;
        }
        LocalDate candidate = day.atYear(reference.getYear());
        return candidate.isAfter(reference.plusDays(1)) ? day.atYear(reference.getYear() - 1) : candidate;
    }

    private static MonthDay parseMonthDay(String written) {
        String s = written.replace(".", "").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {MONTH_DAY, SHORT_MONTH_DAY}) {
            try {
                return MonthDay.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("sept ")) {
            return parseMonthDay("Sep " + s.substring(5));
        }
        return null;
    }

    private static LocalDate parseMonthDayYear(String month, String day, String year) {
        MonthDay md = parseMonthDay(month + " " + day);
        return md == null ? null : md.atYear(Integer.parseInt(year));
    }

    private static LocalDate parseIso(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** A date stamp among the first lines of scraped text. */
    private static LocalDate publishedFromText(Document doc, int titleLine) {
        Lines lines = doc.lines();
        for (int line = 0; line < lines.size() && line < 15; line++) {
            String text = lines.text(line);
            if (text.isBlank() || text.length() > 80 || line == titleLine) {
                continue;
            }
            LocalDate date = dateStamp(text);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    static LocalDate dateStamp(String text) {
        try {
            Matcher m = YEAR_MONTHNAME_DAY.matcher(text);
            if (m.find()) {
                MonthDay md = parseMonthDay(m.group(2) + " " + m.group(3));
                if (md != null) {
                    return md.atYear(Integer.parseInt(m.group(1)));
                }
            }
            m = ISO_DATE.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = DAY_MONTH_YEAR.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = MONTH_DAY_YEAR.matcher(text);
            if (m.find()) {
                return parseMonthDayYear(m.group(1), m.group(2), m.group(3));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The headline: the first prose line that is short and either unpunctuated or in title case. */
    private static int findTitleLine(Document doc) {
        Lines lines = doc.lines();
        for (int line = 0; line < lines.size() && line < 12; line++) {
            if (lines.isBlank(line) || doc.boilerplateLines()[line]) {
                continue;
            }
            String text = lines.text(line).strip();
            String[] words = text.split("\\s+");
            if (matchDateline(text) != null || words.length > 30) {
                return -1;
            }
            char last = text.charAt(text.length() - 1);
            boolean punctuated = last == '.' || last == '!' || last == '?';
            return !punctuated || isTitleCase(words) ? line : -1;
        }
        return -1;
    }

    private static boolean isTitleCase(String[] words) {
        int long_ = 0;
        int capitalized = 0;
        for (String w : words) {
            if (w.length() > 3) {
                long_++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    capitalized++;
                }
            }
        }
        return long_ > 0 && capitalized * 10 >= long_ * 7;
    }
}
