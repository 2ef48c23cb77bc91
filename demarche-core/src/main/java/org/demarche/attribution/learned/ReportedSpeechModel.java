package org.demarche.attribution.learned;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.demarche.pipeline.Document;

/**
 * The learned reported-speech extractor: two averaged-perceptron linear-chain taggers over hashed features.
 * Stage 1 tags cue spans ("said", "according to", "is expected", "called for") over each paragraph; stage 2
 * tags, for each cue, the content spans it introduces in that cue's paragraph (BIO with Viterbi), reading every
 * token relative to that cue. Overlapping contents of different cues are settled by margin.
 *
 * <p>Immutable after loading and free of I/O afterwards: {@link #find} reads only its argument, so one instance
 * serves every thread. The model file holds hashed feature weights only, no text.
 */
public final class ReportedSpeechModel {
    /** The model shipped in this jar. */
    public static final String RESOURCE = "/org/demarche/attribution/learned/reported-speech.model";
    private static final int MAGIC = 0x44525350; // "DRSP"
    private static final int VERSION = 1;
    /** How far (tokens) from its cue a content may reach within the paragraph. */
    static final int WINDOW = 60;

    private final LinearChain cues;
    private final LinearChain contents;
    /** Added to the score of starting a cue: above zero, stage 1 proposes more cues and stage 2 sorts them out. */
    private final float cueBias;

    ReportedSpeechModel(LinearChain cues, LinearChain contents, float cueBias) {
        this.cues = cues;
        this.contents = contents;
        this.cueBias = cueBias;
    }

    /**
     * The bundled model, read once per JVM; null only in a build made without it (the first training run of a
     * fresh checkout), where callers fall back to rules.
     */
    public static ReportedSpeechModel bundled() {
        return Bundled.MODEL;
    }

    private static final class Bundled {
        static final ReportedSpeechModel MODEL = load();

        private static ReportedSpeechModel load() {
            try (InputStream in = ReportedSpeechModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    public static ReportedSpeechModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a reported-speech model");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("reported-speech model version " + version + "; this build reads " + VERSION);
        }
        float cueBias = data.readFloat();
        LinearChain cues = LinearChain.read(data);
        LinearChain contents = LinearChain.read(data);
        return new ReportedSpeechModel(cues, contents, cueBias);
    }

    /** Writes the model; the bytes depend only on the weights, so retraining reproduces the file. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeFloat(cueBias);
        cues.write(data);
        contents.write(data);
        data.flush();
        gzip.finish();
    }

    /** The reported-speech contents of a document with their cues, in text order. */
    public List<Attribution> find(Document doc) {
        TokenFeatures f = new TokenFeatures(doc);
        if (f.size == 0) {
            return List.of();
        }
        return contents(f, cues(f));
    }

    /** Stage 1: the cue spans of a document as pairs {@code [first, last]}. */
    int[] cues(TokenFeatures f) {
        int[] scratch = new int[Features.MAX];
        double[] em = new double[Math.max(f.size, 2 * WINDOW + 16) * LinearChain.LABELS];
        int[] labels = new int[em.length / LinearChain.LABELS];
        return findCues(f, cues, cueBias, scratch, em, labels);
    }

    /** The contents of the given cue spans (pairs {@code [first, last]}), settled. */
    List<Attribution> contents(TokenFeatures f, int[] cueSpans) {
        int n = f.size;
        ContentScratch scratch = new ContentScratch(n);
        ContentTemplates templates = new ContentTemplates(f, cueStartCounts(n, cueSpans));
        List<Attribution> found = new ArrayList<>();
        for (int c = 0; c < cueSpans.length; c += 2) {
            contentsOf(f, cueSpans[c], cueSpans[c + 1], templates, scratch, found);
        }
        return settle(found);
    }

    /**
     * The working arrays of stage 2 for one document. {@code fixed} caches, per token and side of the cue, the
     * sums of the features that do not read the cue ({@code cached} says which are filled).
     */
    private static final class ContentScratch {
        final int[] hashes = new int[Features.MAX];
        final double[] em;
        final int[] labels;
        final float[] fixed;
        final boolean[] cached;

        ContentScratch(int n) {
            em = new double[Math.max(n, 2 * WINDOW + 16) * LinearChain.LABELS];
            labels = new int[em.length / LinearChain.LABELS];
            fixed = new float[2 * n * LinearChain.LABELS];
            cached = new boolean[2 * n];
        }
    }

    /**
     * Tags the contents of the cue {@code [cs, ce]} in its window and adds them to {@code found}. One method per
     * cue (not one loop over all cues) keeps the compiled code small: the JIT compiles it as a whole instead of
     * recompiling the long loop nest on the stack again and again.
     */
    private void contentsOf(TokenFeatures f, int cs, int ce, ContentTemplates templates, ContentScratch w,
            List<Attribution> found) {
        int[] hashes = w.hashes;
        double[] em = w.em;
        int[] labels = w.labels;
        int lo = windowStart(f, cs);
        int hi = windowEnd(f, ce);
        int len = hi - lo + 1;
        templates.of(lo, cs, ce);
        for (int t = 0; t < len; t++) {
            int i = lo + t;
            int key = 2 * i + (i < cs ? 0 : 1);
            if (!w.cached[key]) {
                contents.sum(hashes, templates.staticAt(i, key & 1, hashes, 0), w.fixed, key * LinearChain.LABELS);
                w.cached[key] = true;
            }
            int at = key * LinearChain.LABELS;
            contents.sum(hashes, templates.dynamicAt(i, hashes, 0), em, t * LinearChain.LABELS, w.fixed[at],
                    w.fixed[at + 1], w.fixed[at + 2]);
        }
        forbidCue(em, cs - lo, ce - lo);
        double best = contents.viterbi(len, em, labels);
        for (int t = 0; t < len; t++) {
            if (labels[t] != LinearChain.B) {
                continue;
            }
            int end = t;
            while (end + 1 < len && labels[end + 1] == LinearChain.I) {
                end++;
            }
            for (int k = t; k <= end; k++) {
                labels[k] = LinearChain.O;
            }
            double without = contents.score(len, em, labels);
            for (int k = t; k <= end; k++) {
                labels[k] = k == t ? LinearChain.B : LinearChain.I;
            }
            found.add(new Attribution(cs, ce, lo + t, lo + end, best - without));
            t = end;
        }
    }

