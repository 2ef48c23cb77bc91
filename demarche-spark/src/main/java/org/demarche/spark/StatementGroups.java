package org.demarche.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import org.demarche.kb.statements.StatementFingerprint;
import org.demarche.kb.statements.StatementMatcher;
import scala.Tuple2;

/**
 * Statement grouping across articles, as distributed joins. Passages with the same normalized words, kind of report
 * (quoted or not) and speaker identity form one node. Each node meets the earlier nodes sharing a blocking key of
 * its words ({@link Blocking}) and, like the store's batch writer, joins the first of the
 * {@link #CANDIDATES} sharing the most keys that is also quoted alike, has a compatible speaker (the same identity,
 * or one unknown) and that {@link StatementMatcher#sameStatement} accepts; a statement is a tree of such links
 * ({@link Roots}), numbered from 1 in the order of its first passage.
 */
final class StatementGroups {
    /** Earlier nodes read per blocking key at most (the store's KEY_BLOCK). */
    static final int KEY_BLOCK = 200;
    /** Candidates compared word by word at most, those sharing the most keys first (the store's CANDIDATES). */
    static final int CANDIDATES = 16;
    /** Speaker of a passage without one. */
    static final long NO_SPEAKER = -1;

    private StatementGroups() {
    }

    /** One passage's place in the input order: article order, then position in the article. */
    record PassageRef(long order, int position) implements Serializable, Comparable<PassageRef> {
        @Override
        public int compareTo(PassageRef o) {
            return order != o.order ? Long.compare(order, o.order) : Integer.compare(position, o.position);
        }
    }

    /** What the grouping needs of a passage, with its speaker's identity (or {@link #NO_SPEAKER}). */
    record Passage(PassageRef ref, String text, boolean quoted, long speaker, List<Long> keys)
            implements Serializable {
        String nodeKey() {
            return StatementFingerprint.of(text).normalized() + '\u0000' + quoted + '\u0000' + speaker;
        }

        Passage earliest(Passage other) {
            return ref.compareTo(other.ref) <= 0 ? this : other;
        }

        boolean speakerAllows(Passage other) {
            return speaker == NO_SPEAKER || other.speaker == NO_SPEAKER || speaker == other.speaker;
        }
    }

    /** The statement (from 1) of every passage. */
    static JavaPairRDD<PassageRef, Long> of(JavaPairRDD<String, Passage> passagesByNode) {
        JavaPairRDD<String, Passage> nodes = passagesByNode.reduceByKey(Passage::earliest);
        JavaPairRDD<String, Long> nodeIds = Ranks.of(nodes, Passage::ref).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Passage> byId = nodes.join(nodeIds).mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> byKey = byId.flatMapToPair(t -> t._2().keys().stream()
                .map(k -> new Tuple2<>(k, t._1())).iterator());
        JavaPairRDD<Long, Long> parents = Blocking.earlierPairs(byKey, KEY_BLOCK)
                .mapToPair(pair -> new Tuple2<>(pair, 1)).reduceByKey(Integer::sum)
                .mapToPair(t -> new Tuple2<>(t._1()._2(), new Tuple2<>(t._1()._1(), t._2()))).join(byId)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Candidate(t._1(), t._2()._1()._2(), t._2()._2())))
                .groupByKey().join(byId)
                .flatMapValues(t -> joined(t._2(), t._1()).stream().iterator());
        JavaPairRDD<Long, Long> roots = byId.keys().mapToPair(id -> new Tuple2<>(id, id))
                .leftOuterJoin(Roots.of(parents)).mapValues(t -> t._2().orElse(t._1()));
        JavaPairRDD<Long, Long> statementOfRoot = Ranks.of(roots.values().distinct().mapToPair(r -> new Tuple2<>(r, r)),
                r -> r).mapValues(rank -> rank + 1);
        JavaPairRDD<String, Long> statementOfNode = nodeIds.mapToPair(Tuple2::swap).join(roots)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1())).join(statementOfRoot)
                .mapToPair(t -> t._2());
        return passagesByNode.mapValues(Passage::ref).join(statementOfNode).mapToPair(t -> t._2());
    }

    /** An earlier node sharing {@code sharedKeys} blocking keys with the node at hand. */
    record Candidate(long id, int sharedKeys, Passage passage) implements Serializable {
    }

    /** The earlier node this one joins, if any: the store's decision for a new passage. */
    private static Optional<Long> joined(Passage passage, Iterable<Candidate> earlier) {
        List<Candidate> candidates = new ArrayList<>();
        earlier.forEach(candidates::add);
        candidates.sort(Comparator.comparingInt(Candidate::sharedKeys).reversed().thenComparingLong(Candidate::id));
        StatementMatcher matcher = new StatementMatcher();
        StatementFingerprint fingerprint = StatementFingerprint.of(passage.text());
        return candidates.stream().limit(CANDIDATES)
                .filter(c -> c.passage().quoted() == passage.quoted() && c.passage().speakerAllows(passage)
                        && matcher.sameStatement(fingerprint, StatementFingerprint.of(c.passage().text())))
                .findFirst().map(Candidate::id);
    }
}
