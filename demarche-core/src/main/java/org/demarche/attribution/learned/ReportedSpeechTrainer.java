package org.demarche.attribution.learned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.demarche.pipeline.Document;
import org.demarche.text.Tokens;

/**
 * Trains a {@link ReportedSpeechModel} from annotated articles. Stage 1 (cues) learns from every annotated cue;
 * stage 2 (contents) learns, for each cue, to tag the reported contents it introduces. So that stage 2 sees the
 * cues stage 1 will really give it, including false ones, its cue inputs on each article come from a stage-1
 * model trained on the other folds (jackknifing). Examples are visited in an order drawn from a fixed seed, so
 * the same data and options give the same model, bit for bit.
 */
public final class ReportedSpeechTrainer {
    private static final int L = LinearChain.LABELS;

    /**
     * Training settings. The defaults were chosen on PolNeAR dev: a cue bias of 15 lets stage 1 propose many more
     * cues (PolNeAR's cues are an open class: "derided", "signed an agreement", "is considered") and trains stage 2
     * on those noisier cues so that it learns to give false ones no content; the larger tables (2^18 and 2^19
     * rows) keep the extra cue and content features from colliding (dev indirect F1 0.588 with 2^16 and 2^17);
     * three content runs over different example orders, averaged, gave 0.627 against 0.624 for one.
     */
    public record Options(int cueEpochs, int contentEpochs, int folds, long seed, int cueBits, int contentBits,
                          float cueBias, int contentRuns) {
        public static final Options DEFAULT = new Options(10, 8, 5, 20_240_611L, 18, 19, 15f, 3);
    }

    /**
     * One annotated attribution in character offsets of the article text: its cue, and the reported (indirect or
     * mixed) contents it introduces. A cue of a direct quotation alone has no contents.
     */
    public record Gold(int cueStart, int cueEnd, List<int[]> contents) {
    }

    /** An article and its attributions. */
    public record Article(Document doc, List<Gold> attributions) {
    }

    private record Cue(int first, int last, int[][] contents) {
    }

    private record Prepared(TokenFeatures features, int[] cueLabels, List<Cue> cues) {
    }

    private record Example(int article, int lo, int cueFirst, int cueLast, int[] gold) {
    }

    private final Options options;
    private final Consumer<String> log;

