package org.demarche.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.demarche.article.QuoteKind;
import org.demarche.attribution.learned.Attribution;
import org.demarche.attribution.learned.ReportedSpeechModel;
import org.demarche.pipeline.Document;
import org.demarche.quotes.QuotedSpan;
import org.demarche.text.Sentences;
import org.demarche.text.Tokens;

/**
 * Finds reported speech, statements without quote marks, in the reporter's sentences:
 * "X said (that) CONTENT", "CONTENT, X said", "CONTENT, says X", "According to X, CONTENT",
 * "CONTENT, according to X" and "CONTENT, he argued, CONTENT". The content is the reported clause.
 */
final class ReportedSpeechFinder {
    private static final Set<String> NOT_CONTENT_START = Set.of("to", "so", "nothing", "it", "no", "goodbye", "hello",
            "yes", "thanks", "sorry", "as", "by", "this", "the", "about", "for", "of", "with", "from", "and", "or", "but",
            "in", "on", "at", "he", "she", "they", "we", "i");
    private static final Set<String> CLAUSE_STARTERS = Set.of("he", "she", "they", "we", "i", "it", "the", "a", "an",
            "there", "this", "that", "his", "her", "their", "its", "our", "russia", "no", "some", "all", "any", "if",
            "when", "while", "although", "because", "such", "these", "those", "both", "neither", "each", "every", "one",
            "many", "most", "more", "only", "even", "not", "nothing", "none", "nobody", "everyone", "someone",
            "anyone", "despite", "unless", "until", "since", "as", "so", "now", "then");

    /**
     * The shortest model content kept where the rules found nothing: single tokens ("it", "what", "Lee") are
     * PolNeAR-style contents that the seed gold does not count and that rarely carry a statement. Two-token ones
     * ("the plan", "Ann Lee", "as much") are kept: PolNeAR counts them (one indirect content in seven), and as the
     * object of a cue ("attacked Ann Lee") they are what was said about.
     */
    static final int MIN_MODEL_TOKENS = 2;

    /** Contents shorter than this are kept only outside the mention of their own source. */
    static final int SHORT_MODEL_TOKENS = 3;

    /**
     * The fewest tokens before a parenthetical cue ("A, he said, B") that make A a statement of its own rather than
     * the subject of B: "Such an outcome, he argued, would ..." is one statement.
     */
    static final int MIN_CLAUSE_BEFORE_CUE = 4;

    private final Document doc;
    private final Tokens tokens;
    private final CueFinder cues;
    private final boolean[] quoted;
    private final ReportedSpeechModel model;
    private final Mode mode;

    /**
     * Where reported speech comes from. {@code RULES_FIRST}: the rules' statements, then the model's contents
     * wherever the rules found nothing; measured best on both gold sets (see README, "Reported speech").
     */
    enum Mode { RULES, RULES_FIRST }

    ReportedSpeechFinder(Document doc, CueFinder cues, ReportedSpeechModel model, Mode mode) {
        this.doc = doc;
        this.model = model;
        this.mode = mode;
        this.tokens = doc.tokens();
        this.cues = cues;
        this.quoted = new boolean[tokens.size()];
        for (QuotedSpan q : doc.quotedSpans()) {
            if (q.depth() == 0) {
                for (int i = tokens.firstAtOrAfter(q.open()); i < tokens.size() && tokens.start(i) < q.close(); i++) {
                    quoted[i] = true;
                }
            }
        }
    }

