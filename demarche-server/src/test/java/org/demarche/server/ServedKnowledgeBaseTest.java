package org.demarche.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A test class that shares one server over a fresh knowledge base of the fixture articles, without a token. */
abstract class ServedKnowledgeBaseTest {
    @TempDir
    static Path dataDir;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = ServerFixture.start(dataDir, null);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) { // null when the start was skipped (a PostgreSQL variant without a server)
            fixture.close();
            fixture = null;
        }
    }
}
