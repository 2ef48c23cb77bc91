package org.demarche.kb.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given names that are one name although their keys differ: Russian and Ukrainian forms (Vladimir, Volodymyr)
 * and English short forms (Bill, William). Read once from the resource {@code given-names.txt}; immutable.
 */
final class GivenNames {
    private static final String RESOURCE = "given-names.txt";
    private static final GivenNames DEFAULT = load();

    /** For each name key, the groups it belongs to. */
    private final Map<String, Set<Integer>> groups;

    private GivenNames(Map<String, Set<Integer>> groups) {
        this.groups = Map.copyOf(groups);
    }

    static GivenNames defaults() {
        return DEFAULT;
    }

    /** True when the two given-name keys are the same name: equal, or in a common group. */
    boolean same(String keyA, String keyB) {
        if (keyA.equals(keyB)) {
            return true;
        }
        Set<Integer> a = groups.get(keyA);
        Set<Integer> b = groups.get(keyB);
        if (a == null || b == null) {
            return false;
        }
        for (Integer group : a) {
            if (b.contains(group)) {
                return true;
            }
        }
        return false;
    }

    private static GivenNames load() {
        InputStream in = GivenNames.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " is missing from the demarche-kb jar");
        }
        Map<String, List<Integer>> groups = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int group = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                for (String name : s.split("\\s+")) {
                    groups.computeIfAbsent(NameForms.key(name), k -> new ArrayList<>()).add(group);
                }
                group++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
        Map<String, Set<Integer>> frozen = new HashMap<>();
        groups.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new GivenNames(frozen);
    }
}
