package org.srtguide.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.srtguide.api.InvalidInputException;
import org.srtguide.api.UnavailableException;

/** Reads the audit table: one record, a page (newest first, cursor paging), or a streamed export. */
final class AuditQueries {
    static final int MAX_LIMIT = 500;
    private static final int FETCH_SIZE = 200;

    private final DataSource dataSource;

    AuditQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    record Page(List<StoredRecord> records, String next) {
    }

    /** Receives exported rows one at a time, so an export never holds the table in memory. */
    interface RowSink {
        void accept(StoredRecord row) throws java.io.IOException;
    }

    Optional<StoredRecord> find(String id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT " + StoredRecord.COLUMNS + " FROM audit_record WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(StoredRecord.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new UnavailableException("The audit store is unavailable.", e);
        }
    }

    /** Newest first; {@code after} is the {@code next} cursor of the previous page. */
    Page page(AuditFilter filter, int limit, String after) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "between 1 and " + MAX_LIMIT);
        }
        List<Object> params = AuditFilter.params();
        // Keys first, then rows: the key query reads only the (covering, on PostgreSQL) time index, so
        // records the filter skips are never read (bench/RESULTS.md, Audit explorer search).
        StringBuilder keys = new StringBuilder("SELECT id, recorded_at FROM audit_record").append(filter.where(params));
        if (after != null && !after.isBlank()) {
            Cursor cursor = Cursor.decode(after);
            // On PostgreSQL the newer rows are skipped inside the covering index (index-only). An added
            // "recorded_at <= ?" range made H2 2.3 skip the rows tied with the cursor's time.
            keys.append(" AND (recorded_at < ? OR (recorded_at = ? AND id < ?))");
            params.add(cursor.recordedAt().atOffset(ZoneOffset.UTC));
            params.add(cursor.recordedAt().atOffset(ZoneOffset.UTC));
            params.add(cursor.id());
        }
        keys.append(" ORDER BY recorded_at DESC, id DESC");
        try (Connection c = dataSource.getConnection()) {
            List<Cursor> found = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(keys.toString())) {
                bind(q, params);
                q.setMaxRows(limit + 1);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Cursor(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(1)));
                    }
                }
            }
            List<Cursor> page = found.subList(0, Math.min(limit, found.size()));
            return new Page(rows(c, page.stream().map(Cursor::id).toList()),
                    found.size() <= limit ? null : page.get(limit - 1).encode());
        } catch (SQLException e) {
            throw new UnavailableException("The audit store is unavailable.", e);
        }
    }

    /** The records of these ids, in the order given. */
    private static List<StoredRecord> rows(Connection c, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + StoredRecord.COLUMNS + " FROM audit_record WHERE id IN ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        Map<String, StoredRecord> byId = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, List.copyOf(ids));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    StoredRecord row = StoredRecord.read(rs);
                    byId.put(row.id(), row);
                }
            }
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Oldest first, streamed from a database cursor. */
    void export(AuditFilter filter, RowSink sink) throws java.io.IOException {
        List<Object> params = AuditFilter.params();
        String sql = "SELECT " + StoredRecord.COLUMNS + " FROM audit_record" + filter.where(params)
                + " ORDER BY recorded_at, id";
        try (Connection c = dataSource.getConnection()) {
            // PostgreSQL only streams with a cursor inside a transaction.
            c.setAutoCommit(false);
            try (PreparedStatement q = c.prepareStatement(sql)) {
                bind(q, params);
                q.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(StoredRecord.read(rs));
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new UnavailableException("The audit store is unavailable.", e);
        }
    }

    private static void bind(PreparedStatement q, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            q.setObject(i + 1, params.get(i));
        }
    }

    /** Position after the last record of a page: its time and id, opaque to clients. */
    record Cursor(Instant recordedAt, String id) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((recordedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                return new Cursor(Instant.parse(text.substring(0, bar)), text.substring(bar + 1));
            } catch (RuntimeException e) {
                throw new InvalidInputException("after", "a cursor returned as 'next' by a previous page");
            }
        }
    }
}
