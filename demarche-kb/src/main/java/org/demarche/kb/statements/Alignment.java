package org.demarche.kb.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * The words two quotations share in the same order: a longest common subsequence, cut into runs of consecutive
 * words on both sides. Runs shorter than a minimum are dropped, so that scattered common words ("the", "we")
 * never make two different statements look alike; what lies between two kept runs is a gap, an edit.
 */
final class Alignment {
    /** Quotations longer than this product of lengths are not aligned (the table would take too much memory). */
    static final int MAX_CELLS = 1_000_000;
    /** A short run counts when no more than this many words separate it from kept runs or the ends. */
    static final int WEDGE = 2;

    /** {@code length} words equal at {@code a} in the first sequence and {@code b} in the second. */
    record Run(int a, int b, int length) {
    }

    /**
     * Words between two runs, or at an edge: [aStart, aEnd) of the first sequence faced [bStart, bEnd) of the
     * second; {@code runBefore} and {@code runAfter} are the lengths of the runs around it (0 at an edge).
     */
    record Gap(int aStart, int aEnd, int bStart, int bEnd, int runBefore, int runAfter) {
        boolean isEdge() {
            return runBefore == 0 || runAfter == 0;
        }
    }

    private final List<Run> runs;
    private final int aLength;
    private final int bLength;

    private Alignment(List<Run> runs, int aLength, int bLength) {
        this.runs = List.copyOf(runs);
        this.aLength = aLength;
        this.bLength = bLength;
    }

    /**
     * Aligns {@code a} with {@code b} keeping runs of at least {@code minRun} words; null when the sequences are
     * too long to align ({@link #MAX_CELLS}).
     */
    static Alignment of(String[] a, String[] b, int minRun) {
        int n = a.length;
        int m = b.length;
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            return null;
        }
        int w = m + 1;
        int[] lcs = new int[(n + 1) * w];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i * w + j] = a[i].equals(b[j]) ? lcs[(i + 1) * w + j + 1] + 1
                        : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
            }
        }
        List<Run> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a[i].equals(b[j]) && lcs[i * w + j] == lcs[(i + 1) * w + j + 1] + 1) {
                Run last = all.isEmpty() ? null : all.get(all.size() - 1);
                if (last != null && last.a() + last.length() == i && last.b() + last.length() == j) {
                    all.set(all.size() - 1, new Run(last.a(), last.b(), last.length() + 1));
                } else {
                    all.add(new Run(i, j, 1));
                }
                i++;
                j++;
            } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new Alignment(kept(all, minRun, n, m), n, m);
    }

    /**
     * The runs of at least {@code minRun} words, and shorter runs wedged close ({@value #WEDGE} words or less on
     * both sides) between kept runs or the sequences' ends: the "missile" of "a forbidden missile" / "a banned
     * missile", which shows that only one word changed.
     */
    private static List<Run> kept(List<Run> all, int minRun, int n, int m) {
        List<Run> longRuns = all.stream().filter(r -> r.length() >= minRun).toList();
        List<Run> kept = new ArrayList<>();
        int next = 0;
        for (Run r : all) {
            while (next < longRuns.size() && longRuns.get(next).a() < r.a()) {
                next++;
            }
            if (r.length() >= minRun) {
                kept.add(r);
                continue;
            }
            Run before = next > 0 ? longRuns.get(next - 1) : null;
            Run after = next < longRuns.size() ? longRuns.get(next) : null;
            int beforeA = before == null ? 0 : before.a() + before.length();
            int beforeB = before == null ? 0 : before.b() + before.length();
            int afterA = after == null ? n : after.a();
            int afterB = after == null ? m : after.b();
            if (r.a() - beforeA <= WEDGE && r.b() - beforeB <= WEDGE
                    && afterA - (r.a() + r.length()) <= WEDGE && afterB - (r.b() + r.length()) <= WEDGE) {
                kept.add(r);
            }
        }
        return kept;
    }

    /** Words of the first sequence inside kept runs. */
    int matched() {
        int sum = 0;
        for (Run r : runs) {
            sum += r.length();
        }
        return sum;
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    /** The gaps between consecutive kept runs (not before the first nor after the last). */
    List<Gap> interiorGaps() {
        List<Gap> gaps = new ArrayList<>();
        for (int k = 1; k < runs.size(); k++) {
            Run before = runs.get(k - 1);
            Run after = runs.get(k);
            gaps.add(new Gap(before.a() + before.length(), after.a(), before.b() + before.length(), after.b(),
                    before.length(), after.length()));
        }
        return gaps;
    }

    /**
     * The first sequence's words before the first run and after the last, each facing as many words of the
     * second sequence on that side plus {@code slack}: where the two differ at their edges ("Kessia would" /
     * "we will"). None where the first sequence starts or ends inside a run (a truncated copy).
     */
    List<Gap> edgeGaps(int slack) {
        List<Gap> gaps = new ArrayList<>(2);
        Run first = runs.get(0);
        if (first.a() > 0) {
            gaps.add(new Gap(0, first.a(), Math.max(0, first.b() - first.a() - slack), first.b(), 0, first.length()));
        }
        Run last = runs.get(runs.size() - 1);
        int endA = last.a() + last.length();
        int endB = last.b() + last.length();
        if (endA < aLength) {
            gaps.add(new Gap(endA, aLength, endB, Math.min(bLength, endB + aLength - endA + slack), last.length(), 0));
        }
        return gaps;
    }

    /** How many words of the second sequence lie from the first kept run's start to the last one's end. */
    int spanInB() {
        if (runs.isEmpty()) {
            return 0;
        }
        Run last = runs.get(runs.size() - 1);
        return last.b() + last.length() - runs.get(0).b();
    }
}
