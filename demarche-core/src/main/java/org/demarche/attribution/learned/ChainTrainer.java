package org.demarche.attribution.learned;

/**
 * Trains a {@link LinearChain} as an averaged structured perceptron: decode with the current weights, and where
 * the best labelling differs from the gold one, add the gold features and subtract the predicted ones. Averages
 * are kept with the usual timestamp trick ({@code average = w - u / c}). Single-threaded and deterministic.
 */
final class ChainTrainer {
    private static final int L = LinearChain.LABELS;

    private final int bits;
    private final int mask;
    private final double[] w;
    private final double[] u;
    private final double[] tw = new double[(L + 1) * L];
    private final double[] tu = new double[(L + 1) * L];
    private long c = 1;
    private final int[] scratch = new int[Features.MAX];

    ChainTrainer(int bits) {
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.w = new double[(1 << bits) * L];
        this.u = new double[w.length];
    }

    /** Emission scores under the current (not averaged) weights. */
    void emissions(int n, Features features, double[] out) {
        for (int t = 0; t < n; t++) {
            int k = features.at(t, scratch);
            double o = 0;
            double b = 0;
            double in = 0;
            for (int j = 0; j < k; j++) {
                int row = (scratch[j] & mask) * L;
                o += w[row];
                b += w[row + 1];
                in += w[row + 2];
            }
            out[t * L] = o;
            out[t * L + 1] = b;
            out[t * L + 2] = in;
        }
    }

    /** Decodes with the current weights after {@link #emissions} (and any forbidden labels) filled {@code em}. */
    void decode(int n, double[] em, int[] labels) {
        LinearChain.viterbi(n, em, tw, labels);
    }

    /** One perceptron step on a sequence whose prediction {@code predicted} was decoded from the current weights. */
    void update(int n, Features features, int[] gold, int[] predicted) {
        int previousGold = L;
        int previousPredicted = L;
        for (int t = 0; t < n; t++) {
            int g = gold[t];
            int p = predicted[t];
            if (g != p) {
                int k = features.at(t, scratch);
                for (int j = 0; j < k; j++) {
                    int row = (scratch[j] & mask) * L;
                    add(w, u, row + g, 1);
                    add(w, u, row + p, -1);
                }
            }
            if (g != p || previousGold != previousPredicted) {
                add(tw, tu, previousGold * L + g, 1);
                add(tw, tu, previousPredicted * L + p, -1);
            }
            previousGold = g;
            previousPredicted = p;
        }
    }

    /** Marks the end of one training example (the averaging clock). */
    void tick() {
        c++;
    }

    private void add(double[] weights, double[] sums, int index, double delta) {
        weights[index] += delta;
        sums[index] += c * delta;
    }

    /** The averaged weights, rounded as the model file stores them. */
    LinearChain averaged() {
        return mean(java.util.List.of(this));
    }

    /**
     * The mean of the averaged weights of several trainers over the same table size: runs over different example
     * orders, mixed into one model that scores as fast as any of them and varies less with the order.
     */
    static LinearChain mean(java.util.List<ChainTrainer> runs) {
        ChainTrainer first = runs.get(0);
        double[] weights = new double[first.w.length];
        double[] transitions = new double[first.tw.length];
        for (ChainTrainer run : runs) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] += (run.w[i] - run.u[i] / run.c) / runs.size();
            }
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] += (run.tw[i] - run.tu[i] / run.c) / runs.size();
            }
        }
        float[] rounded = new float[transitions.length];
        for (int i = 0; i < transitions.length; i++) {
            rounded[i] = (float) transitions[i];
        }
        return LinearChain.of(first.bits, weights, rounded);
    }
}
