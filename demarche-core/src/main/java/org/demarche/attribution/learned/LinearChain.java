package org.demarche.attribution.learned;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A linear-chain tagger with hashed features: each feature hash picks a row of three label weights, a transition
 * matrix scores label bigrams (row 3 is the start), and Viterbi finds the best labelling. Label 0 is "outside",
 * label 1 begins a span and label 2 continues one, so 0 -> 2 is never allowed.
 *
 * <p>Weights are stored as one signed byte each, a mu-law code over the table's largest weight, and decoded
 * through a 256-entry table: a 2^17-row table takes 384 kB, small enough to stay in the CPU caches, which is what
 * makes tagging fast. Immutable: the arrays are never written after construction, so one instance serves every
 * thread.
 */
final class LinearChain {
    static final int O = 0;
    static final int B = 1;
    static final int I = 2;
    static final int LABELS = 3;
    static final double FORBIDDEN = Double.NEGATIVE_INFINITY;
    private static final double MU = 255;

    private final int bits;
    private final int mask;
    /** Row {@code r} holds the codes of labels 0..2 at {@code 3r..3r+2}. */
    private final byte[] codes;
    /** The largest weight magnitude: code 127 decodes to it. */
    private final float scale;
    /** {@code values[code + 128]}: the weight of a code. */
    private final float[] values;
    private final float[] transitions;
    private final double[] transitionScores;

