package org.demarche.kb.people;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.demarche.people.NameKey;

/**
 * Romanised and folded forms of person names, so that the spellings of one name in different scripts and
 * transliteration systems meet: "Рябков" and "Ryabkov", "Polyanskiy" and "Polyansky", "Zelenskyy" and "Zelenski",
 * "Nebenzia" and "Nebenzya", "Yermak" and "Ermak".
 *
 * <p>{@link #latin} romanises with ICU4J (Russian-Latin/BGN for Cyrillic, Ukrainian-Latin/BGN when a name is spelt
 * the Ukrainian way, ICU's generic rules for other scripts) and folds accents to ASCII. {@link #key} then folds one word further: the core's {@link NameKey} rules
 * (j/y, kh/h, ia/ya, ye/e, final i/y/iy/yy) plus doubled letters ("Vassily"), x/ks, ph/f, w/v and a final -off
 * ("Smirnoff"). Stateless and thread-safe.
 */
public final class NameForms {
    /*
     * ICU documents transliterators as unsafe for concurrent use, so each is used under its own lock. They are
     * applied one by one, each only when needed: a compound ID ("Russian-Latin/BGN; Any-Latin; Latin-ASCII") costs
     * several times more than BGN alone even on a Cyrillic name, and names are romanised for every sighting.
     */
    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN");
    /** Ukrainian's и is "y" ("Volodymyr") where Russian's is "i". */
    private static final Transliterator UKRAINIAN = Transliterator.getInstance("Ukrainian-Latin/BGN");
    /** Any other script (Greek, Arabic, Han ...). */
    private static final Transliterator ANY = Transliterator.getInstance("Any-Latin");
    /** Latin letters with no ASCII decomposition: ß, Ł, Đ, Ø, Æ. */
    private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");
    /** Soft and hard signs, which BGN writes as apostrophes ("Zelens'kiy") that no Latin-script outlet prints. */
    private static final Pattern SIGNS = Pattern.compile("[\u044c\u042c\u044a\u042a]");
    /**
     * Marks of Ukrainian spelling: the letters і, ї, є, ґ, which Russian lacks, and the soft sign of the surname
     * endings -ський, -цький, which Russian writes -ский, -цкий ("Зеленський" / "Зеленский").
     */
    private static final Pattern UKRAINIAN_SPELLING = Pattern.compile(
            "[\u0456\u0457\u0454\u0491\u0406\u0407\u0404\u0490]|[\u0441\u0446]\u044c\u043a");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameForms() {
    }

    /** The name in Latin letters without accents, spaces collapsed: "Сергей Рябков" is "Sergey Ryabkov". */
    public static String latin(String name) {
        String s = name.strip().replaceAll("\\s+", " ");
        if (isAscii(s)) {
            return s;
        }
        if (hasScript(s, Character.UnicodeScript.CYRILLIC)) {
            Transliterator bgn = UKRAINIAN_SPELLING.matcher(s).find() ? UKRAINIAN : RUSSIAN;
            s = apply(bgn, SIGNS.matcher(s).replaceAll(""));
        }
        if (hasScript(s, null)) {
            s = apply(ANY, s);
        }
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return isAscii(s) ? s : apply(LATIN_ASCII, s);
    }

    private static String apply(Transliterator transliterator, String s) {
        synchronized (transliterator) {
            return transliterator.transliterate(s);
        }
    }

    /** True when a letter of {@code s} is in {@code script}, or with null in any script but Latin. */
    private static boolean hasScript(String s, Character.UnicodeScript script) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c)) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                if (script == null ? sc != Character.UnicodeScript.LATIN : sc == script) {
                    return true;
                }
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The folded key of one word of a name ("Zelenskyy" and "Zelenski" give "zelensky"); empty for no letters. */
    public static String key(String word) {
        String folded = NameKey.of(latin(word));
        StringBuilder out = new StringBuilder(folded.length() + 2);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char next = i + 1 < folded.length() ? folded.charAt(i + 1) : 0;
            if (c == 'p' && next == 'h') {
                out.append('f');
                i++;
            } else if (c == 'x') {
                out.append("ks");
            } else if (c == 'w') {
                out.append('v');
            } else if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c); // doubled letters fold to one
            }
        }
        int n = out.length();
        if (n > 2 && out.charAt(n - 2) == 'o' && out.charAt(n - 1) == 'f') {
            out.setCharAt(n - 1, 'v');
        }
        return out.toString();
    }

    /**
     * The surname keys under which identities that may be this person are looked up: the key of the surname,
     * and of each part of a hyphenated one ("Rimsky-Korsakov": "rimskykorsakov", "rimsky", "korsakov"). Empty
     * when the name has no letters.
     */
    public static Set<String> blockingKeys(String name) {
        return surnameKeys(PersonName.parse(name).surname());
    }

    /** The keys of a surname already split off ({@link #blockingKeys} without the parsing). */
    static Set<String> surnameKeys(String surname) {
        Set<String> keys = new LinkedHashSet<>();
        addKey(keys, surname);
        if (surname.indexOf('-') > 0) {
            for (String part : surname.split("-")) {
                addKey(keys, part);
            }
        }
        return java.util.Collections.unmodifiableSet(keys);
    }

    private static void addKey(Set<String> keys, String word) {
        String k = key(word);
        if (!k.isEmpty()) {
            keys.add(k);
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
