package org.demarche.kb.statements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether two quotations are one statement, and whether an indirect one reports a direct one.
 *
 * <p><b>One statement</b> ({@link #sameStatement}): the same words after normalisation (at least
 * {@value #MIN_EXACT_WORDS} of them, and both starting a sentence when under {@value #MIN_FRAGMENT_WORDS}), or the shorter quotation (at least {@value #MIN_WORDS} words; at least
 * {@value #MIN_FRAGMENT_WORDS} when it starts mid-phrase, like "to ban ..." or "a ban on ...", which recur in many
 * different statements) lies within the longer one up to a few edits:
 * <ul>
 *   <li>at least {@value #MIN_COVERAGE} of its words fall in runs of two or more words shared in the same order;</li>
 *   <li>the runs sit close together in the longer one (within twice the shorter's length, not counting an
 *       ellipsis: a stretch of the longer left out between two runs of {@value #ELLIPSIS_RUN} words or more), so a
 *       few phrases found far apart in a long speech do not count;</li>
 *   <li>at most one changed content word per ten words (function words such as "the", "will", "on" are free);</li>
 *   <li>no edit touches meaning: a negation, a number or a polar word ("against", "except", "only") added,
 *       dropped or changed, a word against its negation ("legal" / "illegal"), one name for another ("Finland" /
 *       "Sweden"), or the person or tense shifts of reported speech ("we will" / "they would": that is a report
 *       of the statement, see below).</li>
 * </ul>
 * Truncated and extended copies, ellipses, a synonym or a spelling variant pass.
 *
 * <p><b>An indirect report</b> ({@link #reports}): the same test on the words as reported speech writes them
 * (persons, tenses and "this"/"that" folded; see {@link WordClasses}), from {@value #MIN_REPORT_WORDS} words and
 * with a lower bar ({@value #MIN_REPORT_COVERAGE}); a pronoun faced by a short phrase ("we" / "Russia") counts as
 * shared. The shorter side needs {@value #MIN_FRAGMENT_WORDS} words or half the longer's length.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatementMatcher {
    static final int MIN_WORDS = 8;
    /** Shorter exact copies ("It", "No comment", "the deal") recur across unrelated statements. */
    static final int MIN_EXACT_WORDS = 4;
    /** A mid-phrase fragment shorter than this ("to ban ...", "a ban on ...") is too common to group by. */
    static final int MIN_FRAGMENT_WORDS = 12;
    static final double MIN_COVERAGE = 0.8;
    static final int MIN_REPORT_WORDS = 5;
    static final double MIN_REPORT_COVERAGE = 0.75;
    /** Runs shorter than this are coincidences. */
    private static final int MIN_RUN = 2;
    /** Runs around a stretch left out must be this long for the stretch to be an ellipsis. */
    static final int ELLIPSIS_RUN = 4;
    /** One changed content word is allowed per this many words of the shorter quotation. */
    private static final int WORDS_PER_CHANGE = 10;
    /** Longest phrase a pronoun may stand for in a report ("the Russian government"). */
    private static final int MAX_PRONOUN_PHRASE = 4;
    /** Two words sharing this many first letters are forms of one word ("refused", "refuses"). */
    private static final int STEM = 5;
    /** At an edge where both differ, the longer's words facing the shorter's, plus this many, are compared. */
    private static final int EDGE_SLACK = 2;

    /** One quotation's words as compared, with the name flags of {@link StatementText}. */
    private record Side(String[] words, boolean[] names) {
    }

    /** True when the two quotations are the same statement (exact or near copies). */
    public boolean sameStatement(StatementFingerprint a, StatementFingerprint b) {
        if (a.normalized().equals(b.normalized())) {
            // A short phrase ("the real estate magnate") is a description many writers share, not a statement.
            return a.length() >= MIN_EXACT_WORDS
                    && (a.length() >= MIN_FRAGMENT_WORDS || a.opensSentence() && b.opensSentence());
        }
        // Of two as long, the first in text order plays the shorter: the answer must not depend on argument order.
        StatementFingerprint shorter = a.length() < b.length()
                || a.length() == b.length() && a.normalized().compareTo(b.normalized()) <= 0 ? a : b;
        StatementFingerprint longer = shorter == a ? b : a;
        if (shorter.length() < MIN_FRAGMENT_WORDS && !shorter.opensSentence()) {
            return false;
        }
        return contained(new Side(shorter.words().words(), shorter.words().names()),
                new Side(longer.words().words(), longer.words().names()), false);
    }

    /** True when {@code indirect} is a report of {@code direct}: "X said Y would never accept Z" / "We will never accept Z". */
    public boolean reports(StatementFingerprint indirect, StatementFingerprint direct) {
        if (sameStatement(indirect, direct)) {
            return true;
        }
        Side report = withoutLeadingThat(new Side(indirect.reportedWords(), indirect.words().names()));
        Side quote = new Side(direct.reportedWords(), direct.words().names());
        int shorter = Math.min(report.words().length, quote.words().length);
        if (shorter < MIN_FRAGMENT_WORDS && 2 * shorter < Math.max(report.words().length, quote.words().length)) {
            return false; // a report starts mid-phrase by nature, so any short fragment of a long quote is too common
        }
        return report.words().length <= quote.words().length ? contained(report, quote, true) : contained(quote, report, true);
    }

    /** "that Russia would never ...": the complementiser of "said that" is not part of what was said. */
    private static Side withoutLeadingThat(Side side) {
        String[] w = side.words();
        if (w.length == 0 || !w[0].equals("that")) {
            return side;
        }
        return new Side(Arrays.copyOfRange(w, 1, w.length), Arrays.copyOfRange(side.names(), 1, w.length));
    }

    private static boolean contained(Side shorter, Side longer, boolean report) {
        String[] a = shorter.words();
        String[] b = longer.words();
        double minCoverage = report ? MIN_REPORT_COVERAGE : MIN_COVERAGE;
        if (a.length < (report ? MIN_REPORT_WORDS : MIN_WORDS) || bagCoverage(a, b) < minCoverage) {
            return false;
        }
        Alignment alignment = Alignment.of(a, b, MIN_RUN);
        if (alignment == null || alignment.isEmpty()) {
            return false;
        }
        List<Alignment.Gap> gaps = new ArrayList<>(alignment.interiorGaps());
        gaps.addAll(alignment.edgeGaps(EDGE_SLACK));
        int matched = alignment.matched();
        int span = alignment.spanInB();
        int changes = 0;
        for (Alignment.Gap gap : gaps) {
            boolean aEmpty = gap.aStart() == gap.aEnd();
            boolean bEmpty = gap.bStart() == gap.bEnd();
            if (gap.isEdge() && bEmpty) {
                continue; // the shorter runs on where the longer stops: an overlap, not an edit
            }
            if (aEmpty && gap.bEnd() - gap.bStart() >= ELLIPSIS_RUN
                    && Math.min(gap.runBefore(), gap.runAfter()) >= ELLIPSIS_RUN) {
                span -= gap.bEnd() - gap.bStart(); // an ellipsis: a phrase or more left out between two long runs
                continue;
            }
            if (changesMeaning(a, gap.aStart(), gap.aEnd(), b, gap.bStart(), gap.bEnd())
                    || any(shorter.names(), gap.aStart(), gap.aEnd()) && any(longer.names(), gap.bStart(), gap.bEnd())
                    || !report && reportedShift(a, gap.aStart(), gap.aEnd(), b, gap.bStart(), gap.bEnd())) {
                return false;
            }
            if (report && pronounForPhrase(a, gap.aStart(), gap.aEnd(), b, gap.bStart(), gap.bEnd())) {
                matched += gap.aEnd() - gap.aStart();
            } else {
                // At an edge the longer's facing words may be its own extension; only the shorter's words changed.
                int bChanged = gap.isEdge() ? 0 : contentWords(b, gap.bStart(), gap.bEnd());
                changes += Math.max(contentWords(a, gap.aStart(), gap.aEnd()), bChanged);
            }
        }
        return span <= 2 * a.length && changes <= a.length / WORDS_PER_CHANGE && matched >= minCoverage * a.length;
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

    /**
     * A meaning word on one side of the gap without a form of it on the other ("refused" / "refuses" is no
     * change of meaning), or a word facing its own negation ("legal" / "illegal").
     */
    private static boolean changesMeaning(String[] a, int aStart, int aEnd, String[] b, int bStart, int bEnd) {
        for (int i = aStart; i < aEnd; i++) {
            if (WordClasses.changesMeaning(a[i]) && !hasFormOf(a[i], b, bStart, bEnd)) {
                return true;
            }
            for (int j = bStart; j < bEnd; j++) {
                if (WordClasses.negates(a[i], b[j]) || WordClasses.negates(b[j], a[i])) {
                    return true;
                }
            }
        }
        for (int j = bStart; j < bEnd; j++) {
            if (WordClasses.changesMeaning(b[j]) && !hasFormOf(b[j], a, aStart, aEnd)) {
                return true;
            }
        }
        return false;
    }

    /** A word among words[start, end) that is {@code word} with another ending (same first letters, not a number). */
    private static boolean hasFormOf(String word, String[] words, int start, int end) {
        if (Character.isDigit(word.charAt(0)) || word.length() < STEM) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (words[i].length() >= STEM && words[i].regionMatches(0, word, 0, STEM)) {
                return true;
            }
        }
        return false;
    }

    /** Two different words that reported speech folds together ("will" / "would", "our" / "their"). */
    private static boolean reportedShift(String[] a, int aStart, int aEnd, String[] b, int bStart, int bEnd) {
        for (int i = aStart; i < aEnd; i++) {
            for (int j = bStart; j < bEnd; j++) {
                if (!a[i].equals(b[j]) && WordClasses.reported(a[i]).equals(WordClasses.reported(b[j]))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int contentWords(String[] words, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (!WordClasses.isFunctionWord(WordClasses.reported(words[i]))) {
                n++;
            }
        }
        return n;
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
