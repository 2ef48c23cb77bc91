package org.demarche.attribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.demarche.article.Quote;
import org.demarche.article.QuoteKind;
import org.demarche.article.Span;
import org.demarche.article.StatementDate;
import org.demarche.attribution.learned.ReportedSpeechModel;
import org.demarche.lang.Lexicon;
import org.demarche.mentions.Mention;
import org.demarche.meta.RelativeDates;
import org.demarche.people.ArticlePeople;
import org.demarche.people.ArticlePeople.Entity;
import org.demarche.pipeline.Document;
import org.demarche.text.Tokens;

/**
 * Finds every statement of an article (direct and partial quotations, reported speech) and attributes each to
 * its speaker. Statements are resolved in text order, so a quotation with no cue of its own continues the
 * speaker before it and pronouns can refer back to the people quoted so far.
 */
public final class Attributor {
    private final Lexicon lexicon;
    private final ReportedSpeechModel reportedSpeech;
    private final ReportedSpeechFinder.Mode reportedMode;

    public Attributor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.reportedSpeech = ReportedSpeechModel.bundled();
        this.reportedMode = ReportedSpeechFinder.Mode.RULES_FIRST;
    }

    /**
     * The statements of {@code doc} with their speakers; {@code referenceDate} (the article's date, or null)
     * resolves the time expressions of their cues ("said on Wednesday"); {@code dateline} (or null) is the
     * wire dateline that opens the article, which is never part of a statement.
     */
    public List<Quote> attribute(Document doc, List<Mention> names, ArticlePeople people, LocalDate referenceDate,
                                 Span dateline) {
        Phrases phrases = new Phrases(doc, names, lexicon);
        CueFinder cues = new CueFinder(doc, phrases, lexicon);
        List<Statement> turns = new TranscriptTurns(doc, phrases).find();
        List<Statement> direct = new ArrayList<>(turns);
        for (Statement quoted : new DirectQuoteFinder(doc, cues).find()) {
            if (turns.stream().noneMatch(t -> covers(t, quoted))) {
                direct.add(quoted);
            }
        }
        List<Statement> statements = new ArrayList<>(direct);
        for (Statement found : new ReportedSpeechFinder(doc, cues, reportedSpeech, reportedMode).find()) {
            Statement reported = afterDateline(doc, found, dateline);
            if (reported != null && direct.stream().noneMatch(d -> d.kind() == QuoteKind.DIRECT && covers(d, reported))) {
                statements.add(reported);
            }
        }
        statements = new MixedSpeech(doc).addTo(lendCuesToPartials(statements));
        statements.sort(Comparator.comparingInt(Statement::start).thenComparingInt(s -> -s.end()));

        List<RelativeDates.Match> timeExpressions = RelativeDates.findAll(doc.text(), 0, doc.text().length(), referenceDate);
        SpeakerResolver resolver = new SpeakerResolver(doc, people, names, lexicon);
        List<Quote> quotes = new ArrayList<>();
        Entity previous = null;
        int previousLine = -1;
        for (Statement s : statements) {
            Entity speaker;
            Mention mention = s.cue() == null ? null : s.cue().speaker();
            int line = doc.lines().of(s.start());
            if (mention != null) {
                speaker = resolver.resolve(mention);
            } else if (previous != null && line - previousLine <= 2) {
                speaker = previous;
            } else {
                speaker = resolver.lastSpeaker(s.anchorToken());
            }
            resolver.remember(s.anchorToken(), speaker);
            if (speaker != null && mention != null && !SpeakerResolver.isName(mention)) {
                people.addReference(speaker, mention);
            }
            if (speaker != null) {
                previous = speaker;
                previousLine = line;
            }
            quotes.add(toQuote(doc, s, speaker, mention, dateOf(doc, s, timeExpressions)));
        }
        return quotes;
    }

    /**
     * A reported statement that opens the article's first sentence starts after its dateline ("BRUSSELS, May 3
     * (Agency) - The alliance will ..., he said" reports "The alliance will ..."); null when nothing is left.
     */
    private static Statement afterDateline(Document doc, Statement s, Span dateline) {
        if (dateline == null || s.start() >= dateline.end() || s.end() <= dateline.start()) {
            return s;
        }
        int first = doc.tokens().firstAtOrAfter(dateline.end());
        while (first < doc.tokens().size() && !Character.isLetterOrDigit(doc.text().charAt(doc.tokens().start(first)))) {
            first++;
        }
        if (first >= doc.tokens().size() || doc.tokens().start(first) >= s.end()) {
            return null;
        }
        return new Statement(doc.tokens().start(first), s.end(), s.kind(), s.cue(), s.confidence(), s.anchorToken());
    }

    /** A partial quotation inside reported speech takes that statement's cue. */
    private static List<Statement> lendCuesToPartials(List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : statements) {
            Statement replacement = s;
            if (s.kind() == QuoteKind.PARTIAL) {
                for (Statement other : statements) {
                    if (other.kind() == QuoteKind.INDIRECT && other.start() <= s.start() && s.end() <= other.end()
                            && other.cue() != null) {
                        replacement = new Statement(s.start(), s.end(), s.kind(), other.cue(),
                                Math.max(s.confidence(), other.confidence()), s.anchorToken());
                    }
                }
            }
            out.add(replacement);
        }
        return out;
    }

    private static boolean covers(Statement direct, Statement reported) {
        int overlap = Math.min(direct.end(), reported.end()) - Math.max(direct.start(), reported.start());
        return overlap > 0 && overlap * 2 >= reported.end() - reported.start();
    }

    /** The time expression in the reporter's words of the cue's sentence, nearest the cue ("said on Wednesday"). */
    private static StatementDate dateOf(Document doc, Statement s, List<RelativeDates.Match> timeExpressions) {
        if (s.cue() == null || s.cue().cueFirst() < 0 || timeExpressions.isEmpty()) {
            return null;
        }
        Tokens tokens = doc.tokens();
        int sentence = doc.sentences().of(s.cue().cueFirst());
        int start = tokens.start(doc.sentences().first(sentence));
        int end = tokens.end(doc.sentences().last(sentence));
        int anchor = tokens.start(s.cue().cueFirst());
        // The nearest fitting expression; of two as near, the earlier in text order. One pass, no sorted copy:
        // this runs for every statement.
        RelativeDates.Match nearest = null;
        for (RelativeDates.Match m : timeExpressions) {
            if (m.start() >= start && m.end() <= end
                    && (nearest == null || Math.abs(m.start() - anchor) < Math.abs(nearest.start() - anchor))
                    && doc.enclosingQuote(m.start()) == null && !(m.start() >= s.start() && m.end() <= s.end())) {
                nearest = m;
            }
        }
        return nearest == null ? null : new StatementDate(Span.of(doc.text(), nearest.start(), nearest.end()),
                nearest.date(), nearest.precision().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Quote toQuote(Document doc, Statement s, Entity speaker, Mention mention, StatementDate date) {
        Tokens tokens = doc.tokens();
        Span content = Span.of(doc.text(), s.start(), s.end());
        Span mentionSpan = mention == null ? null
                : Span.of(doc.text(), tokens.start(mention.first()), tokens.end(mention.last()));
        Span cueSpan = s.cue() == null || s.cue().cueFirst() < 0 ? null
                : Span.of(doc.text(), tokens.start(s.cue().cueFirst()), tokens.end(s.cue().cueLast()));
        String role = null;
        if (mention != null && mention.hasRole()) {
            role = doc.tokenText(mention.roleFirst(), mention.roleLast());
        } else if (speaker != null && !speaker.roles().isEmpty()) {
            role = speaker.roles().iterator().next();
        }
        double confidence = speaker == null ? Math.min(s.confidence(), 0.5) : s.confidence();
        return new Quote(content, s.kind(), speaker == null ? null : speaker.name(), role, mentionSpan, cueSpan,
                confidence, date);
    }
}
