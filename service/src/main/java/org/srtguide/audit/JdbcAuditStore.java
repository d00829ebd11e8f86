package org.srtguide.audit;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.srtguide.api.UnavailableException;

/**
 * Appends records to this instance's hash chain in the audit database. Each instance is its own
 * writer (id from configuration, or a fresh UUID per start), so replicas never contend for a chain.
 */
@ApplicationScoped
class JdbcAuditStore implements AuditStore {
    private static final Logger LOG = Logger.getLogger(JdbcAuditStore.class);
    private static final String INSERT = "INSERT INTO audit_record (id, writer_id, seq, recorded_at, principal, endpoint,"
            + " as_of, models, duration_micros, record_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";

    private final DataSource dataSource;
    private final ModelArchive archive;
    private final String writerId;
    private long sequence;
    private String lastHash = CanonicalJson.GENESIS;

    JdbcAuditStore(DataSource dataSource, ModelArchive archive,
            @ConfigProperty(name = "srt.audit.writer-id") Optional<String> writerId) {
        this.dataSource = dataSource;
        this.archive = archive;
        this.writerId = writerId.orElseGet(() -> UUID.randomUUID().toString());
        LOG.infof("audit writer %s", this.writerId);
    }

    @Override
    public synchronized void append(Map<String, Object> record) {
        archive.ensureArchived();
        record.put("writerId", writerId);
        record.put("sequence", sequence + 1);
        String json = CanonicalJson.write(record);
        String hash = CanonicalJson.chainHash(lastHash, json);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            ps.setString(1, (String) record.get("id"));
            ps.setString(2, writerId);
            ps.setLong(3, sequence + 1);
            ps.setObject(4, OffsetDateTime.ofInstant(Instant.parse((String) record.get("timestamp")), ZoneOffset.UTC));
            ps.setString(5, (String) record.get("principal"));
            ps.setString(6, (String) record.get("endpoint"));
            Object asOf = record.get("asOf");
            ps.setDate(7, asOf == null ? null : Date.valueOf(LocalDate.parse((String) asOf)));
            ps.setString(8, CanonicalJson.write(Map.of("models", record.get("models"))));
            ps.setLong(9, (Long) record.get("durationMicros"));
            ps.setString(10, json);
            ps.setString(11, lastHash);
            ps.setString(12, hash);
            ps.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            throw new UnavailableException("The audit store is unavailable.", e);
        }
        sequence++;
        lastHash = hash;
    }
}
