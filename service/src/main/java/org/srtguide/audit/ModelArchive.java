package org.srtguide.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.srtguide.api.ConflictException;
import org.srtguide.api.UnavailableException;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.ModelRegistry;
import org.srtguide.decision.Sha256;
import org.srtguide.health.AuditSchema;

import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the XML of every model version ever deployed or published, keyed by its SHA-256, so that any audit
 * record can be replayed against exactly the models it used, after those models have changed.
 */
@ApplicationScoped
public class ModelArchive {
    private static final Logger LOG = Logger.getLogger(ModelArchive.class);

    private final DataSource dataSource;
    private final Supplier<Collection<DeployedModel>> deployed;
    private volatile boolean archived;

    @Inject
    ModelArchive(DataSource dataSource, ModelRegistry registry) {
        this(dataSource, registry::all);
    }

    ModelArchive(DataSource dataSource, Supplier<Collection<DeployedModel>> deployed) {
        this.dataSource = dataSource;
        this.deployed = deployed;
    }

    /**
     * Writes the archive once the models are compiled and the schema's start-up attempt, which runs
     * on its own thread meanwhile ({@link AuditSchema#startAttempt()}), is over.
     */
    void onStart(@Observes StartupEvent event, AuditSchema schema) {
        deployed.get();
        schema.startAttempt().join();
        try {
            ensureArchived();
        } catch (UnavailableException e) {
            // Start anyway: the first audited call retries, and fails (503) while the store is down.
            LOG.warn("model archive not written at start-up: audit database unavailable");
        }
    }

    /** Writes the deployed models once; cheap after the first success. */
    void ensureArchived() {
        if (archived) {
            return;
        }
        synchronized (this) {
            if (archived) {
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                for (DeployedModel model : deployed.get()) {
                    insertIfAbsent(c, model.sha256(), model.namespace(), model.name(), model.xml());
                }
                archived = true;
            } catch (SQLException e) {
                throw new UnavailableException("The audit store is unavailable.", e);
            }
        }
    }

    /** Archives a model version that is not built in (a published or proposed one); idempotent. */
    public String archive(String name, String namespace, String xml) {
        String sha256 = Sha256.hex(xml);
        try (Connection c = dataSource.getConnection()) {
            insertIfAbsent(c, sha256, namespace, name, xml);
            return sha256;
        } catch (SQLException e) {
            throw new UnavailableException("The audit store is unavailable.", e);
        }
    }

    private static void insertIfAbsent(Connection c, String sha256, String namespace, String name, String xml)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM model_archive WHERE sha256 = ?")) {
            q.setString(1, sha256);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO model_archive (sha256, namespace, name, xml, archived_at) VALUES (?,?,?,?,?)")) {
            ins.setString(1, sha256);
            ins.setString(2, namespace);
            ins.setString(3, name);
            ins.setString(4, xml);
            ins.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            ins.executeUpdate();
        } catch (SQLException e) {
            // Another replica archived the same version between our check and insert.
            if (!exists(c, sha256)) {
                throw e;
            }
        }
    }

    private static boolean exists(Connection c, String sha256) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM model_archive WHERE sha256 = ?")) {
            q.setString(1, sha256);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The archived XML of a model version, only if it still hashes to its SHA-256: records reference rule
     * annotations and replay models through it, so an altered archive is a 409, never a silent answer.
     */
    public Optional<String> xml(String sha256) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT xml FROM model_archive WHERE sha256 = ?")) {
            q.setString(1, sha256);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String xml = rs.getString(1);
                if (!Sha256.hex(xml).equals(sha256)) {
                    throw new ConflictException("archive-altered", "Archived model altered",
                            "The archived model " + sha256 + " no longer hashes to its SHA-256.");
                }
                return Optional.of(xml);
            }
        } catch (SQLException e) {
            throw new UnavailableException("The audit store is unavailable.", e);
        }
    }

    /** Whether every archived version still hashes to its key: what the audit verification reports. */
    ArchiveReport verify() {
        List<String> altered = new ArrayList<>();
        long models = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT sha256, xml FROM model_archive ORDER BY sha256")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    models++;
                    if (!Sha256.hex(rs.getString(2)).equals(rs.getString(1))) {
                        altered.add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new UnavailableException("The audit store is unavailable.", e);
        }
        return new ArchiveReport(altered.isEmpty(), models, List.copyOf(altered));
    }

    /** The archive's part of the verification: each version's XML against the SHA-256 records name it by. */
    public record ArchiveReport(boolean valid, long models, List<String> altered) {
    }
}
