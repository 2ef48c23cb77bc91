package org.demarche.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.function.Function;

/** Dense numbers in a given order, as a store hands out ids in the order it first meets things. */
final class Ranks {
    private Ranks() {
    }

    /** Numbers every key 0, 1, 2... in the order of {@code order(value)} (a distributed sort, then a zip). */
    static <K, V, O extends Comparable<O> & Serializable> JavaPairRDD<K, Long> of(JavaPairRDD<K, V> items,
                                                                                   Function<V, O> order) {
        return items.map(t -> t).sortBy(t -> order.call(t._2()), true, items.getNumPartitions())
                .zipWithIndex().mapToPair(t -> new scala.Tuple2<>(t._1()._1(), t._2()));
    }
}
