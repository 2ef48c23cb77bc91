package org.demarche.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Person;
import org.demarche.article.Quote;
import org.demarche.kb.dates.DatedStatement;
import org.demarche.kb.dates.StatementDating;
import org.demarche.kb.people.NameForms;
import org.demarche.kb.people.ParsedNames;
import org.demarche.kb.people.PersonSighting;
import org.demarche.kb.statements.StatementFingerprint;
import org.demarche.kb.topics.TopicTagger;

/**
 * An annotated article with everything the store needs computed ahead, off the writer thread: its content hash,
 * its people as sightings with blocking keys, and each statement's fingerprint, keys, topics and date. Immutable.
 *
 * @param people the article's people and speaking organizations, plus any speaker the article did not list
 * @param quotes the statements in text order
 */
public record PreparedArticle(AnnotatedArticle article, String contentHash, List<PreparedPerson> people,
                       List<PreparedQuote> quotes) {

    /**
     * One person of the article. {@code names} are its spellings and roles parsed for the matcher; {@code keys}
     * the blocking keys of every spelling.
     */
    public record PreparedPerson(PersonSighting sighting, ParsedNames names, boolean organization, Set<String> keys) {
        /** A sighting parsed for the matcher, with its blocking keys. */
        public static PreparedPerson of(PersonSighting sighting, boolean organization) {
            ParsedNames names = ParsedNames.of(sighting);
            // Organizations are matched by their whole folded name, not by a surname.
            Set<String> keys = organization ? Set.of(organizationKey(sighting.name())) : names.blockingKeys();
            return new PreparedPerson(sighting, names, organization, keys);
        }
    }

    /** One statement of the article; {@code person} indexes {@code people}, or is -1 without a speaker. */
    public record PreparedQuote(Quote quote, int person, StatementFingerprint fingerprint, Set<Long> keys,
                         List<String> topics, DatedStatement date) {
        /** A statement with its fingerprint and blocking keys, its topics and date as already found. */
        public static PreparedQuote of(Quote quote, int person, List<String> topics, DatedStatement date) {
            StatementFingerprint fingerprint = StatementFingerprint.of(quote.content().text());
            return new PreparedQuote(quote, person, fingerprint, fingerprint.blockingKeys(), topics, date);
        }
    }

    /** What ingest stores of an article (also the Spark job's per-article step, so both agree). */
    public static PreparedArticle of(AnnotatedArticle article, TopicTagger topics, LocalDate crawlDate) {
        LocalDate seen = article.published() != null ? article.published()
                : article.dateline() != null && article.dateline().resolved() != null ? article.dateline().resolved()
                : crawlDate;
        List<PreparedPerson> people = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Person p : article.people()) {
            people.add(person(p.name(), p.organization(), p.variants(), p.roles(), seen, article.outlet()));
            names.add(p.name());
        }
        List<PreparedQuote> quotes = new ArrayList<>();
        for (Quote q : article.quotes()) {
            int person = -1;
            if (q.speaker() != null) {
                person = names.indexOf(q.speaker());
                if (person < 0) {
                    // A speaker the article's people do not list (an organization named only as a speaker).
                    people.add(person(q.speaker(), false, List.of(),
                            q.speakerRole() == null ? List.of() : List.of(q.speakerRole()), seen, article.outlet()));
                    names.add(q.speaker());
                    person = names.size() - 1;
                }
            }
            quotes.add(PreparedQuote.of(q, person, topics.topics(q.content().text()),
                    StatementDating.of(q, article, crawlDate)));
        }
        return of(article, people, quotes);
    }

    /**
     * An article whose people and statements were prepared before, elsewhere: what {@code ingest --parquet} loads
     * from the Spark job's datasets, which hold what {@link #of(AnnotatedArticle, TopicTagger, LocalDate)} gave.
     */
    public static PreparedArticle of(AnnotatedArticle article, List<PreparedPerson> people, List<PreparedQuote> quotes) {
        return new PreparedArticle(article, contentHash(article.text()), people, quotes);
    }

    private static PreparedPerson person(String name, boolean organization, List<String> variants, List<String> roles,
                                         LocalDate seen, String outlet) {
        return PreparedPerson.of(new PersonSighting(name, variants, roles, seen, outlet), organization);
    }

    /** The blocking key of an organization: its whole name, romanised and case folded. */
    public static String organizationKey(String name) {
        return "org:" + NameForms.latin(name).toLowerCase(Locale.ROOT);
    }

    /** SHA-256 of the text, hex: an article whose text is unchanged is not written again. */
    static String contentHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
