package org.demarche.cli.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of one group (quoted or indirect speech) and the figures derived from them. */
public final class Scores {
    int tp;
    int fp;
    int fn;
    int speakerOk;
    int speakerCounted;
    int e2eTp;
    int e2eFp;
    int e2eFn;

    private static double[] prf(int tp, int fp, int fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }

    /** The figures by name, as the shared scorer's --json prints them. */
    public Map<String, Double> figures() {
        double[] extract = prf(tp, fp, fn);
        double[] e2e = prf(e2eTp, e2eFp, e2eFn);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("extract_p", extract[0]);
        out.put("extract_r", extract[1]);
        out.put("extract_f1", extract[2]);
        out.put("speaker_acc", speakerCounted > 0 ? (double) speakerOk / speakerCounted : 0.0);
        out.put("e2e_p", e2e[0]);
        out.put("e2e_r", e2e[1]);
        out.put("e2e_f1", e2e[2]);
        return out;
    }

    public String line(String group) {
        Map<String, Double> f = figures();
        return String.format("%-9s extract P=%s R=%s F1=%s | speaker acc=%s | end-to-end P=%s R=%s F1=%s (gold %d, predicted %d)",
                group, fmt(f.get("extract_p")), fmt(f.get("extract_r")), fmt(f.get("extract_f1")),
                fmt(f.get("speaker_acc")), fmt(f.get("e2e_p")), fmt(f.get("e2e_r")), fmt(f.get("e2e_f1")),
                tp + fn, tp + fp);
    }

    /** Three decimals, rounded from the exact binary value half-to-even, as Python's format does. */
    static String fmt(double value) {
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
