package org.demarche.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.lang.Lexicon;
import org.demarche.lang.Lexicon.Gender;
import org.demarche.pipeline.Document;
import org.demarche.text.Tokens;

/**
 * Finds names of people and organizations: runs of capitalised words, split into the title before the name
 * ("Russian Deputy Foreign Minister") and the name itself ("Sergey Ryabkov"). A run is a person when it starts
 * with a known given name, follows a personal title, or is two or more capitalised words that are neither
 * places nor institutions; an institution when it holds a word such as Ministry, Council or Kremlin; a lone
 * capitalised word stays a possible surname until the article's people are known.
 */
public final class NameFinder {
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn",
            "al", "el", "la", "le", "dos", "das", "del", "ter", "ben");
    private static final Set<String> ROLE_CONNECTORS = Set.of("of", "the", "to", "for", "at", "on", "in", "and");
    /** Titles written after a portfolio: "Energy Minister", "Trade Secretary", "Health Commissioner". */
    private static final Set<String> PORTFOLIO_HOLDERS = Set.of("minister", "secretary", "commissioner");

    private static final Set<String> HONORIFICS_MALE = Set.of("mr.", "mr", "sir", "lord");
    private static final Set<String> HONORIFICS_FEMALE = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "madam", "dame", "lady");
    private static final Set<String> MULTIWORD_PLACES = Set.of("new york", "new jersey", "new hampshire", "new mexico",
            "new zealand", "new delhi", "united states", "united kingdom", "united nations", "middle east", "south korea",
            "north korea", "south africa", "north carolina", "south carolina", "west virginia", "los angeles",
            "san francisco", "las vegas", "hong kong", "saudi arabia", "soviet union", "east", "west", "north", "south",
            "capitol hill", "wall street", "ground zero", "silicon valley", "black sea", "baltic sea");
    private static final Set<String> COMPASS_POINTS = Set.of("east", "west", "north", "south");

    private static final Set<String> GENERIC_INSTITUTIONS = Set.of("ministry", "organization", "organisation",
            "department", "office", "council", "committee", "commission", "agency", "government", "administration",
            "court", "party", "union", "group", "service", "bureau", "board", "authority", "mission", "embassy", "staff",
            "command", "headquarters", "treaty", "agreement", "accord", "convention", "plan", "program", "programme",
            "charter", "campaign", "alliance", "coalition", "federation");

    private final Lexicon lexicon;

    public NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Mention> find(Document doc) {
        Tokens tokens = doc.tokens();
        boolean[] headlineCase = headlineCaseLines(doc);
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsRun(tokens, i) || doc.isBoilerplateToken(i)) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && tokens.adjacentOnLine(end)
                    && doc.sentences().of(end + 1) == doc.sentences().of(i) && continuesRun(tokens, end + 1)) {
                end++;
            }
            while (end > i && PARTICLES.contains(tokens.lower(end))) {
                end--;
            }
            Mention mention = classify(doc, i, end, headlineCase);
            if (mention != null) {
                mentions.add(mention);
            }
            i = end + 1;
        }
        return withoutSentenceInitialWords(doc, withoutNamesInsideRoles(mentions));
    }

    /**
     * A lone capitalised word opening a sentence ("Wait, ...", "Hours later", "Environmentalists hated it") is a
     * name only if the article uses it in a fuller name too, or it is followed by a reporting verb or a comma.
     */
    private List<Mention> withoutSentenceInitialWords(Document doc, List<Mention> mentions) {
        Tokens tokens = doc.tokens();
        java.util.Set<String> knownNameWords = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON && m.first() < m.last()) {
                knownNameWords.add(tokens.lower(m.first()));
                knownNameWords.add(tokens.lower(m.last()));
            }
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int start = m.roleFirst() >= 0 ? Math.min(m.roleFirst(), m.first()) : m.first();
            boolean opensSentence = start == doc.sentences().first(doc.sentences().of(start))
                    || start > 0 && QuoteChars.isQuoteMark(tokens.first(start - 1));
            boolean lone = m.first() == m.last() && m.roleFirst() < 0 && m.type() == MentionType.SURNAME;
            int next = m.last() + 1;
            boolean speaks = next < tokens.size() && (lexicon.isSpeechVerb(tokens.lower(next)) || tokens.is(next, ',')
                    || tokens.is(next, "'s") || tokens.is(next, "\u2019s") || next + 1 < tokens.size()
                    && lexicon.isSpeechVerb(tokens.lower(next + 1)) && !tokens.isCapitalized(next));
            if (!(opensSentence && lone) || knownNameWords.contains(tokens.lower(m.first())) || speaks) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * "the Russian Federation" inside "Permanent Representative of the Russian Federation" is part of a title.
     * A mention's own role never covers its name (it stands before or after it), so this only asks whether any
     * role covers the name: roles sorted by start with the furthest end reached so far answer it in log time,
     * keeping a page with a hundred thousand names linear.
     */
    private static List<Mention> withoutNamesInsideRoles(List<Mention> mentions) {
        List<Mention> roles = mentions.stream().filter(Mention::hasRole)
                .sorted(java.util.Comparator.comparingInt(Mention::roleFirst)).toList();
        int[] starts = new int[roles.size()];
        int[] furthestEnd = new int[roles.size()];
        for (int i = 0; i < roles.size(); i++) {
            starts[i] = roles.get(i).roleFirst();
            furthestEnd[i] = Math.max(roles.get(i).roleLast(), i > 0 ? furthestEnd[i - 1] : -1);
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int lastStartingBefore = lastAtOrBelow(starts, m.first());
            if (lastStartingBefore < 0 || furthestEnd[lastStartingBefore] < m.last()) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** The index of the last value {@code <= key} in the ascending {@code values}, or -1. */
    private static int lastAtOrBelow(int[] values, int key) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Lines written in headline capitals, where a capital letter says nothing about names. */
    private static boolean[] headlineCaseLines(Document doc) {
        boolean[] headline = new boolean[doc.lines().size()];
        for (int line = 0; line < headline.length; line++) {
            headline[line] = isHeadlineCase(doc.text(), doc.lines().start(line), doc.lines().end(line));
        }
        return headline;
    }

    /** Whether seven in ten words of four or more characters in {@code text[start, end)} are capitalised. */
    private static boolean isHeadlineCase(String text, int start, int end) {
        int longWords = 0;
        int capitalized = 0;
        for (int i = start; i < end; ) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int wordStart = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i - wordStart > 3) {
                longWords++;
                if (Character.isUpperCase(text.charAt(wordStart))) {
                    capitalized++;
                }
            }
        }
        return longWords >= 3 && capitalized * 10 >= longWords * 7;
    }

    private boolean startsRun(Tokens tokens, int i) {
        return tokens.isWord(i) && tokens.isCapitalized(i) && !isShout(tokens, i) && !lexicon.isSpeechVerb(tokens.lower(i))
                && !hasLowercaseTail(tokens.text(i)) && !isInitial(tokens.text(i));
    }

    /** "Los Angeles-based", "Kremlin-backed": an adjective made from a name. */
    private static boolean hasLowercaseTail(String word) {
        int dash = word.lastIndexOf('-');
        return dash > 0 && dash + 1 < word.length() && Character.isLowerCase(word.charAt(dash + 1));
    }

    /** "J." alone, or the "Y." left of "(D-N.Y.)": an initial is never a name by itself. */
    private static boolean isInitial(String word) {
        return word.length() == 2 && word.charAt(1) == '.';
    }

    private boolean continuesRun(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return false;
        }
        if (PARTICLES.contains(tokens.lower(i))) {
            return i + 1 < tokens.size() && tokens.isWord(i + 1) && tokens.isCapitalized(i + 1);
        }
        String word = tokens.lower(i);
        return tokens.isCapitalized(i) && !isShout(tokens, i) && !lexicon.isSpeechVerb(word) && !hasLowercaseTail(tokens.text(i))
                && !(lexicon.isFunctionWord(word) && !lexicon.isTitleWord(word));
    }

    /** An all-capitals word of five letters or more (a dateline, a shouted heading), not an acronym. */
    private static boolean isShout(Tokens tokens, int i) {
        String word = tokens.text(i);
        return word.length() >= 5 && isUpperCase(word) && word.chars().anyMatch(Character::isLetter);
    }

    /** Whether {@code word} is its own upper case; asked of every capitalised word, so ASCII ones need no copy. */
    private static boolean isUpperCase(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= 128) {
                return word.equals(word.toUpperCase(Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    private Mention classify(Document doc, int first, int last, boolean[] headlineCase) {
        Tokens tokens = doc.tokens();
        int start = first;
        while (start <= last && lexicon.isFunctionWord(bare(tokens.lower(start)))) {
            start++;
        }
        if (start > last) {
            return null;
        }
        if (start == last && lexicon.isGroupOfPeople(tokens.lower(start))) {
            // "Economists", "Officials" opening a sentence: a group speaking together, named like an organization.
            return new Mention(start, last, MentionType.ORGANIZATION, -1, -1, doc.tokenText(start, last), null,
                    Gender.UNKNOWN);
        }
        // The first given name splits a title from the name ("Foreign Ministry Spokeswoman Maria Zakharova").
        int nameStart = start;
        Gender gender = Gender.UNKNOWN;
        boolean personalTitle = false;
        int givenAfterTitle = givenNameAfterTitle(tokens, start, last);
        while (nameStart < givenAfterTitle || nameStart < last && (isTitle(tokens.lower(nameStart)) || isPortfolio(tokens, nameStart)
                || isDemonym(tokens, nameStart))
                && !lexicon.isGivenName(tokens.lower(nameStart))
                || nameStart == last && isTitle(tokens.lower(nameStart)) && !isHonorific(tokens, nameStart - 1)) {
            String word = tokens.lower(nameStart);
            if (HONORIFICS_MALE.contains(word)) {
                gender = Gender.MALE;
            } else if (HONORIFICS_FEMALE.contains(word)) {
                gender = Gender.FEMALE;
            } else if (lexicon.descriptorGender(bare(word)) != Gender.UNKNOWN) {
                gender = lexicon.descriptorGender(bare(word));
            }
            personalTitle |= lexicon.isDescriptorHead(bare(word)) || HONORIFICS_MALE.contains(word)
                    || HONORIFICS_FEMALE.contains(word) || word.endsWith(".");
            nameStart++;
        }
        String whole = doc.tokenText(start, last);
        if (start == last && GENERIC_INSTITUTIONS.contains(tokens.lower(start))) {
            return null; // "Ministry", "Organization" alone name no one in particular
        }
        if (nameStart > last) {
            // "the Foreign Ministry Spokeswoman" describes a person: a description, not an institution.
            return hasOrganizationWord(tokens, start, last) && !lexicon.isDescriptorHead(bare(tokens.lower(last)))
                    ? new Mention(start, last, MentionType.ORGANIZATION, -1, -1, whole, null, Gender.UNKNOWN) : null;
        }
        String name = doc.tokenText(nameStart, last);
        boolean givenName = lexicon.isGivenName(tokens.lower(nameStart)) && nameStart < last;
        if (!givenName && (hasOrganizationWord(tokens, nameStart, last) || lexicon.isOrganizationWord(tokens.lower(last)))) {
            return new Mention(start, last, MentionType.ORGANIZATION, -1, -1, whole, null, Gender.UNKNOWN);
        }
        if (MULTIWORD_PLACES.contains(name.toLowerCase(Locale.ROOT)) || nameStart == last && lexicon.isPlace(name)
                || allPlaces(tokens, nameStart, last)) {
            boolean speaks = last + 1 < tokens.size() && lexicon.isSpeechVerb(tokens.lower(last + 1));
            if (COMPASS_POINTS.contains(name.toLowerCase(Locale.ROOT)) && nameStart == last && speaks) {
                return new Mention(nameStart, last, MentionType.SURNAME, -1, -1, name, null, Gender.UNKNOWN); // "West said"
            }
            return COMPASS_POINTS.contains(name.toLowerCase(Locale.ROOT)) ? null
                    : new Mention(nameStart, last, MentionType.PLACE, -1, -1, name, null, Gender.UNKNOWN);
        }
        if (gender == Gender.UNKNOWN && givenName) {
            gender = lexicon.givenNameGender(tokens.lower(nameStart));
        }
        int roleFirst = extendRoleLeft(doc, nameStart);
        int roleLast = nameStart - 1;
        if (roleFirst > roleLast) {
            int[] apposition = givenName || nameStart < last ? appositiveRole(doc, last) : null;
            roleFirst = apposition == null ? -1 : apposition[0];
            roleLast = apposition == null ? -1 : apposition[1];
        }
        if (!givenName && !personalTitle && headlineCase[doc.lines().of(tokens.start(first))]) {
            return null; // in a headline every word is capitalised: only a given name or a title makes a person
        }
        MentionType type;
        if (givenName || nameStart < last || personalTitle || roleFirst >= 0 && roleHasHead(tokens, roleFirst, roleLast)) {
            type = MentionType.PERSON;
        } else {
            type = MentionType.SURNAME;
            if (last + 1 < tokens.size() && !tokens.isCapitalized(last + 1) && lexicon.isDescriptorHead(tokens.lower(last + 1))) {
                return null; // "a senior Velmoran diplomat": a modifier, not a surname
            }
        }
        return new Mention(nameStart, last, type, roleFirst, roleLast, name, null, gender);
    }

    /** "PolitiFact Executive Director Aaron Sharockman": a given name right after a title starts the name. */
    private int givenNameAfterTitle(Tokens tokens, int start, int last) {
        for (int k = start + 1; k < last; k++) {
            if (lexicon.isGivenName(tokens.lower(k)) && isTitle(tokens.lower(k - 1))) {
                return k;
            }
        }
        return start;
    }

    private static boolean isHonorific(Tokens tokens, int i) {
        if (i < 0) {
            return false;
        }
        String word = tokens.lower(i);
        return HONORIFICS_MALE.contains(word) || HONORIFICS_FEMALE.contains(word) || word.equals("dr.");
    }

    /**
     * Takes in the whole title written before a name, across case and small connectors: "Kremlin spokesman",
     * "First Deputy Permanent Representative of the Russian Federation to the UN".
     */
    private int extendRoleLeft(Document doc, int roleStart) {
        Tokens tokens = doc.tokens();
        int start = roleStart;
        int j = start - 1;
        if (j >= 0 && ROLE_CONNECTORS.contains(tokens.lower(j))) {
            return start; // "Republican of Minnesota": a place after "of", not a name after its title
        }
        while (j >= 0 && tokens.adjacentOnLine(j)) {
            if (isRoleWord(tokens, j)) {
                start = j--;
                continue;
            }
            int k = j;
            while (k >= 0 && j - k < 3 && ROLE_CONNECTORS.contains(tokens.lower(k)) && tokens.adjacentOnLine(k)) {
                k--;
            }
            if (k == j || k < 0 || !tokens.adjacentOnLine(k) || !tokens.isCapitalized(k) || !isRoleWord(tokens, k)) {
                break;
            }
            j = k;
        }
        while (start < roleStart && ROLE_CONNECTORS.contains(tokens.lower(start))) {
            start++;
        }
        return start;
    }

    private boolean roleHasHead(Tokens tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (lexicon.isDescriptorHead(bare(tokens.lower(k)))) {
                return true;
            }
        }
        return false;
    }

    private boolean isRoleWord(Tokens tokens, int i) {
        String word = tokens.lower(i);
        return tokens.isWord(i) && (isTitle(word) || isPortfolio(tokens, i) || lexicon.isOrganizationWord(word)
                || tokens.isCapitalized(i) && lexicon.isPlace(tokens.lower(i)) || isDemonym(tokens, i));
    }

    /** A nationality adjective before a title: "Velmoran Deputy Foreign Minister", "Ukrainian President". */
    private boolean isDemonym(Tokens tokens, int i) {
        if (!tokens.isCapitalized(i) || i + 1 >= tokens.size()
                || !isTitle(tokens.lower(i + 1)) && !isPortfolio(tokens, i + 1)
                || !tokens.adjacentOnLine(i)) {
            return false;
        }
        String word = tokens.lower(i);
        return word.length() > 4 && (word.endsWith("an") || word.endsWith("ese") || word.endsWith("ish")
                || word.endsWith("ic") || word.endsWith("i")) && !lexicon.isGivenName(tokens.lower(i));
    }

    /** The title in an apposition after a name: "Dmitry Polyanskiy, the Deputy Permanent Representative ..., said". */
    private int[] appositiveRole(Document doc, int nameLast) {
        Tokens tokens = doc.tokens();
        int i = nameLast + 1;
        if (i + 1 >= tokens.size() || !tokens.is(i, ',') || !tokens.adjacentOnLine(i)) {
            return null;
        }
        int first = i + 1;
        while (first < tokens.size() && (tokens.is(first, "the") || tokens.is(first, "a") || tokens.is(first, "an")
                || tokens.is(first, "then") || tokens.is(first, "now") || tokens.is(first, "who is"))) {
            first++;
        }
        if (first >= tokens.size() || !isRoleWord(tokens, first)) {
            return null;
        }
        int last = first;
        while (last + 1 < tokens.size() && tokens.adjacentOnLine(last) && last - first < 25
                && !tokens.is(last + 1, ',') && !tokens.is(last + 1, '.') && !tokens.is(last + 1, ';')
                && !tokens.is(last + 1, '(') && !QuoteChars.isQuoteMark(tokens.first(last + 1))
                && !lexicon.isSpeechVerb(tokens.lower(last + 1))
                && !(tokens.isCapitalized(last + 1) && lexicon.isGivenName(tokens.lower(last + 1)))) {
            last++;
        }
        return new int[] {first, last};
    }

    /**
     * The portfolio of a minister or secretary, whatever it is: "Energy" in "Energy Minister Ana Ruiz",
     * "Trade" in "Trade Secretary", so the word list need not hold every ministry there is.
     */
    private boolean isPortfolio(Tokens tokens, int i) {
        return i + 1 < tokens.size() && tokens.isCapitalized(i) && tokens.isCapitalized(i + 1) && tokens.adjacentOnLine(i)
                && PORTFOLIO_HOLDERS.contains(tokens.lower(i + 1)) && !lexicon.isGivenName(tokens.lower(i));
    }

    private boolean isTitle(String lowerWord) {
        return lexicon.isTitleWord(lowerWord) || lexicon.isTitleWord(bare(lowerWord));
    }

    private boolean hasOrganizationWord(Tokens tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (lexicon.isOrganizationWord(tokens.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean allPlaces(Tokens tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!lexicon.isPlace(tokens.lower(k))) {
                return false;
            }
        }
        return true;
    }

    static String bare(String lowerWord) {
        return lowerWord.endsWith(".") ? lowerWord.substring(0, lowerWord.length() - 1) : lowerWord;
    }
}
