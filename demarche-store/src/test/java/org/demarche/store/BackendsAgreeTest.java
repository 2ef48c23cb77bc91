package org.demarche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.demarche.article.RawArticle;
import org.demarche.kb.topics.Taxonomy;
import org.demarche.store.query.PersonDetail;
import org.demarche.store.query.StatementDetail;
import org.demarche.store.query.StatementHit;
import org.demarche.store.query.StatementQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input, the same store: a corpus ingested in batches, a merge, changed and unchanged articles ingested
 * again, into SQLite and into PostgreSQL, must give the same identities, statement groups and ids (the export
 * reads exactly these), and their searches must find the same statements.
 */
class BackendsAgreeTest {
    private static final long SEED = 11;
    private static final int ARTICLES = 300;
    private static final int BATCH = 50;

    @TempDir
    Path dir;

    /** What an export of a store holds: every statement with its sources, every person. */
    private record Export(List<StatementDetail> statements, List<PersonDetail> people) {
    }

    @Test
    void bothBackendsBuildTheSameStoreFromTheSameInput() {
        Export sqlite = build(StoreBackend.SQLITE);
        Export postgres = build(StoreBackend.POSTGRESQL);
        assertThat(sqlite.statements()).hasSizeGreaterThan(ARTICLES);
        assertThat(postgres.people()).isEqualTo(sqlite.people());
        assertThat(postgres.statements()).isEqualTo(sqlite.statements());
    }

    @Test
    void bothSearchesFindTheSameStatements() {
        List<Set<Long>> found = new ArrayList<>();
        for (StoreBackend backend : StoreBackend.values()) {
            try (KnowledgeBase kb = backend.open(dir.resolve(backend.name()))) {
                ingest(kb, CorpusGenerator.articles(SEED, ARTICLES));
                found.add(search(kb));
            }
        }
        assertThat(found.get(1)).isEqualTo(found.get(0));
    }

    /** The ids each of a few queries finds, tagged by query: words, a phrase, OR, NOT, a prefix, a filter. */
    private static Set<Long> search(KnowledgeBase kb) {
        Set<Long> tagged = new HashSet<>();
        List<String> queries = List.of("border", "grain corridor", "\"river treaty\"", "sanctions OR pipeline",
                "security -winter", "negot*", "Kessel's");
        for (int q = 0; q < queries.size(); q++) {
            List<StatementHit> hits = kb.statements(new StatementQuery(queries.get(q), null, null, null, null, null,
                    null, null, 0, 1000)).items();
            assertThat(hits).as(queries.get(q)).isNotEmpty();
            for (StatementHit hit : hits) {
                tagged.add(hit.id() * queries.size() + q);
            }
        }
        return tagged;
    }

    private Export build(StoreBackend backend) {
        try (KnowledgeBase kb = backend.open(dir.resolve(backend.name()))) {
            ingest(kb, CorpusGenerator.articles(SEED, ARTICLES));
            List<Long> mostQuoted = kb.people(null, 0, 2).items().stream().map(p -> p.id()).toList();
            kb.merge(mostQuoted.get(0), mostQuoted.get(1));
            // Every fifth article changed (replaced), the rest as they were (unchanged).
            IngestResult again = ingest(kb, CorpusGenerator.articles(SEED, ARTICLES)
                    .map(a -> a.id().hashCode() % 5 == 0 ? changed(a) : a));
            assertThat(again.replaced()).isPositive();
            assertThat(again.unchanged()).isPositive();
            List<StatementDetail> statements = new ArrayList<>();
            List<PersonDetail> people = new ArrayList<>();
            kb.forEachStatement(statements::add);
            kb.forEachPerson(people::add);
            return new Export(statements, people);
        }
    }

    private static RawArticle changed(RawArticle a) {
        return new RawArticle(a.id(), a.text() + "\n\n\"Nothing about this changes our position,\" the envoy said.",
                a.url(), a.title(), a.published(), a.outlet(), a.language(), a.referenceDate());
    }

    private static IngestResult ingest(KnowledgeBase kb, Stream<RawArticle> articles) {
        return kb.ingester(Taxonomy.defaults(), BATCH, (id, reason) -> {
            throw new AssertionError(id + ": " + reason);
        }).ingest(articles);
    }
}
