package org.demarche.attribution.learned;

/**
 * Features of the content tagger (stage 2): token {@code lo + t} seen from one cue {@code [cs, ce]}. Everything
 * is conjoined with the side of the cue the token is on: the distance in tokens, the commas and
 * other cues and clause-breaking punctuation in between, the cue's words, neighbours, ending and class (saying,
 * thinking, evidence, noun), the token's own word, shape and quote state, and its place in its sentence. Labels: outside, first content token, later content token.
 */
final class ContentTemplates implements Features {
    private static final int[] DISTANCE_BUCKET = new int[64];

    static {
        int[] bounds = {0, 1, 2, 3, 4, 6, 9, 14, 20, 30, 45, 64};
        for (int d = 0; d < 64; d++) {
            int b = 0;
            while (b + 1 < bounds.length && d >= bounds[b + 1]) {
                b++;
            }
            DISTANCE_BUCKET[d] = b;
        }
    }

    private final TokenFeatures f;
    /** {@code cueStarts[i]}: cue starts among tokens {@code [0, i)}. */
    private final int[] cueStarts;
    private int lo;
    private int cs;
    private int ce;
    private int cueFirstWord;
    private int cueLastWord;
    private int cueLemma;
    private int cueNext;
    private int cuePrevious;
    /** The classes of the cue's first and last words ({@link CueWords}): saying, thinking, evidence, noun. */
    private int cueClass;
    /** The cue's last three letters: generalise from frequent to rare cues ("-ed", "-ing", "-ion"). */
    private int cueSuffix;

    ContentTemplates(TokenFeatures f, int[] cueStarts) {
        this.f = f;
        this.cueStarts = cueStarts;
    }

    ContentTemplates of(int first, int cueFirst, int cueLast) {
        this.lo = first;
        this.cs = cueFirst;
        this.ce = cueLast;
        this.cueFirstWord = f.word[cueFirst];
        this.cueLastWord = f.word[cueLast];
        this.cueLemma = f.lemma[cueFirst] * 31 + f.lemma[cueLast];
        this.cueNext = f.word(cueLast + 1) * 31 + f.shape(cueLast + 1);
        this.cuePrevious = f.word(cueFirst - 1);
        this.cueClass = f.cueClass[cueFirst] * 8 + f.cueClass[cueLast];
        this.cueSuffix = f.suffix[cueLast];
        return this;
    }

    static int bucket(int d) {
        return d < 64 ? DISTANCE_BUCKET[d] : 12;
    }

    @Override
    public int at(int t, int[] out) {
        int i = lo + t;
        int k = staticAt(i, i < cs ? 0 : 1, out, 0);
        return dynamicAt(i, out, k);
    }

    /** The features that depend on the token and the cue's side only: cached per document at tagging time. */
    int staticAt(int i, int dir, int[] out, int k) {
        out[k++] = Hash.feature(101, dir);
        out[k++] = Hash.feature(109, dir, f.word[i]);
        out[k++] = Hash.feature(110, dir, f.word(i - 1));
        out[k++] = Hash.feature(111, dir, f.word(i + 1));
        out[k++] = Hash.feature(112, dir, f.shape[i]);
        out[k++] = Hash.feature(113, dir, f.shape(i - 1), f.shape[i]);
        out[k++] = Hash.feature(114, dir, f.shape[i], f.shape(i + 1));
        out[k++] = Hash.feature(118, dir, (f.quoted(i - 1) ? 2 : 0) + (f.quoted[i] ? 1 : 0));
        out[k++] = Hash.feature(127, dir, f.suffix[i]);
        return k;
    }

    /** The features that read the cue. */
    int dynamicAt(int i, int[] out, int k) {
        int dir = i < cs ? 0 : 1;
        int d = dir == 0 ? cs - i : Math.max(0, i - ce);
        int db = bucket(d);
        int near = Math.min(d, 4);
        int edge = dir == 0 ? cs : ce;
        int cm = Math.min(f.commasBetween(i, edge), 3);
        int lower = Math.min(i, edge);
        int upper = Math.max(i, edge);
        int others = upper - lower <= 1 ? 0 : cueStarts[upper] - cueStarts[lower + 1];
        int oc = Math.min(others, 2);
        int w0 = f.word[i];
        int s0 = f.shape[i];
        int q = (f.quoted(i - 1) ? 2 : 0) + (f.quoted[i] ? 1 : 0);
        int fromStart = dir * 16 + bucket(i - f.sentenceFirst[i]);
        int toEnd = dir * 16 + bucket(f.sentenceLast[i] - i);
        int bounds = (i == f.sentenceFirst[i] ? 2 : 0) + (i == f.sentenceLast[i] ? 1 : 0);
        int side = dir * 16 + db;
        int mixed = Math.min(f.plainBetween(i, edge), 3);
        if (d <= 3) { // the words right next to the cue, read with it: "said that", "told reporters", ", he said"
            out[k++] = Hash.feature(121, dir * 8 + near, cueLastWord, w0);
            out[k++] = Hash.feature(136, dir * 8 + near, cueNext, w0);
            out[k++] = Hash.feature(137, dir * 8 + near, cuePrevious, w0);
        }
        out[k++] = Hash.feature(102, side);
        out[k++] = Hash.feature(104, side, cueLastWord);
        out[k++] = Hash.feature(105, dir, cueLastWord);
        out[k++] = Hash.feature(107, dir, cueNext);
        out[k++] = Hash.feature(108, dir, cuePrevious);
        out[k++] = Hash.feature(115, dir * 4 + cm);
        out[k++] = Hash.feature(117, dir, oc * 4 + cm);
        out[k++] = Hash.feature(119, dir * 4 + bounds);
        out[k++] = Hash.feature(120, side, s0);
        out[k++] = Hash.feature(124, side, w0);
        out[k++] = Hash.feature(125, side, cueNext);
        out[k++] = Hash.feature(126, dir * 4 + cm, cuePrevious);
        out[k++] = Hash.feature(129, dir * 4 + oc);
        out[k++] = Hash.feature(130, dir * 4 + q, cm);
        out[k++] = Hash.feature(131, dir * 4 + oc, cueLastWord);
        out[k++] = Hash.feature(132, fromStart);
        out[k++] = Hash.feature(133, toEnd);
        out[k++] = Hash.feature(134, fromStart, cueLastWord);
        out[k++] = Hash.feature(135, toEnd, cueLastWord);
        out[k++] = Hash.feature(138, dir * 4 + q, mixed);
        out[k++] = Hash.feature(139, side, cueLemma);
        out[k++] = Hash.feature(140, dir * 4 + cm, cueLemma);
        int br = Math.min(f.breaksBetween(i, edge), 2);
        out[k++] = Hash.feature(141, side, cueClass);
        out[k++] = Hash.feature(142, dir * 4 + cm, cueClass, br);
        out[k++] = Hash.feature(143, side, cueSuffix);
        out[k++] = Hash.feature(144, dir * 4 + cm, cueSuffix);
        out[k++] = Hash.feature(145, side, br);
        out[k++] = Hash.feature(146, side, cueClass, f.cueClass[i]);
        out[k++] = Hash.feature(147, dir * 8 + near, cueClass, w0);
        return k;
    }
}