    public ReportedSpeechTrainer(Options options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    public ReportedSpeechModel train(List<Article> articles) {
        List<Prepared> data = new ArrayList<>();
        for (Article a : articles) {
            data.add(prepare(a));
        }
        int folds = Math.max(2, Math.min(options.folds(), data.size()));
        int[][] predictedCues = new int[data.size()][];
        for (int fold = 0; fold < folds; fold++) {
            List<Integer> in = new ArrayList<>();
            for (int a = 0; a < data.size(); a++) {
                if (a % folds != fold) {
                    in.add(a);
                }
            }
            LinearChain chain = trainCues(data, in, options.seed() + fold);
            int cues = 0;
            for (int a = fold; a < data.size(); a += folds) {
                predictedCues[a] = predictCues(chain, options.cueBias(), data.get(a).features());
                cues += predictedCues[a].length / 2;
            }
            log.accept("cue fold " + (fold + 1) + "/" + folds + ": " + cues + " cues predicted on held-out articles");
        }
        List<Integer> all = new ArrayList<>();
        for (int a = 0; a < data.size(); a++) {
            all.add(a);
        }
        LinearChain cueChain = trainCues(data, all, options.seed());
        LinearChain contentChain = trainContents(data, predictedCues);
        return new ReportedSpeechModel(cueChain, contentChain, options.cueBias());
    }

    private static Prepared prepare(Article article) {
        Document doc = article.doc();
        Tokens tokens = doc.tokens();
        TokenFeatures f = new TokenFeatures(doc);
        int[] cueLabels = new int[f.size];
        List<Cue> cues = new ArrayList<>();
        for (Gold g : article.attributions()) {
            int first = tokens.firstAtOrAfter(g.cueStart());
            int last = tokens.lastEndingBy(g.cueEnd());
            if (first >= f.size || last < first || f.line[first] != f.line[last]) {
                continue;
            }
            List<int[]> contents = new ArrayList<>();
            for (int[] c : g.contents()) {
                int cf = tokens.firstAtOrAfter(c[0]);
                int cl = tokens.lastEndingBy(c[1]);
                if (cf < f.size && cl >= cf) {
                    contents.add(new int[] {cf, cl});
                }
            }
            Cue same = null;
            for (Cue c : cues) {
                if (c.first() == first && c.last() == last) {
                    same = c;
                }
            }
            if (same != null) {
                cues.remove(same);
                contents.addAll(Arrays.asList(same.contents()));
            } else {
                boolean free = true;
                for (int i = first; i <= last; i++) {
                    free &= cueLabels[i] == LinearChain.O && f.canCue(i);
                }
                if (free) {
                    cueLabels[first] = LinearChain.B;
                    for (int i = first + 1; i <= last; i++) {
                        cueLabels[i] = LinearChain.I;
                    }
                }
            }
            cues.add(new Cue(first, last, contents.toArray(new int[0][])));
        }
        cues.sort((x, y) -> x.first() != y.first() ? Integer.compare(x.first(), y.first()) : Integer.compare(x.last(), y.last()));
        return new Prepared(f, cueLabels, cues);
    }

    private LinearChain trainCues(List<Prepared> data, List<Integer> articles, long seed) {
        List<int[]> lines = new ArrayList<>(); // {article, first token, last token}
        for (int a : articles) {
            TokenFeatures f = data.get(a).features();
            for (int lo = 0; lo < f.size; lo = f.lineLast[lo] + 1) {
                lines.add(new int[] {a, lo, f.lineLast[lo]});
            }
        }
        ChainTrainer trainer = new ChainTrainer(options.cueBits());
        Random random = new Random(seed);
        int longest = 1;
        for (int[] line : lines) {
            longest = Math.max(longest, line[2] - line[1] + 1);
        }
        double[] em = new double[longest * L];
        int[] predicted = new int[longest];
        int[] gold = new int[longest];
        for (int epoch = 0; epoch < options.cueEpochs(); epoch++) {
            shuffle(lines, random);
            int errors = 0;
            for (int[] line : lines) {
                Prepared p = data.get(line[0]);
                int len = line[2] - line[1] + 1;
                CueTemplates templates = new CueTemplates(p.features()).from(line[1]);
                trainer.emissions(len, templates, em);
                for (int t = 0; t < len; t++) {
                    if (!p.features().canCue(line[1] + t)) {
                        em[t * L + LinearChain.B] = LinearChain.FORBIDDEN;
                        em[t * L + LinearChain.I] = LinearChain.FORBIDDEN;
                    }
                }
                trainer.decode(len, em, predicted);
                System.arraycopy(p.cueLabels(), line[1], gold, 0, len);
                if (!Arrays.equals(gold, 0, len, predicted, 0, len)) {
                    errors++;
                    trainer.update(len, templates, gold, predicted);
                }
                trainer.tick();
            }
            log.accept("cues epoch " + (epoch + 1) + ": " + errors + " of " + lines.size() + " paragraphs wrong");
        }
        return trainer.averaged();
    }

    private static int[] predictCues(LinearChain chain, double bias, TokenFeatures f) {
        double[] em = new double[Math.max(1, f.size) * L];
        return ReportedSpeechModel.findCues(f, chain, bias, new int[Features.MAX], em, new int[Math.max(1, f.size)]);
    }

    private LinearChain trainContents(List<Prepared> data, int[][] predictedCues) {
        List<Example> examples = new ArrayList<>();
        int falseCues = 0;
        for (int a = 0; a < data.size(); a++) {
            Prepared p = data.get(a);
            List<int[]> spans = new ArrayList<>();
            List<int[][]> contents = new ArrayList<>();
            for (Cue c : p.cues()) {
                spans.add(new int[] {c.first(), c.last()});
                contents.add(c.contents());
            }
            int[] predicted = predictedCues[a];
            for (int k = 0; k < predicted.length; k += 2) {
                int first = predicted[k];
                int last = predicted[k + 1];
                Cue match = null;
                boolean exact = false;
                for (Cue c : p.cues()) {
                    if (first <= c.last() && c.first() <= last) {
                        exact |= c.first() == first && c.last() == last;
                        if (match == null) {
                            match = c;
                        }
                    }
                }
                if (exact) {
                    continue;
                }
                if (match == null) {
                    falseCues++;
                }
                spans.add(new int[] {first, last});
                contents.add(match == null ? new int[0][] : match.contents());
            }
            TokenFeatures f = p.features();
            for (int s = 0; s < spans.size(); s++) {
                int cs = spans.get(s)[0];
                int ce = spans.get(s)[1];
                int lo = ReportedSpeechModel.windowStart(f, cs);
                int hi = ReportedSpeechModel.windowEnd(f, ce);
                int[] gold = new int[hi - lo + 1];
                for (int[] c : contents.get(s)) {
                    int from = Math.max(c[0], lo);
                    int to = Math.min(c[1], hi);
                    if (from > to || from <= ce && cs <= to) {
                        continue; // outside the window, or over the cue itself
                    }
                    gold[from - lo] = LinearChain.B;
                    for (int i = from + 1; i <= to; i++) {
                        gold[i - lo] = LinearChain.I;
                    }
                }
                examples.add(new Example(a, lo, cs, ce, gold));
            }
        }
        log.accept("content examples: " + examples.size() + " cues (" + falseCues + " predicted cues without gold)");
        int[][] cueStarts = new int[data.size()][];
        for (int a = 0; a < data.size(); a++) {
            cueStarts[a] = ReportedSpeechModel.cueStartCounts(data.get(a).features().size, predictedCues[a]);
        }
        int longest = 1;
        for (Example e : examples) {
            longest = Math.max(longest, e.gold().length);
        }
        List<ChainTrainer> runs = new ArrayList<>();
        for (int run = 0; run < Math.max(1, options.contentRuns()); run++) {
            runs.add(trainContents(data, examples, cueStarts, new Random((options.seed() + run) ^ 0x5deece66dL), longest));
        }
        return ChainTrainer.mean(runs);
    }

    /** One run of the content tagger over the examples in an order drawn from {@code random}. */
    private ChainTrainer trainContents(List<Prepared> data, List<Example> examples, int[][] cueStarts, Random random,
            int longest) {
        ChainTrainer trainer = new ChainTrainer(options.contentBits());
        double[] em = new double[longest * L];
        int[] predicted = new int[longest];
        for (int epoch = 0; epoch < options.contentEpochs(); epoch++) {
            shuffle(examples, random);
            int errors = 0;
            for (Example e : examples) {
                Prepared p = data.get(e.article());
                int len = e.gold().length;
                ContentTemplates templates = new ContentTemplates(p.features(), cueStarts[e.article()])
                        .of(e.lo(), e.cueFirst(), e.cueLast());
                trainer.emissions(len, templates, em);
                ReportedSpeechModel.forbidCue(em, e.cueFirst() - e.lo(), e.cueLast() - e.lo());
                trainer.decode(len, em, predicted);
                if (!Arrays.equals(e.gold(), 0, len, predicted, 0, len)) {
                    errors++;
                    trainer.update(len, templates, e.gold(), predicted);
                }
                trainer.tick();
            }
            log.accept("contents epoch " + (epoch + 1) + ": " + errors + " of " + examples.size() + " cues wrong");
        }
        return trainer;
    }

    /** Fisher-Yates with the given generator (Collections.shuffle's algorithm may change between JDKs). */
    private static <T> void shuffle(List<T> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
