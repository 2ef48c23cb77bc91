package org.demarche.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database of a store, SQLite or PostgreSQL ({@link Dialect}): one writer connection (writes are serialised
 * by a lock, and on PostgreSQL across processes too) and a small pool of read connections. Each read sees the
 * last committed batch, never half of one: SQLite's WAL mode lets readers run while a batch is being written, and
 * PostgreSQL gives each read transaction a snapshot of its own.
 */
final class Database implements AutoCloseable {
    private static final int READERS = 8;

    /** Work done in one transaction on the writer connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Sql sql) throws SQLException;
    }

    /** What differs between the two databases here: where the schema's migrations are, and how writers queue. */
    enum Dialect {
        SQLITE("classpath:db/migration"),
        POSTGRESQL("classpath:db/postgresql");

        /**
         * The key of the advisory lock each PostgreSQL write transaction holds: processes writing to one database
         * (two ingests, or an ingest and a server taking corrections) take turns, as threads of one process do.
         */
        private static final long WRITER_LOCK = 0x64656d6172636865L; // "demarche"

        private final String migrations;

        Dialect(String migrations) {
            this.migrations = migrations;
        }

        /** Starts a write transaction: on PostgreSQL, waits for other processes' writes to finish. */
        void beginWrite(Sql sql) throws SQLException {
            if (this == POSTGRESQL) {
                sql.forEach("SELECT pg_advisory_xact_lock(?)", rs -> null, WRITER_LOCK);
            }
        }
    }

    private final Dialect dialect;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    /** The database as messages name it (a file, or a server and database without credentials). */
    private final String name;

    private Database(Dialect dialect, String name, Connection writer, List<Connection> readers) throws SQLException {
        this.dialect = dialect;
        this.name = name;
        this.writer = writer;
        writer.setAutoCommit(false);
        this.readers.addAll(readers);
    }

    Dialect dialect() {
        return dialect;
    }

