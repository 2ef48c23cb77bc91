package org.demarche.kb.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of fingerprints that share at least one blocking key: the only pairs a store needs to compare.
 * Each pair once, as indices into the list given, the smaller index first, in ascending order.
 */
public final class CandidatePairs {
    private CandidatePairs() {
    }

    /** A candidate pair of indices, {@code first < second}. */
    public record Pair(int first, int second) {
    }

    public static List<Pair> of(List<StatementFingerprint> fingerprints) {
        Map<Long, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            for (Long key : fingerprints.get(i).blockingKeys()) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            Set<Integer> partners = new HashSet<>();
            for (Long key : fingerprints.get(i).blockingKeys()) {
                for (int j : blocks.get(key)) {
                    if (j > i) {
                        partners.add(j);
                    }
                }
            }
            int first = i;
            partners.stream().sorted().forEach(j -> pairs.add(new Pair(first, j)));
        }
        return pairs;
    }
}
