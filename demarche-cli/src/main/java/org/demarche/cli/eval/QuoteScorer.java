package org.demarche.cli.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted statements against gold, with the metric of the shared {@code score_quotes.py}: a prediction
 * matches a gold quote when their spans overlap with Jaccard >= 0.5 (greedy, gold in order); a speaker is right
 * when the surname keys agree; unmatched predictions touching an "ignore" span are not counted. Quoted speech
 * (direct and partial) and indirect speech are scored apart.
 */
public final class QuoteScorer {
    /** A quote span in code points, with its kind and speaker. */
    public record Span(int start, int end, boolean indirect, String speaker) {
    }

    /** One gold document: its text, gold quotes and ignore spans. */
    public record GoldDoc(String id, String text, List<Span> quotes, List<int[]> ignore) {
    }

    private final SurnameKey keys;
    private final Map<String, Scores> groups = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();

    public QuoteScorer(Map<String, String> aliases) {
        this.keys = new SurnameKey(aliases);
        groups.put("quoted", new Scores());
        groups.put("indirect", new Scores());
    }

    public void add(GoldDoc gold, List<Span> predicted) {
        for (Map.Entry<String, Scores> entry : groups.entrySet()) {
            boolean indirect = entry.getKey().equals("indirect");
            Scores c = entry.getValue();
            List<Span> gs = gold.quotes().stream().filter(q -> q.indirect() == indirect).toList();
            List<Span> ps = predicted.stream().filter(q -> q.indirect() == indirect).toList();
            if (indirect && ps.isEmpty() && gs.isEmpty()) {
                continue;
            }
            Set<Integer> used = new HashSet<>();
            for (Span g : gs) {
                double best = 0.0;
                int bestIndex = -1;
                for (int j = 0; j < ps.size(); j++) {
                    if (used.contains(j)) {
                        continue;
                    }
                    double jac = jaccard(g.start(), g.end(), ps.get(j).start(), ps.get(j).end());
                    if (jac > best) {
                        best = jac;
                        bestIndex = j;
                    }
                }
                if (bestIndex >= 0 && best >= 0.5) {
                    used.add(bestIndex);
                    c.tp++;
                    String goldKey = keys.of(g.speaker());
                    String predKey = keys.of(ps.get(bestIndex).speaker());
                    if (goldKey != null) {
                        c.speakerCounted++;
                        if (goldKey.equals(predKey)) {
                            c.speakerOk++;
                            c.e2eTp++;
                        } else {
                            c.e2eFn++;
                            c.e2eFp++;
                            errors.add(gold.id() + " speaker: gold=" + g.speaker() + " pred=" + ps.get(bestIndex).speaker()
                                    + " quote=" + pyRepr(slice(gold.text(), g.start(), g.end(), 60)));
                        }
                    }
                } else {
                    c.fn++;
                    if (g.speaker() != null && !g.speaker().isEmpty()) {
                        c.e2eFn++;
                    }
                    errors.add(gold.id() + " missed " + entry.getKey() + ": " + pyRepr(slice(gold.text(), g.start(), g.end(), 70)));
                }
            }
            for (int j = 0; j < ps.size(); j++) {
                if (used.contains(j)) {
                    continue;
                }
                Span p = ps.get(j);
                if (gold.ignore().stream().anyMatch(ig -> jaccard(p.start(), p.end(), ig[0], ig[1]) > 0)) {
                    continue;
                }
                c.fp++;
                c.e2eFp++;
                errors.add(gold.id() + " spurious " + entry.getKey() + ": " + pyRepr(slice(gold.text(), p.start(), p.end(), 70)));
            }
        }
    }

    public Map<String, Scores> groups() {
        return groups;
    }

    public List<String> errors() {
        return errors;
    }

    static double jaccard(int s1, int e1, int s2, int e2) {
        int inter = Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
        int union = Math.max(e1, e2) - Math.min(s1, s2);
        return union > 0 ? (double) inter / union : 0.0;
    }

    /** text[start:end][:limit] in code points, like the Python scorer. */
    private static String slice(String text, int start, int end, int limit) {
        int n = text.codePointCount(0, text.length());
        int s = Math.max(0, Math.min(start, n));
        int e = Math.max(s, Math.min(end, n));
        e = Math.min(e, s + limit);
        return text.substring(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e));
    }

    /** A close cousin of Python's repr() for the error listing. */
    private static String pyRepr(String s) {
        boolean single = s.indexOf('\'') < 0 || s.indexOf('"') >= 0;
        char quote = single ? '\'' : '"';
        StringBuilder b = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\\' -> b.append("\\\\");
                case '\u00a0' -> b.append("\\xa0");
                default -> {
                    if (ch == quote) {
                        b.append('\\');
                    }
                    b.append(ch);
                }
            }
        }
        return b.append(quote).toString();
    }
}
