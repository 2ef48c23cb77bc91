package org.demarche.attribution.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearChainTest {
    private static final int L = LinearChain.LABELS;

    @Test
    void viterbiFindsTheBestAllowedLabellingOfEveryShortSequence() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(6);
            double[] em = new double[n * L];
            for (int k = 0; k < em.length; k++) {
                em[k] = random.nextInt(5) == 0 ? LinearChain.FORBIDDEN : random.nextGaussian();
            }
            double[] transitions = new double[(L + 1) * L];
            for (int k = 0; k < transitions.length; k++) {
                transitions[k] = random.nextGaussian();
            }
            int[] labels = new int[n];
            double score = LinearChain.viterbi(n, em, transitions, labels);

            double best = bestByEnumeration(n, em, transitions);
            if (best == LinearChain.FORBIDDEN) {
                assertThat(score).isEqualTo(best);
            } else { // the sums are made in another order than score()'s, so the last bit may differ
                assertThat(score).isCloseTo(best, within(1e-9));
                assertThat(allowed(labels)).isTrue();
                assertThat(LinearChain.score(n, em, transitions, labels)).isCloseTo(best, within(1e-9));
            }
        }
    }

    @Test
    void anEmptySequenceScoresZero() {
        assertThat(LinearChain.viterbi(0, new double[0], new double[(L + 1) * L], new int[0])).isZero();
    }

    /** The best score over all 3^n labellings that never start inside a span nor go from outside to inside. */
    private static double bestByEnumeration(int n, double[] em, double[] transitions) {
        double best = LinearChain.FORBIDDEN;
        int[] labels = new int[n];
        for (int code = 0; code < Math.pow(L, n); code++) {
            for (int t = 0, c = code; t < n; t++, c /= L) {
                labels[t] = c % L;
            }
            if (allowed(labels)) {
                best = Math.max(best, LinearChain.score(n, em, transitions, labels));
            }
        }
        return best;
    }

    private static boolean allowed(int[] labels) {
        int previous = LinearChain.O;
        for (int label : labels) {
            if (label == LinearChain.I && previous == LinearChain.O) {
                return false;
            }
            previous = label;
        }
        return true;
    }
}
