package org.demarche.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    record Passage(PassageRef ref, String text, String normalized, boolean quoted, long speaker, List<Long> keys)
            implements Serializable {
        String nodeKey() {
            return normalized + '\u0000' + quoted + '\u0000' + speaker;
        }

        Passage earliest(Passage other) {
            return ref.compareTo(other.ref) <= 0 ? this : other;
        }

        boolean speakerAllows(Passage other) {
            return speaker == NO_SPEAKER || other.speaker == NO_SPEAKER || speaker == other.speaker;
        }
    }

    /** The statement (from 1) of every node ({@link Passage#nodeKey}: the passages with the same words). */
    static JavaPairRDD<String, Long> of(JavaPairRDD<String, Passage> passagesByNode) {
        JavaPairRDD<String, Passage> nodes = passagesByNode.reduceByKey(Passage::earliest);
        JavaPairRDD<String, Long> nodeIds = Ranks.of(nodes, Passage::ref).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Passage> byId = nodes.join(nodeIds).mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> byKey = byId.flatMapToPair(t -> t._2().keys().stream()
                .map(k -> new Tuple2<>(k, t._1())).iterator());
        // Only the CANDIDATES sharing the most keys are ever compared, so only they meet their passages.
        JavaPairRDD<Long, Long> parents = Blocking.earlierNodes(byKey, KEY_BLOCK).groupByKey()
                .flatMapToPair(node -> mostShared(node._2()).stream()
                        .map(c -> new Tuple2<>(c.id(), new Tuple2<>(node._1(), c.sharedKeys()))).iterator())
                .join(byId)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Candidate(new Shared(t._1(), t._2()._1()._2()), t._2()._2())))
                .groupByKey().join(byId)
                .flatMapValues(t -> joined(t._2(), t._1()).stream().iterator());
        JavaPairRDD<Long, Long> roots = byId.keys().mapToPair(id -> new Tuple2<>(id, id))
                .leftOuterJoin(Roots.of(parents)).mapValues(t -> t._2().orElse(t._1()));
        JavaPairRDD<Long, Long> statementOfRoot = Ranks.of(roots.values().distinct().mapToPair(r -> new Tuple2<>(r, r)),
                r -> r).mapValues(rank -> rank + 1);
        return nodeIds.mapToPair(Tuple2::swap).join(roots)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1())).join(statementOfRoot)
                .mapToPair(t -> t._2());
    }

    /** An earlier node sharing blocking keys with the node at hand, and its passage. */
    record Candidate(Shared shared, Passage passage) implements Serializable {
    }

    /** A candidate before its passage is fetched: the earlier node and how many keys it shares. */
    record Shared(long id, int sharedKeys) implements Serializable {
    }

    /** The store's reading order of candidates: most shared keys first, then the earliest. */
    private static final Comparator<Shared> MOST_SHARED = Comparator.comparingInt(Shared::sharedKeys).reversed()
            .thenComparingLong(Shared::id);

    /** The {@link #CANDIDATES} earlier nodes sharing the most keys, from each shared key's earlier nodes. */
    private static List<Shared> mostShared(Iterable<long[]> earlierPerKey) {
        Map<Long, Integer> shared = new HashMap<>();
        for (long[] earlier : earlierPerKey) {
            for (long id : earlier) {
                shared.merge(id, 1, Integer::sum);
            }
        }
        return shared.entrySet().stream().map(e -> new Shared(e.getKey(), e.getValue())).sorted(MOST_SHARED)
                .limit(CANDIDATES).toList();
    }

    /** The earlier node this one joins, if any: the store's decision for a new passage. */
    private static Optional<Long> joined(Passage passage, Iterable<Candidate> earlier) {
        List<Candidate> candidates = new ArrayList<>();
        earlier.forEach(candidates::add);
        candidates.sort(Comparator.comparing(Candidate::shared, MOST_SHARED));
        StatementMatcher matcher = new StatementMatcher();
        StatementFingerprint fingerprint = StatementFingerprint.of(passage.text());
        return candidates.stream()
                .filter(c -> c.passage().quoted() == passage.quoted() && c.passage().speakerAllows(passage)
                        && matcher.sameStatement(fingerprint, StatementFingerprint.of(c.passage().text())))
                .findFirst().map(c -> c.shared().id());
    }
}