    List<Statement> find() {
        List<Statement> sure = new ArrayList<>();
        List<Statement> likely = new ArrayList<>();
        findByRules(sure, likely);
        if (mode == Mode.RULES || model == null) {
            sure.addAll(likely);
            return sure;
        }
        // Cues after the content ("..., X said") and "according to" are the rules' surest; the model's spans beat
        // the rules' "X said (that) ..." where both found something.
        List<Statement> out = new ArrayList<>(sure);
        for (Statement m : findByModel()) {
            if (!overlapsAny(m, out)) {
                out.add(m);
            }
        }
        for (Statement r : likely) {
            if (!overlapsAny(r, out)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The model's contents, each with the speaker the cue rules find around the model's cue. */
    private List<Statement> findByModel() {
        List<Statement> out = new ArrayList<>();
        Sentences sentences = doc.sentences();
        for (Attribution a : model.find(doc)) {
            int contentFirst = tokens.is(a.contentFirst(), "that") ? a.contentFirst() + 1 : a.contentFirst();
            if (doc.isBoilerplateToken(a.contentFirst()) || a.contentLast() - a.contentFirst() + 1 < MIN_MODEL_TOKENS
                    || a.contentLast() - a.contentFirst() < 8 && mostlyQuoted(a.contentFirst(), a.contentLast())
                    || contentFirst <= a.contentLast() && isOneQuotation(contentFirst, a.contentLast())
                    || cues.isNameOnly(a.contentFirst(), a.contentLast())) {
                // too short to be a statement, or a name in marks ("known as the "Open Harbour Accord"")
                continue;
            }
            if (isPassiveQuestion(a.cueFirst()) || introducesQuotation(a.contentLast())) {
                continue; // "When asked whether ...": a question put to someone; "described it as follows, "...""
            }
            int s = sentences.of(a.cueFirst());
            Cue cue = cueOf(a.cueFirst(), a.cueLast(), sentences.first(s), sentences.last(s));
            if (a.contentLast() - a.contentFirst() + 1 < SHORT_MODEL_TOKENS && cue.speaker() != null
                    && a.contentFirst() <= cue.speaker().last() && cue.speaker().first() <= a.contentLast()) {
                continue; // a scrap of the source's own mention ("..., says senior Russian diplomat")
            }
            double confidence = Math.max(0.5, Math.min(0.95, 1 / (1 + Math.exp(-a.margin() / 4))));
            out.add(new Statement(tokens.start(a.contentFirst()), tokens.end(a.contentLast()), QuoteKind.INDIRECT, cue,
                    confidence, a.contentFirst()));
        }
        return out;
    }

    /** The source of a model cue: "according to X", or the subject (or inverted subject) of its verb. */
    private Cue cueOf(int first, int last, int sentenceFirst, int sentenceLast) {
        Cue found = null;
        if (tokens.is(first, "according")) {
            found = cues.after(first, sentenceLast);
        } else {
            int verb = first;
            for (int i = first; i <= last; i++) {
                if (cues.isSpeechVerb(i)) {
                    verb = i;
                    break;
                }
            }
            found = cues.withSubject(verb, sentenceFirst, sentenceLast);
            if (found == null && verb != first) {
                found = cues.withSubject(first, sentenceFirst, sentenceLast);
            }
        }
        return found != null ? found : new Cue(first, last, null, first, last);
    }

    private static boolean overlapsAny(Statement s, List<Statement> others) {
        for (Statement o : others) {
            if (s.start() < o.end() && o.start() < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** Rule statements: those with the cue after the content or "according to" in {@code sure}, the rest in {@code likely}. */
    private void findByRules(List<Statement> sure, List<Statement> likely) {
        Sentences sentences = doc.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            int first = sentences.first(s);
            int last = sentences.last(s);
            while (last > first && (isTerminal(last) || quoted[last] && tokens.is(last, '"'))) {
                last--;
            }
            if (doc.isBoilerplateToken(first) || last - first < 3) {
                continue;
            }
            if (contentBeforeCue(first, last, sure)) {
                continue;
            }
            Statement found = accordingTo(first, last);
            if (found != null) {
                sure.add(found);
                continue;
            }
            found = contentAfterCue(first, last);
            if (found != null) {
                likely.add(found);
            }
        }
    }

    /**
     * "CONTENT, X said." / "CONTENT, says X." / "CONTENT, according to X." / "A, he argued, B.": adds what it
     * finds to {@code out} and tells whether it found any.
     */
    private boolean contentBeforeCue(int first, int last, List<Statement> out) {
        if (quoted[first]) {
            return false; // a quotation with its cue is a direct quote
        }
        for (int k = first + 3; k <= last; k++) {
            boolean mixed = closesQuotationWithComma(first, k, last);
            if (!tokens.is(k, ',') || quoted[k] && !mixed) {
                continue;
            }
            Cue cue = mixed ? cues.after(k + 2, last, false) : cues.after(k, last, false);
            if (cue == null) {
                continue;
            }
            if (isQuestionFrame(first) || cue.lastToken() + 2 <= last && (tokens.is(cue.lastToken() + 1, ',')
                    || tokens.is(cue.lastToken() + 1, ':')) && quoted[cue.lastToken() + 2]) {
                return false; // "When asked whether ..., Peskov stated, "..."": the answer is the quotation
            }
            int contentEnd = mixed ? k + 1 : k - 1; // mixed: the quotation, marks and all, ends the content
            // "A, he said, B" continues the statement; "A, said Ann Lee, who ..." goes on about the speaker
            boolean inverted = cue.speaker().first() > cue.cueLast() && !tokens.is(cue.cueFirst(), "according");
            boolean parenthetical = !inverted && cue.lastToken() + 1 <= last && tokens.is(cue.lastToken() + 1, ',')
                    && cue.lastToken() + 2 <= last && !cues.isSpeechVerb(cue.lastToken() + 2)
                    && !tokens.is(cue.lastToken() + 2, "adding") && !quoted[cue.lastToken() + 2];
            if (parenthetical) {
                contentEnd = last;
            } else if (cue.lastToken() + 1 <= last && !trailingAdverbials(cue.lastToken() + 1, last)) {
                continue;
            }
            if (!mixed && anyQuoted(first, k - 1) && mostlyQuoted(first, k - 1)) {
                return false;
            }
            if (parenthetical && k - first >= MIN_CLAUSE_BEFORE_CUE) {
                // "Lenox was a juggernaut, he said, until it went bankrupt": two statements, one either side
                out.add(statement(first, mixed ? k + 1 : k - 1, cue, 0.8));
                out.add(statement(cue.lastToken() + 2, last, cue, 0.8));
            } else {
                out.add(statement(first, contentEnd, cue, 0.8)); // "Such an outcome, he argued, would be ..."
            }
            return true;
        }
        return false;
    }

    /**
     * A comma inside quote marks right before the closing mark, with the reporter's words before the quotation:
     * the end of mixed content ("The summit achieved "too little," he added"), whose cue follows the mark.
     */
    private boolean closesQuotationWithComma(int first, int k, int last) {
        return tokens.is(k, ',') && quoted[k] && k + 2 <= last && QuoteTokens.isQuote(tokens, k + 1)
                && !quoted[k + 2] && Character.isLetterOrDigit(doc.text().codePointAt(tokens.start(first)));
    }

    /** Whether tokens {@code from..to} only add time, place or manner to a cue ("on Thursday", "in a statement"). */
    private boolean trailingAdverbials(int from, int to) {
        if (tokens.is(from, ',')) {
            return true; // ", adding ..." or a further clause: the reported part is still before the cue
        }
        for (int i = from; i <= to; i++) {
            if (tokens.is(i, "that") || quoted[i]) {
                return false;
            }
        }
        return to - from < 12;
    }

    private Statement accordingTo(int first, int last) {
        if (!tokens.is(first, "according") || first + 1 > last || !tokens.is(first + 1, "to")) {
            return null;
        }
        Cue cue = cues.after(first, last);
        if (cue == null) {
            return null;
        }
        int c = cue.lastToken() + 1;
        while (c <= last && tokens.is(c, ',')) {
            c++;
        }
        if (c > last || quoted[c] && mostlyQuoted(c, last)) {
            return null;
        }
        return statement(c, last, cue, 0.8);
    }

    /** "X said (on Monday) (that) CONTENT", "X told reporters CONTENT". */
    private Statement contentAfterCue(int first, int last) {
        for (int v = first + 1; v <= last - 2; v++) {
            if (quoted[v] || !cues.isSpeechVerb(v)) {
                continue;
            }
            Cue cue = cues.withSubject(v, first, last);
            if (cue == null || cue.speaker().first() > v) {
                continue;
            }
            int c = cue.cueLast() + 1;
            int that = findThat(c, Math.min(last, c + 12));
            boolean strong = cues.isStrongSpeechVerb(v) || tokens.is(v, "told") || tokens.is(v, "tells");
            if (that >= 0) {
                c = that + 1;
            } else if (!strong) {
                continue;
            } else {
                c = skipAdverbials(c, last);
            }
            if (c > last - 1 || tokens.is(c, ',') || tokens.is(c, ':') || NOT_CONTENT_START.contains(tokens.lower(c))
                    && that < 0 && !CLAUSE_STARTERS.contains(tokens.lower(c))) {
                continue;
            }
            if (quoted[c] && mostlyQuoted(c, last)) {
                continue; // "X said, "..."": a direct quotation
            }
            int end = contentEnd(c, last);
            int participleThat = participleThat(c, end);
            if (participleThat >= 0) {
                c = participleThat + 1; // "He reiterated Russia's opposition ..., emphasizing that CONTENT"
            } else if (that < 0 && startsNounPhrase(c) && !hasFiniteVerb(c, Math.min(end, c + 12))) {
                continue; // "acknowledged the possibility of a summit": what was acknowledged, not what was said
            }
            if (end - c < 2) {
                continue;
            }
            return statement(c, end, cue, that >= 0 || participleThat >= 0 ? 0.8 : 0.7);
        }
        return null;
    }

    private static final Set<String> FINITE_MARKERS = Set.of("is", "are", "was", "were", "will", "would", "has", "have",
            "had", "can", "could", "should", "must", "may", "might", "does", "did", "do", "won't", "can't", "isn't",
            "aren't", "wasn't", "weren't", "doesn't", "didn't", "shall");

    /** "When asked whether ...", "was asked if ...": the content is the question put, not a statement. */
    private boolean isPassiveQuestion(int cue) {
        return tokens.is(cue, "asked") && cue > 0 && (tokens.is(cue - 1, "when") || tokens.is(cue - 1, "was")
                || tokens.is(cue - 1, "were") || tokens.is(cue - 1, "being") || tokens.is(cue - 1, "been"));
    }

    /** Content followed by ", "..."" or ": "..."": an object ("it as follows") before the quotation that says it. */
    private boolean introducesQuotation(int contentLast) {
        int next = contentLast + 1;
        return next + 1 < tokens.size() && (tokens.is(next, ',') || tokens.is(next, ':')) && quoted[next + 1];
    }

    /** Tokens {@code from..to} are one quotation, marks and all: a direct quote, not reported speech. */
    private boolean isOneQuotation(int from, int to) {
        QuotedSpan q = doc.enclosingQuote(tokens.start(from));
        return q != null && tokens.start(from) == q.open() && Math.abs(tokens.end(to) - q.close()) <= 1;
    }

    /** "When asked whether ...", "Asked about ...": the frame of a question, not reported content. */
    private boolean isQuestionFrame(int first) {
        return tokens.is(first, "asked") || tokens.is(first, "when") && first + 1 < tokens.size() && tokens.is(first + 1, "asked")
                || tokens.is(first, "responding") || tokens.is(first, "answering");
    }

    /** The "that" of ", emphasizing that ..." inside {@code from..to}, or -1. */
    private int participleThat(int from, int to) {
        for (int i = from + 1; i + 2 <= to; i++) {
            if (tokens.is(i, ',') && tokens.lower(i + 1).endsWith("ing") && cues.isSpeechVerb(i + 1) && tokens.is(i + 2, "that")) {
                return i + 2;
            }
        }
        return -1;
    }

    private boolean startsNounPhrase(int c) {
        String w = tokens.lower(c);
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("his") || w.equals("her")
                || w.equals("their") || w.equals("its") || c + 1 < tokens.size() && (tokens.is(c + 1, "'s")
                || tokens.is(c + 1, "\u2019s"));
    }

    private boolean hasFiniteVerb(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (FINITE_MARKERS.contains(tokens.lower(i)) || tokens.lower(i).endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** Where reported content stops: before ", adding ..." or before a direct quotation introduced by a comma. */
    private int contentEnd(int from, int last) {
        for (int i = from + 1; i <= last; i++) {
            if (tokens.is(i, ',') && i + 1 <= last && (tokens.is(i + 1, "adding") || tokens.is(i + 1, "saying")
                    || quoted[i + 1] && tokens.start(i + 1) == doc.enclosingQuote(tokens.start(i + 1)).open())) {
                return i - 1;
            }
        }
        return last;
    }

    private int findThat(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (tokens.is(i, "that") && !quoted[i]) {
                return i;
            }
            if (tokens.is(i, ',') && i > from || tokens.is(i, '.') || quoted[i] || cues.isSpeechVerb(i)) {
                return -1;
            }
        }
        return -1;
    }

    /** Skips "on Thursday", "Monday", "in an interview with X", "last week" after a verb. */
    private int skipAdverbials(int c, int last) {
        int i = c;
        while (i <= last) {
            String w = tokens.lower(i);
            if (isDayOrTime(w)) {
                i++;
            } else if ((w.equals("on") || w.equals("last") || w.equals("this") || w.equals("earlier") || w.equals("late")
                    || w.equals("early")) && i + 1 <= last && isDayOrTime(tokens.lower(i + 1))) {
                i += 2;
            } else if ((w.equals("in") || w.equals("during") || w.equals("at")) && i + 1 <= last
                    && (tokens.is(i + 1, "a") || tokens.is(i + 1, "an") || tokens.is(i + 1, "the") || tokens.is(i + 1, "his")
                    || tokens.is(i + 1, "her"))) {
                int j = i + 2;
                while (j <= last && j - i < 10 && !tokens.is(j, ',') && !tokens.is(j, "that")) {
                    j++;
                }
                if (j <= last && tokens.is(j, ',')) {
                    i = j + 1;
                } else {
                    return i;
                }
            } else {
                return i;
            }
        }
        return i;
    }

    private static boolean isDayOrTime(String w) {
        return switch (w) {
            case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                 "tonight", "week", "month", "year", "morning", "evening", "night", "afternoon", "weekend", "also" -> true;
            default -> false;
        };
    }

    private Statement statement(int firstToken, int lastToken, Cue cue, double confidence) {
        int start = tokens.start(firstToken);
        int end = tokens.end(lastToken);
        return new Statement(start, end, QuoteKind.INDIRECT, cue, confidence, firstToken);
    }

    private boolean isTerminal(int i) {
        return tokens.is(i, '.') || tokens.is(i, '!') || tokens.is(i, '?') || tokens.is(i, ';');
    }

    private boolean anyQuoted(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (quoted[i]) {
                return true;
            }
        }
        return false;
    }

    private boolean mostlyQuoted(int from, int to) {
        int q = 0;
        for (int i = from; i <= to; i++) {
            if (quoted[i]) {
                q++;
            }
        }
        return q * 2 > to - from + 1;
    }
}
