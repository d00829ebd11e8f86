package org.srtguide.cds.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.srtguide.api.UnavailableException;
import org.srtguide.decision.Sha256;

/**
 * CDS client token ids ({@code jti}) seen until their expiry, in the audit database that all replicas
 * share (table {@code cds_token_id}, Flyway V6), so that a captured token cannot be replayed against
 * another replica. Uses the datasource, not the audit trail: it works with {@code srt.audit.enabled=false}.
 */
@ApplicationScoped
class TokenIdStore {
    /** Rows are kept this long past {@code exp}: longer than the parser's expiry grace (SmallRye: 60 s). */
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofMinutes(5);
    /** Expired rows are deleted at most this often per replica: one cheap DELETE, not one per request. */
    static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);
    private static final String DUPLICATE_KEY = "23505"; // SQLSTATE unique_violation, H2 and PostgreSQL

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicLong nextPurge = new AtomicLong(Long.MIN_VALUE);

    @Inject
    TokenIdStore(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    TokenIdStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * True the first time {@code jti} of {@code issuer} is seen on any replica, false for a replay.
     *
     * @throws UnavailableException if the database cannot say: the caller must refuse the token
     */
    boolean firstUse(String issuer, String jti, long expiresEpochSecond) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            purgeExpired(c, now);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO cds_token_id (issuer, jti_sha256, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, issuer);
                insert.setString(2, Sha256.hex(jti));
                insert.setObject(3, OffsetDateTime.ofInstant(Instant.ofEpochSecond(expiresEpochSecond), ZoneOffset.UTC));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new UnavailableException("The token id store (audit database) is unavailable.", e);
        }
    }

    /** Deletes rows expired longer than {@link #KEPT_AFTER_EXPIRY}, at most once per {@link #PURGE_INTERVAL}. */
    private void purgeExpired(Connection c, Instant now) throws SQLException {
        long due = nextPurge.get();
        if (now.toEpochMilli() < due || !nextPurge.compareAndSet(due, now.plus(PURGE_INTERVAL).toEpochMilli())) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM cds_token_id WHERE expires_at < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(now.minus(KEPT_AFTER_EXPIRY), ZoneOffset.UTC));
            delete.executeUpdate();
        }
    }
}
