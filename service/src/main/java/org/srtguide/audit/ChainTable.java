package org.srtguide.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

/**
 * One writer's chain in the audit table: its head (sequence and hash of the last committed record),
 * the kept connection and insert statement, and the numbering, hashing and insert of a batch in one
 * transaction. Used by the {@link ChainWriter} thread only, so nothing here is synchronised.
 * <p>
 * The connection and its insert statement are kept between batches: borrowing from the pool
 * validated it with a round trip per batch (about 14 % of the writer's CPU under load,
 * bench/RESULTS.md), and the pool tracks every statement prepared on a connection until the
 * connection goes back, so preparing one per batch on a kept connection would grow without bound.
 * A kept connection found dead after a failure is dropped and the batch tried once more on a freshly
 * borrowed one, so a connection lost while idle (database restart, timeout) costs no caller a 503.
 */
final class ChainTable implements AutoCloseable {
    private static final String INSERT = "INSERT INTO audit_record (id, writer_id, seq, recorded_at, principal, endpoint,"
            + " as_of, model_names, duration_micros, record_json, prev_hash, hash, pathway) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String HEAD = "SELECT seq, hash FROM audit_record WHERE writer_id = ? ORDER BY seq DESC";

    private final DataSource dataSource;
    private final String writerId;
    private final String quotedWriterId;
    private long sequence;
    private String lastHash = RecordJson.GENESIS;
    private boolean headKnown;
    private Connection connection;
    private PreparedStatement insert;

    ChainTable(DataSource dataSource, String writerId) {
        this.dataSource = dataSource;
        this.writerId = writerId;
        this.quotedWriterId = RecordJson.quote(writerId);
    }

    /** After a failure the commit may or may not have reached the database: re-read the head before the next batch. */
    void forgetHead() {
        headKnown = false;
    }

    /**
     * Commits the batch on the kept connection; once more on a fresh one if the kept one turns out to
     * be dead (a record the database refuses is not retried here: the writer isolates it).
     */
    long commit(List<PendingRecord> batch) throws SQLException {
        boolean kept = connection != null;
        try {
            return insertAndCommit(connection(), batch);
        } catch (SQLException | RuntimeException e) {
            boolean dead = kept && !isValid(connection);
            dropConnection();
            headKnown = false;
            if (!dead) {
                throw e;
            }
            // If the failed attempt did commit, the head re-read makes this one fail on the ids, not fork the chain.
            return insertAndCommit(connection(), batch);
        }
    }

    private static boolean isValid(Connection c) {
        try {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Numbers, hashes and inserts the batch in one transaction; advances the head only after commit.
     *
     * @return the sequence of the batch's last record
     */
    private long insertAndCommit(Connection c, List<PendingRecord> batch) throws SQLException {
        if (!headKnown) {
            readHead(c);
        }
        long seq = sequence;
        String prev = lastHash;
        try {
            for (PendingRecord r : batch) {
                seq++;
                byte[] text = r.canonical(quotedWriterId, seq);
                String hash = RecordJson.chainHash(prev, text);
                bind(insert, r, seq, new String(text, StandardCharsets.UTF_8), prev, hash);
                insert.addBatch();
                prev = hash;
            }
            insert.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        }
        sequence = seq;
        lastHash = prev;
        return seq;
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
                insert = c.prepareStatement(INSERT);
            } catch (SQLException e) {
                closeQuietly(c);
                throw e;
            }
            connection = c;
        }
        return connection;
    }

    void dropConnection() {
        if (connection != null) {
            // The statement first: the pool reports statements still open when a connection closes.
            closeQuietly(insert);
            closeQuietly(connection);
            connection = null;
            insert = null;
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            if (resource != null) {
                resource.close();
            }
        } catch (Exception ignored) {
            // Broken already; the pool discards it.
        }
    }

    private void readHead(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(HEAD)) {
            q.setString(1, writerId);
            q.setMaxRows(1);
            try (ResultSet rs = q.executeQuery()) {
                sequence = rs.next() ? rs.getLong(1) : 0;
                lastHash = sequence == 0 ? RecordJson.GENESIS : rs.getString(2);
            }
        }
        headKnown = true;
    }

    private void bind(PreparedStatement ps, PendingRecord r, long seq, String json, String prev, String hash)
            throws SQLException {
        ps.setString(1, r.id());
        ps.setString(2, writerId);
        ps.setLong(3, seq);
        ps.setObject(4, OffsetDateTime.ofInstant(Instant.parse(r.timestamp()), ZoneOffset.UTC));
        ps.setString(5, r.principal());
        ps.setString(6, r.endpoint());
        ps.setDate(7, r.asOf() == null ? null : Date.valueOf(LocalDate.parse(r.asOf())));
        ps.setString(8, r.modelNames());
        ps.setLong(9, r.durationMicros());
        ps.setString(10, json);
        ps.setString(11, prev);
        ps.setString(12, hash);
        ps.setString(13, RecordJson.pathway(json));
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the transaction is gone with it.
        }
    }

    @Override
    public void close() {
        dropConnection();
    }
}