    /** Where the contents of a cue starting at {@code cs} may begin: its sentence, at most {@link #WINDOW} back. */
    static int windowStart(TokenFeatures f, int cs) {
        return Math.max(f.sentenceFirst[cs], cs - WINDOW);
    }

    /** Where the contents of a cue ending at {@code ce} may end. */
    static int windowEnd(TokenFeatures f, int ce) {
        return Math.min(f.sentenceLast[ce], ce + WINDOW);
    }

    /** Cue spans as pairs {@code [first, last]}, tagged paragraph by paragraph. */
    static int[] findCues(TokenFeatures f, LinearChain chain, double bias, int[] scratch, double[] em, int[] labels) {
        int[] spans = new int[16];
        int count = 0;
        CueTemplates templates = new CueTemplates(f);
        for (int lo = 0; lo < f.size; ) {
            int hi = f.lineLast[lo];
            int len = hi - lo + 1;
            if (em.length < len * LinearChain.LABELS) {
                em = new double[len * LinearChain.LABELS];
                labels = new int[len];
            }
            cueEmissions(f, chain, bias, templates.from(lo), len, scratch, em);
            chain.viterbi(len, em, labels);
            for (int t = 0; t < len; t++) {
                if (labels[t] == LinearChain.B) {
                    int end = t;
                    while (end + 1 < len && labels[end + 1] == LinearChain.I) {
                        end++;
                    }
                    if (count + 2 > spans.length) {
                        spans = java.util.Arrays.copyOf(spans, spans.length * 2);
                    }
                    spans[count++] = lo + t;
                    spans[count++] = lo + end;
                    t = end;
                }
            }
            lo = hi + 1;
        }
        return java.util.Arrays.copyOf(spans, count);
    }

    /**
     * The stage-1 scores of the {@code len} tokens {@code templates} starts at, into {@code em}; a method of its
     * own so that the JIT compiles this hot loop by itself.
     */
    private static void cueEmissions(TokenFeatures f, LinearChain chain, double bias, CueTemplates templates, int len,
            int[] scratch, double[] em) {
        int lo = templates.first();
        for (int t = 0; t < len; t++) {
            int at = t * LinearChain.LABELS;
            if (f.canCue(lo + t)) {
                chain.sum(scratch, templates.at(t, scratch), em, at, 0, (float) bias, 0);
            } else {
                em[at] = 0;
                em[at + 1] = LinearChain.FORBIDDEN;
                em[at + 2] = LinearChain.FORBIDDEN;
            }
        }
    }

    static int[] cueStartCounts(int n, int[] cueSpans) {
        int[] starts = new int[n + 1];
        boolean[] isStart = new boolean[n];
        for (int c = 0; c < cueSpans.length; c += 2) {
            isStart[cueSpans[c]] = true;
        }
        for (int i = 0; i < n; i++) {
            starts[i + 1] = starts[i] + (isStart[i] ? 1 : 0);
        }
        return starts;
    }

    static void forbidCue(double[] em, int from, int to) {
        for (int t = from; t <= to; t++) {
            em[t * LinearChain.LABELS + LinearChain.B] = LinearChain.FORBIDDEN;
            em[t * LinearChain.LABELS + LinearChain.I] = LinearChain.FORBIDDEN;
        }
    }

    /** Keeps the best-scored of overlapping contents, then orders them by position. */
    private static List<Attribution> settle(List<Attribution> found) {
        List<Attribution> byMargin = new ArrayList<>(found);
        byMargin.sort(BY_MARGIN);
        List<Attribution> kept = new ArrayList<>();
        for (Attribution a : byMargin) {
            boolean overlaps = false;
            for (Attribution k : kept) {
                if (a.contentFirst() <= k.contentLast() && k.contentFirst() <= a.contentLast()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(a);
            }
        }
        kept.sort(BY_POSITION);
        return kept;
    }

    /*
     * The two orders of settle, written out: composed comparators (reversed, thenComparing) cost a chain of
     * lambda calls per comparison, and settle sorts every document's contents.
     */

    /** By content start, then by cue start. */
    private static final Comparator<Attribution> BY_POSITION = (a, b) -> {
        int c = Integer.compare(a.contentFirst(), b.contentFirst());
        return c != 0 ? c : Integer.compare(a.cueFirst(), b.cueFirst());
    };

    /** Highest margin first, then by content start, then by cue start. */
    private static final Comparator<Attribution> BY_MARGIN = (a, b) -> {
        int c = Double.compare(b.margin(), a.margin());
        return c != 0 ? c : BY_POSITION.compare(a, b);
    };

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportedSpeechModel other && cues.equals(other.cues) && contents.equals(other.contents)
                && Float.compare(cueBias, other.cueBias) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * cues.hashCode() + contents.hashCode();
    }
}
