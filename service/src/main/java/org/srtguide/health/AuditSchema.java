package org.srtguide.health;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.interceptor.Interceptor;

import org.srtguide.audit.AuditConfig;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.quarkus.arc.InjectableInstance;
import io.quarkus.flyway.FlywayDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Migrates the audit schema (Flyway, db/audit) as soon as the audit database is reachable: at
 * start-up when it is, otherwise on the next readiness probe or request. Quarkus' migrate-at-start
 * would refuse to start the service while the database is down; this way the service starts,
 * answers 503 and reports not ready until the database returns. The attempt at start-up runs on its
 * own thread, alongside the compilation of the models; start-up completes only after it
 * ({@link #startAttempt()}).
 */
@ApplicationScoped
public class AuditSchema {
    private static final Logger LOG = Logger.getLogger(AuditSchema.class);

    private final InjectableInstance<Flyway> flyway;
    private final boolean enabled;
    private final ReentrantLock migrating = new ReentrantLock();
    private volatile boolean migrated;
    private CompletableFuture<Boolean> startAttempt; // guarded by this

    AuditSchema(AuditConfig config, @Any InjectableInstance<Flyway> flyway) {
        this.flyway = flyway.select(FlywayDataSource.FlywayDataSourceLiteral.of(config.datasource()));
        this.enabled = config.migrate();
    }

    /** Before the model archive is written at start-up (default observer priority is later). */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        startAttempt();
    }

    /**
     * The attempt at start-up, started by the first caller on its own thread: connecting to the
     * database and migrating take about as long as compiling the models, which start-up does
     * meanwhile. Completes with true if the schema is current; exceptionally only on an Error.
     */
    public synchronized CompletableFuture<Boolean> startAttempt() {
        if (startAttempt == null) {
            startAttempt = enabled
                    ? CompletableFuture.supplyAsync(this::attemptAtStart, run -> new Thread(run, "audit-schema-migration").start())
                    : CompletableFuture.completedFuture(true);
        }
        return startAttempt;
    }

    private boolean attemptAtStart() {
        boolean current = ensureMigrated();
        if (!current) {
            LOG.warn("audit schema not migrated at start-up: audit database unavailable; retrying on demand");
        }
        return current;
    }

    /** True once the schema is current. Never blocks behind another caller's attempt, never throws. */
    public boolean ensureMigrated() {
        if (migrated || !enabled) {
            return true;
        }
        if (!migrating.tryLock()) {
            return false;
        }
        try {
            if (!migrated) {
                flyway.get().migrate();
                migrated = true;
                LOG.info("audit schema is current");
            }
            return true;
        } catch (RuntimeException unavailable) {
            // Flyway's message may quote SQL or connection details, never request data; keep it short.
            LOG.debugf("audit schema migration failed: %s", unavailable.getClass().getSimpleName());
            return false;
        } finally {
            migrating.unlock();
        }
    }
}
