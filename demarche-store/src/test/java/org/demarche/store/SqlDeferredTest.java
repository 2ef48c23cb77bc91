package org.demarche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConfig;

/** Rows held back by deferred inserts, and the writer's own row ids, on an in-memory SQLite database. */
class SqlDeferredTest {
    private Connection connection;
    private Sql sql;

    @BeforeEach
    void open() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        connection = DriverManager.getConnection("jdbc:sqlite::memory:", config.toProperties());
        connection.setAutoCommit(false);
        sql = new Sql(connection);
        sql.update("CREATE TABLE statement (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
        sql.update("CREATE TABLE statement_key (key INTEGER NOT NULL, statement_id INTEGER NOT NULL"
                + " REFERENCES statement (id), PRIMARY KEY (key, statement_id))");
    }

    @AfterEach
    void close() throws SQLException {
        sql.close();
        connection.close();
    }

    @Test
    void aQuerySeesTheRowsHeldBackBeforeIt() throws SQLException {
        // The keys' insert is prepared after the statements' it refers to, so its rows are sent after theirs.
        Sql.Deferred statements = sql.deferred("INSERT INTO statement (id, text) VALUES (?, ?)");
        Sql.Deferred keys = sql.deferred("INSERT INTO statement_key (key, statement_id) VALUES (?, ?)");
        keys.add(7, 1);
        statements.add(1, "first");
        keys.add(8, 2);
        statements.add(2, "second");

        assertThat(sql.strings("SELECT text FROM statement ORDER BY id")).containsExactly("first", "second");
        assertThat(sql.ids("SELECT key FROM statement_key ORDER BY key")).containsExactly(7L, 8L);
    }

    @Test
    void discardedRowsAreNeverWritten() throws SQLException {
        Sql.Deferred statements = sql.deferred("INSERT INTO statement (id, text) VALUES (?, ?)");
        statements.add(1, "rolled back");
        sql.discard();
        statements.add(2, "kept");

        assertThat(sql.ids("SELECT id FROM statement")).containsExactly(2L);
    }

    @Test
    void newIdsAreNumberedAsSqliteNumbersThemAfterADelete() throws SQLException {
        RowIds ids = new RowIds(sql);
        sql.update("INSERT INTO statement (text) VALUES ('by SQLite')");
        long first = ids.next(RowIds.Table.STATEMENT);
        long second = ids.next(RowIds.Table.STATEMENT);
        Sql.Deferred statements = sql.deferred("INSERT INTO statement (id, text) VALUES (?, ?)");
        statements.add(first, "a");
        statements.add(second, "b");
        sql.update("DELETE FROM statement WHERE id = ?", second);
        ids.forget();
        long afterDelete = ids.next(RowIds.Table.STATEMENT);
        statements.add(afterDelete, "c");
        sql.update("INSERT INTO statement (text) VALUES ('by SQLite again')");

        assertThat(first).isEqualTo(2);
        assertThat(afterDelete).isEqualTo(second);
        assertThat(sql.number("SELECT id FROM statement WHERE text = 'by SQLite again'")).isEqualTo(second + 1);
    }
}
