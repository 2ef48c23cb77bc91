package org.demarche.kb.statements;

import java.util.List;
import java.util.Map;

/**
 * Numbers written in words become digits ("two hundred" is "200", "nine" is "9"), since outlets' style guides
 * differ on which numbers to spell out. Handles units, tens, "hundred" and "thousand" (with "and" between, as in
 * "two hundred and fifty"); larger multipliers stay words, as outlets write "2.5 billion" alike.
 */
final class NumberWords {
    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    private NumberWords() {
    }

    /**
     * Replaces each run of number words in {@code words} (and the matching entries of {@code names}) by one digit
     * word; both lists are changed in place.
     */
    static void toDigits(List<String> words, List<Boolean> names) {
        for (int i = 0; i < words.size(); i++) {
            if (!VALUES.containsKey(words.get(i))) {
                continue;
            }
            long total = 0;
            long current = 0;
            int end = i;
            while (end < words.size()) {
                String w = words.get(end);
                Integer value = VALUES.get(w);
                if (value != null) {
                    current += value;
                } else if (w.equals("hundred") && current > 0) {
                    current *= 100;
                } else if (w.equals("thousand") && current > 0) {
                    total += current * 1000;
                    current = 0;
                } else if (!(w.equals("and") && end + 1 < words.size() && VALUES.containsKey(words.get(end + 1))
                        && end > i && words.get(end - 1).equals("hundred"))) {
                    break;
                }
                end++;
            }
            words.subList(i + 1, end).clear();
            names.subList(i + 1, end).clear();
            words.set(i, Long.toString(total + current));
        }
    }
}
