package org.demarche.cli.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric of the article-extraction benchmark (the shared {@code score_articles.py}): tokens are Python's {@code \w+}
 * matches (letters, digits and underscores of any script, case kept); each text becomes a multiset of 4-token shingles (a text of fewer than 4 tokens is
 * one shingle); per page, true and false positives and negatives are multiset overlaps; precision is averaged over
 * pages that predicted something, recall over pages whose truth has text, and F1 is taken of the two averages.
 */
public final class ArticleScorer {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;
    private int exact;
    private int pages;
    private int predicted;

    /** The figures of one page. */
    public record PageScore(double precision, double recall, long tp, long fp, long fn) {
    }

    /** Adds one page (a null or empty prediction counts as predicting nothing) and returns its figures. */
    public PageScore add(String truth, String prediction) {
        List<String> goldTokens = tokens(truth);
        List<String> predTokens = tokens(prediction);
        Map<List<String>, Integer> gold = shingles(goldTokens);
        Map<List<String>, Integer> pred = shingles(predTokens);
        long tp = 0;
        long goldTotal = 0;
        long predTotal = 0;
        for (Map.Entry<List<String>, Integer> e : gold.entrySet()) {
            goldTotal += e.getValue();
            tp += Math.min(e.getValue(), pred.getOrDefault(e.getKey(), 0));
        }
        for (int count : pred.values()) {
            predTotal += count;
        }
        long fp = predTotal - tp;
        long fn = goldTotal - tp;
        double p = Double.NaN;
        double r = Double.NaN;
        if (tp + fp > 0) {
            p = (double) tp / (tp + fp);
            precisionSum += p;
            precisionPages++;
        }
        if (tp + fn > 0) {
            r = (double) tp / (tp + fn);
            recallSum += r;
            recallPages++;
        }
        pages++;
        predicted += prediction == null || prediction.isEmpty() ? 0 : 1;
        exact += goldTokens.equals(predTokens) ? 1 : 0;
        return new PageScore(p, r, tp, fp, fn);
    }

    public double precision() {
        return precisionPages == 0 ? 0 : precisionSum / precisionPages;
    }

    public double recall() {
        return recallPages == 0 ? 0 : recallSum / recallPages;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The summary line, exactly as {@code score_articles.py} prints it. */
    public String line() {
        return String.format(java.util.Locale.ROOT,
                "F1=%.3f precision=%.3f recall=%.3f accuracy=%.3f (pages %d, predicted %d)",
                f1(), precision(), recall(), pages == 0 ? 0.0 : (double) exact / pages, pages, predicted);
    }

    private static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < N) {
            out.put(tokens, 1);
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.merge(tokens.subList(i, i + N), 1, Integer::sum);
        }
        return out;
    }
}
