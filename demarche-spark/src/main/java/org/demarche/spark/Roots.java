package org.demarche.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a forest given as parent links, each node pointing to an earlier (smaller) one, as the
 * grouping steps make them: every node's root is the smallest node of its component. Found by pointer jumping (each
 * round replaces a node's parent by its grandparent), so a chain of n links takes about log2(n) rounds of one join
 * each, all distributed.
 */
final class Roots {
    private Roots() {
    }

    /** The root of every node that has a parent; a node with none is its own root. */
    static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> parents) {
        JavaPairRDD<Long, Long> up = parents.persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<Long, Long> jumped = up.mapToPair(Tuple2::swap).leftOuterJoin(up)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2().orElse(t._1())))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long moved = jumped.join(up).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            up.unpersist(false);
            up = jumped;
            if (moved == 0) {
                return up;
            }
        }
    }
}
