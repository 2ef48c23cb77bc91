package org.demarche.kb.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether two quotations are one statement, and whether an indirect one reports a direct one.
 *
 * <p><b>One statement</b> ({@link #sameStatement}): the same words after normalisation, or the shorter quotation
 * (at least {@value #MIN_WORDS} words) lies within the longer one up to a few edits: at least
 * {@value #MIN_COVERAGE} of its words fall in shared runs of two or more words, in order, and those runs sit close
 * together in the longer one (no more than twice the shorter's length apart, so that a few phrases found far
 * apart in a long speech do not count). Truncated and extended copies, ellipses and a few changed words pass.
 * Never when an edit touches meaning: a negation or a number added, dropped or changed ("will" / "will not",
 * "30 days" / "60 days"), or one name put for another ("Finland" / "Sweden").
 *
 * <p><b>An indirect report</b> ({@link #reports}): the same test on the words as reported speech writes them
 * (persons, tenses and "this"/"that" folded; see {@link WordClasses}), where a pronoun faced by a short phrase
 * ("we" / "Russia") counts as shared, with a lower bar ({@value #MIN_REPORT_COVERAGE}), since a report drops and
 * rewords a little more.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatementMatcher {
    static final int MIN_WORDS = 8;
    static final double MIN_COVERAGE = 0.8;
    static final double MIN_REPORT_COVERAGE = 0.75;
    static final int MIN_REPORT_WORDS = 5;
    /** Runs shorter than this are coincidences. */
    private static final int MIN_RUN = 2;
    /** Longest phrase a pronoun may stand for in a report ("the Russian government"). */
    private static final int MAX_PRONOUN_PHRASE = 4;
    /** At an edge where both differ, the longer's words facing the shorter's, plus this many, are compared. */
    private static final int EDGE_SLACK = 2;

    /** True when the two quotations are the same statement (exact or near copies). */
    public boolean sameStatement(StatementFingerprint a, StatementFingerprint b) {
        if (a.normalized().equals(b.normalized())) {
            return !a.normalized().isEmpty();
        }
        boolean aShorter = a.length() <= b.length();
        StatementText.Words shorter = aShorter ? a.words() : b.words();
        StatementText.Words longer = aShorter ? b.words() : a.words();
        return contained(shorter.words(), longer.words(), shorter.names(), longer.names(), MIN_WORDS, MIN_COVERAGE,
                false);
    }

    /** True when {@code indirect} is a report of {@code direct}: "X said Y would never accept Z" / "We will never accept Z". */
    public boolean reports(StatementFingerprint indirect, StatementFingerprint direct) {
        if (sameStatement(indirect, direct)) {
            return true;
        }
        String[] report = withoutLeadingThat(indirect.reportedWords());
        boolean[] reportNames = indirect.words().names();
        reportNames = java.util.Arrays.copyOfRange(reportNames, reportNames.length - report.length, reportNames.length);
        String[] quote = direct.reportedWords();
        boolean reportShorter = report.length <= quote.length;
        return reportShorter
                ? contained(report, quote, reportNames, direct.words().names(), MIN_REPORT_WORDS, MIN_REPORT_COVERAGE, true)
                : contained(quote, report, direct.words().names(), reportNames, MIN_REPORT_WORDS, MIN_REPORT_COVERAGE, true);
    }

    /** "that Russia would never ..." : the complementiser of "said that" is not part of what was said. */
    private static String[] withoutLeadingThat(String[] words) {
        return words.length > 0 && words[0].equals("that") ? java.util.Arrays.copyOfRange(words, 1, words.length) : words;
    }

    private static boolean contained(String[] shorter, String[] longer, boolean[] shorterNames, boolean[] longerNames,
                                     int minWords, double minCoverage, boolean pronounsStandIn) {
        if (shorter.length < minWords || bagCoverage(shorter, longer) < minCoverage) {
            return false;
        }
        Alignment alignment = Alignment.of(shorter, longer, MIN_RUN);
        if (alignment == null || alignment.isEmpty() || alignment.spanInB() > 2 * shorter.length) {
            return false;
        }
        int matched = alignment.matched();
        List<Alignment.Gap> gaps = new ArrayList<>(alignment.interiorGaps());
        gaps.addAll(alignment.edgeGaps(EDGE_SLACK));
        for (Alignment.Gap gap : gaps) {
            boolean edge = gap.aStart() == 0 || gap.aEnd() == shorter.length;
            if (edge && gap.bStart() == gap.bEnd()) {
                continue; // the shorter runs on where the longer stops: an overlap, not an edit
            }
            if (changesMeaning(shorter, gap.aStart(), gap.aEnd()) || changesMeaning(longer, gap.bStart(), gap.bEnd())
                    || nameForName(shorterNames, gap.aStart(), gap.aEnd(), longerNames, gap.bStart(), gap.bEnd())) {
                return false;
            }
            if (pronounsStandIn && pronounForPhrase(shorter, gap.aStart(), gap.aEnd(), longer, gap.bStart(), gap.bEnd())) {
                matched += gap.aEnd() - gap.aStart();
            }
        }
        return matched >= minCoverage * shorter.length;
    }

    /** The share of the shorter's words found anywhere in the longer (counting repeats): a cheap upper bound. */
    private static double bagCoverage(String[] shorter, String[] longer) {
        Map<String, Integer> available = new HashMap<>();
        for (String w : longer) {
            available.merge(w, 1, Integer::sum);
        }
        int found = 0;
        for (String w : shorter) {
            Integer left = available.get(w);
            if (left != null && left > 0) {
                found++;
                available.put(w, left - 1);
            }
        }
        return (double) found / shorter.length;
    }

    private static boolean changesMeaning(String[] words, int start, int end) {
        for (int i = start; i < end; i++) {
            if (WordClasses.changesMeaning(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** A name on each side of one gap: one name put for another. */
    private static boolean nameForName(boolean[] a, int aStart, int aEnd, boolean[] b, int bStart, int bEnd) {
        return any(a, aStart, aEnd) && any(b, bStart, bEnd);
    }

    private static boolean any(boolean[] flags, int start, int end) {
        for (int i = start; i < end; i++) {
            if (flags[i]) {
                return true;
            }
        }
        return false;
    }

    /** One side of the gap is a single pronoun, the other a short phrase: "we" reported as "Russia". */
    private static boolean pronounForPhrase(String[] a, int aStart, int aEnd, String[] b, int bStart, int bEnd) {
        int aLength = aEnd - aStart;
        int bLength = bEnd - bStart;
        return aLength == 1 && WordClasses.isPronounClass(a[aStart]) && bLength >= 1 && bLength <= MAX_PRONOUN_PHRASE
                || bLength == 1 && WordClasses.isPronounClass(b[bStart]) && aLength >= 1 && aLength <= MAX_PRONOUN_PHRASE;
    }
}
