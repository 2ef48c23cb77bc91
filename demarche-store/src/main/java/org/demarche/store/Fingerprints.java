package org.demarche.store;

import java.util.Map;
import org.demarche.kb.statements.StatementFingerprint;

/**
 * Fingerprints of stored statements' texts, kept across batches: the same statements are candidates again and
 * again (every copy of a wire story meets them), and a fingerprint depends on the text alone, so nothing goes
 * stale. The least recently used are dropped beyond {@link #CAPACITY}. For the writer thread only.
 */
final class Fingerprints {
    static final int CAPACITY = 50_000;

    private final Map<String, StatementFingerprint> byText = new LeastRecentlyUsed<>(CAPACITY);

    StatementFingerprint of(String text) {
        return byText.computeIfAbsent(text, StatementFingerprint::of);
    }

    /** Keeps a fingerprint computed elsewhere (on a worker thread, for a new statement's text). */
    void keep(String text, StatementFingerprint fingerprint) {
        byText.putIfAbsent(text, fingerprint);
    }
}
