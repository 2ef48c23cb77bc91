package org.demarche.kb.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Topics and their phrases, read from a text file (the format is in docs/topics.md):
 * <pre>
 * # a comment
 * [Arms control]
 * arms control
 * New START
 * disarm*
 * </pre>
 * A line in brackets starts a topic; each other non-blank line is a phrase for the topic above it. A word
 * written in capitals (two letters or more: INF, START) matches only capitals; any other word matches in any
 * case, plural included ("treaty" matches "treaties"); a trailing {@code *} matches any ending. Immutable.
 */
public final class Taxonomy {
    private static final String DEFAULT_RESOURCE = "taxonomy.default.txt";
    private static final Taxonomy DEFAULTS = readDefaults();

    private final List<Topic> topics;

    private Taxonomy(List<Topic> topics) {
        this.topics = List.copyOf(topics);
    }

    /** The taxonomy that ships with Demarche: security diplomacy. */
    public static Taxonomy defaults() {
        return DEFAULTS;
    }

    /**
     * Reads a taxonomy. A phrase before any topic, an empty topic name, a phrase with no words or a {@code *} on
     * a word shorter than three letters is an error naming the line.
     */
    public static Taxonomy read(Reader reader) {
        Map<String, Set<String>> topics = new LinkedHashMap<>();
        String current = null;
        try {
            BufferedReader lines = new BufferedReader(reader);
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                // A byte-order mark, which some editors write at the start of a UTF-8 file, is no part of the line.
                String s = (number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[")) {
                    if (!s.endsWith("]") || s.substring(1, s.length() - 1).isBlank()) {
                        throw error(number, "a topic line is '[Topic name]'; got '" + s + "'");
                    }
                    current = s.substring(1, s.length() - 1).strip();
                    topics.computeIfAbsent(current, k -> new LinkedHashSet<>());
                } else if (current == null) {
                    throw error(number, "the phrase '" + s + "' comes before any '[Topic name]' line");
                } else {
                    String problem = PhraseWords.problem(s);
                    if (problem != null) {
                        throw error(number, problem);
                    }
                    topics.get(current).add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the taxonomy: " + e.getMessage(), e);
        }
        List<Topic> list = new ArrayList<>();
        topics.forEach((name, phrases) -> list.add(new Topic(name, List.copyOf(phrases))));
        return new Taxonomy(list);
    }

    /** This taxonomy with {@code other}'s topics added: phrases join a topic of the same name, new topics go last. */
    public Taxonomy extendedWith(Taxonomy other) {
        Map<String, Set<String>> merged = new LinkedHashMap<>();
        for (Taxonomy t : List.of(this, other)) {
            for (Topic topic : t.topics) {
                merged.computeIfAbsent(topic.name(), k -> new LinkedHashSet<>()).addAll(topic.phrases());
            }
        }
        List<Topic> list = new ArrayList<>();
        merged.forEach((name, phrases) -> list.add(new Topic(name, List.copyOf(phrases))));
        return new Taxonomy(list);
    }

    /** The topics in file order. */
    public List<Topic> topics() {
        return topics;
    }

    /** The topic names in file order. */
    public List<String> names() {
        return topics.stream().map(Topic::name).toList();
    }

    private static IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException("taxonomy line " + line + ": " + message);
    }

    private static Taxonomy readDefaults() {
        InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the demarche-kb jar");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + DEFAULT_RESOURCE, e);
        }
    }
}
