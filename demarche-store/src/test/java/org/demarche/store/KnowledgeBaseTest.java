package org.demarche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.demarche.article.QuoteKind;
import org.demarche.article.RawArticle;
import org.demarche.store.query.ArticleDetail;
import org.demarche.store.query.PersonDetail;
import org.demarche.store.query.PersonHit;
import org.demarche.store.query.Sort;
import org.demarche.store.query.StatementDetail;
import org.demarche.store.query.StatementHit;
import org.demarche.store.query.StatementQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(StoreBackend.class)
class KnowledgeBaseTest {
    @Parameter
    StoreBackend backend;

    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();

    private IngestResult ingest(KnowledgeBase kb, RawArticle... articles) {
        return kb.ingester((id, reason) -> failures.add(id + ": " + reason)).ingest(Stream.of(articles));
    }

    private static StatementHit only(KnowledgeBase kb, String text) {
        List<StatementHit> hits = kb.statements(StatementQuery.text(text)).items();
        assertThat(hits).hasSize(1);
        return hits.getFirst();
    }

    @Test
    void oneStatementAcrossOutletsWithEverySourceEarliestFirst() {
        try (KnowledgeBase kb = backend.open(dir)) {
            IngestResult result = ingest(kb, Fixtures.gazette(), Fixtures.courier(), Fixtures.herald());
            assertThat(result.added()).isEqualTo(3);
            assertThat(failures).isEmpty();

            StatementHit hit = only(kb, "bargain security");
            assertThat(hit.sourceCount()).isEqualTo(2);
            assertThat(hit.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(hit.speaker().name()).isEqualTo("Oren Vasku");
            assertThat(hit.fragment()).contains("<mark>bargain</mark>").contains("<mark>security</mark>");
            assertThat(hit.date()).isEqualTo(LocalDate.of(2026, 3, 2));

            StatementDetail detail = kb.statement(hit.id()).orElseThrow();
            assertThat(detail.sources()).extracting(s -> s.articleId()).containsExactly("courier-1", "gazette-7");
            assertThat(detail.sources()).extracting(s -> s.outlet()).containsExactly("Northern Courier", "Ostmark Gazette");
            assertThat(detail.sources().getFirst().url()).isEqualTo("https://courier.example/varnia-talks");
        }
    }

    @Test
    void searchFiltersBySpeakerKindOutletAndDate() {
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, Fixtures.courier(), Fixtures.gazette(), Fixtures.herald());
            long brenner = kb.people("Brenner", 0, 10).items().getFirst().id();

            var bySpeaker = kb.statements(new StatementQuery(null, brenner, null, null, null, null, null, Sort.DATE, 0, 50));
            assertThat(bySpeaker.items()).isNotEmpty().allSatisfy(h -> assertThat(h.speaker().id()).isEqualTo(brenner));
            assertThat(bySpeaker.items()).extracting(StatementHit::text).anyMatch(t -> t.contains("winter of threats"));

            var direct = kb.statements(new StatementQuery(null, null, null, null, null, null, QuoteKind.DIRECT, null, 0, 50));
            assertThat(direct.items()).isNotEmpty().allSatisfy(h -> assertThat(h.kind()).isEqualTo(QuoteKind.DIRECT));

            var herald = kb.statements(new StatementQuery(null, null, null, "Kessel Herald", null, null, null, null, 0, 50));
            assertThat(herald.items()).extracting(StatementHit::text).allMatch(t -> !t.contains("bargain"));
            assertThat(herald.total()).isGreaterThan(0);

            var april = kb.statements(new StatementQuery(null, null, null, null, LocalDate.of(2026, 4, 1), null, null, null, 0, 50));
            assertThat(april.items()).allSatisfy(h -> assertThat(h.date()).isAfterOrEqualTo(LocalDate.of(2026, 4, 1)));
            assertThat(april.total()).isEqualTo(herald.total());

            var all = kb.statements(new StatementQuery(null, null, null, null, null, null, null, Sort.DATE, 0, 2));
            assertThat(all.items()).hasSize(2);
            assertThat(all.total()).isEqualTo(kb.stats().statements());
            assertThat(all.items().get(0).date()).isAfterOrEqualTo(all.items().get(1).date());
        }
    }

    @Test
    void onePersonAcrossArticlesWithRolesOutletsAndMonths() {
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, Fixtures.courier(), Fixtures.gazette(), Fixtures.herald());
            List<PersonHit> vasku = kb.people("vasku", 0, 10).items();
            assertThat(vasku).hasSize(1);
            PersonDetail p = kb.person(vasku.getFirst().id()).orElseThrow();
            assertThat(p.name()).isEqualTo("Oren Vasku");
            assertThat(p.aliases()).contains("Oren Vasku", "Vasku");
            assertThat(p.articleCount()).isEqualTo(2);
            assertThat(p.firstSeen()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(p.lastSeen()).isEqualTo(LocalDate.of(2026, 3, 3));
            assertThat(p.roles()).extracting(PersonDetail.Role::role).contains("Foreign Minister");
            assertThat(p.outlets()).extracting(c -> c.label()).containsExactlyInAnyOrder("Northern Courier", "Ostmark Gazette");
            assertThat(p.statementsPerMonth()).extracting(m -> m.month().toString()).containsExactly("2026-03");
            assertThat(p.latestStatements()).isNotEmpty().hasSize(p.statementCount());
            assertThat(kb.people(null, 0, 100).total()).isEqualTo(kb.stats().people());
        }
    }

    @Test
    void articleKeepsItsTextAndQuoteSpans() {
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, Fixtures.courier());
            ArticleDetail a = kb.article("courier-1").orElseThrow();
            assertThat(a.text()).isEqualTo(Fixtures.courier().text());
            assertThat(a.outlet()).isEqualTo("Northern Courier");
            assertThat(a.quotes()).isNotEmpty().allSatisfy(q ->
                    assertThat(a.text().substring(q.start(), q.end())).isNotBlank());
            assertThat(a.quotes()).anySatisfy(q -> assertThat(a.text().substring(q.start(), q.end())).startsWith(Fixtures.BARGAIN));
            assertThat(kb.article("nowhere")).isEmpty();
            assertThat(kb.statement(999_999)).isEmpty();
            assertThat(kb.person(999_999)).isEmpty();
        }
    }

    @Test
    void reIngestingUnchangedArticlesChangesNothing() {
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, Fixtures.courier(), Fixtures.gazette());
            var before = kb.stats();
            long id = only(kb, "bargain").id();
            IngestResult again = ingest(kb, Fixtures.courier(), Fixtures.gazette());
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(again.added() + again.replaced()).isZero();
            assertThat(kb.stats()).isEqualTo(before);
            assertThat(only(kb, "bargain").id()).isEqualTo(id);
        }
    }

    @Test
    void aChangedArticleReplacesItsOldVersionAndStatements() {
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, Fixtures.courier(), Fixtures.herald());
            RawArticle edited = Fixtures.article("courier-1", "https://courier.example/varnia-talks", "Northern Courier",
                    "2026-03-02", """
                            Varnia softens its line

                            VELDRA, March 2 (Northern Courier) - Varnia's Foreign Minister Oren Vasku struck a milder tone.

                            "We are ready to talk about a ceasefire along the river," Vasku told reporters in Veldra.
                            """);
            IngestResult result = ingest(kb, edited);
            assertThat(result.replaced()).isEqualTo(1);
            assertThat(kb.statements(StatementQuery.text("bargain")).total()).isZero();
            assertThat(kb.statements(StatementQuery.text("arms control talks")).total()).isZero();
            assertThat(only(kb, "ceasefire river").sourceCount()).isEqualTo(1);
            assertThat(kb.stats().articles()).isEqualTo(2);
            assertThat(kb.people("Marrow", 0, 10).total()).as("a person only the old version named").isZero();

            // The same article under a new id but the same url replaces it too.
            RawArticle moved = new RawArticle("courier-1b", edited.text() + "\nUpdated.", edited.url(), null,
                    edited.published(), edited.outlet(), "en", null);
            assertThat(ingest(kb, moved).replaced()).isEqualTo(1);
            assertThat(kb.article("courier-1")).isEmpty();
            assertThat(only(kb, "ceasefire river").sourceCount()).isEqualTo(1);
        }
    }

    @Test
    void theStoreReopensWithEverything() {
        long id;
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, Fixtures.courier(), Fixtures.gazette());
            id = only(kb, "bargain").id();
        }
        try (KnowledgeBase kb = backend.open(dir)) {
            assertThat(only(kb, "bargain").id()).isEqualTo(id);
            assertThat(kb.stats().articles()).isEqualTo(2);
        }
    }

    @Test
    void anIndirectVersionIsLinkedToTheDirectQuoteItReports() {
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, Fixtures.article("direct-1", null, "Northern Courier", "2026-06-01", """
                    Border talks

                    "We will reopen the northern border crossings for grain trucks next week," Foreign Minister \
                    Oren Vasku said on Monday.
                    """), Fixtures.article("indirect-2", null, "Kessel Herald", "2026-06-02", """
                    Varnia to reopen crossings

                    Foreign Minister Oren Vasku said Varnia would reopen the northern border crossings for grain \
                    trucks next week.
                    """));
            StatementHit indirect = kb.statements(new StatementQuery("crossings", null, null, null, null, null,
                    QuoteKind.INDIRECT, null, 0, 10)).items().getFirst();
            StatementDetail detail = kb.statement(indirect.id()).orElseThrow();
            assertThat(detail.reports()).extracting(r -> r.kind()).containsExactly(QuoteKind.DIRECT);
            StatementDetail direct = kb.statement(detail.reports().getFirst().id()).orElseThrow();
            assertThat(direct.reportedBy()).extracting(r -> r.id()).containsExactly(indirect.id());
        }
    }

    @Test
    void aSecondOpenOfTheSameDirectoryIsRefusedWithAReason() {
        // The Lucene index admits one process; a PostgreSQL database admits any number (their writes take turns).
        org.junit.jupiter.api.Assumptions.assumeTrue(backend == StoreBackend.SQLITE, "an embedded store only");
        try (KnowledgeBase kb = backend.open(dir)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> backend.open(dir))
                    .isInstanceOf(StoreException.class).hasMessageContaining("in use by another demarche process");
            assertThat(kb.stats().articles()).isZero();
        }
    }

    @Test
    void aStoreFromAnotherSchemaVersionIsRefusedInOneLine() throws java.sql.SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(backend == StoreBackend.SQLITE, "an embedded store only");
        backend.open(dir).close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("store.db"))) {
            c.createStatement().executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> backend.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("made by another version of Demarche (Migration checksum mismatch for migration version 1)")
                .hasMessageNotContaining("\n");
    }

    @Test
    void badQueriesAreRefusedWithAReason() {
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, Fixtures.courier());
            assertThat(kb.statements(StatementQuery.text("\"unbalanced quote")).total()).isZero();
            assertThat(kb.statements(StatementQuery.text("sanctions AND")).items()).isNotNull();
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            new StatementQuery(null, null, null, null, null, null, null, null, 0, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            kb.statements(new StatementQuery(null, null, null, null, null, null, null, null, 500, 1000)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("narrow");
        }
    }
}
