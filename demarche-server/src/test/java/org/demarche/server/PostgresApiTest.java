package org.demarche.server;

import org.demarche.store.StoreBackend;
import org.junit.jupiter.api.BeforeAll;

/** The API tests on the PostgreSQL store (skipped without a test server; see StoreBackend). */
class PostgresApiTest extends ApiTest {
    /** Hides the SQLite fixture of ServedKnowledgeBaseTest: JUnit runs this one instead. */
    @BeforeAll
    static void start() throws Exception {
        fixture = ServerFixture.start(StoreBackend.POSTGRESQL, dataDir, null);
    }
}
