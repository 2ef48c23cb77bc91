package org.demarche.kb.statements;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the matcher needs to know about single words: how reported speech rewrites them (persons, tenses,
 * "this" for "that"), which ones only glue a sentence together, and which change its meaning when they differ
 * (negations, numbers).
 */
final class WordClasses {
    /** A pronoun class: reported speech swaps persons ("we" becomes "they" or "Russia"). */
    static final String SUBJECT = "_subj";
    static final String OBJECT = "_obj";
    static final String POSSESSIVE = "_poss";
    static final String REFLEXIVE = "_refl";

    /** Reported speech's usual rewrites, folded to one form: persons, back-shifted tenses, near for far. */
    private static final Map<String, String> REPORTED = Map.ofEntries(
            Map.entry("i", SUBJECT), Map.entry("we", SUBJECT), Map.entry("he", SUBJECT), Map.entry("she", SUBJECT),
            Map.entry("they", SUBJECT), Map.entry("you", SUBJECT), Map.entry("it", SUBJECT),
            Map.entry("me", OBJECT), Map.entry("us", OBJECT), Map.entry("him", OBJECT), Map.entry("them", OBJECT),
            Map.entry("my", POSSESSIVE), Map.entry("our", POSSESSIVE), Map.entry("his", POSSESSIVE),
            Map.entry("her", POSSESSIVE), Map.entry("their", POSSESSIVE), Map.entry("your", POSSESSIVE),
            Map.entry("its", POSSESSIVE), Map.entry("mine", POSSESSIVE), Map.entry("ours", POSSESSIVE),
            Map.entry("theirs", POSSESSIVE), Map.entry("yours", POSSESSIVE),
            Map.entry("myself", REFLEXIVE), Map.entry("ourselves", REFLEXIVE), Map.entry("himself", REFLEXIVE),
            Map.entry("herself", REFLEXIVE), Map.entry("themselves", REFLEXIVE), Map.entry("itself", REFLEXIVE),
            Map.entry("would", "will"), Map.entry("could", "can"), Map.entry("might", "may"),
            Map.entry("shall", "should"), Map.entry("was", "is"), Map.entry("am", "is"), Map.entry("are", "is"),
            Map.entry("were", "is"), Map.entry("had", "have"), Map.entry("has", "have"), Map.entry("did", "do"),
            Map.entry("does", "do"), Map.entry("this", "that"), Map.entry("these", "those"),
            Map.entry("here", "there"), Map.entry("now", "then"));

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "and", "or", "in", "on",
            "at", "for", "with", "by", "from", "as", "that", "those", "there", "then", "is", "be", "been", "being",
            "have", "do", "will", "can", "may", "should", "must", "so", "but", "if", "it", "which", "who", "what",
            "ever", "very", "also", "just", "still", "really", "indeed", "too", "again",
            SUBJECT, OBJECT, POSSESSIVE, REFLEXIVE);

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "neither", "none", "nobody",
            "nothing", "nowhere", "without");

    /** Words whose change turns a statement around: "vote for" / "vote against", "including" / "except". */
    private static final Set<String> POLAR_WORDS = Set.of("against", "except", "excluding", "unless", "only", "even",
            "always", "all", "any", "every", "reject", "rejects", "rejected", "oppose", "opposes", "opposed", "refuse",
            "refuses", "refused", "deny", "denies", "denied", "ban", "lift", "impose", "increase", "decrease", "reduce",
            "more", "less", "fewer", "before", "after", "yes", "stay", "leave", "withdraw", "win", "lose", "true", "false");

    /** Prefixes that negate a word: "legal" / "illegal", "acceptable" / "unacceptable". */
    private static final List<String> NEGATING_PREFIXES = List.of("un", "in", "il", "im", "ir", "dis", "non");

    /** Number words left after {@link NumberWords} turned counts into digits. */
    private static final Set<String> NUMBER_WORDS = Set.of("hundred", "thousand", "million", "billion", "trillion",
            "dozen", "half", "first", "second", "third", "percent");

    private WordClasses() {
    }

    /** The word as reported speech would write it, folded to one form. */
    static String reported(String word) {
        return REPORTED.getOrDefault(word, word);
    }

    static boolean isPronounClass(String word) {
        return word.startsWith("_");
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }

    /** A negation, a number or a polar word: a statement that differs in one of these says something else. */
    static boolean changesMeaning(String word) {
        return NEGATIONS.contains(word) || POLAR_WORDS.contains(word) || NUMBER_WORDS.contains(word)
                || Character.isDigit(word.charAt(0));
    }

    /** True when {@code negated} is {@code word} with a negating prefix ("illegal" for "legal"). */
    static boolean negates(String negated, String word) {
        if (negated.length() <= word.length() + 1 || !negated.endsWith(word)) {
            return false;
        }
        return NEGATING_PREFIXES.contains(negated.substring(0, negated.length() - word.length()));
    }
}
