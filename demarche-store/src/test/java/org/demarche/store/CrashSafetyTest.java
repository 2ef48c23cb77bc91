package org.demarche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.demarche.Demarche;
import org.demarche.kb.topics.Taxonomy;
import org.demarche.pipeline.Pipeline;
import org.demarche.store.query.StatementQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code kill -9} during an ingest, several times at random moments: each time the store must open and hold only
 * whole articles, with the search agreeing with the database (on both backends); running the same ingest again must complete it with
 * no duplicates, to the same store a clean run builds.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class CrashSafetyTest {
    @Parameter
    StoreBackend backend;

    private static final long SEED = 7;
    private static final int ARTICLES = 1200;
    private static final int BATCH = 40;
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void killedIngestsLeaveWholeArticlesAndReRunsComplete() throws Exception {
        Map<String, Integer> expected = new HashMap<>();
        Pipeline pipeline = Demarche.pipeline();
        CorpusGenerator.articles(SEED, ARTICLES).forEach(a -> expected.put(a.id(), pipeline.annotate(a).quotes().size()));
        Path data = dir.resolve("data");
        Random moments = new Random(42);
        int killed = 0;
        for (int i = 0; i < KILLS; i++) {
            Process child = ingest(data);
            while (child.isAlive() && !backend.exists(data)) {
                Thread.sleep(20);
            }
            Thread.sleep(300 + moments.nextInt(2500));
            if (child.isAlive()) {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
                child.waitFor();
                killed++;
            }
            assertWhole(data, expected);
        }
        Process last = ingest(data);
        assertThat(last.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).as(new String(last.getInputStream().readAllBytes())).isZero();
        assertThat(killed).as("kills that hit a running ingest").isGreaterThanOrEqualTo(2);

        CorpusCounts resumed = assertWhole(data, expected);
        assertThat(resumed.articles()).isEqualTo(ARTICLES);
        assertThat(resumed.sources()).isEqualTo(expected.values().stream().mapToLong(Integer::longValue).sum());

        Path clean = dir.resolve("clean");
        try (KnowledgeBase kb = backend.open(clean)) {
            kb.ingester(Taxonomy.defaults(), BATCH, (id, reason) -> {
                throw new AssertionError(id + ": " + reason);
            }).ingest(CorpusGenerator.articles(SEED, ARTICLES));
        }
        assertThat(resumed).as("the resumed store against a clean single run").isEqualTo(assertWhole(clean, expected));
    }

    record CorpusCounts(long articles, long statements, long sources, long people) {
    }

    /** Opens the store and checks that every article is whole and the search agrees with the database. */
    private CorpusCounts assertWhole(Path data, Map<String, Integer> expected) {
        try (KnowledgeBase kb = backend.open(data)) {
            record Stored(String id, int sources) {
            }
            List<Stored> stored = kb.database().read(sql -> sql.list("SELECT a.id, (SELECT count(*) FROM source s"
                    + " WHERE s.article_id = a.id) FROM article a", rs -> new Stored(rs.getString(1), rs.getInt(2))));
            for (Stored s : stored) {
                assertThat(s.sources()).as("passages of " + s.id()).isEqualTo(expected.get(s.id()));
            }
            long orphans = kb.database().read(sql -> sql.number("SELECT count(*) FROM statement t WHERE NOT EXISTS"
                    + " (SELECT 1 FROM source s WHERE s.statement_id = t.id)") + sql.number("SELECT count(*) FROM"
                    + " person p WHERE NOT EXISTS (SELECT 1 FROM sighting g WHERE g.person_id = p.id)"));
            assertThat(orphans).as("statements without a source and people without a sighting").isZero();
            var stats = kb.stats();
            var indexed = kb.statements(new StatementQuery(null, null, null, null, null, null, null, null, 0, 1));
            if (indexed.totalExact()) {
                assertThat(indexed.total()).as("statements in the search index").isEqualTo(stats.statements());
            } else {
                // PostgreSQL counts the newest matches and estimates beyond; its search is the database itself.
                assertThat(backend).isEqualTo(StoreBackend.POSTGRESQL);
                assertThat(indexed.total()).isGreaterThanOrEqualTo(PostgresSearch.CANDIDATES);
            }
            assertThat(kb.people("a* OR e* OR i* OR o* OR u*", 0, 1).total()).isLessThanOrEqualTo(stats.people());
            return new CorpusCounts(stats.articles(), stats.statements(), stats.sources(), stats.people());
        }
    }

    private Process ingest(Path data) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), CrashIngestMain.class.getName(), backend.location(data),
                Long.toString(SEED), Integer.toString(ARTICLES), Integer.toString(BATCH))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
