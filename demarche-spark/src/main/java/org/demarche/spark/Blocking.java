package org.demarche.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Candidates from blocking keys, as a distributed group on the key: nodes (numbered in input order) that share a
 * key meet, each later node with the earlier ones, as when ingest looks a new item up among what it stored before.
 * A key that very many nodes share (a stock phrase, a common surname) gives each node the latest {@code block}
 * before it only, as the store reads only the latest rows of a key, so a common key never makes the work quadratic.
 */
final class Blocking {
    private Blocking() {
    }

    /**
     * For each node and each key it shares with earlier nodes, those earlier nodes (at most {@code block}), as one
     * array: a node then counts how many keys it shares with each candidate from its arrays alone, and the shuffle
     * moves packed arrays of numbers rather than one record per pair.
     */
    static <K> JavaPairRDD<Long, long[]> earlierNodes(JavaPairRDD<K, Long> nodesByKey, int block) {
        return nodesByKey.distinct().groupByKey().flatMapToPair(key -> {
            List<Long> listed = new ArrayList<>();
            key._2().forEach(listed::add);
            long[] nodes = listed.stream().mapToLong(Long::longValue).sorted().toArray();
            List<Tuple2<Long, long[]>> earlier = new ArrayList<>();
            for (int i = 1; i < nodes.length; i++) {
                earlier.add(new Tuple2<>(nodes[i], Arrays.copyOfRange(nodes, Math.max(0, i - block), i)));
            }
            return earlier.iterator();
        });
    }
}
