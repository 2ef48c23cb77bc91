package org.demarche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.demarche.article.RawArticle;
import org.demarche.store.query.PersonHit;
import org.demarche.store.query.StatementHit;
import org.demarche.store.query.StatementQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Identities and statement groups across many invented articles (fictional officials of fictional countries). */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class IdentitiesAndGroupingTest {
    @Parameter
    StoreBackend backend;

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();

    private void ingest(KnowledgeBase kb, Stream<RawArticle> articles) {
        kb.ingester((id, reason) -> failures.add(id + ": " + reason)).ingest(articles);
        assertThat(failures).isEmpty();
    }

    private static RawArticle dunmore(int i) {
        return Fixtures.article("dunmore-" + i, "https://post.example/dunmore/" + i, "Veldra Post",
                "2026-05-%02d".formatted(1 + i % 28), """
                Varnian mayor on the harbour plan, part %d

                Mayor Bill Dunmore of Veldra said on Monday that the harbour plan would go ahead.

                "The harbour belongs to the people of Veldra, not to the bankers," Dunmore said.

                Bill, as the voters call him, has led the city for six years.
                """.formatted(i));
    }

    private static RawArticle deVass(int i) {
        return Fixtures.article("devass-" + i, "https://post.example/devass/" + i, "Veldra Post",
                "2026-06-%02d".formatted(1 + i % 28), """
                Ostmark governor visits Kessel, part %d

                Governor Bill de Vass of Ostmark said on Tuesday that the border crossings would stay open.

                "Our bridges stay open to every honest trader," de Vass told reporters.

                Bill, as the voters call him, was elected in the spring.
                """.formatted(i));
    }

    private static RawArticle bareSurname(int i) {
        return Fixtures.article("bare-" + i, "https://post.example/bare/" + i, "Kessel Herald",
                "2026-07-%02d".formatted(1 + i % 28), """
                Harbour plan delayed again, part %d

                The harbour plan will wait another month, Dunmore told the city council on Thursday.

                "We need one more survey of the eastern docks," Dunmore said.
                """.formatted(i));
    }

    /** Statements with nothing in common, so that each stays a statement of its own. */
    private static final List<String> QUOTES = List.of("Our harbours stay open", "Grain prices worry every farmer",
            "The railway will reach Kessel by spring", "No soldier crosses the river", "Schools reopen on Monday",
            "Fishing quotas need a fresh count", "The old treaty still binds us", "Winter fuel is our first duty",
            "Pensions rise next year", "Customs checks will be faster", "Our envoys carry no threats",
            "The mountain pass needs repair", "Radio licences expire in June", "Copper exports doubled",
            "Floods hit the southern valleys", "Border guards get new boots", "Ferries resume after the storm",
            "Tariffs on glass come down", "The census starts in autumn", "A new bridge opens soon");

    private static List<PersonHit> people(KnowledgeBase kb, String query) {
        return kb.people(query, 0, 100).items();
    }

    @Test
    void aFullNameAndBareSurnameMentionsAcrossManyArticlesGiveOneIdentity() {
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, Stream.concat(IntStream.range(0, 30).mapToObj(IdentitiesAndGroupingTest::dunmore),
                    IntStream.range(0, 10).mapToObj(IdentitiesAndGroupingTest::bareSurname)));
            List<PersonHit> dunmores = people(kb, "Dunmore");
            assertThat(dunmores).extracting(PersonHit::name).containsExactly("Bill Dunmore");
        }
    }

    @Test
    void bareSurnameSightingsShareOneIdentityHoweverManyNamesakesThereAre() {
        List<String> firstNames = List.of("Anna", "Boris", "Carla", "Daniel", "Elena", "Greta", "Helen", "Irina",
                "Julia", "Laura", "Martin", "Mira", "Oleg", "Peter");
        Stream<RawArticle> namesakes = IntStream.range(0, firstNames.size()).mapToObj(i -> Fixtures.article(
                "keller-" + i, "https://post.example/keller/" + i, "Veldra Post", "2026-05-01", """
                        Ostmark names a new envoy

                        Ostmark's new envoy %s Keller arrived in Veldra on Monday.

                        "%s," Keller said.
                        """.formatted(firstNames.get(i), QUOTES.get(i))));
        Stream<RawArticle> bare = IntStream.range(0, 6).mapToObj(i -> Fixtures.article(
                "keller-bare-" + i, "https://post.example/keller-bare/" + i, "Kessel Herald", "2026-05-02", """
                        Envoys meet in Kessel

                        The envoys met again in Kessel, Keller told reporters on Tuesday.

                        "%s," Keller said.
                        """.formatted(QUOTES.get(firstNames.size() + i))));
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, Stream.concat(namesakes, bare));
            List<PersonHit> kellers = people(kb, "Keller");
            assertThat(kellers).hasSizeGreaterThan(People.MAX_CANDIDATES);
            assertThat(kellers).extracting(PersonHit::name).filteredOn("Keller"::equals).hasSize(1);
        }
    }

    @Test
    void aSharedFirstNameDoesNotJoinPeopleWithDifferentSurnames() {
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, IntStream.range(0, 12).mapToObj(i -> i % 2 == 0 ? dunmore(i) : deVass(i)));
            assertThat(people(kb, "Dunmore")).extracting(PersonHit::name).containsExactly("Bill Dunmore");
            assertThat(people(kb, "Vass")).extracting(PersonHit::name).containsExactly("Bill de Vass");
            assertThat(people(kb, "Dunmore").getFirst().aliases()).noneMatch(a -> a.contains("Vass"));
        }
    }

    @Test
    void theSameWordsFromTwoKnownSpeakersStayTwoStatements() {
        String slogan = "Peace in the valley is worth every hour at the table";
        RawArticle first = Fixtures.article("slogan-1", "https://courier.example/slogan-1", "Northern Courier",
                "2026-03-02", """
                Talks resume in Veldra

                Varnia's Foreign Minister Oren Vasku opened the talks in Veldra on Monday.

                "%s," Vasku said.
                """.formatted(slogan));
        RawArticle second = Fixtures.article("slogan-2", "https://gazette.example/slogan-2", "Ostmark Gazette",
                "2026-03-03", """
                Brenner answers Varnia

                Ostmark's chancellor Ada Brenner spoke in Kessel on Tuesday.

                "%s," Brenner said.
                """.formatted(slogan));
        RawArticle copy = Fixtures.article("slogan-3", "https://herald.example/slogan-3", "Kessel Herald",
                "2026-03-04", """
                Vasku repeats his line

                Varnia's Foreign Minister Oren Vasku spoke again on Wednesday.

                "%s," Vasku said.
                """.formatted(slogan));
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, Stream.of(first, second, copy));
            List<StatementHit> hits = kb.statements(StatementQuery.text("valley table")).items();
            assertThat(hits).extracting(h -> h.speaker().name())
                    .containsExactlyInAnyOrder("Oren Vasku", "Ada Brenner");
            assertThat(hits).filteredOn(h -> h.speaker().name().equals("Oren Vasku"))
                    .extracting(StatementHit::sourceCount).containsExactly(2);
        }
    }
}