    LinearChain(int bits, byte[] codes, float scale, float[] transitions) {
        if (codes.length != (1 << bits) * LABELS || transitions.length != (LABELS + 1) * LABELS) {
            throw new IllegalArgumentException("weights do not match " + bits + " hash bits");
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.codes = codes;
        this.scale = scale;
        this.values = codebook(scale);
        this.transitions = transitions;
        this.transitionScores = new double[transitions.length];
        for (int i = 0; i < transitions.length; i++) {
            transitionScores[i] = transitions[i];
        }
    }

    /** Quantises trained weights (rows of three) into a chain. */
    static LinearChain of(int bits, double[] weights, float[] transitions) {
        double max = 0;
        for (double w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = (float) Math.max(max, 1e-6);
        float[] values = codebook(scale);
        byte[] codes = new byte[weights.length];
        for (int i = 0; i < weights.length; i++) {
            codes[i] = encode(weights[i], scale, values);
        }
        return new LinearChain(bits, codes, scale, transitions);
    }

    private static float[] codebook(float scale) {
        float[] values = new float[256];
        for (int c = -128; c < 128; c++) {
            int m = Math.min(127, Math.abs(c));
            double v = scale * (Math.pow(1 + MU, m / 127.0) - 1) / MU;
            values[c + 128] = (float) (c < 0 ? -v : v);
        }
        return values;
    }

    /** The code whose value is nearest to {@code w}. */
    private static byte encode(double w, float scale, float[] values) {
        double m = Math.min(1, Math.abs(w) / scale);
        int c = (int) Math.round(127 * Math.log1p(MU * m) / Math.log1p(MU));
        int best = c;
        for (int k = Math.max(0, c - 1); k <= Math.min(127, c + 1); k++) {
            if (Math.abs(values[k + 128] - Math.abs(w)) < Math.abs(values[best + 128] - Math.abs(w))) {
                best = k;
            }
        }
        return (byte) (w < 0 ? -best : best);
    }

    int bits() {
        return bits;
    }

    /** Emission scores of positions {@code 0..n-1}: {@code out[t * LABELS + y]}. */
    void emissions(int n, Features features, int[] scratch, double[] out) {
        for (int t = 0; t < n; t++) {
            int k = features.at(t, scratch);
            sum(scratch, k, out, t * LABELS, 0, 0, 0);
        }
    }

    /** Writes {@code (o, b, i)} plus the rows of features {@code hashes[0..count)} at {@code out[at..at+2]}. */
    void sum(int[] hashes, int count, double[] out, int at, float o, float b, float i) {
        byte[] w = codes;
        float[] v = values;
        for (int j = 0; j < count; j++) {
            int row = (hashes[j] & mask) * LABELS;
            o += v[w[row] + 128];
            b += v[w[row + 1] + 128];
            i += v[w[row + 2] + 128];
        }
        out[at] = o;
        out[at + 1] = b;
        out[at + 2] = i;
    }

    /** Writes the sums of the rows of features {@code hashes[0..count)} at {@code out[at..at+2]}. */
    void sum(int[] hashes, int count, float[] out, int at) {
        byte[] w = codes;
        float[] v = values;
        float o = 0;
        float b = 0;
        float i = 0;
        for (int j = 0; j < count; j++) {
            int row = (hashes[j] & mask) * LABELS;
            o += v[w[row] + 128];
            b += v[w[row + 1] + 128];
            i += v[w[row + 2] + 128];
        }
        out[at] = o;
        out[at + 1] = b;
        out[at + 2] = i;
    }

    double viterbi(int n, double[] em, int[] labels) {
        return viterbi(n, em, transitionScores, labels);
    }

    /** The score of labelling {@code labels[0..n-1]} under emission scores {@code em}. */
    double score(int n, double[] em, int[] labels) {
        return score(n, em, transitionScores, labels);
    }

    static double score(int n, double[] em, double[] transitions, int[] labels) {
        double s = 0;
        int previous = LABELS;
        for (int t = 0; t < n; t++) {
            s += em[t * LABELS + labels[t]] + transitions[previous * LABELS + labels[t]];
            previous = labels[t];
        }
        return s;
    }

    /**
     * The best labelling of {@code n} positions under emission scores {@code em} and {@code transitions} (row
     * {@code LABELS} is the start; a score of {@link #FORBIDDEN} rules a label out); returns its total score and
     * writes the labels into {@code labels}. Written out for the three labels, with the previous position's scores
     * in local variables: it runs once per paragraph and once per cue.
     */
    static double viterbi(int n, double[] em, double[] transitions, int[] labels) {
        if (n == 0) {
            return 0;
        }
        double oo = transitions[O * LABELS + O];
        double ob = transitions[O * LABELS + B];
        double bo = transitions[B * LABELS + O];
        double bb = transitions[B * LABELS + B];
        double bi = transitions[B * LABELS + I];
        double io = transitions[I * LABELS + O];
        double ib = transitions[I * LABELS + B];
        double ii = transitions[I * LABELS + I];
        byte[] back = new byte[n * LABELS];
        double o = em[O] + transitions[LABELS * LABELS + O];
        double b = em[B] + transitions[LABELS * LABELS + B];
        double i = FORBIDDEN;
        for (int t = 1; t < n; t++) {
            int at = t * LABELS;
            int toO = best(o + oo, b + bo, i + io);
            int toB = best(o + ob, b + bb, i + ib);
            int toI = best(FORBIDDEN, b + bi, i + ii); // never O -> I
            double nextO = pick(toO, o + oo, b + bo, i + io) + em[at + O];
            double nextB = pick(toB, o + ob, b + bb, i + ib) + em[at + B];
            double nextI = pick(toI, FORBIDDEN, b + bi, i + ii) + em[at + I];
            back[at + O] = (byte) toO;
            back[at + B] = (byte) toB;
            back[at + I] = (byte) toI;
            o = nextO;
            b = nextB;
            i = nextI;
        }
        int y = best(o, b, i);
        double total = pick(y, o, b, i);
        for (int t = n - 1; t >= 0; t--) {
            labels[t] = y;
            y = back[t * LABELS + y];
        }
        return total;
    }

    /** The first label whose score beats {@link #FORBIDDEN} and every earlier label's; O when none does. */
    private static int best(double o, double b, double i) {
        int arg = O;
        double best = FORBIDDEN;
        if (o > best) {
            best = o;
        }
        if (b > best) {
            best = b;
            arg = B;
        }
        if (i > best) {
            arg = I;
        }
        return arg;
    }

    private static double pick(int label, double o, double b, double i) {
        return label == O ? o : label == B ? b : i;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(bits);
        out.writeFloat(scale);
        for (float t : transitions) {
            out.writeFloat(t);
        }
        out.write(codes);
    }

    static LinearChain read(DataInputStream in) throws IOException {
        int bits = in.readInt();
        if (bits < 4 || bits > 24) {
            throw new IOException("not a tagger: hash bits " + bits);
        }
        float scale = in.readFloat();
        float[] transitions = new float[(LABELS + 1) * LABELS];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        byte[] codes = new byte[(1 << bits) * LABELS];
        in.readFully(codes);
        return new LinearChain(bits, codes, scale, transitions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearChain other && bits == other.bits && Float.compare(scale, other.scale) == 0
                && Arrays.equals(codes, other.codes) && Arrays.equals(transitions, other.transitions);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(codes) + Arrays.hashCode(transitions);
    }
}
