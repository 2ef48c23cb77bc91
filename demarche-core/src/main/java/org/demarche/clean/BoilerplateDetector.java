package org.demarche.clean;

import java.util.regex.Pattern;
import org.demarche.text.Lines;

/**
 * Marks the lines of scraped text that are page furniture rather than article prose: navigation ("All news"),
 * language menus, photo captions and credits ("File Photo", "© AP Photo/..."), hashtags, "6 months ago" and
 * bare time stamps. Marked lines keep their place in the text, so offsets still point into the original; later
 * stages simply never take a quote, a speaker or a title from them.
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

    /** One flag per line of {@code lines}: true where the line is boilerplate. */
    public boolean[] detect(Lines lines) {
        boolean[] boilerplate = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.text(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean shortLine = line.split("\\s+").length <= 12;
            boilerplate[i] = NAVIGATION.matcher(line).matches() || shortLine && CREDIT.matcher(line).find()
                    || AGO.matcher(line).matches() || HASHTAGS.matcher(line).matches()
                    || TIME_STAMP.matcher(line).matches() || isLanguageMenu(line);
        }
        markCaptions(lines, boilerplate);
        return boilerplate;
    }

    /** A caption is an unpunctuated line next to a credit line, or one that repeats the line before it. */
    private static void markCaptions(Lines lines, boolean[] boilerplate) {
        for (int i = 0; i < lines.size(); i++) {
            if (boilerplate[i] || lines.isBlank(i) || endsLikeProse(lines.text(i))) {
                continue;
            }
            boolean beforeCredit = i + 1 < lines.size() && boilerplate[i + 1] && isCredit(lines.text(i + 1));
            int previous = i - 1;
            while (previous >= 0 && lines.isBlank(previous)) {
                previous--;
            }
            boolean repeats = previous >= 0 && lines.text(previous).strip().startsWith(lines.text(i).strip());
            if (beforeCredit || repeats) {
                boilerplate[i] = true;
                if (repeats) {
                    boilerplate[previous] = true;
                }
            }
        }
    }

    private static boolean isCredit(String line) {
        return line.strip().split("\\s+").length <= 12 && CREDIT.matcher(line).find();
    }

    private static boolean endsLikeProse(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d' || last == ':';
    }

    /** A line of language names in several scripts: "فارسی افغانستان العربیة English Türkçe". */
    private static boolean isLanguageMenu(String line) {
        String[] words = line.split("\\s+");
        if (words.length < 3 || words.length > 20 || endsLikeProse(line)) {
            return false;
        }
        java.util.Set<Character.UnicodeScript> scripts = new java.util.HashSet<>();
        for (String word : words) {
            scripts.add(Character.UnicodeScript.of(word.codePointAt(0)));
        }
        scripts.remove(Character.UnicodeScript.COMMON);
        return scripts.size() >= 2;
    }
}
