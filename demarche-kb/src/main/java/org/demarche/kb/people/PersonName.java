package org.demarche.kb.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name split into given names and surname, in Latin letters: "Dr. John J. Sullivan Jr." has the given
 * names John and J., the surname Sullivan and the suffix "jr". Honorifics are dropped; particles before the
 * surname ("von der", "de") are neither given names nor the surname. The surname is the last word, which is
 * right for Western and Russian order alike.
 *
 * @param given   the given names in order: first name, then middle names, patronymics or initials
 * @param surname the last word as written (romanised), or empty when the name has no words
 * @param suffix  "jr", "sr", "ii", ... lower case, or empty
 */
public record PersonName(List<GivenName> given, String surname, String suffix) {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
            "prof", "mx");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** Surname particles: after the first word, or first in lower case ("von der Leyen"; in "Al Gore" a given name). */
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "del", "della", "da", "di",
            "du", "la", "le", "al", "el", "bin", "ibn", "ter", "ten", "dos", "das");

    public PersonName {
        given = List.copyOf(given);
    }

    /** Parses a name as an article writes it, in any script. */
    public static PersonName parse(String name) {
        List<String> words = new ArrayList<>(List.of(NameForms.latin(name).replace(",", " ").strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && HONORIFICS.contains(bare(words.get(0)))) {
            words.remove(0);
        }
        String suffix = "";
        if (words.size() > 1 && SUFFIXES.contains(bare(words.get(words.size() - 1)))) {
            suffix = bare(words.remove(words.size() - 1));
        }
        if (words.isEmpty()) {
            return new PersonName(List.of(), "", suffix);
        }
        String surname = words.get(words.size() - 1);
        List<GivenName> given = new ArrayList<>();
        for (int i = 0; i < words.size() - 1; i++) {
            String word = words.get(i);
            boolean particle = PARTICLES.contains(bare(word)) && (i > 0 || Character.isLowerCase(word.charAt(0)));
            if (!particle) {
                GivenName g = GivenName.of(word);
                if (g != null) {
                    given.add(g);
                }
            }
        }
        return new PersonName(given, surname, suffix);
    }

    /** The surname's folded key ({@link NameForms#key}). */
    public String surnameKey() {
        return NameForms.key(surname);
    }

    /** True when the name has a given name written out (not only an initial). */
    public boolean hasFullGivenName() {
        return !given.isEmpty() && !given.get(0).initial();
    }

    private static String bare(String word) {
        return word.replace(".", "").toLowerCase(Locale.ROOT);
    }

    /**
     * One given name or initial.
     *
     * @param key     the folded key of the name ({@link NameForms#key}), or the initial's letter
     * @param letters the first letters it may stand for: the written one and the key's ("Yevgeny" may be "Y." or
     *                "E.", since the key folds "ye" to "e")
     * @param initial true for an initial ("J.", "J")
     */
    public record GivenName(String key, String letters, boolean initial) {
        private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Za-z]");
        private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.-?)+");

        static GivenName of(String word) {
            String letters = NOT_LETTERS.matcher(word).replaceAll("");
            if (letters.isEmpty()) {
                return null;
            }
            String first = letters.substring(0, 1).toLowerCase(Locale.ROOT);
            // "J.", "J" and the hyphenated "J.-Y." are initials; a two-letter word such as "Al" or "Bo" is a name.
            boolean initial = letters.length() == 1 || INITIALS.matcher(word).matches();
            if (initial) {
                return new GivenName(first, first, true);
            }
            String key = NameForms.key(word);
            String keyFirst = key.isEmpty() ? first : key.substring(0, 1);
            return new GivenName(key, first.equals(keyFirst) ? first : first + keyFirst, false);
        }

        /** True when this and {@code other} may be the same given name: same name, or an initial that fits. */
        boolean fits(GivenName other, GivenNames names) {
            if (initial || other.initial) {
                for (int i = 0; i < letters.length(); i++) {
                    if (other.letters.indexOf(letters.charAt(i)) >= 0) {
                        return true;
                    }
                }
                return false;
            }
            return names.same(key, other.key);
        }
    }
}
