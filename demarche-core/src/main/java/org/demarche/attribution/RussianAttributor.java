package org.demarche.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.demarche.article.Quote;
import org.demarche.article.QuoteKind;
import org.demarche.article.Span;
import org.demarche.lang.Lexicon;
import org.demarche.lang.Lexicon.Gender;
import org.demarche.lang.RussianCases;
import org.demarche.mentions.Mention;
import org.demarche.mentions.MentionType;
import org.demarche.people.ArticlePeople;
import org.demarche.people.ArticlePeople.Entity;
import org.demarche.pipeline.Document;
import org.demarche.quotes.QuotedSpan;
import org.demarche.text.Tokens;

/**
 * Finds the statements of a Russian article and their speakers. Russian wire copy reports speech in a few fixed
 * constructions, each read here by rule, over the reporting verbs, titles and names of {@code lang/ru/}:
 * <ul>
 *   <li>a quotation followed by a dash and the cue: {@code «…», — сказал Рябков.}, also split by the cue:
 *       {@code «…, — заявила она. — …»};</li>
 *   <li>a cue and a colon before it: {@code Белова добавила: «…»};</li>
 *   <li>a quoted fragment in the reporter's sentence: {@code назвала обвинения «голословными»} (partial);</li>
 *   <li>reported speech: {@code X заявил, что …}, {@code По словам X, …}, {@code Как сообщил X, …},
 *       {@code …, заявил X.} and {@code …. Об этом сообщил X.}</li>
 * </ul>
 * Speakers are names (in any case: "по словам Рябкова" is Рябков), он/она, or a description ("дипломат",
 * "замминистра") of the person quoted last; the verb's gender (сказала) settles whom a pronoun means. Stateless.
 */
