package org.demarche.kb.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stand-in: lines "topic: word, word". */
public final class Taxonomy {
    final Map<String, List<String>> words;

    private Taxonomy(Map<String, List<String>> words) {
        this.words = Map.copyOf(words);
    }

    public static Taxonomy defaults() {
        return new Taxonomy(Map.of("sanctions", List.of("sanction"), "nuclear weapons", List.of("nuclear"),
                "arms control", List.of("arms control", "treaty")));
    }

    public static Taxonomy read(Reader reader) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            for (String line; (line = lines.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    words.put(line.substring(0, colon).trim(), List.of(line.substring(colon + 1).trim().split("\\s*,\\s*")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Taxonomy(words);
    }

    public Taxonomy extendedWith(Taxonomy other) {
        Map<String, List<String>> all = new LinkedHashMap<>(words);
        all.putAll(other.words);
        return new Taxonomy(all);
    }
}
