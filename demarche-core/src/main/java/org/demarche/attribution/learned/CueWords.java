package org.demarche.attribution.learned;

/**
 * A small hand-made list of words that often carry attribution, with their inflected forms, so the cue tagger
 * can generalise from "pledged" to "pledges" and from frequent to rare verbs of the same kind. Each form maps to
 * its lemma's hash and a class. Words are looked up by hash, never as strings.
 */
final class CueWords {
    static final int NONE = 0;
    /** Verbs of saying: say, tell, warn, urge, criticize... */
    static final int SPEECH = 1;
    /** Verbs of thinking, wanting and planning: believe, want, expect, seem... */
    static final int MIND = 2;
    /** Sources that show or find: poll, study, show, find, estimate... */
    static final int EVIDENCE = 3;
    /** Nouns and phrases that attribute: according, statement, remarks, call... */
    static final int NOUN = 4;

    private static final String SPEECH_LEMMAS = "say tell add note state stress emphasize warn insist argue claim assert "
            + "declare explain remark comment observe report write tweet post ask answer reply respond announce "
            + "acknowledge admit concede confirm deny reveal disclose recall suggest propose predict promise pledge vow "
            + "threaten urge call demand request complain criticize praise blame accuse attack slam blast dismiss reject "
            + "defend describe characterize label cite mention quote joke boast brag tout question challenge wonder "
            + "conclude contend maintain allege charge disagree object protest testify inform assure remind advise "
            + "caution repeat reiterate echo counter retort signal hint imply speak talk discuss address lobby endorse "
            + "applaud welcome condemn denounce decry lament mock ridicule chide scold rebuke thank congratulate "
            + "apologize swear clarify outline detail push praise hail tell suggest float vow announce insist accuse "
            + "lash attack knock fault question press brand dub term call";
    private static final String MIND_LEMMAS = "believe think feel know hope want wish expect plan intend fear worry "
            + "doubt suspect assume consider see view regard understand realize recognize agree prefer like love hate "
            + "seem appear decide refuse decline seek aim need anticipate envision imagine figure guess reckon suppose "
            + "trust learn discover determine judge deem support oppose favor back reject embrace share question "
            + "acknowledge accept insist try vow commit";
    private static final String EVIDENCE_LEMMAS = "show find indicate estimate project rank rate poll survey study "
            + "data analysis research report find suggest predict forecast measure";
    private static final String NOUN_WORDS = "according statement statements remarks remark comments comment words "
            + "announcement promise pledge proposal call calls warning argument suggestion assertion allegation "
            + "allegations accusation accusations charges criticism praise endorsement opposition concern concerns "
            + "belief view views opinion interview speech letter tweet tweets op-ed memo testimony claim claims "
            + "plan plans hopes fears sources source spokesman spokeswoman spokesperson officials aides told per";
    private static final String IRREGULAR = "said:say told:tell wrote:write written:write thought:think felt:feel "
            + "knew:know known:know saw:see seen:see found:find spoke:speak spoken:speak understood:understand "
            + "sought:seek put:put planned:plan planning:plan admitted:admit admitting:admit committed:commit "
            + "committing:commit regretted:regret swore:swear sworn:swear took:take taken:take gave:give given:give "
            + "made:make held:hold kept:keep meant:mean stood:stand taught:teach brought:bring bought:buy "
            + "forecast:forecast estimated:estimate slammed:slam slamming:slam referred:refer referring:refer "
            + "fretted:fret mocked:mock mocking:mock lobbied:lobby lobbies:lobby ";

    private static final int SIZE = 4096;
    private static final int[] KEYS = new int[SIZE];
    private static final int[] VALUES = new int[SIZE];
    private static final boolean[] USED = new boolean[SIZE];

    static {
        for (String lemma : SPEECH_LEMMAS.split(" ")) {
            addLemma(lemma, SPEECH);
        }
        for (String lemma : MIND_LEMMAS.split(" ")) {
            addLemma(lemma, MIND);
        }
        for (String lemma : EVIDENCE_LEMMAS.split(" ")) {
            addLemma(lemma, EVIDENCE);
        }
        for (String word : NOUN_WORDS.split(" ")) {
            put(word, word, NOUN);
        }
        for (String pair : IRREGULAR.trim().split(" ")) {
            String[] p = pair.split(":");
            int cls = classOf(p[1]);
            put(p[0], p[1], cls == NONE ? SPEECH : cls);
        }
    }

    private CueWords() {
    }

    /** {@code (lemma hash << 3) | class} for a word hash; or 0 when the word is not listed. */
    static int lookup(int wordHash) {
        int slot = Hash.mix(wordHash) & (SIZE - 1);
        while (USED[slot]) {
            if (KEYS[slot] == wordHash) {
                return VALUES[slot];
            }
            slot = (slot + 1) & (SIZE - 1);
        }
        return 0;
    }

    private static int classOf(String lemma) {
        return lookup(Hash.of(lemma)) & 7;
    }

    private static void addLemma(String lemma, int cls) {
        for (String form : forms(lemma)) {
            put(form, lemma, cls);
        }
    }

    /** Base, third person, past and -ing forms by the regular rules. */
    static String[] forms(String lemma) {
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        boolean consonantY = lemma.endsWith("y") && lemma.length() > 1 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
        String third = consonantY ? lemma.substring(0, lemma.length() - 1) + "ies"
                : lemma.matches(".*(s|sh|ch|x|z)") ? lemma + "es" : lemma + "s";
        String past = consonantY ? lemma.substring(0, lemma.length() - 1) + "ied" : stem + "ed";
        String ing = lemma.endsWith("ee") ? lemma + "ing" : stem + "ing";
        return new String[] {lemma, third, past, ing};
    }

    private static void put(String form, String lemma, int cls) {
        int key = Hash.of(form);
        int slot = Hash.mix(key) & (SIZE - 1);
        while (USED[slot]) {
            if (KEYS[slot] == key) {
                return; // the first listing wins
            }
            slot = (slot + 1) & (SIZE - 1);
        }
        USED[slot] = true;
        KEYS[slot] = key;
        VALUES[slot] = (Hash.of(lemma) << 3) | cls;
    }
}