public final class RussianAttributor {
    private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "-", "\u2015");
    private static final Set<String> PRONOUNS_MALE = Set.of("он", "его");
    private static final Set<String> PRONOUNS_FEMALE = Set.of("она", "ее", "её");
    /** "По словам X", "по мнению X", "по оценке X": the source in the genitive, then the statement. */
    private static final Set<String> ACCORDING_NOUNS = Set.of("словам", "мнению", "оценке", "убеждению");
    /** Openings that point back to the previous sentence: "Об этом сообщил X", "Такое заявление сделал X". */
    private static final List<List<String>> BACK_REFERENCES = List.of(List.of("об", "этом"),
            List.of("такое", "заявление"), List.of("с", "таким", "заявлением"), List.of("это", "заявление"));
    /** The verbs of "Такое заявление сделал X" and "С таким заявлением выступил X". */
    private static final Set<String> STATEMENT_VERBS = Set.of("сделал", "сделала", "сделали", "выступил", "выступила",
            "выступили");
    /** How far a "что" may follow its verb: "выразила уверенность, что", "указал на то, что". */
    private static final int VERB_TO_THAT = 5;
    /** How far back in its clause a partial quotation looks for its verb: "назвал требование о гарантиях «…»". */
    private static final int PARTIAL_REACH = 10;

    private final Lexicon lexicon;

    public RussianAttributor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A statement before its speaker is resolved: content offsets, the cue's verb token, and where its source is. */
    private record Found(int start, int end, QuoteKind kind, int verb, Source source) {
    }

    /** The tokens naming the source, or none (-1) when the statement continues the previous speaker. */
    private record Source(int first, int last) {
        static final Source NONE = new Source(-1, -1);
    }

    /**
     * The statements of {@code doc} with their speakers, in text order; {@code dateline} (or null) is the wire
     * dateline that opens the article ("БЕЛГРАВСК, 12 марта. /ВАН/."), never part of a statement.
     */
    public List<Quote> attribute(Document doc, List<Mention> names, ArticlePeople people, Span dateline) {
        Reading reading = new Reading(doc, names, people, dateline);
        List<Found> found = new ArrayList<>();
        reading.quotations(found);
        reading.reportedSpeech(found);
        found.sort(Comparator.comparingInt(Found::start));
        List<Quote> quotes = new ArrayList<>();
        Entity previous = null;
        int previousLine = -1;
        for (Found f : found) {
            int line = doc.lines().of(f.start());
            Entity speaker = f.source() == Source.NONE ? null : reading.resolve(f.source(), f.verb(), previous);
            Mention mention = f.source() == Source.NONE ? null : reading.mentionAt(f.source().first());
            if (speaker == null && (f.source() == Source.NONE || mention == null) && previous != null
                    && line - previousLine <= 2) {
                speaker = previous; // a quotation with no cue of its own goes on with the speaker before it
            }
            if (speaker != null) {
                previous = speaker;
                previousLine = line;
            }
            quotes.add(reading.toQuote(f, speaker, mention));
        }
        return quotes;
    }

    /** The rules applied to one document. */
    private final class Reading {
        private final Document doc;
        private final Tokens tokens;
        private final List<Mention> names;
        private final ArticlePeople people;
        private final Mention[] mentionAt;
        private final int datelineEnd;

        Reading(Document doc, List<Mention> names, ArticlePeople people, Span dateline) {
            this.doc = doc;
            this.datelineEnd = dateline == null ? -1 : dateline.end();
            this.tokens = doc.tokens();
            this.names = names;
            this.people = people;
            this.mentionAt = new Mention[tokens.size()];
            for (Mention m : names) {
                for (int t = m.hasRole() ? Math.min(m.roleFirst(), m.first()) : m.first(); t <= m.last(); t++) {
                    mentionAt[t] = m;
                }
            }
        }

        Mention mentionAt(int token) {
            return token >= 0 && token < mentionAt.length ? mentionAt[token] : null;
        }

        // ---- quotations -------------------------------------------------------------------------------------

        void quotations(List<Found> out) {
            for (QuotedSpan q : doc.quotedSpans()) {
                if (q.depth() > 0 || q.length() == 0 || doc.isBoilerplate(q.contentStart())) {
                    continue;
                }
                int firstInside = tokens.firstAtOrAfter(q.contentStart());
                int lastInside = tokens.lastEndingBy(q.contentEnd());
                if (firstInside < 0 || lastInside < firstInside) {
                    continue;
                }
                if (splitByCue(q, firstInside, lastInside, out)) {
                    continue;
                }
                int afterClose = tokens.firstAtOrAfter(q.contentEnd() + 1);
                Found dashed = dashCue(q.contentStart(), q.contentEnd(), afterClose);
                if (dashed != null) {
                    out.add(dashed);
                    continue;
                }
                int beforeOpen = firstInside - 2; // the token before the opening mark
                if (beforeOpen >= 0 && tokens.is(beforeOpen, ':') && doc.lines().of(tokens.start(beforeOpen))
                        == doc.lines().of(q.contentStart())) {
                    out.add(colonCue(q, beforeOpen));
                } else if (opensParagraph(q)) {
                    out.add(new Found(q.contentStart(), q.contentEnd(), QuoteKind.DIRECT, -1, Source.NONE));
                } else if (beforeOpen >= 0) {
                    Found partial = partial(q, beforeOpen);
                    if (partial != null) {
                        out.add(partial);
                    }
                }
            }
        }

        /** {@code «A, — сказала она. — B»}: two quotations with the cue between them. */
        private boolean splitByCue(QuotedSpan q, int firstInside, int lastInside, List<Found> out) {
            for (int t = firstInside + 1; t + 2 < lastInside; t++) {
                if (!tokens.is(t, ',') || !DASHES.contains(tokens.text(t + 1)) || !isSpeechVerb(t + 2)) {
                    continue;
                }
                for (int back = t + 3; back + 1 <= lastInside; back++) {
                    if ((tokens.is(back, '.') || tokens.is(back, ',')) && DASHES.contains(tokens.text(back + 1))
                            && back + 2 <= lastInside) {
                        Source source = subjectAfter(t + 3, back - 1);
                        out.add(new Found(q.contentStart(), tokens.start(t), QuoteKind.DIRECT, t + 2, source));
                        out.add(new Found(tokens.start(back + 2), q.contentEnd(), QuoteKind.DIRECT, t + 2, source));
                        return true;
                    }
                }
            }
            return false;
        }

        /** {@code «…», — заявил Рябков}: the dash after the closing mark, then the verb and its subject. */
        private Found dashCue(int start, int end, int i) {
            if (i >= 0 && i < tokens.size() && tokens.is(i, ',')) {
                i++;
            }
            if (i < 0 || i + 1 >= tokens.size() || !DASHES.contains(tokens.text(i))
                    || doc.lines().of(tokens.start(i)) != doc.lines().of(start)) {
                return null;
            }
            int sentenceEnd = doc.sentences().last(doc.sentences().of(i + 1));
            for (int v = i + 1; v <= Math.min(i + 2, sentenceEnd); v++) {
                if (isVerbOfSaying(v)) {
                    return new Found(start, end, QuoteKind.DIRECT, v, subjectAfter(v + 1, sentenceEnd));
                }
            }
            return null;
        }

        /** {@code X подчеркнул: «…»}: the verb and its subject in the clause before the colon. */
        private Found colonCue(QuotedSpan q, int colon) {
            int first = doc.sentences().first(doc.sentences().of(colon));
            for (int v = colon - 1; v >= first; v--) {
                if (isVerbOfSaying(v)) {
                    Source source = subjectBefore(v - 1, first);
                    if (source == Source.NONE) {
                        source = subjectAfter(v + 1, colon - 1);
                    }
                    return new Found(q.contentStart(), q.contentEnd(), QuoteKind.DIRECT, v, source);
                }
            }
            return new Found(q.contentStart(), q.contentEnd(), QuoteKind.DIRECT, -1, Source.NONE);
        }

        /** {@code назвал решение «ошибкой»}: a fragment quoted after a verb of saying or naming in the same clause. */
        private Found partial(QuotedSpan q, int beforeOpen) {
            if (isQuotedName(q)) {
                return null;
            }
            int first = doc.sentences().first(doc.sentences().of(beforeOpen));
            for (int v = beforeOpen; v >= first && beforeOpen - v <= PARTIAL_REACH && !tokens.is(v, ','); v--) {
                if (isVerbOfSaying(v)) {
                    return new Found(q.contentStart(), q.contentEnd(), QuoteKind.PARTIAL, v, subjectBefore(v - 1, first));
                }
            }
            return null;
        }

        /**
         * A name in quote marks, not words someone said: up to three words starting with a capital
         * ("телеканал «Орлен-24»", "газопровод «Северный поток»"). Quoted fragments of speech start in lower case.
         */
        private boolean isQuotedName(QuotedSpan q) {
            String content = doc.text().substring(q.contentStart(), q.contentEnd()).strip();
            return !content.isEmpty() && Character.isUpperCase(content.charAt(0)) && content.split("\\s+").length <= 3;
        }

        private boolean opensParagraph(QuotedSpan q) {
            int line = doc.lines().of(q.open());
            return doc.text().substring(doc.lines().start(line), q.open()).isBlank();
        }

        // ---- reported speech --------------------------------------------------------------------------------

        void reportedSpeech(List<Found> out) {
            for (int s = 0; s < doc.sentences().size(); s++) {
                int first = doc.sentences().first(s);
                int last = doc.sentences().last(s);
                if (doc.isBoilerplateToken(first) || insideQuote(first)) {
                    continue;
                }
                int end = last;
                while (end > first && !tokens.isWord(end) && !tokens.isNumber(end) && !isClosingMark(end)) {
                    end--; // the sentence's final punctuation is not part of the statement
                }
                Found f = accordingTo(first, end);
                if (f == null) {
                    f = asSaid(first, end);
                }
                if (f == null) {
                    f = saidThat(first, end);
                }
                if (f == null) {
                    f = contentThenCue(first, end);
                }
                if (f == null && s > 0) {
                    f = backReference(s, first, end);
                }
                if (f != null && f.end() > f.start()) {
                    out.add(f);
                }
            }
        }

        /** {@code По словам X, …}, {@code По ее словам, …}, and {@code …, по его словам, …} inside a sentence. */
        private Found accordingTo(int first, int end) {
            for (int p = first; p + 2 <= end; p++) {
                if (!tokens.is(p, "по") && !tokens.is(p, "По") || insideQuote(p)) {
                    continue;
                }
                boolean pronoun = isPronoun(p + 1) && ACCORDING_NOUNS.contains(tokens.lower(p + 2));
                if (!pronoun && !ACCORDING_NOUNS.contains(tokens.lower(p + 1))) {
                    continue;
                }
                int comma = nextComma(p + 2, end);
                if (comma < 0) {
                    return null;
                }
                Source source = pronoun ? new Source(p + 1, p + 1) : subjectAfter(p + 2, comma - 1);
                if (source == Source.NONE) {
                    return null;
                }
                if (p == first) {
                    return comma + 1 <= end ? found(comma + 1, end, p, source) : null;
                }
                return found(first, end, p, source); // "Вопрос, по его словам, остается открытым"
            }
            return null;
        }

        /** {@code Как сообщил X, …}. */
        private Found asSaid(int first, int end) {
            if (!tokens.is(first, "Как") || !isVerbOfSaying(first + 1)) {
                return null;
            }
            int comma = nextComma(first + 2, end);
            if (comma < 0 || comma + 1 > end) {
                return null;
            }
            Source source = subjectAfter(first + 2, comma - 1);
            return source == Source.NONE ? null : found(comma + 1, end, first + 1, source);
        }

        /** {@code X заявил, что …}, {@code Она выразила уверенность, что …}. */
        private Found saidThat(int first, int end) {
            for (int k = first + 2; k < end; k++) {
                if (!tokens.is(k, "что") || !tokens.is(k - 1, ',') || insideQuote(k)) {
                    continue;
                }
                for (int v = k - 2; v >= first && k - v <= VERB_TO_THAT; v--) {
                    if (isVerbOfSaying(v)) {
                        Source source = subjectBefore(v - 1, first);
                        if (source == Source.NONE) {
                            source = subjectAfter(v + 1, k - 2);
                        }
                        return source == Source.NONE ? null : found(k + 1, end, v, source);
                    }
                }
            }
            return null;
        }

        /** {@code …, заявил журналистам замминистра Алексей Дравин.}: the statement, a comma, then the cue. */
        private Found contentThenCue(int first, int end) {
            for (int c = first + 2; c + 1 <= end; c++) {
                if (tokens.is(c, ',') && isVerbOfSaying(c + 1) && !insideQuote(c) && !isQuotation(first, c - 1)) {
                    Source source = subjectAfter(c + 2, end);
                    if (source != Source.NONE && mentionAt(source.first()) != null) {
                        return found(contentStart(first), c - 1, c + 1, source);
                    }
                }
            }
            return null;
        }

        /** {@code …. Об этом сообщил X.}: the previous sentence is the statement. */
        private Found backReference(int sentence, int first, int end) {
            for (List<String> opening : BACK_REFERENCES) {
                int v = first + opening.size();
                if (v > end || !startsWith(first, opening)) {
                    continue;
                }
                int verb = -1;
                for (int t = v; t <= Math.min(end, v + 2); t++) {
                    if (isVerbOfSaying(t) || STATEMENT_VERBS.contains(tokens.lower(t))) {
                        verb = t;
                        break;
                    }
                }
                Source source = verb < 0 ? Source.NONE : subjectAfter(verb + 1, end);
                if (source == Source.NONE) {
                    return null;
                }
                int previousFirst = doc.sentences().first(sentence - 1);
                int previousEnd = doc.sentences().last(sentence - 1);
                while (previousEnd > previousFirst && !tokens.isWord(previousEnd) && !tokens.isNumber(previousEnd)) {
                    previousEnd--;
                }
                if (insideQuote(previousFirst) || doc.lineOfToken(previousFirst) != doc.lineOfToken(first)) {
                    return null;
                }
                return found(contentStart(previousFirst), previousEnd, verb, source);
            }
            return null;
        }

        private boolean startsWith(int at, List<String> words) {
            for (int w = 0; w < words.size(); w++) {
                if (!tokens.lower(at + w).equals(words.get(w))) {
                    return false;
                }
            }
            return true;
        }

        /** The first token of a statement that opens a sentence: the first word after the dateline, if any. */
        private int contentStart(int first) {
            int t = first;
            while (t < tokens.size() - 1 && (tokens.start(t) < datelineEnd || !tokens.isWord(t) && !tokens.isNumber(t))) {
                t++;
            }
            return t;
        }

        private Found found(int firstToken, int lastToken, int verb, Source source) {
            return new Found(tokens.start(firstToken), tokens.end(lastToken), QuoteKind.INDIRECT, verb, source);
        }

        // ---- sources and speakers ---------------------------------------------------------------------------

        /** The source named after a verb: the first name, pronoun or description in {@code from..to}. */
        private Source subjectAfter(int from, int to) {
            Source description = Source.NONE;
            for (int t = from; t <= to && t < tokens.size(); t++) {
                Mention m = mentionAt(t);
                if (m != null && m.type() == MentionType.PERSON) {
                    return new Source(m.first(), m.last());
                }
                if (m != null && m.type() == MentionType.SURNAME && resolveName(m.name(), t) != null) {
                    return new Source(t, t);
                }
                if (isPronoun(t)) {
                    return new Source(t, t);
                }
                if (description == Source.NONE && isDescription(t)) {
                    description = new Source(t, t);
                }
            }
            return description;
        }

        /** The source before a verb: the nearest name, pronoun or description, reading back from {@code from}. */
        private Source subjectBefore(int from, int first) {
            for (int t = from; t >= first; t--) {
                Mention m = mentionAt(t);
                if (m != null && m.type() == MentionType.PERSON) {
                    return new Source(m.first(), m.last());
                }
                if (m != null && m.type() == MentionType.SURNAME && resolveName(m.name(), t) != null) {
                    return new Source(t, t);
                }
                if (isPronoun(t) || isDescription(t)) {
                    return new Source(t, t);
                }
            }
            return Source.NONE;
        }

        /** The person a source denotes: by name (in any case), or for он/она and descriptions the one quoted last. */
        Entity resolve(Source source, int verb, Entity previous) {
            Mention m = mentionAt(source.first());
            if (m != null && m.type() == MentionType.PERSON) {
                return people.of(m) != null ? people.of(m) : people.addSpeaker(m);
            }
            if (m != null && m.type() == MentionType.SURNAME) {
                return resolveName(m.name(), source.first());
            }
            Gender gender = genderOf(source.first(), verb);
            if (previous != null && compatible(previous.gender(), gender)) {
                return previous;
            }
            Entity nearest = null;
            for (Mention named : names) {
                if (named.first() >= source.first()) {
                    break;
                }
                Entity e = named.type() == MentionType.PERSON ? people.of(named)
                        : named.type() == MentionType.SURNAME ? resolveName(named.name(), named.first()) : null;
                if (e != null && !e.organization() && compatible(e.gender(), gender)) {
                    nearest = e;
                }
            }
            return nearest;
        }

        private Entity resolveName(String word, int at) {
            for (String candidate : RussianCases.nominatives(word)) {
                Entity e = people.find(candidate, at);
                if (e != null && !e.organization()) {
                    return e;
                }
            }
            return null;
        }

        /** Gender from the pronoun, else from the verb's past ending (сказала, сказал). */
        private Gender genderOf(int source, int verb) {
            String word = tokens.lower(source);
            Gender described = RussianCases.nominatives(word).stream().map(lexicon::descriptorGender)
                    .filter(g -> g != Gender.UNKNOWN).findFirst().orElse(Gender.UNKNOWN);
            if (PRONOUNS_FEMALE.contains(word)) {
                return Gender.FEMALE;
            }
            if (PRONOUNS_MALE.contains(word)) {
                return Gender.MALE;
            }
            if (verb >= 0) {
                String v = tokens.lower(verb);
                if (v.endsWith("ла") || v.endsWith("лась")) {
                    return Gender.FEMALE;
                }
                if (v.endsWith("л") || v.endsWith("лся")) {
                    return Gender.MALE;
                }
            }
            return described;
        }

        private static boolean compatible(Gender a, Gender b) {
            return a == Gender.UNKNOWN || b == Gender.UNKNOWN || a == b;
        }

        Quote toQuote(Found f, Entity speaker, Mention mention) {
            Span content = Span.of(doc.text(), f.start(), f.end());
            Span mentionSpan = f.source() == Source.NONE ? null
                    : Span.of(doc.text(), tokens.start(f.source().first()), tokens.end(f.source().last()));
            Span cue = f.verb() < 0 ? null : Span.of(doc.text(), tokens.start(f.verb()), tokens.end(f.verb()));
            String role = mention != null && mention.hasRole() ? doc.tokenText(mention.roleFirst(), mention.roleLast())
                    : speaker != null && !speaker.roles().isEmpty() ? speaker.roles().iterator().next() : null;
            double confidence = speaker == null ? 0.5 : f.verb() < 0 ? 0.7 : 0.9;
            return new Quote(content, f.kind(), speaker == null ? null : speaker.name(), role, mentionSpan, cue,
                    confidence, null);
        }

        // ---- tokens -----------------------------------------------------------------------------------------

        /** A reporting verb in the reporter's words (not inside a quotation). */
        private boolean isVerbOfSaying(int i) {
            return isSpeechVerb(i) && !insideQuote(i);
        }

        /** A reporting verb anywhere, also between the two halves of a quotation the cue splits. */
        private boolean isSpeechVerb(int i) {
            return i >= 0 && i < tokens.size() && tokens.isWord(i) && lexicon.isSpeechVerb(tokens.lower(i));
        }

        /** A noun that describes a person, in any case: "дипломат", "по мнению постпреда", "с министром". */
        private boolean isDescription(int i) {
            if (!tokens.isWord(i)) {
                return false;
            }
            for (String form : RussianCases.nominatives(tokens.lower(i))) {
                if (lexicon.isDescriptorHead(form)) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPronoun(int i) {
            String w = tokens.lower(i);
            return PRONOUNS_MALE.contains(w) || PRONOUNS_FEMALE.contains(w);
        }

        private boolean insideQuote(int token) {
            return doc.enclosingQuote(tokens.start(token)) != null;
        }

        /** Whether tokens {@code first..last} are one quotation in its marks (a direct quote, read elsewhere). */
        private boolean isQuotation(int first, int last) {
            QuotedSpan q = last > first && isClosingMark(last) ? doc.enclosingQuote(tokens.start(last - 1)) : null;
            return q != null && q.open() <= tokens.start(first);
        }

        private boolean isClosingMark(int i) {
            String t = tokens.text(i);
            return t.equals("»") || t.equals("“") || t.equals("\"");
        }

        private int nextComma(int from, int to) {
            for (int t = from; t <= to; t++) {
                if (tokens.is(t, ',')) {
                    return t;
                }
            }
            return -1;
        }
    }
}
