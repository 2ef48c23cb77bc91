package org.demarche.kb.people;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.demarche.people.NameKey;

/**
 * Romanised and folded forms of person names, so that the spellings of one name in different scripts and
 * transliteration systems meet: "Рябков" and "Ryabkov", "Polyanskiy" and "Polyansky", "Zelenskyy" and "Zelenski",
 * "Nebenzia" and "Nebenzya", "Yermak" and "Ermak".
 *
 * <p>{@link #latin} romanises with ICU4J (Russian-Latin/BGN for Cyrillic, ICU's generic rules for other scripts)
 * and folds accents to ASCII. {@link #key} then folds one word further: the core's {@link NameKey} rules
 * (j/y, kh/h, ia/ya, ye/e, final i/y/iy/yy) plus doubled letters ("Vassily"), x/ks, ph/f, w/v and a final -off
 * ("Smirnoff"). Stateless and thread-safe.
 */
public final class NameForms {
    /** Cyrillic through BGN, then any remaining script, then accents to ASCII. */
    private static final Transliterator TO_LATIN = Transliterator.getInstance(
            "Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    /** Soft and hard signs, which BGN writes as apostrophes ("Zelens'kiy") that no Latin-script outlet prints. */
    private static final java.util.regex.Pattern SIGNS = java.util.regex.Pattern.compile("[\u044c\u042c\u044a\u042a]");

    private NameForms() {
    }

    /** The name in Latin letters without accents, spaces collapsed: "Сергей Рябков" is "Sergey Ryabkov". */
    public static String latin(String name) {
        String s = name.strip().replaceAll("\\s+", " ");
        if (isAscii(s)) {
            return s;
        }
        // ICU documents transliterators as not safe for concurrent use; names needing it are the minority.
        String withoutSigns = SIGNS.matcher(s).replaceAll("");
        synchronized (TO_LATIN) {
            return TO_LATIN.transliterate(withoutSigns);
        }
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
        Set<String> keys = new LinkedHashSet<>();
        String surname = PersonName.parse(name).surname();
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
