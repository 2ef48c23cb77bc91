package org.demarche.kb.statements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.demarche.kb.PairCounts;

/**
 * Scores {@link StatementMatcher} on labelled pairs. Grouping: a pair labelled {@code same} that
 * {@code sameStatement} joins is a true positive; any other pair it joins is a false merge. Linking: a pair
 * labelled {@code reports} that {@code reports(a, b)} accepts is a true positive; a {@code distinct} pair it
 * accepts is a false link. Blocking recall: the share of {@code same} and {@code reports} pairs whose fingerprints
 * share a blocking key (a pair that shares none would never be compared in a store).
 */
public final class GroupingEvaluation {
    private GroupingEvaluation() {
    }

    /** A pair the matcher got wrong, and how. */
    public record Error(LabelledPair pair, String what) {
    }

    /**
     * The scores of one run.
     *
     * @param pairs            how many pairs were scored
     * @param grouping         {@code sameStatement} against the {@code same} labels
     * @param linking          {@code reports} against the {@code reports} labels ({@code distinct} pairs as negatives)
     * @param blocked          {@code same} and {@code reports} pairs sharing a blocking key
     * @param positives        {@code same} and {@code reports} pairs
     * @param errors           every wrong answer and every positive pair without a shared key, in input order
     */
    public record Scores(int pairs, PairCounts grouping, PairCounts linking, int blocked, int positives, List<Error> errors) {
        public Scores {
            errors = List.copyOf(errors);
        }

        public double blockingRecall() {
            return positives == 0 ? 1 : (double) blocked / positives;
        }
    }

    /** Scores {@code matcher} on the pairs. */
    public static Scores evaluate(StatementMatcher matcher, Collection<LabelledPair> pairs) {
        int groupTp = 0, groupFp = 0, groupFn = 0, linkTp = 0, linkFp = 0, linkFn = 0, blocked = 0, positives = 0;
        List<Error> errors = new ArrayList<>();
        for (LabelledPair pair : pairs) {
            StatementFingerprint a = StatementFingerprint.of(pair.a());
            StatementFingerprint b = StatementFingerprint.of(pair.b());
            boolean same = matcher.sameStatement(a, b);
            boolean reports = matcher.reports(a, b);
            switch (pair.expect()) {
                case SAME -> {
                    if (same) {
                        groupTp++;
                    } else {
                        groupFn++;
                        errors.add(new Error(pair, "not grouped"));
                    }
                }
                case REPORTS -> {
                    if (same) {
                        groupFp++;
                        errors.add(new Error(pair, "grouped, but it only reports the quote"));
                    }
                    if (reports) {
                        linkTp++;
                    } else {
                        linkFn++;
                        errors.add(new Error(pair, "report not linked"));
                    }
                }
                case DISTINCT -> {
                    if (same) {
                        groupFp++;
                        errors.add(new Error(pair, "distinct statements grouped"));
                    } else if (reports) {
                        linkFp++;
                        errors.add(new Error(pair, "distinct statements linked as a report"));
                    }
                }
            }
            if (pair.expect() != LabelledPair.Expect.DISTINCT) {
                positives++;
                if (a.blockingKeys().stream().anyMatch(b.blockingKeys()::contains)) {
                    blocked++;
                } else {
                    errors.add(new Error(pair, "no shared blocking key"));
                }
            }
        }
        return new Scores(pairs.size(), new PairCounts(groupTp, groupFp, groupFn), new PairCounts(linkTp, linkFp, linkFn),
                blocked, positives, errors);
    }
}
