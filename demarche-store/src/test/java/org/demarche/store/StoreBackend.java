package org.demarche.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The two stores the tests run against: SQLite (with Lucene) in a directory, and PostgreSQL on the server that
 * {@code $DEMARCHE_TEST_POSTGRES} names (a JDBC URL; scripts/test starts a throwaway server and sets it). Without
 * it, the PostgreSQL variants are skipped, saying why; with it, a server that cannot be reached fails them. Each
 * test directory gets a schema of its own on PostgreSQL, so a test that reopens its directory reopens its store.
 */
public enum StoreBackend {
    SQLITE {
        @Override
        public KnowledgeBase open(Path dir) {
            return KnowledgeBase.open(dir);
        }

        @Override
        public String location(Path dir) {
            return dir.toString();
        }

        @Override
        public boolean exists(Path dir) {
            return Files.exists(dir.resolve("store.db"));
        }
    },
    POSTGRESQL {
        @Override
        public KnowledgeBase open(Path dir) {
            return KnowledgeBase.open(location(dir));
        }

        @Override
        public String location(Path dir) {
            String server = server();
            return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema(server, dir);
        }

        @Override
        public boolean exists(Path dir) {
            String server = server();
            try (Connection c = DriverManager.getConnection(server);
                 PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM information_schema.tables"
                         + " WHERE table_schema = ? AND table_name = 'article'")) {
                ps.setString(1, schema(server, dir));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getLong(1) > 0;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the test PostgreSQL server cannot be reached: " + e.getMessage(), e);
            }
        }
    };

    /** The environment variable naming the test server. */
    public static final String SERVER = "DEMARCHE_TEST_POSTGRES";

    private static final Map<Path, String> SCHEMAS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** Opens (creating) the store this backend keeps for {@code dir}. */
    public abstract KnowledgeBase open(Path dir);

    /** What names the store for {@code dir} on the command line: the directory, or the JDBC URL for --db. */
    public abstract String location(Path dir);

    /** Whether the store for {@code dir} has been created. */
    public abstract boolean exists(Path dir);

    /** The test server's JDBC URL; skips the test when there is none. */
    private static String server() {
        String url = System.getenv(SERVER);
        Assumptions.assumeTrue(url != null && !url.isBlank(), "no PostgreSQL server for the tests: $" + SERVER
                + " is not set (scripts/test starts one and sets it)");
        return url;
    }

    /** The schema of {@code dir}'s store, created on first use. */
    private static String schema(String server, Path dir) {
        return SCHEMAS.computeIfAbsent(dir.toAbsolutePath(), d -> {
            // Unique across test JVMs sharing the server: the process id and a counter.
            String name = "test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
            try (Connection c = DriverManager.getConnection(server)) {
                c.createStatement().execute("CREATE SCHEMA " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("the test PostgreSQL server cannot be reached: " + e.getMessage(), e);
            }
            return name;
        });
    }
}
