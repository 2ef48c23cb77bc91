package org.demarche.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The nominative forms a Russian name may have behind one of its case forms: "по словам Рябкова" names Рябков,
 * "с Маковским" Маковский, "Грачёвой" Грачёва, "Алексея" Алексей. Russian surnames and given names decline by a
 * few regular patterns (-ов/-ев/-ин, -ский/-цкий, -ова/-ская, given names in -а/-я/-й/-ь), so undoing the case
 * endings gives a short list of candidates; which one is right is for the article's people to tell.
 */
public final class RussianCases {
    private RussianCases() {
    }

    /** Oblique ending, then what replaces it in the nominative; longest endings first. */
    private static final String[][] ENDINGS = {
        {"ского", "ский"}, {"скому", "ский"}, {"ским", "ский"}, {"ском", "ский"},
        {"цкого", "цкий"}, {"цкому", "цкий"}, {"цким", "цкий"}, {"цком", "цкий"},
        {"ской", "ская"}, {"скую", "ская"}, {"цкой", "цкая"}, {"цкую", "цкая"},
        {"ого", "ой"}, {"ого", "ый"}, {"ому", "ый"}, {"ым", ""}, {"ым", "ый"}, {"ом", ""},
        {"ой", "а"}, {"ей", "я"}, {"ей", "ь"}, {"ую", "а"}, {"ю", "я"}, {"ю", "й"}, {"ю", "ь"},
        {"я", "й"}, {"я", "ь"}, {"ем", "ей"}, {"ем", "ь"},
        {"а", ""}, {"у", ""}, {"у", "а"}, {"е", ""}, {"е", "а"}, {"ы", "а"}, {"и", "я"}, {"и", "а"},
    };

    /** {@code word} itself, then each nominative it may be a case form of, in the same capitalisation. */
    public static List<String> nominatives(String word) {
        List<String> out = new ArrayList<>(4);
        out.add(word);
        String lower = word.toLowerCase(Locale.ROOT);
        for (String[] ending : ENDINGS) {
            if (lower.endsWith(ending[0]) && lower.length() - ending[0].length() >= 2) {
                String candidate = word.substring(0, word.length() - ending[0].length()) + ending[1];
                if (!out.contains(candidate)) {
                    out.add(candidate);
                }
            }
        }
        return out;
    }

    /** Whether a surname in the nominative is a woman's: Грачёва, Кострова, Зимина, Маковская. */
    public static boolean isFeminineSurname(String surname) {
        String lower = surname.toLowerCase(Locale.ROOT);
        return lower.endsWith("ова") || lower.endsWith("ева") || lower.endsWith("ёва") || lower.endsWith("ина")
                || lower.endsWith("ая") || lower.endsWith("ына");
    }
}
