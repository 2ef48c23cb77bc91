package org.demarche.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.article.QuoteKind;
import org.demarche.lang.Lexicon.Gender;
import org.demarche.mentions.Mention;
import org.demarche.mentions.MentionType;
import org.demarche.pipeline.Document;
import org.demarche.text.Lines;
import org.demarche.text.Tokens;

/**
 * Reads interview and debate transcripts: paragraphs that open with a speaker label ("WALLACE: ...",
 * "Vladimir Putin: ...", "Question: ...", "A: ...") are turns, each a direct statement by the labelled speaker.
 * A layout counts as a transcript only when at least two paragraphs carry labels, so a lone "Update:" or
 * "Editor's note:" never becomes a speaker.
 */
final class TranscriptTurns {
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*[\"\u201c\u201d\u00ab]?\\s*((?:[A-Z\u0410-\u042f][\\p{L}.'\u2019\\-]*\\s?){1,4}):\\s+\\S");
    private static final java.util.Set<String> QUESTION = java.util.Set.of("question", "q", "interviewer");
    private static final java.util.Set<String> ANSWER = java.util.Set.of("answer", "a");

    private final Document doc;
    private final Phrases phrases;

    TranscriptTurns(Document doc, Phrases phrases) {
        this.doc = doc;
        this.phrases = phrases;
    }

    List<Statement> find() {
        Lines lines = doc.lines();
        Tokens tokens = doc.tokens();
        List<Statement> turns = new ArrayList<>();
        for (int line = 0; line < lines.size(); line++) {
            if (lines.isBlank(line) || doc.boilerplateLines()[line]) {
                continue;
            }
            int firstColon = doc.text().indexOf(':', lines.start(line));
            if (firstColon < 0 || firstColon >= lines.end(line) || firstColon - lines.start(line) > 60) {
                continue; // no label can stand here
            }
            Matcher m = LABEL.matcher(lines.text(line));
            if (!m.find() || !isSpeakerLabel(m.group(1).strip(), lines.start(line) + m.start(1))) {
                continue;
            }
            int labelStart = lines.start(line) + m.start(1);
            int contentStart = lines.start(line) + m.end() - 1;
            int contentEnd = trimEnd(lines.end(line), contentStart);
            if (contentEnd <= contentStart) {
                continue;
            }
            int labelFirst = tokens.firstAtOrAfter(labelStart);
            int labelLast = tokens.lastEndingBy(labelStart + m.group(1).strip().length());
            Mention speaker = speakerOf(m.group(1).strip(), labelFirst, labelLast);
            int colon = labelLast + 1;
            Cue cue = new Cue(colon, colon, speaker, labelFirst, colon);
            turns.add(new Statement(contentStart, contentEnd, QuoteKind.DIRECT, speaker == null ? null : cue, 0.85,
                    tokens.firstAtOrAfter(contentStart)));
        }
        return turns.size() >= 2 ? turns : List.of();
    }

    private boolean isSpeakerLabel(String label, int at) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (QUESTION.contains(lower) || ANSWER.contains(lower)) {
            return true;
        }
        boolean allCaps = label.equals(label.toUpperCase(Locale.ROOT)) && label.chars().filter(Character::isLetter).count() >= 2;
        if (allCaps) {
            return true;
        }
        Mention name = phrases.nameStartingAt(doc.tokens().firstAtOrAfter(at));
        return name != null && name.type() == MentionType.PERSON
                && doc.tokens().end(name.last()) == at + label.length();
    }

    /** The label as a mention: a name the article knows, or a surname written in capitals; null for "Question". */
    private Mention speakerOf(String label, int first, int last) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (QUESTION.contains(lower)) {
            return null;
        }
        if (ANSWER.contains(lower)) {
            return new Mention(first, last, MentionType.DESCRIPTION, -1, -1, label, "interviewee", Gender.UNKNOWN);
        }
        Mention name = phrases.nameStartingAt(first);
        if (name != null && name.last() == last) {
            return name;
        }
        return new Mention(first, last, MentionType.SURNAME, -1, -1, titleCase(label), null, Gender.UNKNOWN);
    }

    private static String titleCase(String label) {
        StringBuilder out = new StringBuilder(label.length());
        boolean start = true;
        for (char c : label.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    private int trimEnd(int end, int start) {
        String text = doc.text();
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || "\"\u201c\u201d\u00bb".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }
}
