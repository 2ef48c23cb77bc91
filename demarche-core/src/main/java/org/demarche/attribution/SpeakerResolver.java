package org.demarche.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.lang.Lexicon;
import org.demarche.lang.Lexicon.Gender;
import org.demarche.mentions.Mention;
import org.demarche.mentions.MentionType;
import org.demarche.people.ArticlePeople;
import org.demarche.people.ArticlePeople.Entity;
import org.demarche.pipeline.Document;
import org.demarche.text.Tokens;

/**
 * Decides which person or organization a source mention denotes. A name joins its entity; "he" or "she" takes
 * the most recent compatible speaker, else the most recent compatible person named in the reporter's text;
 * a description ("the senior diplomat", "the spokeswoman") takes the most recent person whose role fits it.
 * Plural and anonymous sources ("officials", "a source") stay unnamed.
 */
final class SpeakerResolver {
    /** Heads that fit any official who speaks for a state. */
    private static final Set<String> GENERIC_HEADS = Set.of("diplomat", "official", "envoy", "representative", "politician",
            "statesman", "leader", "negotiator", "delegate", "officer", "chief", "head");
    private static final int PRONOUN_REACH_TOKENS = 400;
    /** How many names back (or ahead) a description or a pronoun may reach: a long article's worth. */
    private static final int REACH_NAMES = 300;

    private record Said(int token, Entity speaker) {
    }

    private final Document doc;
    private final Lexicon lexicon;
    private final Tokens tokens;
    private final ArticlePeople people;
    private final List<Mention> names;
    private final List<Said> history = new ArrayList<>();

    SpeakerResolver(Document doc, ArticlePeople people, List<Mention> names, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.tokens = doc.tokens();
        this.people = people;
        this.names = names;
    }

    /** Records that {@code speaker} was quoted at token {@code at}; later pronouns may refer back to it. */
    void remember(int at, Entity speaker) {
        if (speaker != null) {
            history.add(new Said(at, speaker));
        }
    }

