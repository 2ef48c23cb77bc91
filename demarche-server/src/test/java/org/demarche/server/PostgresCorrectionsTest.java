package org.demarche.server;

import org.demarche.store.StoreBackend;
import org.junit.jupiter.api.BeforeAll;

/** Merge and split through the API on the PostgreSQL store (skipped without a test server; see StoreBackend). */
class PostgresCorrectionsTest extends CorrectionsTest {
    /** Hides CorrectionsTest's SQLite fixture: JUnit runs this one instead. */
    @BeforeAll
    static void start() throws Exception {
        fixture = ServerFixture.start(StoreBackend.POSTGRESQL, dataDir, TOKEN);
    }
}
