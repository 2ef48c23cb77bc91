package org.demarche.kb.statements;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a quotation into comparable words: typographic quotes and apostrophes, dashes, punctuation, case,
 * ellipses and editorial brackets stop mattering; English contractions are spelt out ("won't" is "will not",
 * "we'll" is "we will") and a possessive 's is dropped. A word written with a capital inside a sentence is marked
 * as a name, so that a changed name ("Finland" for "Sweden") can count as a different statement. Numbers written
 * in words become digits ({@link NumberWords}).
 */
final class StatementText {
    /**
     * The words and, for each, whether it was capitalised inside a sentence.
     */
    record Words(String[] words, boolean[] names) {
        int size() {
            return words.length;
        }
    }

    private static final Pattern ELLIPSIS = Pattern.compile("[\\[(]\\s*(?:\\.\\s*){2,}\\s*[\\])]|[\\[(]\\s*\u2026\\s*[\\])]|(?:\\.\\s*){3,}|\u2026");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u201b\u02bc\u02b9`\u00b4\u2032]");
    private static final Pattern CONTRACTION = Pattern.compile(
            "(?i)\\b(won|can|shan|ain)'t\\b|n't\\b|\\bcannot\\b|'(ll|re|ve|m|d|s)\\b");
    /** Words whose 's is "is" rather than a possessive. */
    private static final java.util.Set<String> IS_BEFORE_S = java.util.Set.of("it", "that", "there", "here", "what",
            "who", "he", "she", "where", "how", "let");

    private StatementText() {
    }

    static Words of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = APOSTROPHES.matcher(s).replaceAll("'");
        // The regular expressions below are the costly part; most quotations need neither.
        if (s.contains("..") || s.indexOf('\u2026') >= 0) {
            s = ELLIPSIS.matcher(s).replaceAll(" ");
        }
        if (s.indexOf('\'') >= 0 || s.toLowerCase(Locale.ROOT).contains("cannot")) {
            s = expandContractions(s);
        }
        return tokens(s);
    }

    private static String expandContractions(String s) {
        Matcher m = CONTRACTION.matcher(s);
        StringBuilder out = new StringBuilder(s.length() + 16);
        while (m.find()) {
            String whole = m.group().toLowerCase(Locale.ROOT);
            String replacement;
            if (m.group(1) != null) {
                replacement = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "won" -> "will not";
                    case "shan" -> "shall not";
                    case "ain" -> "is not";
                    default -> "can not";
                };
            } else if (whole.equals("n't")) {
                replacement = " not";
            } else if (whole.equals("cannot")) {
                replacement = "can not";
            } else {
                replacement = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "ll" -> " will";
                    case "re" -> " are";
                    case "ve" -> " have";
                    case "m" -> " am";
                    case "d" -> " would";
                    default -> IS_BEFORE_S.contains(wordBefore(s, m.start())) ? " is" : "";
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String wordBefore(String s, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Words are runs of letters and digits; an apostrophe inside a word joins ("O'Brien"), a comma or point
     * between digits joins a number ("1,000", "3.5"); everything else separates. A sentence starts at the text's
     * start and after . ! ? or :.
     */
    private static Words tokens(String s) {
        List<String> words = new ArrayList<>();
        List<Boolean> names = new ArrayList<>();
        boolean sentenceStart = true;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            StringBuilder word = new StringBuilder();
            int start = i;
            while (i < n) {
                char d = s.charAt(i);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    word.append(d);
                    i++;
                } else if (d == '\'' && i + 1 < n && Character.isLetter(s.charAt(i + 1)) && !word.isEmpty()) {
                    i++;
                } else if ((d == ',' || d == '.') && i + 1 < n && Character.isDigit(s.charAt(i + 1))
                        && Character.isDigit(s.charAt(i - 1))) {
                    if (d == '.') {
                        word.append('.');
                    }
                    i++;
                } else {
                    break;
                }
            }
            String w = word.toString();
            boolean capital = Character.isUpperCase(s.charAt(start));
            String folded = fold(w);
            words.add(folded);
            // A capital marks a name inside a sentence; at a sentence's start only a word that is no function word.
            names.add(capital && !folded.equals("i")
                    && (!sentenceStart || !WordClasses.isFunctionWord(WordClasses.reported(folded))));
            sentenceStart = false;
        }
        NumberWords.toDigits(words, names);
        boolean[] flags = new boolean[names.size()];
        for (int k = 0; k < flags.length; k++) {
            flags[k] = names.get(k);
        }
        return new Words(words.toArray(String[]::new), flags);
    }

    /** Lower case without accents, British spellings as American ones. */
    private static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                return Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
            }
        }
        return american(lower);
    }

    /**
     * "neighbours", "defence", "centre", "recognised", "organisation" as "neighbors", "defense", "center",
     * "recognized", "organization": outlets copy one quote in their house spelling. Both sides of a comparison
     * are folded alike, so a word folded by mistake ("exercise" to "exercize") costs nothing.
     */
    private static String american(String w) {
        int n = w.length();
        if (n < 5) {
            return w;
        }
        for (String ending : OUR_ENDINGS) {
            if (n >= ending.length() + 3 && w.endsWith(ending)) {
                return w.substring(0, n - ending.length()) + "or" + ending.substring(3);
            }
        }
        for (String ending : ISE_ENDINGS) {
            if (n >= ending.length() + 3 && w.endsWith(ending)) {
                return w.substring(0, n - ending.length()) + "iz" + ending.substring(2);
            }
        }
        if (w.endsWith("tre") || w.endsWith("tres")) {
            return w.replaceFirst("tre(s?)$", "ter$1");
        }
        return BRITISH_WORDS.getOrDefault(w, w);
    }

    private static final List<String> OUR_ENDINGS = List.of("our", "ours", "oured", "ouring");
    private static final List<String> ISE_ENDINGS = List.of("ise", "ises", "ised", "ising", "isation", "isations");
    private static final java.util.Map<String, String> BRITISH_WORDS = java.util.Map.of("defence", "defense",
            "offence", "offense", "licence", "license", "pretence", "pretense");
}
