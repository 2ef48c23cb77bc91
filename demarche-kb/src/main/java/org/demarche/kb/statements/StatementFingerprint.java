package org.demarche.kb.statements;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Stand-in: normalized words; keys are hashes of word trigrams at a few fixed positions. */
public final class StatementFingerprint {
    private final String normalized;
    private final String[] words;

    private StatementFingerprint(String normalized) {
        this.normalized = normalized;
        this.words = normalized.isEmpty() ? new String[0] : normalized.split(" ");
    }

    public static StatementFingerprint of(String text) {
        return new StatementFingerprint(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim());
    }

    public Set<Long> blockingKeys() {
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i + 3 <= words.length && keys.size() < 8; i += 2) {
            keys.add((long) String.join(" ", words[i], words[i + 1], words[i + 2]).hashCode());
        }
        if (keys.isEmpty()) {
            keys.add((long) normalized.hashCode());
        }
        return keys;
    }

    public String normalized() {
        return normalized;
    }
}
