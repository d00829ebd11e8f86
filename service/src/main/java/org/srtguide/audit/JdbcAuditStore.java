package org.srtguide.audit;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Appends records to this instance's hash chain in the audit database, through group commit (see
 * {@link ChainWriter}). Each instance is its own writer (id from configuration, or a fresh UUID per
 * start), so replicas never contend for a chain and need no global lock.
 */
@ApplicationScoped
class JdbcAuditStore implements AuditStore {
    private static final Logger LOG = Logger.getLogger(JdbcAuditStore.class);

    private final ModelArchive archive;
    private final ChainWriter writer;

    JdbcAuditStore(DataSource dataSource, ModelArchive archive, InProgress inProgress,
            @ConfigProperty(name = "srt.audit.writer-id") Optional<String> writerId,
            @ConfigProperty(name = "srt.audit.batch-size", defaultValue = "256") int batchSize,
            @ConfigProperty(name = "srt.audit.queue-capacity", defaultValue = "10000") int queueCapacity,
            @ConfigProperty(name = "srt.audit.commit-timeout", defaultValue = "10s") Duration commitTimeout,
            @ConfigProperty(name = "srt.audit.commit-linger", defaultValue = "5ms") Duration linger) {
        this.archive = archive;
        this.writer = new ChainWriter(dataSource, writerId.orElseGet(() -> UUID.randomUUID().toString()), batchSize,
                queueCapacity, commitTimeout, linger, inProgress::any);
        LOG.infof("audit writer %s", writer.writerId());
    }

    /** Blocks until the record is committed; {@link org.srtguide.api.UnavailableException} otherwise. */
    @Override
    public void append(PendingRecord record) {
        archive.ensureArchived();
        writer.append(record);
    }

    /**
     * Runs after the HTTP drain (quarkus.shutdown.timeout), so no request still waits for a commit
     * unless the drain timed out; what is queued is committed here. The pool is still open: ArC
     * destroys application-scoped beans before singletons, and Agroal closes its pools in the
     * @PreDestroy of its singleton DataSources.
     */
    @PreDestroy
    void close() {
        writer.close();
    }
}
