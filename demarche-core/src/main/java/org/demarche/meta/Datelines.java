package org.demarche.meta;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline that opens a wire paragraph, in the common forms:
 * <ul>
 *   <li>"MOSCOW, February 9. /TASS/." (place, date, agency between slashes);</li>
 *   <li>"TEHRAN (FNA)-", "WASHINGTON (AP) —", "Washington (AFP) –" (place and agency in parentheses);</li>
 *   <li>"LONDON, Jan 5 (Reuters) -", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "BEIJING, 5 March (Xinhua) --";</li>
 *   <li>"UNITED NATIONS, Jan. 5 —", "KYIV, Ukraine —", "WASHINGTON ―" (a capitalised place, an optional date, a dash);</li>
 *   <li>"МОСКВА, 9 февраля. /ТАСС/." (the same forms with Russian month names);</li>
 *   <li>"(CNN) —" (an agency with no place).</li>
 * </ul>
 * A place without an agency must be written in capitals, so that a sentence such as "Moscow - the capital ..."
 * is never taken for a dateline. Stateless and thread-safe.
 */
final class Datelines {

    /**
     * A dateline at the start of a line.
     *
     * @param place  the place as written ("UNITED NATIONS", "HEMPSTEAD, N.Y."), or null
     * @param date   the date as written ("February 9", "Sept. 26"), or null
     * @param outlet the agency named in the dateline ("TASS", "Reuters"), or null
     * @param start  offset of the dateline in the line
     * @param end    offset just after the dateline's closing mark (dash, "/TASS/." or "(AP)")
     */
    record Match(String place, String date, String outlet, int start, int end) {
    }

    private static final int FLAGS = Pattern.UNICODE_CASE;
    private static final String DASH = "(?:--|[-\u2010-\u2015\u2212])";
    /** A dash after a place: a hyphen needs a space on one side ("AFL-CIO" is a word), a long dash does not. */
    private static final String SPACED_DASH = "(?:\\s*(?:--|[\u2012-\u2015\u2212])" + DASH + "*|\\s+-+|-+(?=\\s))";
    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'\u2019\\-]*\\p{Lu}\\.?|\\p{Lu}\\.?";
    /** "UNITED NATIONS", "ST. PETERSBURG", "RIO DE JANEIRO", "N'DJAMENA", "PORT-AU-PRINCE". */
    private static final String CAPS_PLACE = "(?:" + CAPS_WORD + ")(?:\\s(?:" + CAPS_WORD + ")){0,3}";
    /** "Washington", "New York", "Rio de Janeiro": only before an agency mark. */
    private static final String NAMED_PLACE = "\\p{Lu}[\\p{L}\\p{M}.'\u2019\\-]*(?:\\s(?:\\p{Lu}[\\p{L}\\p{M}.'\u2019\\-]*|de|da|do|del|la|el|al|es|of|am|upon|on)){0,3}";
    private static final String DATE = "(?i:(?:" + CalendarWords.MONTH + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + CalendarWords.MONTH + ")\\.?(?:,?\\s+\\d{4})?)";
    /** ", Ukraine", ", N.Y.", ", W.Va.", ", Calif.": a region after the city, in title case or initials, never a month. */
    private static final String REGION_WORD = "(?:\\p{Lu}\\p{Ll}[\\p{L}\\p{M}.'\u2019\\-]*|(?:\\p{Lu}\\.){1,3}(?:\\p{Lu}\\p{Ll}+\\.)?)";
    private static final String REGION = "(?:,\\s+(?!(?i:" + CalendarWords.MONTH + ")\\b)" + REGION_WORD + "(?:\\s" + REGION_WORD + "){0,2})";
    private static final String AGENCY = "\\p{L}[\\p{L}\\p{M}\\d&.'\u2019\\- ]{0,28}[\\p{L}.]|\\p{Lu}";

