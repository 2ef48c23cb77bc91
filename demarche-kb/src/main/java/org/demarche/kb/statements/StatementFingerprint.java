package org.demarche.kb.statements;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A quotation reduced to what grouping compares: its normalised words ({@link StatementText}), the same words as
 * reported speech would write them ({@link WordClasses#reported}), and blocking keys.
 *
 * <h2>Blocking keys</h2>
 * Keys are chosen by winnowing (Schleimer, Wilkerson and Aiken, 2003) over hashed shingles of {@value #SHINGLE}
 * reported-speech words: in every window of {@value #WINDOW} consecutive shingles the smallest hash is a key.
 * Any run of {@value #GUARANTEED_RUN} or more words that two quotations share (the same window of shingles) gives
 * both the same key, however much else differs, so a truncated copy, an extended one, one with a few words changed
 * and an indirect report of a direct quote all meet their original; MinHash bands would miss a short excerpt of a
 * long quotation. Shingles made only of function words ("that we will") never become keys, so common phrases
 * do not make huge blocks. A quotation with no other key is keyed by its whole text. About four keys per ten words.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatementFingerprint {
    static final int SHINGLE = 3;
    static final int WINDOW = 4;
    /** Shared runs at least this long always share a key. */
    static final int GUARANTEED_RUN = SHINGLE + WINDOW - 1;

    private final String normalized;
    private final StatementText.Words words;
    private final String[] reported;
    private final Set<Long> keys;
    private final boolean opensSentence;

    private StatementFingerprint(StatementText.Words words, boolean opensSentence) {
        this.words = words;
        this.opensSentence = opensSentence;
        this.normalized = String.join(" ", words.words());
        this.reported = new String[words.size()];
        for (int i = 0; i < reported.length; i++) {
            reported[i] = WordClasses.reported(words.words()[i]);
        }
        this.keys = Collections.unmodifiableSet(winnow(reported));
    }

    /** The fingerprint of a quotation's text (the words said, with or without quote marks). */
    public static StatementFingerprint of(String text) {
        Objects.requireNonNull(text, "text");
        return new StatementFingerprint(StatementText.of(text), opensSentence(text));
    }

    /** True when the first letter or digit is a capital or a digit: the quotation starts a sentence. */
    private static boolean opensSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return false;
    }

    /** Keys such that near copies, and indirect reports of a direct quote, share at least one; ascending order. */
    public Set<Long> blockingKeys() {
        return keys;
    }

    /** The words, lower case, without accents or punctuation, contractions spelt out, separated by one space. */
    public String normalized() {
        return normalized;
    }

    /** How many words the quotation has. */
    public int length() {
        return words.size();
    }

    /**
     * True when the quotation starts a sentence ("We will ...") rather than mid-phrase ("to ban ...", "a ban on
     * ..."): a short fragment of the second kind recurs in many different statements.
     */
    boolean opensSentence() {
        return opensSentence;
    }

    StatementText.Words words() {
        return words;
    }

    /** The words as reported speech would write them (shared array: callers must not change it). */
    String[] reportedWords() {
        return reported;
    }

    @Override
    public String toString() {
        return "StatementFingerprint[" + normalized + "]";
    }

    private static Set<Long> winnow(String[] w) {
        TreeSet<Long> keys = new TreeSet<>();
        int shingles = w.length - SHINGLE + 1;
        if (shingles > 0) {
            long[] hashes = new long[shingles];
            for (int i = 0; i < shingles; i++) {
                hashes[i] = onlyFunctionWords(w, i) ? Long.MAX_VALUE : hash(w, i, SHINGLE);
            }
            int windows = Math.max(1, shingles - WINDOW + 1);
            for (int start = 0; start < windows; start++) {
                long min = Long.MAX_VALUE;
                for (int i = start; i < Math.min(shingles, start + WINDOW); i++) {
                    min = Math.min(min, hashes[i]);
                }
                if (min != Long.MAX_VALUE) {
                    keys.add(min);
                }
            }
        }
        if (keys.isEmpty() && w.length > 0) {
            keys.add(hash(w, 0, w.length));
        }
        return keys;
    }

    private static boolean onlyFunctionWords(String[] w, int start) {
        for (int i = start; i < start + SHINGLE; i++) {
            if (!WordClasses.isFunctionWord(w[i])) {
                return false;
            }
        }
        return true;
    }

    /** FNV-1a over the words (with a separator), finished with the SplitMix64 mixer: stable across runs. */
    private static long hash(String[] w, int start, int count) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < start + count; i++) {
            String s = w[i];
            for (int k = 0; k < s.length(); k++) {
                h = (h ^ s.charAt(k)) * 0x100000001b3L;
            }
            h = (h ^ ' ') * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
