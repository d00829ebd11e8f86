package org.srtguide.audit;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

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

    JdbcAuditStore(DataSource dataSource, ModelArchive archive, InProgress inProgress, AuditConfig config) {
        this.archive = archive;
        this.writer = new ChainWriter(dataSource, config.writerId().orElseGet(() -> UUID.randomUUID().toString()),
                config.batchSize(), config.queueCapacity(), config.commitTimeout(), config.commitLinger(), inProgress::any);
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
