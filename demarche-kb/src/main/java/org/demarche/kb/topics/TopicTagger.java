package org.demarche.kb.topics;

import java.util.List;
import java.util.Locale;

/** Stand-in: a topic when one of its words occurs. */
public final class TopicTagger {
    private final Taxonomy taxonomy;

    public TopicTagger(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public List<String> topics(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return taxonomy.words.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(lower::contains))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }
}
