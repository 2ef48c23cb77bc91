package org.demarche.attribution;

import java.util.Set;
import org.demarche.lang.Lexicon;
import org.demarche.mentions.Mention;
import org.demarche.pipeline.Document;
import org.demarche.text.Tokens;

/**
 * Finds "source + reporting verb" groups in the reporter's own words around a quotation or in a sentence of
 * reported speech: "..., Ryabkov added", "..., said Daryl Kimball", "he told RT on Saturday, ...",
 * "According to the Russian diplomat, ...", "― Esther Tapia".
 */
final class CueFinder {
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "would",
            "will", "could", "did", "does", "do", "also", "further", "then", "later", "again", "previously", "repeatedly",
            "recently", "earlier", "once", "already", "still", "just", "even", "reportedly", "publicly", "privately",
            "separately", "similarly", "simply", "often", "frequently", "has also", "first", "subsequently", "quickly",
            "immediately", "flatly", "bluntly", "openly", "specifically", "explicitly", "clearly", "herself", "himself",
            "themselves", "directly", "personally", "always", "never", "not", "n't", "may", "might", "should", "can");
    private static final Set<String> OBJECT_VERBS = Set.of("told", "tell", "tells", "telling", "asked", "ask", "asks",
            "informed", "assured", "warned", "urged", "reminded", "briefed", "promised", "advised");
    private static final Set<String> DASHES = Set.of("\u2015", "\u2014", "\u2013", "-", "--");
    /** Verbs that report speech only with their particle: "shot back", "fired back", "went on", "chimed in". */
    private static final java.util.Map<String, String> PHRASAL_PARTICLES = java.util.Map.of("shot", "back", "fired",
            "back", "hit", "back", "went", "on", "goes", "on", "chimed", "in", "piped", "up", "pushed", "back");

    private final Document doc;
    private final Tokens tokens;
    private final Lexicon lexicon;
    private final Phrases phrases;
    /**
     * {@link #isSpeechVerb} per token, filled on first ask ({@code 0} unknown, else {@link #VERB} or
     * {@link #NOT_VERB}): the rules ask it again and again for the same tokens, and each answer costs string
     * lookups. Belongs to this finder, which serves one document on one thread.
     */
    private final byte[] speechVerb;
    private static final byte VERB = 1;
    private static final byte NOT_VERB = 2;

    CueFinder(Document doc, Phrases phrases, Lexicon lexicon) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
        this.phrases = phrases;
        this.speechVerb = new byte[tokens.size()];
    }

    Mention nameEndingAt(int i) {
        return phrases.nameEndingAt(i);
    }

    /** Whether tokens {@code first..last} are just one name with its title ("Deputy Foreign Minister Ryabkov"). */
    boolean isNameOnly(int first, int last) {
        Mention name = phrases.nameEndingAt(last);
        return name != null && (name.roleFirst() >= 0 ? Math.min(name.roleFirst(), name.first()) : name.first()) <= first;
    }

    /** Tokens a verb may skip to reach its subject. */
    boolean isAuxiliary(int i) {
        String w = tokens.lower(i);
        return AUXILIARIES.contains(w) || w.length() > 4 && w.endsWith("ly") && tokens.isWord(i) && !tokens.isCapitalized(i);
    }

    boolean isSpeechVerb(int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        if (speechVerb[i] == 0) {
            speechVerb[i] = isSpeechVerbAt(i) ? VERB : NOT_VERB;
        }
        return speechVerb[i] == VERB;
    }

    private boolean isSpeechVerbAt(int i) {
        if (!tokens.isWord(i)) {
            return false;
        }
        String word = tokens.lower(i);
        if (tokens.isCapitalized(i) && !word.equals("said") && !word.equals("says")
                && (i == 0 || doc.sentences().of(i - 1) != doc.sentences().of(i) || tokens.isCapitalized(i - 1)
                || lexicon.isGivenName(tokens.lower(i)))) {
            return false; // a capital at a sentence start or inside a name is no verb; "Said X," and "..., Tweeted" are
        }
        if (PHRASAL_PARTICLES.containsKey(word)) {
            return i + 1 < tokens.size() && tokens.is(i + 1, PHRASAL_PARTICLES.get(word)); // "shot back", "went on"
        }
        if (word.equals("put")) {
            return i + 1 < tokens.size() && tokens.is(i + 1, "it"); // "as X put it"
        }
        if (!lexicon.isSpeechVerb(word)) {
            return false;
        }
        // "the report", "his answer", "a tweet": a noun, not a verb.
        return i == 0 || !(Phrases.DETERMINERS.contains(tokens.lower(i - 1)) || tokens.is(i - 1, "'s")
                || tokens.is(i - 1, "’s"));
    }

    boolean isStrongSpeechVerb(int i) {
        return isSpeechVerb(i) && (lexicon.isStrongSpeechVerb(tokens.lower(i)) || PHRASAL_PARTICLES.containsKey(tokens.lower(i)));
    }

    /**
     * The cue right after a quotation, in tokens {@code from..to}: ", he said", ", said X", ", X said",
     * "― Name", ", according to X".
     */
    Cue after(int from, int to) {
        return after(from, to, true);
    }

    /** As {@link #after(int, int)}; {@code afterQuote} is false after reported speech, where only verbs of saying count. */
    Cue after(int from, int to, boolean afterQuote) {
        int i = from;
        boolean dash = false;
        while (i <= to && (tokens.is(i, ',') || DASHES.contains(tokens.text(i)))) {
            dash |= DASHES.contains(tokens.text(i));
            i++;
        }
        if (i > to) {
            return null;
        }
        if (dash) {
            Mention name = phrases.nameStartingAt(i);
            if (name != null && i == from + 1) {
                return new Cue(from, from, name, from, name.last());
            }
        }
        if (tokens.is(i, "according") && i + 1 <= to && tokens.is(i + 1, "to")) {
            Mention source = phrases.startingAt(i + 2, to);
            return source == null ? null : new Cue(i, i + 1, source, i, source.last());
        }
        // "..., said X" inverts only a verb of saying: in "Ann Lee, the envoy, accused Ostrava of ..." the name
        // after the verb is its object
        if (isSpeechVerb(i) && (afterQuote || isStrongSpeechVerb(i))) {
            Mention source = phrases.startingAt(i + 1, to);
            return source == null ? null : new Cue(i, i, source, i, source.last());
        }
        // "Rep. Gwen Moore (D-Wis.) said", "Tulsa police Chief Chuck Jordan said", "X, an aide, said": find the
        // verb, then read its subject back towards the quotation.
        int reach = i + 16;
        Mention named = phrases.nameStartingAt(i);
        if (named != null && named.last() + 1 <= to && tokens.is(named.last() + 1, ',')) {
            reach = i + 40; // a long apposition: "Scott Pruitt, the Republican attorney general of Oklahoma, ..., said"
        }
        for (int v = i + 1; v <= to && v <= reach; v++) {
            if (doc.endsSentence(v) || QuoteTokens.isQuote(tokens, v)) {
                break;
            }
            if ((tokens.is(v, "which") || tokens.is(v, "who")) && tokens.is(v - 1, ',')) {
                // "Cruz, who has proposed repealing the mandate, said": skip the relative clause
                while (v + 1 <= to && !tokens.is(v + 1, ',') && !doc.endsSentence(v + 1)) {
                    v++;
                }
                continue;
            }
            if (tokens.is(v, "that") || tokens.is(v, "which") || tokens.is(v, "who")) {
                return null; // a relative clause, not the source of what came before
            }
            if (!isSpeechVerb(v) || !afterQuote && !isStrongSpeechVerb(v) && !OBJECT_VERBS.contains(tokens.lower(v))) {
                continue; // after reported speech, only a verb of saying closes it ("..., an idea Russia has agreed to")
            }
            int s = v - 1;
            while (s > i && isAuxiliary(s)) {
                s--;
            }
            Mention source = phrases.endingAt(s, i);
            if ((source == null || startOf(source) - i > 6) && named != null && tokens.is(named.last() + 1, ',')) {
                source = named; // "Nate Silver, the polling guru who founded the site tweeted": an unclosed apposition
            }
            if (source != null && startOf(source) - i <= 6) {
                return new Cue(v, cueEnd(v, to), source, i, cueEnd(v, to));
            }
            return null;
        }
        return null;
    }

    private static int startOf(Mention m) {
        return m.roleFirst() >= 0 ? Math.min(m.roleFirst(), m.first()) : m.first();
    }

    /** ", executive director of the Arms Control Association," between a name and its verb. */
    private int skipApposition(int v, int to) {
        if (v <= to && tokens.is(v, ',')) {
            for (int k = v + 1; k <= to && k - v < 30; k++) {
                if (tokens.is(k, ',') && k + 1 <= to && (isSpeechVerb(k + 1) || isAuxiliary(k + 1))) {
                    return k + 1;
                }
            }
        }
        return v;
    }

    /**
     * The cue that introduces a quotation, in tokens {@code from..to} before its opening mark: "he told RT on
     * Saturday,", "Peskov stated,", "According to the Russian diplomat,", "Trump said:", or a "NAME:" turn.
     */
    Cue before(int from, int to) {
        return before(from, to, false);
    }

    /** As {@link #before(int, int)}; with {@code acrossQuotes} the search passes earlier quotations in the sentence. */
    Cue before(int from, int to, boolean acrossQuotes) {
        int end = to;
        while (end >= from && (tokens.is(end, ',') || tokens.is(end, ':') || DASHES.contains(tokens.text(end)))) {
            end--;
        }
        if (end < from) {
            return null;
        }
        if (tokens.is(to, ':')) {
            Mention turn = phrases.nameEndingAt(end);
            int turnStart = turn == null ? -1 : turn.roleFirst() >= 0 ? Math.min(turn.roleFirst(), turn.first()) : turn.first();
            if (turn != null && (turnStart == from || turnStart > from && DASHES.contains(tokens.text(turnStart - 1)))) {
                return new Cue(to, to, turn, turnStart, to);
            }
        }
        for (int v = end; v >= from && end - v < (acrossQuotes ? 40 : 14); v--) {
            if (tokens.is(v, "according") && v + 1 <= end && tokens.is(v + 1, "to")) {
                Mention source = phrases.startingAt(v + 2, end);
                if (source != null) {
                    return new Cue(v, v + 1, source, v, end);
                }
            }
            if (isSpeechVerb(v) && (isStrongSpeechVerb(v) || OBJECT_VERBS.contains(tokens.lower(v)) || tokens.is(v, "put")
                    || end - v <= 4 || acrossQuotes)) {
                Cue cue = withSubject(v, from, end);
                if (cue != null) {
                    return cue;
                }
            }
            if (doc.endsSentence(v) || !acrossQuotes && QuoteTokens.isQuote(tokens, v)) {
                break;
            }
        }
        return null;
    }

    /** The subject of the reporting verb at {@code v} (or, inverted, the phrase after it), as a cue. */
    Cue withSubject(int v, int from, int to) {
        if (tokens.lower(v).endsWith("ing") && v - 1 >= from && tokens.is(v - 1, ',')) {
            // "Dean ... poked at Trump, tweeting, ...": a participle shares the subject of its sentence.
            // ", Spicer said, adding, ...": the participle goes with the reporting verb before it, else with the
            // subject of the sentence.
            Mention subject = null;
            for (int u = v - 2; u >= from && subject == null && !doc.endsSentence(u); u--) {
                if (isStrongSpeechVerb(u) && !tokens.lower(u).endsWith("ing")) {
                    Cue main = withSubject(u, from, v - 1);
                    subject = main == null ? null : main.speaker();
                }
            }
            if (subject == null) {
                subject = sentenceSubject(v, true);
            }
            return subject == null ? null : new Cue(v, cueEnd(v, to), subject, v, cueEnd(v, to));
        }
        if (v + 1 <= to && tokens.is(v + 1, "by") && v - 1 >= from && (tokens.is(v - 1, "was") || tokens.is(v - 1, "were")
                || tokens.is(v - 1, "been") || tokens.is(v - 1, "is"))) {
            Mention agent = phrases.startingAt(v + 2, to); // "Sanders was asked by host Bill Maher, ..."
            return agent == null ? null : new Cue(v, v + 1, agent, v, agent.last());
        }
        int s = v - 1;
        while (s >= from && isAuxiliary(s)) {
            s--;
        }
        if (s >= from && (tokens.is(s, "and") || tokens.is(s, "then") || tokens.is(s, "but"))) {
            Mention subject = sentenceSubject(v, true); // "He then adopted a fake accent and joked, ..."
            return subject == null ? null : new Cue(v, cueEnd(v, to), subject, subject.first(), cueEnd(v, to));
        }
        Mention subject = s >= from ? phrases.endingAt(s, from) : null;
        if (subject != null) {
            return new Cue(v, cueEnd(v, to), subject, Math.min(subject.first(), subject.roleFirst() >= 0
                    ? subject.roleFirst() : subject.first()), cueEnd(v, to));
        }
        Mention inverted = tokens.is(v, "put") ? null : phrases.startingAt(v + 1, to);
        if (inverted != null && (s < from || tokens.is(s, ',') || isSpeechVerb(s))) {
            return new Cue(v, v, inverted, v, inverted.last());
        }
        return null;
    }

    /**
     * The subject of the reporter's sentence that ends right before token {@code next} in the same paragraph
     * (or the paragraph before, when it ends with a colon): the likely speaker of a quotation with no cue,
     * as in "Sanders made the following comment: ..." or "X criticised the plan. "It is a mistake.""
     */
    Cue subjectOfPreviousSentence(int next) {
        int prev = next - 1;
        if (prev < 0 || doc.lineOfToken(prev) != doc.lineOfToken(next) && !tokens.is(prev, ':')
                && !(doc.lineOfToken(prev) + 2 >= doc.lineOfToken(next) && paragraphWithoutQuotes(prev))) {
            return null;
        }
        int first = doc.sentences().first(doc.sentences().of(prev));
        for (int i = first; i <= prev; i++) {
            if (QuoteTokens.isQuote(tokens, i)) {
                return null; // a split quotation: the speaker of its first part goes on
            }
        }
        Mention subject = sentenceSubject(prev);
        return subject == null ? null : new Cue(-1, -1, subject, subject.first(), subject.last());
    }

    private boolean paragraphWithoutQuotes(int token) {
        int line = doc.lineOfToken(token);
        for (int i = token; i >= 0 && doc.lineOfToken(i) == line; i--) {
            if (QuoteTokens.isQuote(tokens, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject that opens the sentence of token {@code at}: a name or "he"/"she" among its first words, or
     * right after an opening adverbial such as "On July 6, 2015,".
     */
    Mention sentenceSubject(int at) {
        return sentenceSubject(at, false);
    }

    /** As {@link #sentenceSubject(int)}; with {@code institutions} an organization or a country may be the subject. */
    Mention sentenceSubject(int at, boolean institutions) {
        int first = doc.sentences().first(doc.sentences().of(at));
        Mention subject = subjectFrom(first, at, institutions);
        if (subject == null) {
            for (int i = first + 1; i < at && i - first <= 10 && subject == null; i++) {
                if (tokens.is(i, ',')) {
                    subject = subjectFrom(i + 1, at, institutions);
                }
            }
        }
        return subject;
    }

    private Mention subjectFrom(int first, int prev, boolean institutions) {
        for (int i = first; i <= prev && i - first <= 3; i++) {
            Mention subject = tokens.is(i, "he") || tokens.is(i, "she") ? phrases.pronoun(i) : null;
            if (subject == null) {
                subject = phrases.nameStartingAt(i);
            }
            if (subject != null && (institutions || subject.type() != org.demarche.mentions.MentionType.ORGANIZATION
                    && subject.type() != org.demarche.mentions.MentionType.PLACE)) {
                return subject;
            }
            if (!tokens.isWord(i) || !Character.isUpperCase(tokens.first(i)) && i > first) {
                break;
            }
        }
        return null;
    }

    /** Where the cue phrase ends: "pointed out", "told RT", "told reporters". */
    int cueEnd(int v, int to) {
        if (v + 1 <= to && (tokens.is(v + 1, "out") || tokens.is(v + 1, "to") && tokens.is(v, "pointed")
                || PHRASAL_PARTICLES.containsKey(tokens.lower(v)))) {
            return v + 1;
        }
        if (OBJECT_VERBS.contains(tokens.lower(v)) && v + 1 <= to) {
            Mention object = phrases.startingAt(v + 1, to);
            if (object != null && object.last() <= to && object.last() - v <= 6) {
                return object.last();
            }
        }
        return v;
    }
}
