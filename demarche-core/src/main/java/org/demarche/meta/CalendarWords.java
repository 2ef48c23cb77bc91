package org.demarche.meta;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month and weekday names as news text writes them: English full names and abbreviations with or without a
 * dot ("Sept.", "Feb"), and Russian month names in the nominative and genitive ("февраль", "9 февраля").
 * Shared by the dateline, date-stamp and relative-date readers.
 */
public final class CalendarWords {
    /** Regex alternation of English month names and abbreviations (no groups, no trailing dot). */
    public static final String ENGLISH_MONTH =
            "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
                    + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    /** Regex alternation of Russian month names, nominative and genitive, any case. */
    public static final String RUSSIAN_MONTH =
            "(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]"
                    + "|ноябр[ья]|декабр[ья])";
    /** Either alternation; a date regex built on it should be compiled case-insensitively or with (?i). */
    public static final String MONTH = "(?:" + ENGLISH_MONTH + "|" + RUSSIAN_MONTH + ")";
    /** Regex alternation of English weekday names and their usual abbreviations. */
    public static final String WEEKDAY =
            "(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)";

    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final String[] RUSSIAN_STEMS = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
            "сентябр", "октябр", "ноябр", "декабр"};

    static {
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            MONTHS.put(name, m);
            MONTHS.put(name.substring(0, 3), m);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            WEEKDAYS.put(name, d);
            WEEKDAYS.put(name.substring(0, 3), d);
        }
        WEEKDAYS.put("tues", DayOfWeek.TUESDAY);
        WEEKDAYS.put("thur", DayOfWeek.THURSDAY);
        WEEKDAYS.put("thurs", DayOfWeek.THURSDAY);
    }

    private CalendarWords() {
    }

    /** The month a name or abbreviation stands for ("Sept.", "february", "февраля"), or null. */
    public static Month month(String word) {
        if (word == null) {
            return null;
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        Month m = MONTHS.get(w);
        if (m != null) {
            return m;
        }
        return russianMonth(w);
    }

    private static Month russianMonth(String w) {
        if (w.isEmpty() || Character.UnicodeScript.of(w.codePointAt(0)) != Character.UnicodeScript.CYRILLIC) {
            return null;
        }
        for (int i = 0; i < RUSSIAN_STEMS.length; i++) {
            String stem = RUSSIAN_STEMS[i];
            if (w.startsWith(stem) && w.length() - stem.length() <= 1) {
                if (i == 4 && !(w.equals("май") || w.equals("мая"))) {
                    continue;
                }
                if (i == 2 && !(w.equals("март") || w.equals("марта"))) {
                    continue;
                }
                return Month.of(i + 1);
            }
        }
        return null;
    }

    /** The weekday a name or abbreviation stands for ("Wed", "Thursday", "tues."), or null. */
    public static DayOfWeek weekday(String word) {
        if (word == null) {
            return null;
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return WEEKDAYS.get(w);
    }

    /** The day {@code day} of {@code month}, or null when that month never has such a day. */
    public static MonthDay monthDay(Month month, int day) {
        if (month == null || day < 1 || day > month.maxLength()) {
            return null;
        }
        return MonthDay.of(month, day);
    }

    /** The calendar day, or null when it does not exist (31 April, 29 February of a common year). */
    public static LocalDate date(int year, Month month, int day) {
        MonthDay md = monthDay(month, day);
        return md != null && md.isValidYear(year) ? md.atYear(year) : null;
    }

    /**
     * The latest occurrence of a year-less day that is not after {@code latest}: "February 9" against
     * 2024-01-20 is 2023-02-09. A 29 February goes back to the last leap year.
     */
    public static LocalDate latestNotAfter(MonthDay day, LocalDate latest) {
        for (int year = latest.getYear(); year > latest.getYear() - 9; year--) {
            if (day.isValidYear(year)) {
                LocalDate candidate = day.atYear(year);
                if (!candidate.isAfter(latest)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
