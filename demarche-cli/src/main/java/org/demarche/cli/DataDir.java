package org.demarche.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.demarche.store.KnowledgeBase;
import picocli.CommandLine.Option;

/**
 * Where the knowledge base is: the {@code --data DIR} of the embedded store (SQLite and Lucene), or the
 * {@code --db URL} of a PostgreSQL database instead (docs/scaling.md).
 */
final class DataDir {
    private static final Path DEFAULT = Path.of("demarche-data");

    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: " + "demarche-data" + ").")
    private Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "A PostgreSQL database instead of --data:"
            + " jdbc:postgresql://HOST:PORT/DB?user=USER&password=PASSWORD (user and password may come from $PGUSER"
            + " and $PGPASSWORD instead).")
    private String db;

    /** Opens an existing store; a missing data directory is an error, not a new empty store. */
    KnowledgeBase open() {
        checkOne();
        if (db == null && !Files.isRegularFile(data().resolve("store.db"))) {
            throw new IllegalArgumentException("no knowledge base in " + data().toAbsolutePath()
                    + "; run 'demarche ingest PATH... --data " + data() + "' first");
        }
        return openOrCreate();
    }

    /** Opens the store, creating it when there is none yet. */
    KnowledgeBase openOrCreate() {
        checkOne();
        return db != null ? KnowledgeBase.open(db) : KnowledgeBase.open(data());
    }

    /** Refuses to go on unless --data or --db was given (for commands that must not fill the default directory). */
    void requireGiven(String command) {
        if (data == null && db == null) {
            throw new IllegalArgumentException(command + " needs --data DIR or --db JDBC_URL");
        }
    }

    /** The store as messages name it: the directory, or the database URL without its parameters. */
    String describe() {
        return db == null ? data().toString() : db.replaceFirst("\\?.*", "");
    }

    private Path data() {
        return data != null ? data : DEFAULT;
    }

    private void checkOne() {
        if (data != null && db != null) {
            throw new IllegalArgumentException("give --data DIR or --db JDBC_URL, not both");
        }
    }
}
