package org.demarche.cli.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.demarche.article.RawArticle;

/**
 * Invented news articles for load tests: fictional officials of fictional countries, each article quoting a few of
 * them in the shapes the pipeline reads ("..., X said.", "X said on Tuesday that ..."). Statements are built from a
 * large made-up vocabulary plus the words of the security-diplomacy topics, so nearly every one is distinct and
 * full-text queries have realistic selectivity. Deterministic: the same seed gives the same articles.
 */
public final class SyntheticCorpus {
    /** Statements per article: three direct quotes and two reported ones, give or take what the pipeline finds. */
    public static final int STATEMENTS_PER_ARTICLE = 5;

    private static final String[] SYLLABLES = {"ka", "lo", "ve", "ran", "dor", "mi", "sta", "vel", "ori", "tan",
        "bre", "sul", "kor", "avi", "len", "mar", "tis", "ond", "rus", "ela", "fen", "gor", "hal", "ist", "jun",
        "nov", "pra", "qui", "sen", "tro", "ul", "vor", "wen", "xa", "yel", "zor"};
    private static final String[] ROLES = {"Foreign Minister", "Defence Minister", "Prime Minister", "President",
        "Deputy Foreign Minister", "Ambassador", "Spokeswoman", "Spokesman", "Energy Minister", "Chief Negotiator"};
    /**
     * Words of the security-diplomacy topics, at most two each: a three-word phrase repeated in thousands of
     * statements would be one shared grouping key, which real text only has for a few set phrases.
     */
    private static final String[] TOPIC_PHRASES = {"sanctions", "security guarantees", "arms control",
        "nuclear weapons", "peace talks", "ceasefire", "gas supplies", "Security Council", "enlargement",
        "missile treaty", "energy prices", "border monitors", "prisoner exchanges", "air defence"};

    private final List<String> people;
    private final List<String> places;
    private final List<String> outlets;
    private final List<String> words;
    private final long seed;

    /** @param people how many distinct officials appear (they get a fixed role each) */
    public SyntheticCorpus(int people, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        this.people = IntStream.range(0, people).mapToObj(i ->
                ROLES[i % ROLES.length] + " " + capital(name(random, 2)) + " " + capital(name(random, 3))).toList();
        this.places = IntStream.range(0, 60).mapToObj(i -> name(random, 3).toUpperCase(Locale.ROOT)).toList();
        this.outlets = IntStream.range(0, 40).mapToObj(i -> capital(name(random, 2)) + " " + (i % 2 == 0 ? "Wire" : "Herald")).toList();
        this.words = IntStream.range(0, 5000).mapToObj(i -> name(random, 2 + i % 3)).distinct().toList();
        this.seed = seed;
    }

    /** The made-up words statements are built from (load tests pick query words here). */
    public List<String> words() {
        return words;
    }

    /** {@code count} articles, from 2024-01-01 on, about 60 a day. */
    public Stream<RawArticle> articles(int count) {
        return IntStream.range(0, count).mapToObj(this::article);
    }

    private RawArticle article(int n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(n / 60);
        String outlet = outlets.get(random.nextInt(outlets.size()));
        String first = people.get(random.nextInt(people.size()));
        String second = people.get(random.nextInt(people.size()));
        String place = places.get(random.nextInt(places.size()));
        StringBuilder text = new StringBuilder();
        text.append(place).append(", ").append(date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .append(' ').append(date.getDayOfMonth()).append(" (").append(outlet).append(") — ")
                .append(first).append(" said on ").append(weekday(date)).append(" that ")
                .append(clause(random)).append(".\n\n");
        text.append('"').append(capital(clause(random))).append(",\" ").append(surname(first)).append(" said.\n\n");
        text.append(second).append(" said the government ").append(clause(random)).append(".\n\n");
        text.append('"').append(capital(clause(random))).append(",\" ").append(surname(second)).append(" told reporters.\n\n");
        text.append('"').append(capital(clause(random))).append(",\" ").append(surname(first)).append(" added.\n");
        return new RawArticle("synthetic-" + n, text.toString(), "https://synthetic.example/" + n,
                null, date.toString(), outlet, "en", null);
    }

    /**
     * About twelve made-up words with one topic phrase among them ("kalove sentaro sanctions orivel ..."): no two
     * statements share a template, as real ones do not, so grouping finds no false near copies.
     */
    private String clause(SplittableRandom random) {
        int length = 9 + random.nextInt(6);
        int topicAt = random.nextInt(length);
        StringBuilder clause = new StringBuilder();
        for (int i = 0; i < length; i++) {
            clause.append(i == 0 ? "" : " ").append(i == topicAt
                    ? TOPIC_PHRASES[random.nextInt(TOPIC_PHRASES.length)] : word(random));
        }
        return clause.toString();
    }

    private String word(SplittableRandom random) {
        return words.get(random.nextInt(words.size()));
    }

    private static String weekday(LocalDate date) {
        DayOfWeek day = date.minusDays(1).getDayOfWeek();
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String surname(String person) {
        return person.substring(person.lastIndexOf(' ') + 1);
    }

    private static String name(SplittableRandom random, int syllables) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return name.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
