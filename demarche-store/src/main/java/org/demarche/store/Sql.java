package org.demarche.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postgresql.PGStatement;

/**
 * One unit of work on a connection, with its prepared statements kept for reuse (a batch runs the same few
 * statements thousands of times). Every value is a bound parameter, never text spliced into SQL.
 *
 * <p>Rows of {@linkplain #deferred deferred} inserts are held back and sent together just before the next other
 * statement runs (or at {@link #flush}), so every statement still sees every row written before it, and an
 * article's rows reach a database server in a few round trips instead of one per row.
 */
final class Sql implements AutoCloseable {
    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Rows fetched at a time by {@link #forEach}. */
    private static final int FETCH_ROWS = 1000;

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    /** The deferred inserts, in the order their rows are sent: a table before the tables that refer to it. */
    private final List<Deferred> deferred = new ArrayList<>();

    /** An INSERT whose rows wait for the next {@link #flush}; its rows keep their order. */
    final class Deferred {
        private final PreparedStatement statement;
        private boolean pending;

        private Deferred(PreparedStatement statement) {
            this.statement = statement;
        }

        /** Holds one row back (one execution of the statement with these parameters). */
        void add(Object... params) throws SQLException {
            bind(statement, params);
            statement.addBatch();
            pending = true;
        }
    }

    Sql(Connection connection) {
        this.connection = connection;
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
        PreparedStatement ps = prepare(sql, params);
        try (ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    /** Calls {@code action} for each row without holding all of them in memory. */
    void forEach(String sql, Row<?> action, Object... params) throws SQLException {
        PreparedStatement ps = prepare(sql, params);
        ps.setFetchSize(FETCH_ROWS); // PostgreSQL's driver would otherwise read every row into memory first
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                action.map(rs);
            }
        }
    }

    /** The first row mapped; empty when there is no row or it maps to null. */
    <T> Optional<T> one(String sql, Row<T> row, Object... params) throws SQLException {
        PreparedStatement ps = prepare(sql, params);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
        }
    }

    /**
     * {@link #one}, planned for these values at every run. On PostgreSQL a statement the driver has prepared on
     * the server may otherwise run with a generic plan, made once for any value, which can be far from the plan
     * for a given value once a table has grown.
     */
    <T> Optional<T> oneReplanned(String sql, Row<T> row, Object... params) throws SQLException {
        PreparedStatement ps = prepare(sql, params);
        if (ps.isWrapperFor(PGStatement.class)) {
            ps.unwrap(PGStatement.class).setPrepareThreshold(0); // never prepared on the server: planned every run
        }
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
        }
    }

    /**
     * PostgreSQL only: has the rest of this transaction's statements planned for their values at every run. A text
     * search's best plan depends on how many statements its words match (a bitmap scan of a rare word's rows, the
     * newest-first index for a common word), which a plan made once for any value cannot know.
     */
    void planForValues() throws SQLException {
        update("SET LOCAL plan_cache_mode = force_custom_plan");
    }

    /** The first column of the first row as a number; 0 when there is no row. */
    long number(String sql, Object... params) throws SQLException {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    List<String> strings(String sql, Object... params) throws SQLException {
        return list(sql, rs -> rs.getString(1), params);
    }

    List<Long> ids(String sql, Object... params) throws SQLException {
        return list(sql, rs -> rs.getLong(1), params);
    }

    int update(String sql, Object... params) throws SQLException {
        return prepare(sql, params).executeUpdate();
    }

    /** Runs an INSERT into a table keyed by an {@code id} column and returns the id of the row it created. */
    long insert(String sql, Object... params) throws SQLException {
        // RETURNING hands the id back from the insert itself, instead of a second query after it.
        return one(sql + " RETURNING id", rs -> rs.getLong(1), params).orElseThrow(
                () -> new SQLException("the insert made no row: " + sql));
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        flush();
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        bind(ps, params);
        return ps;
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        ps.clearParameters();
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            switch (p) {
                case null -> ps.setNull(i + 1, Types.NULL);
                case LocalDate d -> ps.setString(i + 1, d.toString());
                case Enum<?> e -> ps.setString(i + 1, e.name());
                default -> ps.setObject(i + 1, p);
            }
        }
    }

    /**
     * Prepares an INSERT to be {@linkplain Deferred#add deferred}. Deferred inserts are flushed in the order they
     * were prepared in, so one that refers to the rows of another must be prepared after it.
     */
    Deferred deferred(String sql) throws SQLException {
        Deferred d = new Deferred(connection.prepareStatement(sql));
        deferred.add(d);
        return d;
    }

    /** Sends the rows held back, table after table; none is held after it, even when it fails. */
    void flush() throws SQLException {
        for (Deferred d : deferred) {
            if (d.pending) {
                d.pending = false;
                try {
                    d.statement.executeBatch();
                } catch (SQLException e) {
                    discard();
                    throw e;
                }
            }
        }
    }

    /** Drops the rows held back, before a rollback that would undo them anyway. */
    void discard() throws SQLException {
        for (Deferred d : deferred) {
            d.statement.clearBatch();
            d.pending = false;
        }
    }

    /** A nullable long column. */
    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /**
     * The placeholders of a multi-row {@code VALUES} clause, {@code "(?, ?), (?, ?)"} for two rows of two
     * columns: one statement writes many rows, with one call into the driver instead of one per row.
     */
    static String rows(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }

    /** A nullable long column, by position. */
    static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A nullable ISO date column. */
    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : LocalDate.parse(v);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : prepared.values()) {
            ps.close();
        }
        prepared.clear();
        for (Deferred d : deferred) {
            d.statement.close();
        }
        deferred.clear();
    }
}