    /** "MOSCOW, February 9. /TASS/." */
    private static final Pattern SLASHED = Pattern.compile(
            "^(" + CAPS_PLACE + "|" + NAMED_PLACE + ")(?:[,.]\\s+(" + DATE + "))?\\s*\\.?\\s*/\\s*(" + AGENCY + ")\\s*/(?:\\s*\\.)?", FLAGS);
    /** "TEHRAN (FNA)-", "LONDON, Jan 5 (Reuters) -", "KYIV, Ukraine (AP) —". */
    private static final Pattern BRACKETED = Pattern.compile(
            "^(" + CAPS_PLACE + REGION + "?|" + NAMED_PLACE + REGION + "?)(?:[,.]\\s+(" + DATE + "))?\\s*\\((" + AGENCY + ")\\)\\s*" + DASH + "+",
            FLAGS);
    /** "UNITED NATIONS, Jan. 5 —", "WASHINGTON ―", "KYIV, Ukraine —". */
    private static final Pattern DASHED = Pattern.compile(
            "^(" + CAPS_PLACE + REGION + "?)(?:[,.]\\s+(" + DATE + "))?\\s*[,.]?" + SPACED_DASH + "(?=\\s|\\p{L}|\\p{Pi}|\"|$)", FLAGS);
    /** "(CNN) —". */
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\((" + AGENCY + ")\\)\\s*" + DASH + "+", FLAGS);

    /** Capitalised labels that open a line like a dateline but are not places. */
    private static final Set<String> LABELS = Set.of("BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION",
            "COMMENTARY", "EDITORIAL", "WATCH", "VIDEO", "PHOTOS", "LIVE", "FACTBOX", "EXPLAINER", "INTERVIEW",
            "CORRECTED", "REFILE", "URGENT", "FLASH", "ALERT", "NOTE", "EDITOR'S NOTE", "PHOTO", "FILE", "ABSTRACT",
            "Q", "A", "NEW", "DEVELOPING", "REVIEW", "FEATURE", "SPECIAL REPORT", "INSIGHT", "POLL", "I", "AP", "UPI");

    private Datelines() {
    }

    /** The dateline that opens {@code line} (leading spaces allowed), or null. */
    static Match match(String line) {
        int lead = 0;
        while (lead < line.length() && (Character.isWhitespace(line.charAt(lead)) || Character.isSpaceChar(line.charAt(lead)))) {
            lead++;
        }
        // Every form opens with a capital letter or "(", and each needs its mark ("/", "(", a dash) somewhere: a
        // line without them, most prose paragraphs, is settled without a copy or a regex.
        if (lead == line.length() || Character.getType(line.codePointAt(lead)) != Character.UPPERCASE_LETTER
                && line.charAt(lead) != '(') {
            return null;
        }
        boolean slash = line.indexOf('/', lead) >= 0;
        boolean bracket = line.indexOf('(', lead) >= 0;
        boolean dash = hasDash(line, lead);
        if (!slash && !bracket && !dash) {
            return null;
        }
        String s = plainSpaces(line.substring(lead));
        Matcher m = SLASHED.matcher(s);
        if (slash && m.lookingAt() && isPlace(m.group(1))) {
            return new Match(m.group(1).strip(), writtenDate(m.group(2)), m.group(3).strip(), lead, lead + m.end());
        }
        m = BRACKETED.matcher(s);
        if (bracket && m.lookingAt() && isPlace(m.group(1)) && isAgency(m.group(3))) {
            return new Match(m.group(1).strip(), writtenDate(m.group(2)), m.group(3).strip(), lead, lead + m.end());
        }
        m = DASHED.matcher(s);
        if (dash && m.lookingAt() && isPlace(m.group(1)) && letters(m.group(1)) >= 3 && (m.group(2) != null || isFollowedByProse(s, m.end()))) {
            return new Match(m.group(1).strip(), writtenDate(m.group(2)), null, lead, lead + m.end());
        }
        m = AGENCY_ONLY.matcher(s);
        if (bracket && m.lookingAt() && isAgency(m.group(1))) {
            return new Match(null, null, m.group(1).strip(), lead, lead + m.end());
        }
        return null;
    }

