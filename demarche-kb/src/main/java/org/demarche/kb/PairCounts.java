package org.demarche.kb;

/**
 * The counts of a pairwise decision scored against labels, and the figures they give.
 *
 * @param truePositives  pairs labelled positive and decided positive
 * @param falsePositives pairs labelled negative but decided positive
 * @param falseNegatives pairs labelled positive but decided negative
 */
public record PairCounts(int truePositives, int falsePositives, int falseNegatives) {
    /** Of the pairs decided positive, the share labelled so (1 when none was). */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1 : (double) truePositives / predicted;
    }

    /** Of the pairs labelled positive, the share decided so (1 when none was). */
    public double recall() {
        int actual = truePositives + falseNegatives;
        return actual == 0 ? 1 : (double) truePositives / actual;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
