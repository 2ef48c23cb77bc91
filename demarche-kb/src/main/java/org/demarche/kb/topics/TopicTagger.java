package org.demarche.kb.topics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds a taxonomy's topics in a text. Phrases match whole words in sequence ("INF" is the treaty, never the
 * start of "information"); see {@link Taxonomy} for capitals, plurals and {@code *} stems. The phrases are indexed
 * by their first word, so a text is read once, with a hash lookup or two per word, whatever the taxonomy's size.
 * Immutable and thread-safe.
 */
public final class TopicTagger {
    /** A phrase's words and the index of its topic. */
    private record Phrase(int topic, List<PhraseWords.Word> words) {
    }

    /** Stems are indexed by this many leading letters. */
    private static final int STEM_KEY = 3;

    private final List<String> names;
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();

    public TopicTagger(Taxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        names = taxonomy.names();
        List<Topic> topics = taxonomy.topics();
        for (int t = 0; t < topics.size(); t++) {
            for (String phrase : topics.get(t).phrases()) {
                List<PhraseWords.Word> words = PhraseWords.of(phrase);
                PhraseWords.Word first = words.get(0);
                Map<String, List<Phrase>> index = first.prefix() ? byFirstStem : byFirstWord;
                String key = first.prefix() ? first.lower().substring(0, STEM_KEY) : first.lower();
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(new Phrase(t, words));
            }
        }
    }

    /** The topics whose phrases occur in the text, in taxonomy order, each once. */
    public List<String> topics(String text) {
        List<PhraseWords.Word> words = PhraseWords.of(text);
        BitSet found = new BitSet(names.size());
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).lower();
            check(byFirstWord.get(lower), words, i, found);
            for (String singular : singulars(lower)) {
                check(byFirstWord.get(singular), words, i, found);
            }
            if (lower.length() >= STEM_KEY && !byFirstStem.isEmpty()) {
                check(byFirstStem.get(lower.substring(0, STEM_KEY)), words, i, found);
            }
        }
        List<String> out = new ArrayList<>(found.cardinality());
        found.stream().forEach(t -> out.add(names.get(t)));
        return out;
    }

    private static void check(List<Phrase> candidates, List<PhraseWords.Word> words, int at, BitSet found) {
        if (candidates == null) {
            return;
        }
        for (Phrase phrase : candidates) {
            if (!found.get(phrase.topic()) && matchesAt(phrase.words(), words, at)) {
                found.set(phrase.topic());
            }
        }
    }

    private static boolean matchesAt(List<PhraseWords.Word> phrase, List<PhraseWords.Word> words, int at) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!matches(phrase.get(k), words.get(at + k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(PhraseWords.Word pattern, PhraseWords.Word word) {
        if (pattern.capitals() && !word.capitals()) {
            return false;
        }
        if (pattern.prefix()) {
            return word.lower().startsWith(pattern.lower());
        }
        if (word.lower().equals(pattern.lower())) {
            return true;
        }
        for (String singular : singulars(word.lower())) {
            if (singular.equals(pattern.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The forms a plural may come from: "treaties" from "treaty", "missiles" from "missile", "talks" from "talk". */
    private static List<String> singulars(String lower) {
        int n = lower.length();
        if (n < 3 || lower.charAt(n - 1) != 's') {
            return List.of();
        }
        List<String> out = new ArrayList<>(3);
        out.add(lower.substring(0, n - 1));
        if (lower.endsWith("es")) {
            out.add(lower.substring(0, n - 2));
        }
        if (lower.endsWith("ies")) {
            out.add(lower.substring(0, n - 3) + "y");
        }
        return out;
    }
}
