package org.demarche.mentions;

import java.util.ArrayList;
import java.util.List;
import org.demarche.lang.Lexicon;
import org.demarche.lang.Lexicon.Gender;
import org.demarche.lang.RussianCases;
import org.demarche.pipeline.Document;
import org.demarche.text.Tokens;

/**
 * Finds people's names in Russian text. In Russian only names (and the first word of a sentence) are
 * capitalised, while titles are lower case and the countries inside them are capitalised genitives ("заместитель
 * министра иностранных дел Вестравии Алексей Дравин"). So a person is a known given name, in any case, followed
 * by one or two capitalised words (a patronymic, the surname); the title is read back from the given name over
 * title words and the capitalised words inside them. Names are given in the nominative ("по словам Алексея
 * Дравина" gives "Алексей Дравин"). A lone capitalised word that is no place, institution, title or function word
 * is a possible surname, decided when the article's people are known.
 */
public final class RussianNameFinder {
    private final Lexicon lexicon;

    public RussianNameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Mention> find(Document doc) {
        Tokens tokens = doc.tokens();
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(tokens, i) || doc.isBoilerplateToken(i)) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && tokens.adjacentOnLine(end) && isNameWord(tokens, end + 1)
                    && doc.sentences().of(end + 1) == doc.sentences().of(i)) {
                end++;
            }
            int given = firstGivenName(tokens, i, end);
            if (given < 0 && i > 0 && lexicon.isTitleWord(tokens.lower(i - 1))) {
                given = nameAfterTitle(tokens, i, end);
            }
            if (given >= 0 && given < end) {
                mentions.add(person(doc, given, Math.min(end, given + 2)));
            } else if (given == end && end > i) {
                mentions.add(person(doc, given, given)); // "министр иностранных дел Калдории Маковский"
            } else if (given < 0 && i == end && isPossibleSurname(tokens.lower(i))) {
                mentions.add(new Mention(i, i, MentionType.SURNAME, -1, -1, tokens.text(i), null, Gender.UNKNOWN));
            }
            i = end + 1;
        }
        return mentions;
    }

    private Mention person(Document doc, int given, int last) {
        Tokens tokens = doc.tokens();
        String givenName = nominativeGivenName(tokens.text(given));
        boolean oblique = !givenName.equals(tokens.text(given));
        Gender gender = lexicon.givenNameGender(givenName);
        StringBuilder name = new StringBuilder(givenName);
        for (int w = given + 1; w <= last; w++) {
            String word = tokens.text(w);
            name.append(' ').append(oblique ? nominativeSurname(word, gender) : word);
        }
        int roleFirst = -1;
        for (int r = given - 1; r >= 0 && tokens.adjacentOnLine(r) && isTitlePart(tokens, r); r--) {
            if (lexicon.isTitleWord(tokens.lower(r))) {
                roleFirst = r; // the role starts at its first title word, never at a capitalised genitive
            }
        }
        return new Mention(given, last, MentionType.PERSON, roleFirst, roleFirst < 0 ? -1 : given - 1, name.toString(),
                null, gender);
    }

    /**
     * Where the name starts in a run of capitalised words right after a title, when no given name is known: the
     * last two words ("представитель МИД Ардении Мира Таллис"), or the last one when the word before it is the
     * genitive of a place ("министр Калдории Маковский").
     */
    private int nameAfterTitle(Tokens tokens, int first, int last) {
        if (last - first >= 2) {
            return last - 1;
        }
        if (last - first == 1) {
            return isPlaceGenitive(tokens.lower(first)) ? last : first;
        }
        return -1;
    }

    /** Калдории, России, Франции (countries in -ия), or a listed place in any case. */
    private boolean isPlaceGenitive(String lower) {
        return lower.endsWith("ии") || RussianCases.nominatives(lower).stream().anyMatch(lexicon::isPlace);
    }

    /** A word of a title: a title word, or a capitalised word or acronym inside one ("МИД Калдории", "при ООН"). */
    private boolean isTitlePart(Tokens tokens, int i) {
        return tokens.isWord(i) && (lexicon.isTitleWord(tokens.lower(i)) || tokens.isCapitalized(i));
    }

    private int firstGivenName(Tokens tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (lexicon.isGivenName(nominativeGivenName(tokens.text(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** The nominative of a given name in any case ("Алексея" -> "Алексей"), or the word itself. */
    private String nominativeGivenName(String word) {
        for (String candidate : RussianCases.nominatives(word)) {
            if (lexicon.isGivenName(candidate)) {
                return candidate;
            }
        }
        return word;
    }

    /** The nominative of a surname that follows a given name in an oblique case, chosen by the name's gender. */
    private static String nominativeSurname(String word, Gender gender) {
        for (String candidate : RussianCases.nominatives(word)) {
            if (!candidate.equals(word) && RussianCases.isFeminineSurname(candidate) == (gender == Gender.FEMALE)) {
                return candidate;
            }
        }
        return word;
    }

    private boolean isPossibleSurname(String lower) {
        return lower.length() > 2 && !lexicon.isPlace(lower) && !lexicon.isOrganizationWord(lower)
                && !lexicon.isTitleWord(lower) && !lexicon.isFunctionWord(lower) && !lexicon.isSpeechVerb(lower);
    }

    /** A capitalised Cyrillic word with a lower-case letter after its first (acronyms such as МИД are no names). */
    private static boolean isNameWord(Tokens tokens, int i) {
        if (!tokens.isWord(i) || !tokens.isCapitalized(i)) {
            return false;
        }
        String text = tokens.text(i);
        char first = text.charAt(0);
        return first >= '\u0400' && first <= '\u04ff' && text.length() > 1 && Character.isLowerCase(text.charAt(1));
    }
}
