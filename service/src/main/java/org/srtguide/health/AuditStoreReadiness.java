package org.srtguide.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when an audit record could be written now: the audit database answers and its schema
 * is current. Nothing is evaluated without its audit record, so without these the service is not
 * ready for traffic (it still answers, with 503).
 */
@Readiness
@ApplicationScoped
class AuditStoreReadiness implements HealthCheck {
    private static final int VALIDATION_SECONDS = 2;

    private final DataSource dataSource;
    private final AuditSchema schema;

    AuditStoreReadiness(DataSource dataSource, AuditSchema schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    @Override
    public HealthCheckResponse call() {
        boolean reachable = reachable();
        boolean current = reachable && schema.ensureMigrated();
        return HealthCheckResponse.named("audit store").status(reachable && current)
                .withData("database", reachable ? "reachable" : "unreachable")
                .withData("schema", current ? "current" : "not migrated").build();
    }

    private boolean reachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(VALIDATION_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
