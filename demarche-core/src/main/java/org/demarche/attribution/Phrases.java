package org.demarche.attribution;

import java.util.List;
import java.util.Set;
import org.demarche.lang.Lexicon;
import org.demarche.lang.Lexicon.Gender;
import org.demarche.mentions.Mention;
import org.demarche.mentions.MentionType;
import org.demarche.pipeline.Document;
import org.demarche.text.Tokens;

/**
 * Reads the noun phrase that names a source next to a reporting verb: a name (with its title), a pronoun,
 * or a description ("the senior Russian diplomat", "the ad's narrator", "sources"). The article's name
 * mentions are looked up by token, so a phrase is recognised the same way wherever it stands.
 */
final class Phrases {
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
            "their", "our", "another", "one", "some", "several", "many", "two", "three", "other", "both", "most", "all",
            "top", "no");
    private static final Set<String> PRONOUNS_MALE = Set.of("he", "him");
    private static final Set<String> PRONOUNS_FEMALE = Set.of("she", "her");
    private static final Set<String> PRONOUNS_OTHER = Set.of("they", "it", "i", "we", "you");
    /** Plural or anonymous sources that never resolve to a named person. */
    private static final Set<String> ANONYMOUS_HEADS = Set.of("source", "sources", "officials", "aides", "analysts",
            "experts", "critics", "observers", "people", "residents", "witnesses", "reports", "report", "poll", "polls",
            "survey", "study", "statement", "data", "documents", "ruling", "ad", "lawmakers", "diplomats", "members",
            "narrator", "announcer", "protesters", "supporters", "voters", "demonstrators", "organizers", "group",
            "campaign", "administration", "ministry", "department", "agency", "government", "article", "letter",
            "memo", "website", "filing", "lawsuit", "complaint", "court", "police", "authorities", "investigators",
            "prosecutors");

    private static final Set<String> PREPOSITIONS = Set.of("of", "to", "for", "with", "by", "from", "at", "in", "on",
            "about", "against", "like");

    private final Document doc;
    private final Tokens tokens;
    private final Lexicon lexicon;
    private final Mention[] mentionEndingAt;
    private final Mention[] mentionStartingAt;

    Phrases(Document doc, List<Mention> names, Lexicon lexicon) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
        this.mentionEndingAt = new Mention[tokens.size()];
        this.mentionStartingAt = new Mention[tokens.size()];
        for (Mention m : names) {
            mentionEndingAt[m.last()] = m;
            int start = m.roleFirst() >= 0 && m.roleFirst() < m.first() ? m.roleFirst() : m.first();
            mentionStartingAt[start] = m;
            mentionStartingAt[m.first()] = m;
        }
    }

    /** The name mention whose last token is {@code i}, or null. */
    Mention nameEndingAt(int i) {
        return i >= 0 && i < mentionEndingAt.length ? mentionEndingAt[i] : null;
    }

    /** The name mention (or its title) that starts at token {@code i}, or null. */
    Mention nameStartingAt(int i) {
        return i >= 0 && i < mentionStartingAt.length ? mentionStartingAt[i] : null;
    }

    /** The source phrase whose last token is {@code end}, not reaching before {@code limit}; or null. */
    Mention endingAt(int end, int limit) {
        if (end < limit || end < 0) {
            return null;
        }
        if (tokens.is(end, ')')) {
            int open = end;
            while (open > limit && !tokens.is(open, '(') && end - open < 8) {
                open--;
            }
            if (tokens.is(open, '(')) {
                return endingAt(open - 1, limit);
            }
        }
        Mention pronoun = pronoun(end);
        if (pronoun != null) {
            return pronoun;
        }
        Mention name = nameEndingAt(end);
        if (name != null) {
            return name;
        }
        if (tokens.is(end, ',')) {
            return appositionSubject(end, limit);
        }
        return description(end, limit);
    }

    /** The source phrase that starts at {@code start} (after an inverted verb: "said Daryl Kimball"), or null. */
    Mention startingAt(int start, int limit) {
        if (start > limit || start >= tokens.size()) {
            return null;
        }
        Mention pronoun = pronoun(start);
        if (pronoun != null) {
            return pronoun;
        }
        Mention name = nameStartingAt(start);
        if (name != null) {
            return headNameAfter(name, limit);
        }
        int end = start;
        while (end + 1 <= limit && end - start < 7 && tokens.isWord(end + 1) && !lexicon.isSpeechVerb(tokens.lower(end + 1))
                && !tokens.is(end + 1, "on") && !tokens.is(end + 1, "in") && !tokens.is(end + 1, "at")) {
            Mention inner = nameStartingAt(end + 1);
            if (inner != null) {
                return inner;
            }
            end++;
        }
        while (end > start && !isHeadNoun(end)) {
            end--;
        }
        Mention description = description(end, start);
        return description != null && description.first() == start ? description : null;
    }

    /**
     * "Cruz constituent Dan Golvach", "Clinton's top foreign policy aide Jake Sullivan": a name used as a modifier
     * before the name of the person meant.
     */
    private Mention headNameAfter(Mention name, int limit) {
        int k = name.last() + 1;
        if (k <= limit && (tokens.is(k, "'s") || tokens.is(k, "\u2019s"))) {
            k++;
        }
        int words = 0;
        while (k <= limit && words < 6 && tokens.isWord(k) && !tokens.isCapitalized(k) && !lexicon.isSpeechVerb(tokens.lower(k))
                && !lexicon.isFunctionWord(tokens.lower(k))) {
            k++;
            words++;
        }
        Mention head = words > 0 || k > name.last() + 1 ? nameStartingAt(k) : null;
        return head != null && head.type() == MentionType.PERSON ? head : name;
    }

    Mention pronoun(int i) {
        String word = tokens.lower(i);
        Gender gender;
        if (PRONOUNS_MALE.contains(word)) {
            gender = Gender.MALE;
        } else if (PRONOUNS_FEMALE.contains(word)) {
            gender = Gender.FEMALE;
        } else if (PRONOUNS_OTHER.contains(word)) {
            gender = Gender.UNKNOWN;
        } else {
            return null;
        }
        return new Mention(i, i, MentionType.PRONOUN, -1, -1, tokens.text(i), word, gender);
    }

    /** "Dmitry Polyanskiy, the Deputy Permanent Representative ..., said": the name before the apposition. */
    private Mention appositionSubject(int comma, int limit) {
        if (comma - 1 > limit && tokens.is(comma - 1, ')')) {
            int open = comma - 1;
            while (open > limit && !tokens.is(open, '(') && comma - open < 8) {
                open--;
            }
            Mention tagged = tokens.is(open, '(') ? nameEndingAt(open - 1) : null;
            if (tagged != null && isPersonLike(tagged)) {
                return tagged; // "Gov. John Kasich (R-OH), said"
            }
        }
        Mention named = nameEndingAt(comma - 1);
        int namedStart = named == null ? -1 : named.roleFirst() >= 0 ? Math.min(named.roleFirst(), named.first()) : named.first();
        if (named != null && isPersonLike(named) && namedStart > 0 && tokens.is(namedStart - 1, ',')) {
            return named; // "Apple's chief executive, Tim Cook, called ..."
        }
        Mention found = null;
        for (int k = comma - 1; k >= limit && comma - k < 30; k--) {
            boolean attachedPeriod = tokens.is(k, '.') && k > 0 && tokens.end(k - 1) == tokens.start(k)
                    && tokens.is(k + 1, ',');
            if (tokens.is(k, '.') && !attachedPeriod || tokens.is(k, ';') || QuoteTokens.isQuote(tokens, k)) {
                break;
            }
            if (tokens.is(k, ',')) {
                int nameEnd = k - 1;
                if (nameEnd > limit && tokens.is(nameEnd, ')')) {
                    while (nameEnd > limit && !tokens.is(nameEnd, '(') && k - nameEnd < 8) {
                        nameEnd--; // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
                    }
                    nameEnd--;
                }
                Mention name = nameEndingAt(nameEnd);
                int nameStart = name == null ? -1 : name.roleFirst() >= 0 ? Math.min(name.roleFirst(), name.first()) : name.first();
                boolean afterPreposition = nameStart > 0 && PREPOSITIONS.contains(tokens.lower(nameStart - 1));
                if (name != null && !afterPreposition
                        && (found == null || name.type() == MentionType.PERSON || found.type() != MentionType.PERSON)) {
                    // the leftmost name of a chain of appositions:
                    // "Scott Pruitt, the attorney general of Oklahoma, one of the states ..., said"
                    found = name;
                }
            }
            if (lexicon.isSpeechVerb(tokens.lower(k)) && !tokens.isCapitalized(k)
                    && (nameEndingAt(k - 1) != null || k > 0 && pronoun(k - 1) != null)) {
                break; // "..., Ryabkov said, adding": a clause, not an apposition
            }
        }
        return found != null && (isPersonLike(found) || found.type() == MentionType.ORGANIZATION) ? found : null;
    }

    /**
     * A description ending at {@code end}: an optional determiner or possessive, modifiers, and a head noun
     * such as "diplomat" or "spokeswoman" ("the senior Russian diplomat", "senior Russian diplomat").
     */
    Mention description(int end, int limit) {
        if (!isHeadNoun(end)) {
            return determinedNoun(end, limit);
        }
        int start = end;
        while (start - 1 >= limit && start - 1 >= 0 && end - start < 8 && tokens.adjacentOnLine(start - 1)) {
            int k = start - 1;
            String word = tokens.lower(k);
            if (DETERMINERS.contains(word)) {
                start = k;
                break;
            }
            if (tokens.is(k, "'s") || tokens.is(k, "\u2019s")) {
                start = k - 1 >= limit ? k - 1 : k;
                if (k - 1 >= limit && nameEndingAt(k - 1) != null) {
                    start = nameEndingAt(k - 1).first();
                }
                break;
            }
            if (!tokens.isWord(k) || lexicon.isSpeechVerb(word) || lexicon.isFunctionWord(word) && !lexicon.isTitleWord(word)) {
                break;
            }
            start = k;
        }
        String head = tokens.lower(end);
        String text = doc.tokenText(start, end);
        return new Mention(start, end, MentionType.DESCRIPTION, -1, -1, text, head, lexicon.descriptorGender(head));
    }

    /** "the New York businessman", "the ad's narrator": a noun after a determiner, head unknown to the lexicon. */
    private Mention determinedNoun(int end, int limit) {
        if (!tokens.isWord(end) || tokens.isCapitalized(end) || lexicon.isFunctionWord(tokens.lower(end))
                || lexicon.isSpeechVerb(tokens.lower(end)) || tokens.lower(end).endsWith("ly")) {
            return null;
        }
        for (int k = end - 1; k >= limit && k >= 0 && end - k <= 5 && tokens.adjacentOnLine(k); k--) {
            String word = tokens.lower(k);
            if (word.equals("the") || word.equals("a") || word.equals("an") || tokens.is(k, "'s") || tokens.is(k, "\u2019s")) {
                int start = tokens.is(k, "'s") || tokens.is(k, "\u2019s") ? Math.max(limit, k - 1) : k;
                return new Mention(start, end, MentionType.DESCRIPTION, -1, -1, doc.tokenText(start, end),
                        tokens.lower(end), lexicon.descriptorGender(tokens.lower(end)));
            }
            if (!tokens.isWord(k) || lexicon.isSpeechVerb(word) || lexicon.isFunctionWord(word) && !lexicon.isTitleWord(word)) {
                return null;
            }
        }
        return null;
    }

    private boolean isHeadNoun(int i) {
        if (!tokens.isWord(i)) {
            return false;
        }
        String word = tokens.lower(i);
        return lexicon.isDescriptorHead(word) || ANONYMOUS_HEADS.contains(word)
                || word.endsWith("s") && lexicon.isDescriptorHead(word.substring(0, word.length() - 1))
                || word.endsWith("spokesman") || word.endsWith("spokeswoman") || word.endsWith("spokesperson");
    }

    private static boolean isPersonLike(Mention m) {
        return m.type() == MentionType.PERSON || m.type() == MentionType.SURNAME;
    }

    static boolean isAnonymous(Mention m) {
        return m.type() == MentionType.DESCRIPTION && (ANONYMOUS_HEADS.contains(m.head())
                || m.head().endsWith("s") || m.name().toLowerCase(java.util.Locale.ROOT).startsWith("a ")
                || m.name().toLowerCase(java.util.Locale.ROOT).startsWith("an "));
    }
}
