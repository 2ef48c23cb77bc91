package org.demarche.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database of a store: one writer connection (writes are serialised by a lock) and a small pool of
 * read connections. WAL mode lets readers run while a batch is being written; each read sees the last committed
 * batch, never half of one.
 */
final class Database implements AutoCloseable {
    private static final int READERS = 8;

    /** Work done in one transaction on the writer connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Sql sql) throws SQLException;
    }

    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final Path file;

    private Database(Path file, SQLiteDataSource source, SQLiteDataSource readOnly) throws SQLException {
        this.file = file;
        this.writer = source.getConnection();
        writer.setAutoCommit(false);
        for (int i = 0; i < READERS; i++) {
            readers.add(readOnly.getConnection());
        }
    }

    static Database open(Path file) {
        SQLiteDataSource source = dataSource(file, false);
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .loggers(FlywayWarnings.class.getName())
                    .load()
                    .migrate();
            return new Database(file, source, dataSource(file, true));
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
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
                T result = work.run(sql);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write to " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

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
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting; SQLite rolls back an unfinished transaction anyway.
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
            throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }
}