    static Database open(Path file) {
        SQLiteDataSource source = dataSource(file, false);
        try {
            migrate(Dialect.SQLITE, source);
            SQLiteDataSource readOnly = dataSource(file, true);
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                readers.add(readOnly.getConnection());
            }
            return new Database(Dialect.SQLITE, file.toString(), source.getConnection(), readers);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens (creating or migrating its schema) the store in a PostgreSQL database, given by a JDBC URL such as
     * {@code jdbc:postgresql://HOST:PORT/DB?user=U&password=P}; a user or password the URL leaves out comes from
     * {@code $PGUSER} / {@code $PGPASSWORD}, else from the driver's own defaults ({@code ~/.pgpass}).
     */
    static Database openPostgres(String url) {
        String name = withoutQuery(url);
        List<Connection> opened = new ArrayList<>();
        try {
            PGSimpleDataSource source = postgresSource(url);
            migrate(Dialect.POSTGRESQL, source);
            // Statements keep PostgreSQL's choice of plan (a generic plan, planned once, for the many small inserts
            // and lookups by id); those whose best plan depends on their values ask for a plan of their own
            // (Sql.oneReplanned for the writer, Sql.planForValues for the text search).
            Connection writer = source.getConnection();
            opened.add(writer);
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                Connection reader = source.getConnection();
                opened.add(reader);
                reader.setReadOnly(true);
                // One snapshot per read, as SQLite gives: an export pages through statements in many queries.
                reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                readers.add(reader);
            }
            return new Database(Dialect.POSTGRESQL, name, writer, readers);
        } catch (SQLException | RuntimeException e) {
            for (Connection c : opened) {
                closeQuietly(c);
            }
            throw new StoreException("cannot open the PostgreSQL database " + name + ": " + e.getMessage(), e);
        }
    }

    private static PGSimpleDataSource postgresSource(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DB?user=..): "
                    + withoutQuery(url));
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        // Defaults only: set before the URL, whose own user and password win.
        String user = System.getenv("PGUSER");
        String password = System.getenv("PGPASSWORD");
        if (user != null && !user.isEmpty()) {
            source.setUser(user);
        }
        if (password != null && !password.isEmpty()) {
            source.setPassword(password);
        }
        source.setURL(url);
        source.setApplicationName("demarche");
        // A batch of one INSERT's rows (Sql.Deferred) goes as multi-row inserts: one execution for many rows.
        source.setReWriteBatchedInserts(true);
        return source;
    }

    /** The URL without its parameters, which may hold a password. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing to open: the first error is the one reported
        }
    }

    private static void migrate(Dialect dialect, DataSource source) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(source)
                    .locations(dialect.migrations)
                    .loggers(FlywayWarnings.class.getName())
                    .load()
                    .migrate();
        } catch (FlywayValidateException e) {
            // Flyway's own text is a page of advice about its CLI; the user needs one line and what to do.
            throw new IllegalStateException("its schema was made by another version of Demarche ("
                    + e.getMessage().lines().filter(line -> line.startsWith("Migration ")).findFirst()
                            .orElse("the migrations differ").strip()
                    + "); use a new --data directory or database, or the version that made it", e);
        }
    }

    private static SQLiteDataSource dataSource(Path file, boolean readOnly) {
        SQLiteDataSource source = new SQLiteDataSource(config(readOnly));
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    private static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        // WAL + NORMAL: a commit is atomic and survives the process being killed (not a power cut mid-commit,
        // where it may roll back to the previous batch, which a re-run of the ingest redoes).
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        config.setCacheSize(-64_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // The driver would otherwise prepare and run a "last_insert_rowid()" query after every INSERT;
        // Sql.insert asks for the row id itself, once.
        config.setGetGeneratedKeys(false);
        return config;
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    <T> T write(Work<T> work) {
        writeLock.lock();
        try {
            try (Sql sql = new Sql(writer)) {
                dialect.beginWrite(sql);
                T result = work.run(sql);
                sql.flush();
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write to " + name + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * On PostgreSQL, has the planner's statistics taken again once the store holds twice the statements they last
     * counted. Autovacuum notices a big ingest only a minute later, and meanwhile plans made on an empty table's
     * statistics read whole tables (the writer's refresh of a statement took 1.8 ms instead of 0.05 ms) and search
     * estimates its totals from nothing. Doubling keeps the cost to about twice that of the last one (3 s for a
     * million statements).
     */
    void refreshStatisticsIfGrown() {
        if (dialect != Dialect.POSTGRESQL) {
            return;
        }
        write(sql -> {
            long counted = sql.number("SELECT greatest(reltuples, 0)::bigint FROM pg_class"
                    + " WHERE oid = 'statement'::regclass");
            long statements = sql.number("SELECT coalesce(max(id), 0) FROM statement");
            if (statements > 2 * Math.max(counted, STATISTICS_MIN_ROWS)) {
                sql.update("ANALYZE " + String.join(", ", STORE_TABLES));
            }
            return null;
        });
    }

    /** The tables ingest fills (named without a schema: the store's, on the connection's search path). */
    private static final List<String> STORE_TABLES = List.of("article", "statement", "statement_key",
            "statement_topic", "source", "sighting", "sighting_alias", "sighting_role", "person", "person_alias",
            "person_key", "person_role");

    /** Below this many statements the planner's guesses serve as well as statistics. */
    private static final long STATISTICS_MIN_ROWS = 500;

    /** Runs {@code work} on a read connection (a consistent snapshot of the last committed batch). */
    <T> T read(Work<T> work) {
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a database connection", e);
        }
        try {
            c.setAutoCommit(false);
            try (Sql sql = new Sql(c)) {
                return work.run(sql);
            } finally {
                c.commit();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + name + ": " + e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting; the database rolls back an unfinished transaction anyway.
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            writer.close();
            for (Connection c : readers) {
                c.close();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot close " + name + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }
}
