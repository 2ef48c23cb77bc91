package org.demarche.cli.eval;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scorer's speaker key: the surname, romanised from Cyrillic close to BGN/PCGN and with the usual
 * transliteration variants folded, so Рябков = Ryabkov and Polyanskiy = Polyansky. It mirrors
 * {@code norm_name} of the shared scorer so that {@code demarche eval} prints the same figures.
 */
final class SurnameKey {
    private static final String CYRILLIC = "абвгдежзиклмнопрстуфхцчшщъыьэюяієїґў";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "k", "l", "m", "n", "o", "p",
            "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye", "yi", "g", "w"};
    private static final String AFTER_VOWEL = "аеиоуыэюяіїєьъ ";
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");

    private final Map<String, String> aliases;

    SurnameKey(Map<String, String> aliases) {
        this.aliases = new HashMap<>(aliases);
    }

    String of(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        name = aliases.getOrDefault(name.strip().toLowerCase(Locale.ROOT), name);
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        StringBuilder romanised = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int index = CYRILLIC.indexOf(c);
            if (c == 'е' && (i == 0 || AFTER_VOWEL.indexOf(s.charAt(i - 1)) >= 0)) {
                romanised.append("ye");
            } else if (index >= 0) {
                romanised.append(LATIN[index]);
            } else {
                romanised.append(c);
            }
        }
        String last = null;
        Matcher m = LETTERS.matcher(romanised);
        while (m.find()) {
            last = m.group();
        }
        if (last == null) {
            return null;
        }
        String k = last.replace('j', 'y').replace("kh", "h");
        k = k.replaceAll("iy?(?=[aou])", "y");
        k = k.replace("ye", "e");
        k = k.replaceAll("(?<=[aeiou])y(?=[^aeiouy])", "i");
        return k.replaceAll("(iy|ii|yi|yy|i|y)$", "y");
    }
}
