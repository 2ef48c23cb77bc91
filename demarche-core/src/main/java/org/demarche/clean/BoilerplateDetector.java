package org.demarche.clean;

import java.util.EnumSet;
import java.util.regex.Pattern;
import org.demarche.text.Lines;

/**
 * Marks the lines of scraped text that are page furniture rather than article prose: navigation ("All news"),
 * language menus, photo captions and credits ("File Photo", "© AP Photo/..."), hashtags, "6 months ago" and
 * bare time stamps. Marked lines keep their place in the text, so offsets still point into the original; later
 * stages simply never take a quote, a speaker or a title from them.
 *
 * <p>The patterns are the definition; each is guarded by a cheap test of a condition every line it matches must
 * meet (its length, its first character, a word it must contain), so prose lines, nearly all of them, never
 * reach the regular-expression engine. The guards never change a result, only skip work.
 */
public final class BoilerplateDetector {
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(^\\s*©)|(\\b(photo|photograph|image|picture|video)\\s*(/|:|by|credit)\\s*\\S)|(\\b(getty images|afp|reuters|ap|epa|sputnik|tass|ria novosti)\\s*/\\s*\\S)|(^\\s*(file )?photo\\s*$)");
    private static final Pattern AGO = Pattern.compile("(?i)^\\s*\\d+\\s+(second|minute|hour|day|week|month|year)s?\\s+ago\\s*$");
    private static final Pattern HASHTAGS = Pattern.compile("^\\s*(#\\S+\\s*)+$");
    private static final Pattern TIME_STAMP = Pattern.compile(
            "^[\\s\\d:/.,\\-]*\\d[\\s\\d:/.,\\-]*(\\p{L}+[\\s\\d:/.,\\-]*){0,3}$");
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?i)^\\s*(all news|latest news|news|world|politics|home|menu|search|share|tweet|print|email|read more|related|advertisement|subscribe|follow us.*|top stories|most read|more|login|sign in|comments?)\\s*$");
    /** The longest NAVIGATION alternative other than "follow us.*" ("advertisement"). */
    private static final int LONGEST_NAVIGATION_WORD = 13;

    /** One flag per line of {@code lines}: true where the line is boilerplate. */
    public boolean[] detect(Lines lines) {
        String text = lines.text();
        char[] chars = text.toCharArray(); // the guards scan every character; an array scans fastest
        boolean[] boilerplate = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            int start = stripStart(chars, lines.start(i), lines.end(i));
            int end = stripEnd(chars, start, lines.end(i));
            if (start == end) {
                continue;
            }
            boilerplate[i] = isNavigation(text, chars, start, end) || isCredit(text, chars, start, end)
                    || isAgo(text, chars, start, end) || isHashtags(text, chars, start, end)
                    || isTimeStamp(text, chars, start, end) || isLanguageMenu(text, chars, start, end);
        }
        markCaptions(lines, chars, boilerplate);
        return boilerplate;
    }

    /**
     * A caption is an unpunctuated line next to a credit line, or one that repeats the line before it (the earlier
     * line, stripped, starts with this one, stripped).
     */
    private static void markCaptions(Lines lines, char[] chars, boolean[] boilerplate) {
        String text = lines.text();
        for (int i = 0; i < lines.size(); i++) {
            int start = stripStart(chars, lines.start(i), lines.end(i));
            int end = stripEnd(chars, start, lines.end(i));
            if (boilerplate[i] || start == end || endsLikeProse(chars, start, end)) {
                continue;
            }
            boolean beforeCredit = i + 1 < lines.size() && boilerplate[i + 1]
                    && isCredit(text, chars, lines.start(i + 1), lines.end(i + 1));
            int previous = i - 1;
            while (previous >= 0 && lines.isBlank(previous)) {
                previous--;
            }
            boolean repeats = false;
            if (previous >= 0) {
                int previousStart = stripStart(chars, lines.start(previous), lines.end(previous));
                int previousEnd = stripEnd(chars, previousStart, lines.end(previous));
                repeats = end - start <= previousEnd - previousStart
                        && text.regionMatches(previousStart, text, start, end - start);
            }
            if (beforeCredit || repeats) {
                boilerplate[i] = true;
                if (repeats) {
                    boilerplate[previous] = true;
                }
            }
        }
    }

    /** Where {@code strip()} would start the range: after leading white space. */
    private static int stripStart(char[] chars, int start, int end) {
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        return start;
    }

    /** Where {@code strip()} would end the range: before trailing white space. */
    private static int stripEnd(char[] chars, int start, int end) {
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        return end;
    }

    // Each guard below is implied by its pattern on a stripped line: \s is [ \t\n\x0B\f\r], all of which strip()
    // removes at both ends, (?i) folds ASCII letters only, and \d is [0-9]. [start, end) is a stripped line; a
    // pattern only runs (on a copy of the line) when its guard passes.

    private static boolean isNavigation(String text, char[] chars, int start, int end) {
        return (end - start <= LONGEST_NAVIGATION_WORD || asciiMatch(chars, start, end, "follow us"))
                && NAVIGATION.matcher(text.substring(start, end)).matches();
    }

    /** Also used on unstripped lines: the guard only asks for a character or word the pattern needs anywhere. */
    private static boolean isCredit(String text, char[] chars, int start, int end) {
        return mayBeCredit(chars, start, end) && CREDIT.matcher(text.substring(start, end)).find();
    }

    /**
     * What each alternative of CREDIT needs: '©'; a photo word ("photo", "photograph", "image", "picture", "video")
     * followed, spaces aside, by '/', ':', "by" or "credit"; an agency name followed, spaces aside, by '/'; or a
     * line that starts, spaces aside, with "photo" or "file photo". Letters compare as (?i) does: ASCII only.
     */
    private static boolean mayBeCredit(char[] chars, int start, int end) {
        int first = start;
        while (first < end && isRegexSpace(chars[first])) {
            first++;
        }
        if (asciiMatch(chars, first, end, "photo") || asciiMatch(chars, first, end, "file photo")) {
            return true;
        }
        for (int i = start; i < end; i++) {
            char c = chars[i];
            int lower = c | 0x20; // 'p', 'i' and 'v' for ASCII P/p, I/i, V/v and nothing else
            if (lower == 'p') {
                if (asciiMatch(chars, i, end, "photo") && (creditAfter(chars, i + 5, end)
                        || asciiMatch(chars, i, end, "photograph") && creditAfter(chars, i + 10, end))
                        || asciiMatch(chars, i, end, "picture") && creditAfter(chars, i + 7, end)) {
                    return true;
                }
            } else if (lower == 'i') {
                if (asciiMatch(chars, i, end, "image") && creditAfter(chars, i + 5, end)) {
                    return true;
                }
            } else if (lower == 'v') {
                if (asciiMatch(chars, i, end, "video") && creditAfter(chars, i + 5, end)) {
                    return true;
                }
            } else if (c == '/') {
                if (agencyBefore(chars, start, i)) {
                    return true;
                }
            } else if (c == '\u00a9') {
                return true;
            }
        }
        return false;
    }

    /** Whether '/', ':', "by" or "credit" follows {@code from}, spaces ({@code \s}) aside. */
    private static boolean creditAfter(char[] chars, int from, int end) {
        int i = from;
        while (i < end && isRegexSpace(chars[i])) {
            i++;
        }
        return i < end && (chars[i] == '/' || chars[i] == ':' || asciiMatch(chars, i, end, "by")
                || asciiMatch(chars, i, end, "credit"));
    }

    private static final String[] AGENCIES = {"getty images", "afp", "reuters", "ap", "epa", "sputnik", "tass", "ria novosti"};

    /** Whether an agency name of CREDIT ends right before {@code slash}, spaces ({@code \s}) aside. */
    private static boolean agencyBefore(char[] chars, int start, int slash) {
        int end = slash;
        while (end > start && isRegexSpace(chars[end - 1])) {
            end--;
        }
        for (String agency : AGENCIES) {
            if (end - start >= agency.length() && asciiMatch(chars, end - agency.length(), end, agency)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} (lower case) starts at {@code at} before {@code end}, with (?i)'s ASCII-only folding. */
    private static boolean asciiMatch(char[] chars, int at, int end, String word) {
        if (at + word.length() > end) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = chars[at + k];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAgo(String text, char[] chars, int start, int end) {
        return end - start >= 3 && isAsciiDigit(chars[start]) && asciiMatch(chars, end - 3, end, "ago")
                && AGO.matcher(text.substring(start, end)).matches();
    }

    private static boolean isHashtags(String text, char[] chars, int start, int end) {
        return chars[start] == '#' && HASHTAGS.matcher(text.substring(start, end)).matches();
    }

    /**
     * TIME_STAMP needs the first character to be a digit or one of {@code :/.,-}, a digit somewhere, and at most
     * three runs of letters (a letter outside the Basic Multilingual Plane counts as letters here too).
     */
    private static boolean isTimeStamp(String text, char[] chars, int start, int end) {
        char first = chars[start];
        if (!isAsciiDigit(first) && first != ':' && first != '/' && first != '.' && first != ',' && first != '-') {
            return false;
        }
        int runs = 0;
        boolean inRun = false;
        boolean digit = false;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            boolean letter = Character.isLetter(c) || Character.isSurrogate(c);
            if (letter && !inRun && ++runs > 3) {
                return false;
            }
            inRun = letter;
            digit |= isAsciiDigit(c);
        }
        return digit && TIME_STAMP.matcher(text.substring(start, end)).matches();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the stripped line ends as a sentence or a quotation does. */
    private static boolean endsLikeProse(char[] chars, int start, int end) {
        if (start == end) {
            return false;
        }
        char last = chars[end - 1];
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d' || last == ':';
    }

    /**
     * A line of language names in several scripts: "فارسی افغانستان العربیة English Türkçe". Words are split at
     * runs of {@code [ \t\n\x0B\f\r]} (as {@code split("\\s+")} does on a stripped line).
     */
    private static boolean isLanguageMenu(String text, char[] chars, int start, int end) {
        if (endsLikeProse(chars, start, end)) {
            return false;
        }
        EnumSet<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        int words = 0;
        int i = start;
        while (i < end) {
            while (i < end && isRegexSpace(chars[i])) {
                i++;
            }
            if (i == end) {
                break;
            }
            if (++words > 20) {
                return false;
            }
            scripts.add(Character.UnicodeScript.of(Character.codePointAt(chars, i, end)));
            while (i < end && !isRegexSpace(chars[i])) {
                i++;
            }
        }
        if (words < 3) {
            return false;
        }
        scripts.remove(Character.UnicodeScript.COMMON);
        return scripts.size() >= 2;
    }

    /** The characters of the regular expression class {@code \s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
