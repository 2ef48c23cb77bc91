package org.demarche.attribution;

import java.util.ArrayList;
import java.util.List;
import org.demarche.article.QuoteKind;
import org.demarche.pipeline.Document;
import org.demarche.text.Sentences;
import org.demarche.text.Tokens;

/**
 * Reported speech that weaves quoted words into the reporter's clause: "Ann Lee said the plan was "dead on
 * arrival"" or "The treaty "changed nothing," the minister said". The quoted words are a partial quotation; the
 * whole clause, the reporter's words included, is also a statement of reported speech, which the rules and the
 * model often miss because most of it sits in quote marks.
 */
final class MixedSpeech {
    /** The fewest unquoted words between the cue and the quotation that make the clause more than the quotation. */
    static final int MIN_REPORTER_WORDS = 2;

    private final Document doc;
    private final Tokens tokens;
    private final Sentences sentences;

    MixedSpeech(Document doc) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.sentences = doc.sentences();
    }

    /**
     * {@code statements} with a reported statement added for each cue whose partial quotations share its sentence
     * and lie in no reported statement yet: from after the cue to the end of its last quotation, or from the start
     * of the sentence to the end of the quotation that comes before the cue.
     */
    List<Statement> addTo(List<Statement> statements) {
        List<Statement> out = new ArrayList<>(statements);
        for (Statement partial : statements) {
            Statement mixed = clauseAround(partial, statements);
            if (mixed != null && out.stream().noneMatch(s -> s.kind() == QuoteKind.INDIRECT && overlaps(s, mixed))) {
                out.add(mixed);
            }
        }
        return out;
    }

    private Statement clauseAround(Statement partial, List<Statement> statements) {
        Cue cue = partial.cue();
        if (partial.kind() != QuoteKind.PARTIAL || cue == null || cue.cueFirst() < 0) {
            return null;
        }
        int sentence = sentences.of(partial.anchorToken());
        if (sentences.of(cue.cueFirst()) != sentence) {
            return null;
        }
        int quoteFirst = partial.anchorToken();
        int quoteLast = lastTokenOf(partial);
        if (cue.lastToken() < quoteFirst) {
            // "X said the plan was "dead on arrival" (and "a waste")": up to the last quotation of the same cue
            int from = cue.lastToken() + 1;
            int end = partial.end();
            for (Statement other : statements) {
                if (other.kind() == QuoteKind.PARTIAL && other.cue() != null && other.cue().cueFirst() == cue.cueFirst()
                        && other.end() > end && sentences.of(other.anchorToken()) == sentence) {
                    end = other.end();
                }
            }
            return reporterWords(from, quoteFirst) >= MIN_REPORTER_WORDS
                    ? clause(tokens.start(from), end, cue, partial) : null;
        }
        if (cue.firstToken() > quoteLast) {
            int from = sentences.first(sentence); // "The treaty "changed nothing," the minister said"
            return reporterWords(from, quoteFirst) >= MIN_REPORTER_WORDS
                    ? clause(tokens.start(from), partial.end(), cue, partial) : null;
        }
        return null;
    }

    /** The statement from {@code start} to {@code end}, closing quote mark included. */
    private Statement clause(int start, int end, Cue cue, Statement partial) {
        int last = tokens.lastEndingBy(end);
        int closed = last + 1 < tokens.size() && QuoteTokens.isQuote(tokens, last + 1) ? tokens.end(last + 1) : end;
        return new Statement(start, closed, QuoteKind.INDIRECT, cue, partial.confidence(), tokens.firstAtOrAfter(start));
    }

    private int lastTokenOf(Statement s) {
        return Math.max(s.anchorToken(), tokens.lastEndingBy(s.end()));
    }

    /** Word tokens in {@code [from, to)} outside quote marks. */
    private int reporterWords(int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            if (tokens.isWord(i) && doc.enclosingQuote(tokens.start(i)) == null) {
                words++;
            }
        }
        return words;
    }

    private static boolean overlaps(Statement a, Statement b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
