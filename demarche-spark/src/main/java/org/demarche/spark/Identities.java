package org.demarche.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.demarche.spark.Rows.SightingRef;
import org.demarche.spark.Rows.SightingRow;
import scala.Tuple2;

/**
 * Person identities across articles. A sighting can only join an identity it shares a blocking key with, so the
 * sightings split into clusters linked by keys (distributed: each spelling is a node, each key links its nodes to
 * the first of them, {@link Components} finds the clusters). Each cluster is then resolved on its own, in input
 * order, by the store's own rules ({@link IdentityResolver}): the same decisions as ingest, with clusters spread
 * over the tasks. Identities are numbered from 1 in the order of their first sighting, as the store numbers them.
 */
final class Identities {
    private Identities() {
    }

    /** An identity inside its cluster. */
    record Local(long cluster, int number) implements java.io.Serializable {
    }

    /** The identity (from 1) of every sighting. */
    static JavaPairRDD<SightingRef, Long> of(JavaRDD<SightingRow> sightings) {
        // One node per spelling (organizations: per folded name); numbered, any order will do.
        JavaPairRDD<String, Long> nodes = sightings.map(Identities::nodeKey).distinct().zipWithIndex()
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> nodeOfKey = sightings.mapToPair(s -> new Tuple2<>(nodeKey(s), s.keys())).join(nodes)
                .flatMapToPair(t -> t._2()._1().stream().map(k -> new Tuple2<>(k, t._2()._2())).iterator())
                .distinct().groupByKey().flatMapToPair(key -> {
                    List<Long> linked = new ArrayList<>();
                    key._2().forEach(linked::add);
                    long first = Collections.min(linked);
                    return linked.stream().map(n -> new Tuple2<>(n, first)).iterator();
                });
        JavaPairRDD<Long, Long> clusterOfNode = Components.of(nodes.values(), nodeOfKey);
        JavaPairRDD<SightingRef, Local> local = sightings.mapToPair(s -> new Tuple2<>(nodeKey(s), s)).join(nodes)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1())).join(clusterOfNode)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1())).groupByKey()
                .flatMapToPair(cluster -> resolve(cluster._1(), cluster._2()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Local, SightingRef> firstSighting = local.mapToPair(Tuple2::swap)
                .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b);
        JavaPairRDD<Local, Long> number = Ranks.of(firstSighting, ref -> ref).mapValues(rank -> rank + 1);
        return local.mapToPair(Tuple2::swap).join(number).mapToPair(t -> t._2());
    }

    private static List<Tuple2<SightingRef, Local>> resolve(long cluster, Iterable<SightingRow> seen) {
        List<SightingRow> sightings = new ArrayList<>();
        seen.forEach(sightings::add);
        sightings.sort((a, b) -> a.ref().compareTo(b.ref()));
        IdentityResolver resolver = new IdentityResolver();
        List<Tuple2<SightingRef, Local>> out = new ArrayList<>();
        for (SightingRow s : sightings) {
            out.add(new Tuple2<>(s.ref(), new Local(cluster, resolver.resolve(s))));
        }
        return out;
    }

    private static String nodeKey(SightingRow s) {
        return (s.organization() ? "org\u0000" : "person\u0000") + s.name();
    }
}
