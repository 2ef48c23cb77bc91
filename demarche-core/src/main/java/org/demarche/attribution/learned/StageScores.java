package org.demarche.attribution.learned;

import java.util.ArrayList;
import java.util.List;
import org.demarche.attribution.learned.ReportedSpeechTrainer.Article;
import org.demarche.attribution.learned.ReportedSpeechTrainer.Gold;
import org.demarche.text.Tokens;

/**
 * How each stage of a model does on annotated articles, so that a change can be traced to the stage it helps:
 * stage 1's cues against the annotated cues that introduce reported contents (a cue counts as found when the
 * spans share a token), the contents the model finds from its own cues, and the contents stage 2 finds from the
 * annotated cues (what perfect cues would give). Contents match as the project's scorer matches them: character
 * spans overlapping with Jaccard at least 0.5, each found content used once. These are the model's own figures,
 * before the pipeline's rules and filters (which drop one-token contents, for one).
 *
 * @param goldCues            annotated cues with at least one reported content
 * @param goldCuesFound       of those, how many share a token with a cue of stage 1
 * @param cues                cues stage 1 proposed
 * @param cuesRight           of those, how many share a token with an annotated cue
 * @param contents            contents found from stage 1's cues
 * @param contentsOfGoldCues  contents found from the annotated cues
 */
public record StageScores(int goldCues, int goldCuesFound, int cues, int cuesRight, Counts contents,
                          Counts contentsOfGoldCues) {

    /** Matched, spurious and missed contents. */
    public record Counts(int matched, int spurious, int missed) {
        public double precision() {
            return matched + spurious == 0 ? 0 : matched / (double) (matched + spurious);
        }

        public double recall() {
            return matched + missed == 0 ? 0 : matched / (double) (matched + missed);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(matched + o.matched, spurious + o.spurious, missed + o.missed);
        }
    }

    public double cueRecall() {
        return goldCues == 0 ? 0 : goldCuesFound / (double) goldCues;
    }

    public double cuePrecision() {
        return cues == 0 ? 0 : cuesRight / (double) cues;
    }

    /** Scores {@code model} on {@code articles}. */
    public static StageScores of(ReportedSpeechModel model, List<Article> articles) {
        int goldCues = 0;
        int goldCuesFound = 0;
        int cues = 0;
        int cuesRight = 0;
        Counts contents = new Counts(0, 0, 0);
        Counts contentsOfGoldCues = new Counts(0, 0, 0);
        for (Article article : articles) {
            TokenFeatures f = new TokenFeatures(article.doc());
            Tokens tokens = article.doc().tokens();
            List<int[]> annotatedCues = new ArrayList<>();
            List<int[]> annotatedContents = new ArrayList<>();
            for (Gold g : article.attributions()) {
                int first = tokens.firstAtOrAfter(g.cueStart());
                int last = tokens.lastEndingBy(g.cueEnd());
                if (!g.contents().isEmpty() && first < f.size && first <= last) {
                    annotatedCues.add(new int[] {first, last});
                    annotatedContents.addAll(g.contents());
                }
            }
            int[] found = model.cues(f);
            for (int[] cue : annotatedCues) {
                goldCues++;
                goldCuesFound += sharesToken(cue[0], cue[1], found) ? 1 : 0;
            }
            int[] annotated = new int[2 * annotatedCues.size()];
            for (int c = 0; c < annotatedCues.size(); c++) {
                annotated[2 * c] = annotatedCues.get(c)[0];
                annotated[2 * c + 1] = annotatedCues.get(c)[1];
            }
            for (int c = 0; c < found.length; c += 2) {
                cues++;
                cuesRight += sharesToken(found[c], found[c + 1], annotated) ? 1 : 0;
            }
            contents = contents.plus(match(model.contents(f, found), tokens, annotatedContents));
            contentsOfGoldCues = contentsOfGoldCues.plus(match(model.contents(f, annotated), tokens, annotatedContents));
        }
        return new StageScores(goldCues, goldCuesFound, cues, cuesRight, contents, contentsOfGoldCues);
    }

    /** Whether token span {@code [first, last]} shares a token with one of {@code spans} (pairs first, last). */
    private static boolean sharesToken(int first, int last, int[] spans) {
        for (int c = 0; c < spans.length; c += 2) {
            if (spans[c] <= last && first <= spans[c + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Each annotated content matched to the unused found content it overlaps best, if Jaccard is at least 0.5. */
    private static Counts match(List<Attribution> found, Tokens tokens, List<int[]> annotated) {
        boolean[] used = new boolean[found.size()];
        int matched = 0;
        for (int[] gold : annotated) {
            double best = 0;
            int bestAt = -1;
            for (int j = 0; j < found.size(); j++) {
                if (used[j]) {
                    continue;
                }
                int start = tokens.start(found.get(j).contentFirst());
                int end = tokens.end(found.get(j).contentLast());
                double overlap = Math.max(0, Math.min(end, gold[1]) - Math.max(start, gold[0]));
                double union = Math.max(end, gold[1]) - Math.min(start, gold[0]);
                if (union > 0 && overlap / union > best) {
                    best = overlap / union;
                    bestAt = j;
                }
            }
            if (best >= 0.5) {
                used[bestAt] = true;
                matched++;
            }
        }
        return new Counts(matched, found.size() - matched, annotated.size() - matched);
    }
}
