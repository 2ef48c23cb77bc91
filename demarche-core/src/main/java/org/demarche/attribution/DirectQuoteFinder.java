package org.demarche.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.demarche.article.QuoteKind;
import org.demarche.pipeline.Document;
import org.demarche.quotes.QuotedSpan;
import org.demarche.text.Tokens;

/**
 * Turns quote-mark spans into statements. A quotation that stands as its own clause (after a comma, a colon
 * or at the start of a sentence, and followed by a comma, the end of the sentence or a cue) is direct; one woven
 * into the reporter's sentence is partial. Titles, coined names and scare quotes (short, title-case or
 * introduced by "so-called", "titled" ...) are not statements and are left out.
 */
final class DirectQuoteFinder {
    private static final Set<String> TITLE_INTRODUCERS = Set.of("titled", "entitled", "dubbed", "so-called", "called",
            "named", "headlined", "nicknamed", "book", "film", "movie", "song", "show", "program", "programme", "series",
            "newspaper", "magazine", "operation", "hashtag", "slogan", "documentary", "album", "article", "column",
            "term", "word", "words", "phrase", "label", "known", "as", "motto", "banner", "brand", "campaign", "plan",
            "initiative", "doctrine", "formula", "strategy", "treaty", "agreement", "act", "bill", "law");

    private static final Set<String> NAMING_WORDS = Set.of("titled", "entitled", "dubbed", "so-called", "headlined",
            "nicknamed", "hashtag", "named", "slogan", "motto");

    private final Document doc;
    private final Tokens tokens;
    private final CueFinder cues;

