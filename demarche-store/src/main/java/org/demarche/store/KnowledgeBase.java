package org.demarche.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.demarche.store.query.ArticleDetail;
import org.demarche.store.query.CorpusStats;
import org.demarche.store.query.Page;
import org.demarche.store.query.PersonDetail;
import org.demarche.store.query.PersonHit;
import org.demarche.store.query.StatementDetail;
import org.demarche.store.query.StatementHit;
import org.demarche.store.query.StatementQuery;

/**
 * The knowledge base in a data directory: records in SQLite, full text in Lucene. Thread-safe: any number of
 * threads may query at once; writes (ingest, corrections) are serialised.
 */
public final class KnowledgeBase implements AutoCloseable {

    private KnowledgeBase() {
    }

    /** Opens the store in {@code dataDir}, creating or migrating it, and brings the search index up to date. */
    public static KnowledgeBase open(Path dataDir) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Statements matching the query, one page. */
    public Page<StatementHit> statements(StatementQuery query) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** One statement with every source, earliest first, and its linked direct/indirect versions. */
    public Optional<StatementDetail> statement(long id) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** People whose names match {@code query} (every person when null or blank), most quoted first within a match. */
    public Page<PersonHit> people(String query, int page, int pageSize) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** One person with aliases, roles over time, outlets, monthly counts, topics and latest statements. */
    public Optional<PersonDetail> person(long id) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** One article with its text and the statements found in it. */
    public Optional<ArticleDetail> article(String id) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Counts, most quoted people, topics per month. */
    public CorpusStats stats() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Merges two identities into one and records the correction, so it is re-applied after every ingest.
     *
     * @return the id of the merged identity
     * @throws java.util.NoSuchElementException when either id is unknown
     */
    public long merge(long personA, long personB) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Splits the given aliases off a person into an identity of their own and records the correction.
     *
     * @return the id of the new identity
     * @throws java.util.NoSuchElementException when the id is unknown
     * @throws IllegalArgumentException when the aliases are not the person's, or are all of them
     */
    public long split(long person, Set<String> aliases) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public void close() {
    }
}
