package org.demarche.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph by iterative min-label propagation: every node starts with its own
 * number as label and takes the smallest label among itself and its neighbours, one join per round, until no label
 * changes. The rounds are as many as the longest shortest path, so callers link nodes in stars (each to the
 * smallest node of a group), not in chains.
 */
final class Components {
    private Components() {
    }

    /** Each node's component: the smallest node in it. */
    static JavaPairRDD<Long, Long> of(JavaRDD<Long> nodes, JavaPairRDD<Long, Long> edges) {
        JavaPairRDD<Long, Long> links = edges.union(edges.mapToPair(Tuple2::swap)).distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> labels = nodes.mapToPair(n -> new Tuple2<>(n, n)).persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<Long, Long> next = links.join(labels).mapToPair(t -> t._2()).union(labels)
                    .reduceByKey(Math::min).persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                links.unpersist(false);
                return labels;
            }
        }
    }
}