    /** Whether {@code line} holds, from {@code from} on, a dash {@link #SPACED_DASH} can begin with. */
    private static boolean hasDash(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-' || c >= '\u2012' && c <= '\u2015' || c == '\u2212') {
                return true;
            }
        }
        return false;
    }

    /** The date as written, without a sentence's full stop after a full month name ("9 February." is "9 February"). */
    private static String writtenDate(String date) {
        if (date == null || !date.endsWith(".")) {
            return date;
        }
        String[] words = date.substring(0, date.length() - 1).split("\\s+");
        String last = words[words.length - 1];
        Month month = CalendarWords.month(last);
        boolean fullName = month != null && (month.name().equalsIgnoreCase(last)
                || Character.UnicodeScript.of(last.codePointAt(0)) == Character.UnicodeScript.CYRILLIC);
        return fullName ? date.substring(0, date.length() - 1) : date;
    }

    /** No-break and other Unicode spaces become plain spaces, one for one, so offsets stay put. */
    private static String plainSpaces(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isSpaceChar(chars[i]) || chars[i] == '\t') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** The date a dateline's written date names when it states its year, else null. */
    static LocalDate explicitDate(String written) {
        Parsed p = parse(written);
        return p == null || p.year == 0 ? null : CalendarWords.date(p.year, p.month, p.day);
    }

    /**
     * The calendar day of a written dateline date: its own year when it states one, else the latest such day not
     * more than one day after {@code reference} (a wire date is never far ahead of its publication); null when
     * the year is unknown and there is no reference.
     */
    static LocalDate resolve(String written, LocalDate reference) {
        Parsed p = parse(written);
        if (p == null) {
            return null;
        }
        if (p.year != 0) {
            return CalendarWords.date(p.year, p.month, p.day);
        }
        MonthDay day = CalendarWords.monthDay(p.month, p.day);
        return day == null || reference == null ? null : CalendarWords.latestNotAfter(day, reference.plusDays(1));
    }

    private record Parsed(Month month, int day, int year) {
    }

    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?", FLAGS);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}+)\\.?(?:,?\\s+(\\d{4}))?", FLAGS);

    private static Parsed parse(String written) {
        if (written == null) {
            return null;
        }
        String s = written.strip();
        Matcher m = MONTH_FIRST.matcher(s);
        if (m.matches()) {
            return parsed(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_FIRST.matcher(s);
        if (m.matches()) {
            return parsed(m.group(2), m.group(1), m.group(3));
        }
        return null;
    }

    private static Parsed parsed(String month, String day, String year) {
        Month m = CalendarWords.month(month);
        if (m == null) {
            return null;
        }
        return new Parsed(m, Integer.parseInt(day), year == null ? 0 : Integer.parseInt(year));
    }

    private static boolean isPlace(String place) {
        String p = place.strip();
        String head = p.contains(",") ? p.substring(0, p.indexOf(',')) : p;
        return !LABELS.contains(head.toUpperCase(Locale.ROOT).replace('\u2019', '\'')) && CalendarWords.month(head) == null
                && CalendarWords.weekday(head) == null;
    }

    /** An agency name, not a date, a number or a parenthetical remark. */
    private static boolean isAgency(String agency) {
        String a = agency.strip();
        if (a.split("\\s+").length > 4 || CalendarWords.month(a.split("\\s+")[0]) != null) {
            return false;
        }
        return a.codePoints().filter(Character::isUpperCase).count() >= 1 || a.length() <= 4;
    }

    private static boolean isFollowedByProse(String s, int end) {
        int i = end;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) {
            i++;
        }
        return i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '"' || s.charAt(i) == '\u201c');
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }
}
