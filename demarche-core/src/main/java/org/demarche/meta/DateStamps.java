package org.demarche.meta;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar day out of a publication stamp such as "2022-January-13 19:46", "12:55 - 29/11/2023
 * Wednesday", "2023-11-29T12:55:00Z", "Published: November 29, 2023", "29 Nov 2023" or "29 ноября 2023".
 * A numeric day/month order is taken from the numbers when one of them is above 12, else from a weekday written
 * on the same line, else day first. Stateless and thread-safe.
 */
final class DateStamps {

    /**
     * A date found in a line.
     *
     * @param date  the calendar day
     * @param start offset of the date in the line
     * @param end   offset just after it
     */
    record Found(LocalDate date, int start, int end) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern YEAR_MONTHNAME_DAY = Pattern.compile("\\b(\\d{4})-(\\p{L}+)-(\\d{1,2})\\b", FLAGS);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])", FLAGS);
    private static final Pattern YEAR_FIRST_NUMERIC = Pattern.compile("\\b(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + CalendarWords.MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + CalendarWords.MONTH + ")\\.?,?\\s+(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern WEEKDAY = Pattern.compile("\\b(" + CalendarWords.WEEKDAY + ")\\b\\.?", FLAGS);

    private DateStamps() {
    }

    /** The first complete date (day, month and year) written in {@code text}, or null. */
    static Found find(String text) {
        List<Found> all = new ArrayList<>();
        Matcher m = YEAR_MONTHNAME_DAY.matcher(text);
        while (m.find()) {
            add(all, CalendarWords.date(year(m.group(1)), CalendarWords.month(m.group(2)), day(m.group(3))), m);
        }
        m = ISO.matcher(text);
        while (m.find()) {
            add(all, numericDate(year(m.group(1)), day(m.group(2)), day(m.group(3))), m);
        }
        m = YEAR_FIRST_NUMERIC.matcher(text);
        while (m.find()) {
            add(all, numericDate(year(m.group(1)), day(m.group(3)), day(m.group(4))), m);
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            add(all, dayMonthOrMonthDay(text, day(m.group(1)), day(m.group(3)), year(m.group(4))), m);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(all, CalendarWords.date(year(m.group(3)), CalendarWords.month(m.group(1)), day(m.group(2))), m);
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(all, CalendarWords.date(year(m.group(3)), CalendarWords.month(m.group(2)), day(m.group(1))), m);
        }
        Found first = null;
        for (Found f : all) {
            if (first == null || f.start < first.start) {
                first = f;
            }
        }
        return first;
    }

    private static void add(List<Found> all, LocalDate date, Matcher m) {
        if (date != null && date.getYear() >= 1900 && date.getYear() <= 2200) {
            all.add(new Found(date, m.start(), m.end()));
        }
    }

    private static LocalDate numericDate(int year, int month, int day) {
        return month >= 1 && month <= 12 ? CalendarWords.date(year, Month.of(month), day) : null;
    }

    /** "29/11/2023" is day first, "11/29/2023" month first; "04/05/2023" follows a weekday on the line, else day first. */
    private static LocalDate dayMonthOrMonthDay(String text, int a, int b, int year) {
        LocalDate dayFirst = numericDate(year, b, a);
        LocalDate monthFirst = numericDate(year, a, b);
        if (dayFirst == null || monthFirst == null || dayFirst.equals(monthFirst)) {
            return dayFirst != null ? dayFirst : monthFirst;
        }
        Matcher w = WEEKDAY.matcher(text);
        if (w.find()) {
            DayOfWeek weekday = CalendarWords.weekday(w.group(1));
            if (monthFirst.getDayOfWeek() == weekday && dayFirst.getDayOfWeek() != weekday) {
                return monthFirst;
            }
        }
        return dayFirst;
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    private static int day(String s) {
        return Integer.parseInt(s);
    }
}
