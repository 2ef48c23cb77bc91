package org.demarche.kb.topics;

import java.util.List;
import java.util.Objects;

/**
 * One topic of a taxonomy and the phrases that signal it, as written in the taxonomy file.
 *
 * @param name    the topic's name ("Arms control")
 * @param phrases the phrases ("New START", "arms control", "sanction*")
 */
public record Topic(String name, List<String> phrases) {
    public Topic {
        Objects.requireNonNull(name, "name");
        phrases = List.copyOf(phrases);
    }
}