    /** The last speaker recorded before token {@code at}, or null. */
    Entity lastSpeaker(int at) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).token < at) {
                return history.get(i).speaker;
            }
        }
        return null;
    }

    Entity resolve(Mention m) {
        return switch (m.type()) {
            case PERSON, SURNAME, ORGANIZATION, PLACE -> people.of(m) != null ? people.of(m) : people.addSpeaker(m);
            case PRONOUN -> pronoun(m);
            case DESCRIPTION -> description(m);
        };
    }

    private Entity pronoun(Mention m) {
        String word = m.head();
        if (word.equals("it") || word.equals("they")) {
            Entity org = recentOrganization(m.first());
            return org;
        }
        if (!word.equals("he") && !word.equals("she")) {
            return null;
        }
        Gender gender = word.equals("he") ? Gender.MALE : Gender.FEMALE;
        int sentenceStart = doc.sentences().first(doc.sentences().of(m.first()));
        Entity inSentence = recentPerson(m.first(), sentenceStart, gender, true);
        if (inSentence != null) {
            return inSentence;
        }
        Entity speaker = lastSpeaker(m.first());
        Entity named = recentPerson(m.first(), Math.max(0, m.first() - PRONOUN_REACH_TOKENS), gender, false);
        if (speaker != null && compatible(speaker, gender)
                && (named == null || named == speaker || lastMentionBefore(speaker, m.first()) >= lastSubjectBefore(named, m.first()))) {
            return speaker;
        }
        return named != null ? named : speaker != null && compatible(speaker, gender) ? speaker : null;
    }

    private Entity description(Mention m) {
        if (Phrases.isAnonymous(m)) {
            return null;
        }
        String head = m.head();
        // The most recent person, named or quoted, whose role fits the description.
        Entity best = null;
        int bestAt = -1;
        for (int i = indexBefore(m.first()); i >= 0 && i > indexBefore(m.first()) - REACH_NAMES; i--) {
            Mention n = names.get(i);
            Entity e = people.of(n);
            if (e != null && !e.organization() && !insideQuote(n) && fits(e, head)) {
                best = e;
                bestAt = n.first();
                break;
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Said said = history.get(i);
            if (said.token < m.first() && said.token > bestAt && !said.speaker.organization() && fits(said.speaker, head)) {
                best = said.speaker;
                break;
            }
        }
        if (best != null) {
            return best;
        }
        if (!lexicon.isDescriptorHead(head)) {
            return null; // "the New York businessman": no role says who that is, and a guess would mislead
        }
        Entity speaker = lastSpeaker(m.first());
        if (speaker == null) {
            // A headline or lead names the person only later: "..., says senior Russian diplomat".
            for (int i = indexBefore(m.last() + 1) + 1; i < names.size() && i <= indexBefore(m.last() + 1) + REACH_NAMES; i++) {
                Entity e = people.of(names.get(i));
                if (e != null && !e.organization() && !insideQuote(names.get(i)) && fits(e, head)) {
                    return e;
                }
            }
            return null;
        }
        return speaker != null && !speaker.organization() && compatible(speaker, m.gender()) ? speaker : null;
    }

    private boolean fits(Entity e, String head) {
        if (!compatible(e, genderOfHead(head))) {
            return false;
        }
        String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        for (String role : e.roles()) {
            String r = role.toLowerCase(Locale.ROOT);
            if (r.contains(singular)) {
                return true;
            }
            if (GENERIC_HEADS.contains(singular) && !e.roles().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Gender genderOfHead(String head) {
        if (head.endsWith("woman") || head.equals("chairwoman")) {
            return Gender.FEMALE;
        }
        if (head.endsWith("man") && !head.endsWith("woman")) {
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }

    private static boolean compatible(Entity e, Gender gender) {
        return gender == Gender.UNKNOWN || e.gender() == Gender.UNKNOWN || e.gender() == gender;
    }

    /** The most recent person named before token {@code at} and not before {@code from}, outside quotations. */
    private Entity recentPerson(int at, int from, Gender gender, boolean subjectOnly) {
        for (int i = indexBefore(at); i >= 0; i--) {
            Mention n = names.get(i);
            if (n.last() >= at) {
                continue;
            }
            if (n.first() < from) {
                break;
            }
            Entity e = people.of(n);
            if (e == null || e.organization() || !compatible(e, gender) || insideQuote(n)) {
                continue;
            }
            if (!subjectOnly || isSubject(n)) {
                return e;
            }
        }
        return null;
    }

    private Entity recentOrganization(int at) {
        int sentence = doc.sentences().of(at);
        int from = doc.sentences().first(Math.max(0, sentence - 1));
        for (int i = indexBefore(at); i >= 0; i--) {
            Mention n = names.get(i);
            if (n.last() >= at) {
                continue;
            }
            if (n.first() < from) {
                break;
            }
            Entity e = people.of(n);
            if (e != null && e.organization()) {
                return e;
            }
        }
        return null;
    }

    /** A name at the start of its clause, the usual place of the one who speaks. */
    private boolean isSubject(Mention n) {
        int before = (n.roleFirst() >= 0 ? Math.min(n.roleFirst(), n.first()) : n.first()) - 1;
        return before < 0 || doc.sentences().of(before) != doc.sentences().of(n.first()) || tokens.is(before, ',')
                || Phrases.DETERMINERS.contains(tokens.lower(before)) && before - 1 >= 0
                && doc.sentences().of(before - 1) != doc.sentences().of(n.first());
    }

    private boolean insideQuote(Mention n) {
        return doc.enclosingQuote(tokens.start(n.first())) != null;
    }

    private int lastMentionBefore(Entity e, int at) {
        int best = -1;
        for (int i = indexBefore(at); i >= 0 && i > indexBefore(at) - REACH_NAMES; i--) {
            Mention n = names.get(i);
            if (n.first() < at && people.of(n) == e && !insideQuote(n)) {
                best = n.first();
                break;
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Said s = history.get(i);
            if (s.token < at && s.speaker == e) {
                return Math.max(best, s.token);
            }
        }
        return best;
    }

    private int lastSubjectBefore(Entity e, int at) {
        for (int i = indexBefore(at); i >= 0 && i > indexBefore(at) - REACH_NAMES; i--) {
            Mention n = names.get(i);
            if (n.first() < at && people.of(n) == e && !insideQuote(n) && isSubject(n)) {
                return n.first();
            }
        }
        return -1;
    }

    /** The index of the last name mention starting before token {@code at}, or -1 (names are in text order). */
    private int indexBefore(int at) {
        int lo = 0;
        int hi = names.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (names.get(mid).first() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    static boolean isName(Mention m) {
        return m.type() == MentionType.PERSON || m.type() == MentionType.SURNAME || m.type() == MentionType.ORGANIZATION;
    }
}
