package org.demarche.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.demarche.article.Quote;
import org.demarche.article.QuoteKind;
import org.demarche.article.Span;
import org.demarche.attribution.learned.ReportedSpeechModel;
import org.demarche.lang.Lexicon;
import org.demarche.mentions.Mention;
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

    public List<Quote> attribute(Document doc, List<Mention> names, ArticlePeople people) {
        Phrases phrases = new Phrases(doc, names, lexicon);
        CueFinder cues = new CueFinder(doc, phrases, lexicon);
        List<Statement> direct = new DirectQuoteFinder(doc, cues).find();
        List<Statement> statements = new ArrayList<>(direct);
        for (Statement reported : new ReportedSpeechFinder(doc, cues, reportedSpeech, reportedMode).find()) {
            if (direct.stream().noneMatch(d -> d.kind() == QuoteKind.DIRECT && covers(d, reported))) {
                statements.add(reported);
            }
        }
        statements = lendCuesToPartials(statements);
        statements.sort(Comparator.comparingInt(Statement::start).thenComparingInt(s -> -s.end()));

        SpeakerResolver resolver = new SpeakerResolver(doc, people, names);
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
            if (speaker != null) {
                previous = speaker;
                previousLine = line;
            }
            quotes.add(toQuote(doc, s, speaker, mention));
        }
        return quotes;
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
                        replacement = new Statement(s.start(), s.end(), s.kind(), other.cue(), false,
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

    private static Quote toQuote(Document doc, Statement s, Entity speaker, Mention mention) {
        Tokens tokens = doc.tokens();
        Span content = Span.of(doc.text(), s.start(), s.end());
        Span mentionSpan = mention == null ? null
                : Span.of(doc.text(), tokens.start(mention.first()), tokens.end(mention.last()));
        Span cueSpan = s.cue() == null ? null
                : Span.of(doc.text(), tokens.start(s.cue().cueFirst()), tokens.end(s.cue().cueLast()));
        String role = null;
        if (mention != null && mention.hasRole()) {
            role = doc.tokenText(mention.roleFirst(), mention.roleLast());
        } else if (speaker != null && !speaker.roles().isEmpty()) {
            role = speaker.roles().iterator().next();
        }
        double confidence = speaker == null ? Math.min(s.confidence(), 0.5) : s.confidence();
        return new Quote(content, s.kind(), speaker == null ? null : speaker.name(), role, mentionSpan, cueSpan,
                confidence);
    }
}
