package org.demarche.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.demarche.article.RawArticle;

/**
 * Invented articles about fictional countries, generated from a seed: the same seed and count give the same
 * articles. About one quotation in four is one another article already carried, so statements group.
 */
final class CorpusGenerator {
    private static final List<String> GIVEN = List.of("Oren", "Lida", "Tomas", "Ada", "Mirko", "Sela", "Bram", "Ines",
            "Kasimir", "Nadia", "Evert", "Yara");
    private static final List<String> SURNAMES = List.of("Vasku", "Marrow", "Kellan", "Brenner", "Dalvik", "Oster",
            "Quill", "Renko", "Saarin", "Tovey", "Ulmer", "Wendt", "Zorin", "Halloway", "Pettersen", "Moravec");
    private static final List<String> ROLES = List.of("Foreign Minister", "Defence Minister", "Prime Minister",
            "ambassador", "spokeswoman", "envoy");
    private static final List<String> COUNTRIES = List.of("Varnia", "Ostmark", "Lowland", "Kessia", "Brevania",
            "Tarsland");
    private static final List<String> OUTLETS = List.of("Northern Courier", "Ostmark Gazette", "Kessel Herald",
            "Lowland Wire", "Varnia Today");
    private static final List<String> SUBJECTS = List.of("the border", "the grain corridor", "the river treaty",
            "our air defence", "the sanctions regime", "the ceasefire line", "the nuclear talks", "the gas pipeline",
            "the summit in Kessel", "the arms control accord");
    private static final List<String> PREDICATES = List.of("will stay open to every honest trader",
            "is not up for negotiation", "must be settled before the winter", "deserves a fair hearing",
            "cannot survive another year of threats", "will be discussed at the next meeting",
            "remains the cornerstone of our security", "has to be rebuilt step by step");

    private CorpusGenerator() {
    }

    static Stream<RawArticle> articles(long seed, int count) {
        return IntStream.range(0, count).mapToObj(i -> article(seed, i));
    }

    static RawArticle article(long seed, int i) {
        Random r = new Random(seed * 1_000_003L + i);
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i % 300);
        String outlet = pick(r, OUTLETS);
        String country = pick(r, COUNTRIES);
        StringBuilder text = new StringBuilder("Talks on ").append(pick(r, SUBJECTS)).append(" continue\n\n")
                .append(country.toUpperCase(java.util.Locale.ROOT)).append(", ").append(day.getMonth()
                        .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
                .append(' ').append(day.getDayOfMonth()).append(" (").append(outlet).append(") - ");
        int quotes = 2 + r.nextInt(3);
        for (int q = 0; q < quotes; q++) {
            String given = pick(r, GIVEN);
            String surname = pick(r, SURNAMES);
            // A quote shared across articles: drawn from a small pool keyed by the speaker.
            boolean shared = r.nextInt(4) == 0;
            Random words = shared ? new Random(surname.hashCode() * 31L + r.nextInt(3)) : r;
            String quote = capitalise(pick(words, SUBJECTS)) + " " + pick(words, PREDICATES) + " and " + pick(words, SUBJECTS)
                    + " " + pick(words, PREDICATES) + (shared ? "" : ", article " + i + " quote " + q);
            text.append(country).append("'s ").append(pick(r, ROLES)).append(' ').append(given).append(' ')
                    .append(surname).append(" spoke to reporters.\n\n\"").append(quote).append(",\" ")
                    .append(surname).append(" said.\n\n");
        }
        return new RawArticle("gen-" + seed + "-" + i, text.toString(), "https://news.example/" + seed + "/" + i, null,
                day.toString(), outlet, "en", null);
    }

    private static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
