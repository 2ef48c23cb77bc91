package org.demarche.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.demarche.text.Lines;
import org.junit.jupiter.api.Test;

class BoilerplateDetectorTest {
    private final BoilerplateDetector detector = new BoilerplateDetector();

    private List<Integer> marked(String text) {
        boolean[] flags = detector.detect(new Lines(text));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void marksPageFurnitureAndKeepsProse() {
        String text = String.join("\n",
                "Velmora closes its harbour",                                  // 0 title: kept
                "All news",                                                     // 1 navigation
                "3 hours ago",                                                  // 2 ago
                "12:55 - 29/11/2023 Wednesday",                                 // 3 time stamp
                "#Velmora #Ostrava",                                            // 4 hashtags
                "\u00a9 Salvin Press Photo/Ana Kessel",                         // 5 credit
                "Foreign Minister Oren Vasku said the port would reopen.",      // 6 prose
                "Follow us on the wire",                                        // 7 navigation
                "Velmoran \u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac English \u0420\u0443\u0441\u0441\u043a\u0438\u0439", // 8 language menu
                "2023 was the year the accord failed, Vasku said.",             // 9 prose starting with a digit
                "The envoy in the harbour",                                     // 10 caption before a credit
                "Photo by Ana Kessel");                                         // 11 credit
        assertThat(marked(text)).containsExactly(1, 2, 3, 4, 5, 7, 8, 10, 11);
    }

    @Test
    void givesTheSameFlagsAsThePlainPatternsOnRandomLines() {
        String[] pieces = {"photo", "Photo", "PHOTO", "image", "Picture", "video", "by", "credit", "/", ":", " / ", "\u00a9",
                "getty images", "AFP", "reuters", "ap", "tass", "ria novosti", "EPA", "Sputnik", "map", "Getty Images", "file ", "3", "12", " ", "  ", "\t", "\u2003",
                "\u00a0", "ago", "AGO", "days", "hour", "s", "#", "#tag", "news", "All News", "follow us", "Follow Us",
                "advertisement", "comments", "sign in", "-", ".", ",", "2023", "Velmora", "Kessel", "said", "the", "\u00e9",
                "\u0420\u0443\u0441", "\u0627\u0644\u0639", "\ud835\udc00", "\u0085", "\u2028", "\"", "\u201d", "!", "?",
                "\u212a", "\u0130", "\u017f", "x"};
        Random random = new Random(20261123);
        int flagged = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(6);
            for (int l = 0; l < lines; l++) {
                if (random.nextInt(4) == 0) { // shaped like "6 months ago", give or take a piece
                    String[] units = {"second", "Minute", "HOUR", "day", "week", "month", "Year", "days", "weekss"};
                    text.append(random.nextInt(3) == 0 ? " " : "").append(random.nextInt(3) == 0 ? "x" : "")
                            .append(random.nextInt(100)).append(random.nextInt(3) == 0 ? "\u2003" : " ")
                            .append(units[random.nextInt(units.length)]).append(random.nextBoolean() ? "s " : "  ")
                            .append(random.nextBoolean() ? "ago" : "AGo").append(random.nextInt(3) == 0 ? "." : "");
                }
                int n = random.nextInt(12);
                for (int k = 0; k < n; k++) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                    if (random.nextInt(3) == 0) {
                        text.append(' ');
                    }
                }
                if (l + 1 < lines) {
                    text.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
                }
            }
            String s = text.toString();
            boolean[] expected = Reference.detect(new Lines(s));
            assertThat(detector.detect(new Lines(s))).as("flags for %s", s).isEqualTo(expected);
            for (boolean b : expected) {
                flagged += b ? 1 : 0;
            }
        }
        assertThat(flagged).as("lines the patterns mark (the comparison must not be vacuous)").isGreaterThan(1_000);
    }

    /** The detector as first written, without guards: the definition the guarded one must agree with. */
    private static final class Reference {
        private static final Pattern CREDIT = Pattern.compile(
                "(?i)(^\\s*©)|(\\b(photo|photograph|image|picture|video)\\s*(/|:|by|credit)\\s*\\S)|(\\b(getty images|afp|reuters|ap|epa|sputnik|tass|ria novosti)\\s*/\\s*\\S)|(^\\s*(file )?photo\\s*$)");
        private static final Pattern AGO = Pattern.compile("(?i)^\\s*\\d+\\s+(second|minute|hour|day|week|month|year)s?\\s+ago\\s*$");
        private static final Pattern HASHTAGS = Pattern.compile("^\\s*(#\\S+\\s*)+$");
        private static final Pattern TIME_STAMP = Pattern.compile(
                "^[\\s\\d:/.,\\-]*\\d[\\s\\d:/.,\\-]*(\\p{L}+[\\s\\d:/.,\\-]*){0,3}$");
        private static final Pattern NAVIGATION = Pattern.compile(
                "(?i)^\\s*(all news|latest news|news|world|politics|home|menu|search|share|tweet|print|email|read more|related|advertisement|subscribe|follow us.*|top stories|most read|more|login|sign in|comments?)\\s*$");

        static boolean[] detect(Lines lines) {
            boolean[] boilerplate = new boolean[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.text(i).strip();
                if (line.isEmpty()) {
                    continue;
                }
                boilerplate[i] = NAVIGATION.matcher(line).matches() || CREDIT.matcher(line).find()
                        || AGO.matcher(line).matches() || HASHTAGS.matcher(line).matches()
                        || TIME_STAMP.matcher(line).matches() || isLanguageMenu(line);
            }
            for (int i = 0; i < lines.size(); i++) {
                if (boilerplate[i] || lines.text(i).isBlank() || endsLikeProse(lines.text(i))) {
                    continue;
                }
                boolean beforeCredit = i + 1 < lines.size() && boilerplate[i + 1] && CREDIT.matcher(lines.text(i + 1)).find();
                int previous = i - 1;
                while (previous >= 0 && lines.text(previous).isBlank()) {
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
            return boilerplate;
        }

        private static boolean endsLikeProse(String line) {
            String s = line.strip();
            if (s.isEmpty()) {
                return false;
            }
            char last = s.charAt(s.length() - 1);
            return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d' || last == ':';
        }

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
}
