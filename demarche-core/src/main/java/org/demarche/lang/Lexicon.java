package org.demarche.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge of one language the stages use: reporting verbs, titles, given names, organization words and
 * place names. Loaded once from the word lists under {@code org/demarche/lang/<language>/} ({@code en}, {@code ru});
 * immutable afterwards.
 */
public final class Lexicon {
    /** Grammatical gender a name or title implies, used to match pronouns. */
    public enum Gender { MALE, FEMALE, UNKNOWN }

    private final Set<String> abbreviations;
    private final Map<String, Boolean> speechVerbs; // surface form -> strong (introduces speech on its own)
    private final Map<String, String> speechVerbLemma;
    private final Set<String> titleWords;
    private final Map<String, Gender> descriptorHeads;
    private final Map<String, Gender> givenNames;
    private final Set<String> organizationWords;
    private final Set<String> documentWords;
    private final Set<String> places;
    private final Set<String> functionWords;

    private Lexicon(String language) {
        String base = "/org/demarche/lang/" + language + "/";
        abbreviations = frozen(lines(base + "abbreviations.txt"));
        Map<String, Boolean> verbs = new HashMap<>();
        Map<String, String> lemmas = new HashMap<>();
        for (String line : lines(base + "speech-verbs.txt")) {
            String[] forms = line.split("\\s+");
            boolean strong = forms[forms.length - 1].equals("+");
            for (String form : forms) {
                if (!form.equals("+")) {
                    verbs.merge(form, strong, Boolean::logicalOr);
                    lemmas.putIfAbsent(form, forms[0]);
                }
            }
        }
        speechVerbs = frozen(verbs);
        speechVerbLemma = frozen(lemmas);
        Set<String> titles = new HashSet<>();
        Map<String, Gender> heads = new HashMap<>();
        for (String line : lines(base + "titles.txt")) {
            String[] parts = line.split("\\s+");
            titles.add(parts[0]);
            List<String> flags = List.of(parts).subList(1, parts.length);
            if (flags.contains("head")) {
                heads.put(parts[0], flags.contains("male") ? Gender.MALE
                        : flags.contains("female") ? Gender.FEMALE : Gender.UNKNOWN);
            }
        }
        titleWords = frozen(titles);
        descriptorHeads = frozen(heads);
        Map<String, Gender> names = new HashMap<>();
        for (String line : lines(base + "given-names.txt")) {
            String[] parts = line.split("\\s+");
            Gender gender = parts[0].equals("f") ? Gender.FEMALE : Gender.MALE;
            for (int i = 1; i < parts.length; i++) {
                names.merge(parts[i].toLowerCase(Locale.ROOT), gender, (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
        }
        givenNames = frozen(names);
        documentWords = frozen(lines(base + "documents.txt"));
        Set<String> organizations = new HashSet<>(lines(base + "organizations.txt"));
        organizations.addAll(documentWords);
        organizationWords = frozen(organizations);
        Set<String> placeNames = new HashSet<>();
        for (String line : lines(base + "places.txt")) {
            for (String place : line.split("\\s+")) {
                placeNames.add(place.toLowerCase(Locale.ROOT));
            }
        }
        places = frozen(placeNames);
        Set<String> function = new HashSet<>();
        for (String line : lines(base + "function-words.txt")) {
            function.addAll(List.of(line.split("\\s+")));
        }
        functionWords = frozen(function);
    }

    private static final Lexicon ENGLISH = new Lexicon("en");

    /** The English lexicon (loaded once per JVM; immutable, so shared by every thread). */
    public static Lexicon english() {
        return ENGLISH;
    }

    /** The Russian lexicon, loaded on first use (then immutable and shared like the English one). */
    public static Lexicon russian() {
        return Russian.LEXICON;
    }

    private static final class Russian {
        static final Lexicon LEXICON = new Lexicon("ru");
    }

    public Set<String> abbreviations() {
        return abbreviations;
    }

    /** Whether {@code word} (lower case) is a form of a reporting verb. */
    public boolean isSpeechVerb(String word) {
        return speechVerbs.containsKey(word);
    }

    /** Whether {@code word} (lower case) is a reporting verb that introduces speech on its own ("said", "stressed"). */
    public boolean isStrongSpeechVerb(String word) {
        return speechVerbs.getOrDefault(word, false);
    }

    /** The base form of a reporting verb ("said" -> "say"), or null. */
    public String speechVerbLemma(String word) {
        return speechVerbLemma.get(word);
    }

    public boolean isTitleWord(String lowerWord) {
        return titleWords.contains(lowerWord);
    }

    /** Whether {@code lowerWord} can head a description of a person ("the diplomat", "the spokeswoman"). */
    public boolean isDescriptorHead(String lowerWord) {
        return descriptorHeads.containsKey(lowerWord);
    }

    public Gender descriptorGender(String lowerWord) {
        return descriptorHeads.getOrDefault(lowerWord, Gender.UNKNOWN);
    }

    public boolean isGivenName(String word) {
        return givenNames.containsKey(word.toLowerCase(Locale.ROOT));
    }

    public Gender givenNameGender(String word) {
        return givenNames.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /** Whether a name with this word is an institution's or a document's ("Ministry", "Treaty"), not a person's. */
    public boolean isOrganizationWord(String lowerWord) {
        return organizationWords.contains(lowerWord);
    }

    /** Whether the word is the plural of one that describes a person ("economists", "deputies"): a group. */
    public boolean isGroupOfPeople(String lowerWord) {
        return lowerWord.endsWith("ies") && isDescriptorHead(lowerWord.substring(0, lowerWord.length() - 3) + "y")
                || lowerWord.endsWith("s") && isDescriptorHead(lowerWord.substring(0, lowerWord.length() - 1));
    }

    /** Whether a name ending in this word names a document ("the New Arms Treaty"), not someone who can speak. */
    public boolean isDocumentWord(String lowerWord) {
        return documentWords.contains(lowerWord);
    }

    public boolean isPlace(String word) {
        return places.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code lowerWord} is a function word or a calendar word, which never starts a name. */
    public boolean isFunctionWord(String lowerWord) {
        return functionWords.contains(lowerWord);
    }

    /*
     * Lookups here are on every token, and most of them miss. A HashSet answers a miss about twice as fast as the
     * immutable Set.copyOf/Map.copyOf tables (measured on this project's words), so the lists are kept in hash
     * tables behind unmodifiable views: as immutable to callers as before.
     */
    private static <T> Set<T> frozen(java.util.Collection<T> items) {
        return java.util.Collections.unmodifiableSet(new HashSet<>(items));
    }

    private static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new HashMap<>(map));
    }

    private static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word list " + resource + " is missing from the classpath");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
        return out;
    }
}