    DirectQuoteFinder(Document doc, CueFinder cues) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.cues = cues;
    }

    List<Statement> find() {
        List<QuotedSpan> top = new ArrayList<>();
        for (QuotedSpan q : doc.quotedSpans()) {
            if (q.depth() == 0 && q.length() > 0 && !doc.isBoilerplate(q.contentStart())) {
                top.add(q);
            }
        }
        List<Statement> out = new ArrayList<>();
        int headline = headlineLine();
        for (int k = 0; k < top.size(); k++) {
            QuotedSpan q = top.get(k);
            QuotedSpan previous = k > 0 ? top.get(k - 1) : null;
            int openTok = tokens.firstAtOrAfter(q.open());
            int closeTok = q.closed() ? tokens.lastEndingBy(q.close()) : tokens.lastEndingBy(q.contentEnd());
            if (tokens.firstAtOrAfter(q.contentStart()) >= tokens.size() || openTok >= tokens.size()) {
                continue;
            }
            int beforeFrom = clauseStart(openTok, previous);
            int afterTo = q.closed() ? clauseEnd(closeTok, k + 1 < top.size() ? top.get(k + 1) : null) : closeTok;
            boolean opensSentence = beforeFrom >= openTok;
            boolean standaloneStart = opensSentence || endsClause(openTok - 1);
            boolean standaloneEnd = !q.closed() || afterTo <= closeTok || startsAfterClause(closeTok + 1)
                    || endsWithTerminal(q);
            boolean introduced = openTok > 0 && tokens.is(openTok - 1, ':') || opensSentence && continuesQuote(previous, q);
            int words = wordCount(q);
            if (!introduced && isTitleCase(q) && words <= 10 || isNamedAsTitle(openTok) && words <= 8
                    || words <= 3 && doc.lines().of(q.open()) == headline) {
                continue; // "Face the Nation," a spot titled "Arrogant", a headline's 'Terrifying': not speech
            }
            QuoteKind kind = standaloneStart && standaloneEnd ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
            Cue cue = findCue(q, openTok, closeTok, beforeFrom, afterTo, kind);
            if (kind == QuoteKind.PARTIAL && cue == null) {
                continue; // quoted words nobody is said to have said: a title, a term or a scare quote
            }
            if (kind == QuoteKind.DIRECT && cue == null && !introduced && isTitleOrScare(q, openTok) && words <= 4) {
                continue;
            }
            double confidence = cue == null ? (kind == QuoteKind.DIRECT ? 0.6 : 0.5) : cue.cueFirst() < 0 ? 0.7 : 0.9;
            out.add(new Statement(q.contentStart(), q.contentEnd(), kind, cue, confidence, openTok));
        }
        return out;
    }

    /**
     * The cue of a quotation, tried in order: right after it (", he said"), in the clause before it ("he told RT,"),
     * in the paragraph before when it ends with a colon, the subject of the sentence before, and for a quotation
     * woven into a sentence, any cue of that sentence.
     */
    private Cue findCue(QuotedSpan q, int openTok, int closeTok, int beforeFrom, int afterTo, QuoteKind kind) {
        boolean cueMayFollow = q.closed() && afterTo > closeTok && !startsSubordinateClause(closeTok + 1)
                && !introducesNextQuote(q, afterTo) && !startsNewSentence(q, closeTok + 1);
        Cue cue = cueMayFollow ? cues.after(closeTok + 1, afterTo) : null;
        if (cue == null && beforeFrom < openTok) {
            cue = cues.before(beforeFrom, openTok - 1);
        }
        if (cue == null && beforeFrom >= openTok) {
            cue = introducedByPreviousParagraph(openTok);
        }
        if (cue == null && beforeFrom >= openTok) {
            cue = cues.subjectOfPreviousSentence(openTok);
        }
        if (cue == null && kind == QuoteKind.PARTIAL) {
            cue = cueOfSentence(openTok);
        }
        if (cue == null && kind == QuoteKind.DIRECT && openTok > 0 && tokens.is(openTok - 1, ':')) {
            cue = lastNamedBefore(openTok); // "President Obama is rolling out a new message: "It's about me.""
        }
        return cue;
    }

    /**
     * For a quotation woven into a sentence: a cue anywhere earlier in the sentence, past other quotations
     * ("preceded by 'thorough preparation' and 'substantial filling'"), else the sentence's subject when it is a
     * person ("He drew attention to ... 'rabid opponents'").
     */
    private Cue cueOfSentence(int openTok) {
        int sentence = doc.sentences().of(openTok);
        int first = doc.sentences().first(sentence);
        if (first < openTok) {
            Cue cue = cues.before(first, openTok - 1, true);
            if (cue != null) {
                return cue;
            }
        }
        // A cue closing the sentence: "... 'only on an equal basis,' but ..., says Deputy Foreign Minister Ryabkov"
        int last = doc.sentences().last(sentence);
        for (int i = openTok + 1; i < last; i++) {
            if (tokens.is(i, ',') && doc.enclosingQuote(tokens.start(i)) == null) {
                Cue trailing = cues.after(i, last);
                if (trailing != null && (trailing.lastToken() + 1 >= last || tokens.is(trailing.lastToken() + 1, ',')
                        || doc.endsSentence(trailing.lastToken() + 1))) {
                    return trailing;
                }
            }
        }
        org.demarche.mentions.Mention subject = cues.sentenceSubject(openTok);
        if (subject == null) {
            return null;
        }
        for (int i = subject.last() + 1; i < openTok; i++) {
            if (tokens.is(i, "that")) {
                return new Cue(-1, -1, subject, subject.first(), subject.last());
            }
        }
        return null;
    }

    /**
     * The headline, where short quoted words are emphasis rather than speech: the first line of prose when it is
     * unpunctuated or in headline capitals; -1 when the text opens with an ordinary sentence.
     */
    private int headlineLine() {
        for (int line = 0; line < doc.lines().size(); line++) {
            if (doc.lines().isBlank(line) || doc.boilerplateLines()[line]) {
                continue;
            }
            String text = withoutClosingMarks(doc.lines().text(line).strip());
            if (text.isEmpty()) {
                return -1;
            }
            char last = text.charAt(text.length() - 1);
            int longWords = 0;
            int capitalized = 0;
            for (String w : text.split("\\s+")) {
                if (w.length() > 3) {
                    longWords++;
                    capitalized += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
                }
            }
            boolean unpunctuated = ".!?".indexOf(last) < 0;
            boolean bodyFollows = false;
            for (int next = line + 1; next < doc.lines().size() && !bodyFollows; next++) {
                bodyFollows = !doc.lines().isBlank(next);
            }
            return bodyFollows && (unpunctuated || capitalized * 10 >= longWords * 6) ? line : -1;
        }
        return -1;
    }

    /** {@code text} without the closing quote marks and brackets at its end. */
    private static String withoutClosingMarks(String text) {
        int end = text.length();
        while (end > 0 && "\"'\u201d\u2019\u00bb)".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The content's last character, past the marks of a quote nested at its end ("... darn it,'"). */
    private char lastCharBeforeMarks(QuotedSpan q) {
        int i = q.contentEnd() - 1;
        while (i > q.contentStart() && "'\u2019\u201d\"\u00bb".indexOf(doc.text().charAt(i)) >= 0) {
            i--;
        }
        return doc.text().charAt(i);
    }

    /** A quotation right after "titled", "dubbed", "so-called" ...: the name of something. */
    private boolean isNamedAsTitle(int openTok) {
        return openTok > 0 && NAMING_WORDS.contains(tokens.lower(openTok - 1));
    }

    /** The first token of the reporter's clause that ends at the opening mark. */
    private int clauseStart(int openTok, QuotedSpan previous) {
        int line = doc.lineOfToken(openTok);
        int i = openTok - 1;
        while (i >= 0 && doc.lineOfToken(i) == line) {
            if (previous != null && tokens.end(i) <= previous.close()) {
                break;
            }
            if (doc.endsSentence(i)) {
                break;
            }
            i--;
        }
        return i + 1;
    }

    /** The last token of the reporter's clause after the closing mark. */
    private int clauseEnd(int closeTok, QuotedSpan next) {
        int line = doc.lineOfToken(closeTok);
        int i = closeTok + 1;
        int last = closeTok;
        while (i < tokens.size() && doc.lineOfToken(i) == line) {
            if (next != null && tokens.start(i) >= next.open()) {
                break;
            }
            last = i;
            if (doc.endsSentence(i)) {
                break;
            }
            i++;
        }
        return last;
    }

    /** The last person named in the sentence before token {@code openTok}, as a cue without cue words. */
    private Cue lastNamedBefore(int openTok) {
        int first = doc.sentences().first(doc.sentences().of(openTok - 1));
        for (int i = openTok - 1; i >= first; i--) {
            org.demarche.mentions.Mention name = cues.nameEndingAt(i);
            if (name != null && name.type() != org.demarche.mentions.MentionType.ORGANIZATION
                    && name.type() != org.demarche.mentions.MentionType.PLACE) {
                return new Cue(-1, -1, name, name.first(), name.last());
            }
        }
        return null;
    }

    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "He", "She", "They", "It", "This",
            "That", "These", "Those", "Her", "His", "Their", "Its", "Our", "I", "We", "But", "And", "In", "On");

    /** "...?" The star then recalled ...: after a quotation that ends its sentence, a new sentence is no cue. */
    private boolean startsNewSentence(QuotedSpan q, int next) {
        char last = lastCharBeforeMarks(q);
        return (last == '.' || last == '?' || last == '!') && next < tokens.size()
                && SENTENCE_OPENERS.contains(tokens.text(next));
    }

    /** A quotation that carries on the one just before it in the same paragraph ("...," he added. "We're America."). */
    private boolean continuesQuote(QuotedSpan previous, QuotedSpan q) {
        return previous != null && doc.lines().of(previous.open()) == doc.lines().of(q.open());
    }

    /**
     * "...terrorists." Mr. Zahed said: "The attack..." — after a quotation that ends its sentence, a cue ending in
     * a colon or comma right before the next quotation belongs to that next one.
     */
    private boolean introducesNextQuote(QuotedSpan q, int afterTo) {
        char last = lastCharBeforeMarks(q);
        boolean sentenceEnded = last == '.' || last == '?' || last == '!';
        return sentenceEnded && (tokens.is(afterTo, ':') || tokens.is(afterTo, ','))
                && afterTo + 1 < tokens.size() && QuoteTokens.isQuote(tokens, afterTo + 1);
    }

    /** "..." when Clinton blasted him: a clause about something else, not the quotation's cue. */
    private boolean startsSubordinateClause(int i) {
        int k = i < tokens.size() && tokens.is(i, ',') ? i + 1 : i;
        return k < tokens.size() && (tokens.is(k, "when") || tokens.is(k, "while") || tokens.is(k, "after")
                || tokens.is(k, "before") || tokens.is(k, "because") || tokens.is(k, "if") || tokens.is(k, "as")
                || tokens.is(k, "since") || tokens.is(k, "although") || tokens.is(k, "until"));
    }

    private boolean endsClause(int i) {
        return i >= 0 && (tokens.is(i, ',') || tokens.is(i, ':') || tokens.is(i, '\u2014') || tokens.is(i, '\u2013')
                || tokens.is(i, '(') || tokens.is(i, '-'));
    }

    private boolean startsAfterClause(int i) {
        if (i >= tokens.size()) {
            return true;
        }
        return tokens.is(i, ',') || tokens.is(i, '.') || tokens.is(i, ';') || tokens.is(i, '!') || tokens.is(i, '?')
                || tokens.is(i, ')') || tokens.is(i, '\u2014') || tokens.is(i, '\u2015') || tokens.is(i, '\u2013')
                || tokens.is(i, ':') || cues.isSpeechVerb(i);
    }

    private boolean endsWithTerminal(QuotedSpan q) {
        char last = lastCharBeforeMarks(q);
        return last == '.' || last == '!' || last == '?' || last == ',' || last == '\u2026';
    }

    /** A quotation opening a paragraph whose previous paragraph ends "X said:" or "X continued:". */
    private Cue introducedByPreviousParagraph(int openTok) {
        int prev = openTok - 1;
        if (prev < 0 || !tokens.is(prev, ':') || doc.lineOfToken(prev) == doc.lineOfToken(openTok)) {
            return null;
        }
        int from = prev;
        int line = doc.lineOfToken(prev);
        while (from - 1 >= 0 && doc.lineOfToken(from - 1) == line && !tokens.is(from - 1, '.')) {
            from--;
        }
        return cues.before(from, prev);
    }

    private boolean isTitleOrScare(QuotedSpan q, int openTok) {
        int words = wordCount(q);
        if (openTok > 0 && TITLE_INTRODUCERS.contains(tokens.lower(openTok - 1)) && words <= 8) {
            return true;
        }
        if (openTok > 1 && tokens.is(openTok - 1, "the") && TITLE_INTRODUCERS.contains(tokens.lower(openTok - 2))) {
            return true;
        }
        if (words <= 3) {
            return true;
        }
        return false;
    }

    private int wordCount(QuotedSpan q) {
        int first = tokens.firstAtOrAfter(q.contentStart());
        int count = 0;
        for (int i = first; i < tokens.size() && tokens.end(i) <= q.contentEnd(); i++) {
            if (tokens.isWord(i) || tokens.isNumber(i)) {
                count++;
            }
        }
        return count;
    }

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "at", "to",
            "for", "is", "be", "by", "with", "from", "as", "vs", "nor", "but");

    /**
     * Headline capitalisation: every word but small ones capitalised, with at least one capital after the first
     * word, and no question or exclamation at the end ("Face the Nation," but not "We're America.").
     */
    private boolean isTitleCase(QuotedSpan q) {
        char last = doc.text().charAt(q.contentEnd() - 1);
        if (last == '?' || last == '!') {
            return false;
        }
        int first = tokens.firstAtOrAfter(q.contentStart());
        int laterCapitals = 0;
        boolean firstWord = true;
        for (int i = first; i < tokens.size() && tokens.end(i) <= q.contentEnd(); i++) {
            if (!tokens.isWord(i)) {
                continue;
            }
            if (tokens.isCapitalized(i)) {
                if (!firstWord && !tokens.is(i, "I")) {
                    laterCapitals++;
                }
            } else if (!SMALL_WORDS.contains(tokens.lower(i)) && !tokens.text(i).startsWith("'")) {
                return false;
            }
            firstWord = false;
        }
        return laterCapitals >= 1;
    }

}
