package org.demarche.kb.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Stand-in: folds accents and keys on the last word. */
public final class NameForms {
    private NameForms() {
    }

    public static String latin(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    public static Set<String> blockingKeys(String name) {
        String[] words = latin(name).toLowerCase(Locale.ROOT).trim().split("\\s+");
        return Set.of(words[words.length - 1].replaceAll("(iy|yy|y|i)$", ""));
    }
}
