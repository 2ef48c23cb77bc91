package org.demarche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.demarche.kb.topics.Taxonomy;
import org.demarche.store.TextSearch.Hits;
import org.demarche.store.query.Sort;
import org.demarche.store.query.StatementQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL's statement search ranks and counts only the newest matches and estimates larger totals: here with
 * room for ten matches, so that a small corpus has more than that (the store's ten thousand hold them all). The
 * estimates come from the statistics the ingest has PostgreSQL take.
 */
class PostgresSearchTest {
    private static final int CANDIDATES = 10;

    @TempDir
    Path dir;

    private KnowledgeBase kb;

    @BeforeEach
    void ingest() {
        kb = StoreBackend.POSTGRESQL.open(dir);
        kb.ingester(Taxonomy.defaults(), 50, (id, reason) -> {
            throw new AssertionError(id + ": " + reason);
        }).ingest(CorpusGenerator.articles(3, 500));
    }

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void aCommonWordIsRankedAmongItsNewestMatchesAndItsTotalEstimated() {
        Hits all = newestFirst("border", 1000);
        assertThat(all.exact()).isTrue();
        assertThat(all.total()).isEqualTo(all.ids().size());
        assertThat(all.ids()).hasSizeGreaterThan(4 * CANDIDATES);

        Hits best = search("border", Sort.RELEVANCE, 0, 5);
        assertThat(best.exact()).isFalse();
        assertThat(all.ids().subList(0, CANDIDATES)).containsAll(best.ids());
        assertThat(best.ids()).hasSize(5);
        assertThat((double) best.total()).isBetween(0.5 * all.total(), 2.0 * all.total());

        Hits newest = search("border", Sort.DATE, 0, 5);
        assertThat(newest.ids()).isEqualTo(all.ids().subList(0, 5));
        assertThat(newest.exact()).isFalse();
    }

    @Test
    void anIngestLeavesThePlannerStatisticsOfWhatItWrote() {
        long statements = kb.stats().statements();
        long counted = kb.database().read(sql -> sql.number("SELECT greatest(reltuples, 0)::bigint FROM pg_class"
                + " WHERE oid = 'statement'::regclass"));
        assertThat(statements).isGreaterThan(1000);
        assertThat(counted).isBetween(statements / 2, statements);
    }

    @Test
    void aPageBeyondTheCandidatesRanksTheNewestTenThousand() {
        Hits deep = search("border", Sort.RELEVANCE, 3, 5);
        Hits rankedAmongAll = new PostgresSearch(kb.database(), 1000).statements(query("border", Sort.RELEVANCE,
                3, 5));
        assertThat(deep.ids()).hasSize(5).isEqualTo(rankedAmongAll.ids());
        assertThat(deep.exact()).isTrue();
    }

    private Hits newestFirst(String text, int candidates) {
        return new PostgresSearch(kb.database(), candidates).statements(query(text, Sort.DATE, 0, 1000));
    }

    private Hits search(String text, Sort sort, int page, int pageSize) {
        return new PostgresSearch(kb.database(), CANDIDATES).statements(query(text, sort, page, pageSize));
    }

    private static StatementQuery query(String text, Sort sort, int page, int pageSize) {
        return new StatementQuery(text, null, null, null, null, null, null, sort, page, pageSize);
    }
}
