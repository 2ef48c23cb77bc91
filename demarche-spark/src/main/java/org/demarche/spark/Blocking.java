package org.demarche.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Candidate pairs from blocking keys, as a distributed join on the key: nodes (numbered in input order) that share a
 * key meet, each later node with the earlier ones, as when ingest looks a new item up among what it stored before.
 * A key that very many nodes share (a stock phrase, a common surname) pairs each node with the latest {@code block}
 * before it only, as the store reads only the latest rows of a key, so a common key never makes the pairs quadratic.
 */
final class Blocking {
    private Blocking() {
    }

    /** (later, earlier) once per key the two share: count them to know how many keys they share. */
    static <K> JavaPairRDD<Long, Long> earlierPairs(JavaPairRDD<K, Long> nodesByKey, int block) {
        return nodesByKey.distinct().groupByKey().flatMapToPair(key -> {
            List<Long> nodes = new ArrayList<>();
            key._2().forEach(nodes::add);
            nodes.sort(null);
            List<Tuple2<Long, Long>> pairs = new ArrayList<>();
            for (int i = 1; i < nodes.size(); i++) {
                for (int j = Math.max(0, i - block); j < i; j++) {
                    pairs.add(new Tuple2<>(nodes.get(i), nodes.get(j)));
                }
            }
            return pairs.iterator();
        });
    }
}
