package org.demarche.meta;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and resolves the day expressions news text uses for when something was said or done: "on Wednesday",
 * "Wednesday night", "last Tuesday", "yesterday", "earlier this week", "two days ago", "on January 12",
 * "12 January 2022", "in March". Each resolves against a reference date, normally the article's publication
 * date or its resolved dateline date ({@link ArticleMetadata#referenceDate()}).
 *
 * <h2>Resolution rules (news convention)</h2>
 * <ul>
 *   <li>A weekday, bare or after "on", "this", "earlier on" ("on Wednesday", "Wednesday's talks",
 *       "Wednesday night"): the most recent such day on or before the reference (the reference itself when it is
 *       that weekday).</li>
 *   <li>"last Wednesday", "this past Wednesday": the most recent such day strictly before the reference.
 *       "next Wednesday": the first such day strictly after it.</li>
 *   <li>"yesterday", "last night": the day before; "the day before yesterday": two days before; "today",
 *       "earlier today", "this morning", "tonight": the reference day; "tomorrow": the day after.</li>
 *   <li>"N days ago": N days before. "N weeks ago", "this week", "earlier this week", "last week", "next week":
 *       the Monday of that ISO week, with {@link Precision#WEEK}. "this month", "last month", "N months ago",
 *       "in March": the first day of that month, with {@link Precision#MONTH}.</li>
 *   <li>A written date: its own year when it states one ("January 12, 2022", "2022-01-12"); without a year
 *       ("on January 12", "12 January", "Wednesday, January 12") the occurrence nearest to the reference, so
 *       "on January 12" in an article of 2 February 2024 is 2024-01-12 and in one of 28 December 2023 is
 *       2024-01-12 too; a weekday written with it picks, among the nearby years, one where the day falls on it.</li>
 * </ul>
 * Without a reference only dates that state their year resolve; the others are still found, with a null date.
 *
 * <h2>Finding</h2>
 * {@link #findAll}, {@link #find} and {@link #nearest} look inside a character range of a text (for instance the
 * clause around a statement's cue) and return offsets into the whole text. Month and weekday names must be
 * capitalised there ("march 12 km" is no date); "Good Friday", "Super Tuesday", "the Sunday Times" and "the Mail
 * on Sunday" are not days. {@link #resolve} reads one whole expression and accepts any case.
 *
 * <p>Stateless and thread-safe; all methods are static.
 */
public final class RelativeDates {

    /** How precise a resolved date is. */
    public enum Precision {
        /** The date is the day meant. */
        DAY,
        /** The date is the Monday of the week meant. */
        WEEK,
        /** The date is the first day of the month meant. */
        MONTH
    }

    /**
     * A resolved expression.
     *
     * @param date      the day meant, or the first day of the week or month meant
     * @param precision how much of that the expression pins down
     */
    public record Resolved(LocalDate date, Precision precision) {
    }

    /**
     * An expression found in a text.
     *
     * @param start     offset of the expression in the text passed in (inclusive)
     * @param end       offset just after it
     * @param text      the expression as written ("on Wednesday", "earlier this week")
     * @param date      the resolved date (see {@link Resolved#date()}), or null when it needs a reference and
     *                  none was given
     * @param precision how much the date pins down
     */
    public record Match(int start, int end, String text, LocalDate date, Precision precision) {
        /** The resolution, when there is one. */
        public Optional<Resolved> resolved() {
            return date == null ? Optional.empty() : Optional.of(new Resolved(date, precision));
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String WEEKDAY = "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(?<mon>Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
            + "|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String FULL_MONTH = "(?<mon>January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final String NUMBER = "(?<n>\\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

    private enum Rule {
        MONTH_DAY("\\b(?:on\\s+)?(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?" + END),
        DAY_MONTH("\\b(?:on\\s+)?(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
                + "(?:,?\\s+(?<year>\\d{4}))?" + END),
        ISO("\\b(?:on\\s+)?(?<year>\\d{4})-(?<mon>\\d{2})-(?<day>\\d{2})" + END),
        WEEKDAY_NAME("\\b(?:(?<mod>on|last|this\\s+past|this|next|earlier\\s+on|late\\s+on|early\\s+on)\\s+)?" + WEEKDAY
                + "(?:['\u2019]s)?(?:\\s+(?:morning|afternoon|evening|night))?" + END),
        DAY_WORD("\\b(?<word>the\\s+day\\s+before\\s+yesterday|(?:late\\s+|early\\s+)?yesterday|(?:earlier\\s+|later\\s+|late\\s+|early\\s+)?today"
                + "|tonight|tomorrow|this\\s+(?:morning|afternoon|evening)|last\\s+night)" + END),
        AGO("\\b" + NUMBER + "\\s+(?<unit>days?|weeks?|months?)\\s+ago" + END),
        WEEK("\\b(?<mod>earlier\\s+this|later\\s+this|this|earlier\\s+last|late\\s+last|early\\s+last|last|next)\\s+week" + END),
        MONTH_REL("\\b(?<mod>earlier\\s+this|later\\s+this|this|earlier\\s+last|late\\s+last|early\\s+last|last|next)\\s+month" + END),
        IN_MONTH("\\b(?:in|since|until|by)\\s+(?:early\\s+|late\\s+|mid-?)?" + FULL_MONTH + "(?:\\s+(?<year>\\d{4}))?" + END
                + "(?!\\s+\\d{1,2}(?!\\d))");

        final Pattern pattern;
        final boolean hasWeekday;
        final boolean hasMonthName;

        Rule(String regex) {
            this.pattern = Pattern.compile(regex, FLAGS);
            this.hasWeekday = regex.contains("?<wd>");
            this.hasMonthName = regex.contains("?<mon>") && !regex.contains("(?<mon>\\d");
        }
    }

    /** How far before and after its trigger word an expression may reach ("on Wednesday, the 12th of January"). */
    private static final int WINDOW = 40;
    private static final Rule[] NO_RULES = {};

    /**
     * A word that starts the rules it can belong to. {@code name}: a weekday or month name, which only counts
     * capitalised where case matters.
     */
    private record Trigger(String word, Rule[] rules, boolean name) {
    }

    /**
     * The triggers by the first letter of their word ({@code 'a'..'z'}): the scan asks for every word of the
     * text, so the lookup makes no string and compares only words of the right letter and length.
     */
    private static final Trigger[][] TRIGGERS = new Trigger[26][];

    static {
        List<Trigger> triggers = new ArrayList<>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            triggers.add(new Trigger(day, new Rule[] {Rule.WEEKDAY_NAME}, true));
        }
        Rule[] monthRules = {Rule.MONTH_DAY, Rule.DAY_MONTH, Rule.IN_MONTH};
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            triggers.add(new Trigger(name, monthRules, true));
            if (name.length() > 3) {
                triggers.add(new Trigger(name.substring(0, 3), monthRules, true));
            }
        }
        triggers.add(new Trigger("sept", monthRules, true));
        for (String word : List.of("yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night")) {
            triggers.add(new Trigger(word, new Rule[] {Rule.DAY_WORD}, false));
        }
        triggers.add(new Trigger("ago", new Rule[] {Rule.AGO}, false));
        triggers.add(new Trigger("week", new Rule[] {Rule.WEEK}, false));
        triggers.add(new Trigger("month", new Rule[] {Rule.MONTH_REL}, false));
        for (char letter = 'a'; letter <= 'z'; letter++) {
            char first = letter;
            TRIGGERS[letter - 'a'] = triggers.stream().filter(t -> t.word().charAt(0) == first).toArray(Trigger[]::new);
        }
    }

    /**
     * The rules the word {@code text[start, end)} can belong to. With {@code strictCase}, a weekday or month
     * name in lower case triggers nothing: every match through it would be rejected as not capitalised ("may",
     * "march").
     */
    private static Rule[] triggered(CharSequence text, int start, int end, boolean strictCase) {
        int length = end - start;
        if (length == 4 && Character.isDigit(text.charAt(start)) && end < text.length() && text.charAt(end) == '-') {
            return new Rule[] {Rule.ISO};
        }
        if (length < 3 || length > 9) {
            return NO_RULES;
        }
        int first = folded(text.charAt(start)) - 'a';
        if (first < 0 || first >= 26) {
            return NO_RULES;
        }
        for (Trigger t : TRIGGERS[first]) {
            if (t.word().length() == length && equalsFolded(text, start, t.word())) {
                return strictCase && t.name() && !Character.isUpperCase(text.charAt(start)) ? NO_RULES : t.rules();
            }
        }
        return NO_RULES;
    }

    /** Whether {@code text} from {@code start} reads {@code word} (lower case ASCII), ASCII case ignored. */
    private static boolean equalsFolded(CharSequence text, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (folded(text.charAt(start + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char folded(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Words that make a weekday part of a name: "Good Friday", "Super Tuesday". */
    private static final Set<String> NAMED_DAY_BEFORE = Set.of("good", "black", "super", "ash", "holy", "maundy", "easter",
            "palm", "cyber", "bloody", "giving", "shrove", "fat", "blue", "mail", "observer", "independent", "mad");
    /** Words that make a weekday part of a newspaper's name: "the Sunday Times". */
    private static final Set<String> NAMED_DAY_AFTER = Set.of("times", "telegraph", "express", "mirror", "post", "herald",
            "mail", "star", "independent", "tribune", "review", "sport", "people", "world", "school");

    private RelativeDates() {
    }

    /**
     * Resolves one whole expression ("on Wednesday", "last Tuesday", "yesterday", "earlier this week",
     * "on January 12", "January 12, 2022"; any case, surrounding spaces and punctuation ignored) against
     * {@code reference}. Empty when the text is not one such expression, or when it needs a reference and
     * {@code reference} is null.
     */
    public static Optional<Resolved> resolve(String expression, LocalDate reference) {
        String s = expression.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$|(?<!\\b[A-Z][a-z]{2})\\.$", "").strip();
        for (Match m : scan(s, 0, s.length(), reference, false)) {
            if (m.start() == 0 && m.end() == s.length()) {
                return m.resolved();
            }
        }
        return Optional.empty();
    }

    /**
     * Every day expression inside {@code text[start, end)}, in text order, without overlaps (the longer of two
     * overlapping readings wins: "Wednesday, January 12" is one expression). Offsets are into {@code text}.
     */
    public static List<Match> findAll(CharSequence text, int start, int end, LocalDate reference) {
        return scan(text, start, end, reference, true);
    }

    /** The first day expression inside {@code text[start, end)}, if any. */
    public static Optional<Match> find(CharSequence text, int start, int end, LocalDate reference) {
        List<Match> all = findAll(text, start, end, reference);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * The day expression inside {@code text[start, end)} closest to {@code anchor} (say, the offset of a reporting
     * verb: "Lavrov said on Wednesday" and "On Wednesday, Lavrov said" both find "on Wednesday"); on a tie, the
     * one after the anchor.
     */
    public static Optional<Match> nearest(CharSequence text, int start, int end, int anchor, LocalDate reference) {
        return findAll(text, start, end, reference).stream()
                .min(Comparator.comparingInt((Match m) -> distance(m, anchor)).thenComparing(m -> m.start() < anchor));
    }

    private static int distance(Match m, int anchor) {
        if (anchor < m.start()) {
            return m.start() - anchor;
        }
        return anchor >= m.end() ? anchor - m.end() + 1 : 0;
    }

    /**
     * One pass over the words of the range; a trigger word (a weekday, a month, "yesterday", "ago", "week", a
     * year before a hyphen) runs the rules it can belong to, in a window around it, keeping the matches that
     * cover it. So the cost grows with the text, not with the text times the rules.
     */
    private static List<Match> scan(CharSequence text, int start, int end, LocalDate reference, boolean strictCase) {
        List<Match> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[Rule.values().length];
        int i = start;
        while (i < end) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < end && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            Rule[] rules = triggered(text, i, j, strictCase);
            for (Rule rule : rules) {
                Matcher m = matchers[rule.ordinal()];
                if (m == null) {
                    m = rule.pattern.matcher(text);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                    matchers[rule.ordinal()] = m;
                }
                int to = Math.min(end, j + WINDOW);
                // A match through the trigger word begins at a word boundary, so at or before the word's start:
                // only the word starts up to it are tried, in the order find() would visit them (going on past
                // each match); the window after the word is never scanned.
                for (int s = Math.max(start, i - WINDOW); s <= i; ) {
                    if (!isWordStart(text, s)) {
                        s++;
                        continue;
                    }
                    m.region(s, to);
                    if (!m.lookingAt()) {
                        s++;
                        continue;
                    }
                    s = m.end();
                    if (m.end() <= i || strictCase && !capitalised(rule, m) || isNamedDay(rule, m, text)) {
                        continue;
                    }
                    Resolved r = resolve(rule, m, reference);
                    if (r == NOT_A_DATE) {
                        continue;
                    }
                    found.add(new Match(m.start(), m.end(), text.subSequence(m.start(), m.end()).toString(),
                            r == null ? null : r.date(), r == null ? precisionOf(rule, m) : r.precision()));
                }
            }
            i = j;
        }
        found.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        List<Match> kept = new ArrayList<>();
        for (Match m : found) {
            Match last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || m.start() >= last.end()) {
                kept.add(m);
            } else if (m.end() - m.start() > last.end() - last.start()) {
                kept.set(kept.size() - 1, m);
            }
        }
        return kept;
    }

    /** Where a rule can begin: every rule starts with {@code \\b} and a letter or digit. */
    private static boolean isWordStart(CharSequence text, int s) {
        if (!Character.isLetterOrDigit(text.charAt(s))) {
            return false;
        }
        char before = s == 0 ? ' ' : text.charAt(s - 1);
        return !Character.isLetterOrDigit(before) && before != '_';
    }

    private static boolean capitalised(Rule rule, Matcher m) {
        if (rule.hasWeekday && m.group("wd") != null && !Character.isUpperCase(m.group("wd").charAt(0))) {
            return false;
        }
        return !rule.hasMonthName || m.group("mon") == null || Character.isUpperCase(m.group("mon").charAt(0));
    }

    /** "Good Friday", "Super Tuesday", "the Sunday Times", "the Mail on Sunday". */
    private static boolean isNamedDay(Rule rule, Matcher m, CharSequence text) {
        if (rule != Rule.WEEKDAY_NAME) {
            return false;
        }
        int beforeStart = wordStartBefore(text, m.start("wd"));
        String before = text.subSequence(beforeStart, wordEnd(text, beforeStart)).toString();
        if (before.equalsIgnoreCase("on")) {
            beforeStart = wordStartBefore(text, beforeStart);
            before = text.subSequence(beforeStart, wordEnd(text, beforeStart)).toString();
        }
        if (NAMED_DAY_BEFORE.contains(before.toLowerCase(Locale.ROOT)) && Character.isUpperCase(before.isEmpty() ? 'a' : before.charAt(0))) {
            return true;
        }
        String after = wordAfter(text, m.end("wd"));
        return !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && NAMED_DAY_AFTER.contains(after.toLowerCase(Locale.ROOT));
    }

    /** Where the word before {@code offset} starts (spaces skipped); {@code offset} itself when there is none. */
    private static int wordStartBefore(CharSequence text, int offset) {
        int i = offset - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || !Character.isLetter(text.charAt(i))) {
            return offset;
        }
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return i + 1;
    }

    private static int wordEnd(CharSequence text, int start) {
        int i = start;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String wordAfter(CharSequence text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int begin = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.subSequence(begin, i).toString();
    }

    /** Marks a match that turned out not to be a date at all (31 February, month 13). */
    private static final Resolved NOT_A_DATE = new Resolved(LocalDate.MIN, Precision.DAY);

    private static Resolved resolve(Rule rule, Matcher m, LocalDate ref) {
        return switch (rule) {
            case MONTH_DAY, DAY_MONTH -> writtenDate(CalendarWords.month(m.group("mon")), m.group("day"), m.group("year"),
                    m.group("wd"), ref);
            case ISO -> {
                int month = Integer.parseInt(m.group("mon"));
                LocalDate d = month >= 1 && month <= 12
                        ? CalendarWords.date(Integer.parseInt(m.group("year")), Month.of(month), Integer.parseInt(m.group("day")))
                        : null;
                yield d == null ? NOT_A_DATE : day(d);
            }
            case WEEKDAY_NAME -> ref == null ? null : day(weekday(CalendarWords.weekday(m.group("wd")), m.group("mod"), ref));
            case DAY_WORD -> ref == null ? null : day(ref.plusDays(dayOffset(m.group("word"))));
            case AGO -> ref == null ? null : ago(number(m.group("n")), m.group("unit"), ref);
            case WEEK -> ref == null ? null : new Resolved(ref.with(DayOfWeek.MONDAY).plusWeeks(shift(m.group("mod"))), Precision.WEEK);
            case MONTH_REL -> ref == null ? null
                    : new Resolved(ref.withDayOfMonth(1).plusMonths(shift(m.group("mod"))), Precision.MONTH);
            case IN_MONTH -> inMonth(CalendarWords.month(m.group("mon")), m.group("year"), ref);
        };
    }

    private static Precision precisionOf(Rule rule, Matcher m) {
        return switch (rule) {
            case WEEK -> Precision.WEEK;
            case MONTH_REL, IN_MONTH -> Precision.MONTH;
            case AGO -> m.group("unit").toLowerCase(Locale.ROOT).startsWith("week") ? Precision.WEEK
                    : m.group("unit").toLowerCase(Locale.ROOT).startsWith("month") ? Precision.MONTH : Precision.DAY;
            default -> Precision.DAY;
        };
    }

    private static Resolved day(LocalDate date) {
        return new Resolved(date, Precision.DAY);
    }

    /** The weekday meant relative to {@code ref}; see the class comment. */
    static LocalDate weekday(DayOfWeek day, String modifier, LocalDate ref) {
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (mod) {
            case "last", "this past" -> ref.with(TemporalAdjusters.previous(day));
            case "next" -> ref.with(TemporalAdjusters.next(day));
            default -> ref.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    private static long dayOffset(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("before yesterday")) {
            return -2;
        }
        if (w.contains("yesterday") || w.contains("night") && w.startsWith("last")) {
            return -1;
        }
        return w.contains("tomorrow") ? 1 : 0;
    }

    private static int shift(String modifier) {
        String mod = modifier.toLowerCase(Locale.ROOT);
        if (mod.endsWith("last")) {
            return -1;
        }
        return mod.equals("next") ? 1 : 0;
    }

    private static Resolved ago(int n, String unit, LocalDate ref) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("day")) {
            return day(ref.minusDays(n));
        }
        if (u.startsWith("week")) {
            return new Resolved(ref.minusWeeks(n).with(DayOfWeek.MONDAY), Precision.WEEK);
        }
        return new Resolved(ref.withDayOfMonth(1).minusMonths(n), Precision.MONTH);
    }

    private static int number(String n) {
        String w = n.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w);
        }
        List<String> words = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve");
        return w.equals("a") || w.equals("an") ? 1 : words.indexOf(w) + 1;
    }

    private static Resolved writtenDate(Month month, String dayText, String yearText, String weekdayName, LocalDate ref) {
        int day = Integer.parseInt(dayText);
        MonthDay md = CalendarWords.monthDay(month, day);
        if (md == null) {
            return NOT_A_DATE;
        }
        if (yearText != null) {
            LocalDate d = CalendarWords.date(Integer.parseInt(yearText), month, day);
            return d == null ? NOT_A_DATE : day(d);
        }
        if (ref == null) {
            return null;
        }
        DayOfWeek weekday = CalendarWords.weekday(weekdayName);
        LocalDate best = null;
        boolean bestMatchesWeekday = false;
        for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
            if (!md.isValidYear(year)) {
                continue;
            }
            LocalDate candidate = md.atYear(year);
            boolean matches = weekday != null && candidate.getDayOfWeek() == weekday;
            boolean closer = best == null || Math.abs(ChronoUnit.DAYS.between(ref, candidate)) < Math.abs(ChronoUnit.DAYS.between(ref, best));
            if (best == null || matches && !bestMatchesWeekday || matches == bestMatchesWeekday && closer) {
                best = candidate;
                bestMatchesWeekday = matches;
            }
        }
        return best == null ? null : day(best);
    }

    private static Resolved inMonth(Month month, String yearText, LocalDate ref) {
        if (yearText != null) {
            return new Resolved(LocalDate.of(Integer.parseInt(yearText), month, 1), Precision.MONTH);
        }
        if (ref == null) {
            return null;
        }
        LocalDate best = null;
        for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
            LocalDate candidate = LocalDate.of(year, month, 15);
            if (best == null || Math.abs(ChronoUnit.DAYS.between(ref, candidate)) < Math.abs(ChronoUnit.DAYS.between(ref, best))) {
                best = candidate;
            }
        }
        return new Resolved(best.withDayOfMonth(1), Precision.MONTH);
    }
}
