package org.demarche.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most {@code capacity} entries, dropping the one used least recently: the writer's caches of
 * what the store holds stay bounded however large the corpus grows. Not thread-safe (the writer's thread owns it).
 */
final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    LeastRecentlyUsed(int capacity) {
        super(1024, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
