package org.demarche.kb.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.demarche.kb.PairCounts;

/**
 * Scores {@link IdentityMatcher} on labelled name pairs: the first name is a sighting, the second a known identity
 * with that one alias; the matcher says "same" when the pair scores at least {@link IdentityMatcher#SURNAME_ONLY}.
 * Blocking recall is the share of same-person pairs whose {@link NameForms#blockingKeys} meet, without which a
 * store would never compare them.
 */
public final class IdentityEvaluation {
    private IdentityEvaluation() {
    }

    /** A pair the matcher got wrong. */
    public record Error(NamePair pair, String what) {
    }

    /**
     * The scores of one run.
     *
     * @param pairs     how many pairs were scored
     * @param matching  the matcher against the labels
     * @param blocked   same-person pairs sharing a blocking key
     * @param positives same-person pairs
     * @param errors    every wrong answer and every same-person pair without a shared key, in input order
     */
    public record Scores(int pairs, PairCounts matching, int blocked, int positives, List<Error> errors) {
        public Scores {
            errors = List.copyOf(errors);
        }

        public double blockingRecall() {
            return positives == 0 ? 1 : (double) blocked / positives;
        }
    }

    public static Scores evaluate(IdentityMatcher matcher, Collection<NamePair> pairs) {
        int tp = 0, fp = 0, fn = 0, blocked = 0, positives = 0;
        List<Error> errors = new ArrayList<>();
        for (NamePair pair : pairs) {
            PersonSighting sighting = new PersonSighting(pair.a(), List.of(), pair.aRoles(), null, null);
            IdentityProfile known = new IdentityProfile(0, pair.b(), Set.of(pair.b()), Set.copyOf(pair.bRoles()));
            boolean same = matcher.score(sighting, known) >= IdentityMatcher.SURNAME_ONLY;
            if (same && pair.same()) {
                tp++;
            } else if (same) {
                fp++;
                errors.add(new Error(pair, "different people matched"));
            } else if (pair.same()) {
                fn++;
                errors.add(new Error(pair, "same person not matched"));
            }
            if (pair.same()) {
                positives++;
                Set<String> keys = NameForms.blockingKeys(pair.a());
                if (NameForms.blockingKeys(pair.b()).stream().anyMatch(keys::contains)) {
                    blocked++;
                } else {
                    errors.add(new Error(pair, "no shared blocking key"));
                }
            }
        }
        return new Scores(pairs.size(), new PairCounts(tp, fp, fn), blocked, positives, errors);
    }
}
