package org.demarche.attribution.learned;

/**
 * Features of the cue tagger (stage 1) at token {@code lo + t}: the word and its neighbours, bigrams and a
 * trigram, the suffix, the shapes around it and whether it sits inside quote marks or opens a sentence. Labels:
 * outside, first cue token, later cue token ("according | to", "is | expected", "called | for").
 */
final class CueTemplates implements Features {
    private final TokenFeatures f;
    private int lo;

    CueTemplates(TokenFeatures f) {
        this.f = f;
    }

    CueTemplates from(int first) {
        this.lo = first;
        return this;
    }

    int first() {
        return lo;
    }

    @Override
    public int at(int t, int[] out) {
        int i = lo + t;
        int w0 = f.word[i];
        int wm1 = f.word(i - 1);
        int wp1 = f.word(i + 1);
        int wm2 = f.word(i - 2);
        int wp2 = f.word(i + 2);
        int s0 = f.shape[i];
        int sm1 = f.shape(i - 1);
        int sp1 = f.shape(i + 1);
        int q = f.quoted[i] ? 1 : 0;
        int k = 0;
        out[k++] = Hash.feature(1, 0);
        out[k++] = Hash.feature(2, w0);
        out[k++] = Hash.feature(3, wm1);
        out[k++] = Hash.feature(4, wp1);
        out[k++] = Hash.feature(5, wm2);
        out[k++] = Hash.feature(6, wp2);
        out[k++] = Hash.feature(7, wm1, w0);
        out[k++] = Hash.feature(8, w0, wp1);
        out[k++] = Hash.feature(9, f.suffix[i]);
        out[k++] = Hash.feature(10, sm1, s0, sp1);
        out[k++] = Hash.feature(11, w0, q);
        out[k++] = Hash.feature(12, w0, sp1);
        out[k++] = Hash.feature(13, w0, sm1);
        out[k++] = Hash.feature(15, w0, i == f.sentenceFirst[i] ? 1 : 0);
        out[k++] = Hash.feature(16, wm1, wp1);
        out[k++] = Hash.feature(17, wm1, w0, wp1);
        out[k++] = Hash.feature(18, (f.quoted(i - 1) ? 4 : 0) + q * 2 + (f.quoted(i + 1) ? 1 : 0), s0);
        out[k++] = Hash.feature(20, Math.min(i - f.sentenceFirst[i], 4), s0);
        int c0 = f.cueClass[i];
        out[k++] = Hash.feature(21, f.prefix[i]);
        out[k++] = Hash.feature(22, f.prefix[i], sm1);
        out[k++] = Hash.feature(23, c0, sm1, sp1);
        out[k++] = Hash.feature(24, f.lemma[i], wp1);
        out[k++] = Hash.feature(25, c0, f.cueClass(i - 1), f.cueClass(i + 1));
        out[k++] = Hash.feature(27, f.lemma(i - 1), w0);
        return k;
    }
}
