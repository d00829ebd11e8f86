package org.srtguide.audit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a production run (neither dev nor test) whose PostgreSQL audit store has no URL
 * or credentials of its own. The local test database in application.properties is set for the dev
 * and test profiles only, and an audit trail written to a database nobody meant to use is worse than
 * no start at all; the message names every missing property and its environment variable.
 */
@ApplicationScoped
class PostgresqlSettings {
    static final List<String> REQUIRED = List.of("quarkus.datasource.postgresql.jdbc.url",
            "quarkus.datasource.postgresql.username", "quarkus.datasource.postgresql.password");

    /** First among the start-up observers: before the schema migration or the model archive touch the database. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, AuditConfig audit, Config config) {
        check(LaunchMode.current(), audit.datasource(), name -> config.getOptionalValue(name, String.class));
    }

    static void check(LaunchMode mode, String dataSource, Function<String, Optional<String>> settings) {
        if (mode.isDevOrTest() || !AuditConfig.POSTGRESQL.equals(dataSource)) {
            return;
        }
        List<String> missing = REQUIRED.stream()
                .filter(name -> settings.apply(name).filter(value -> !value.isBlank()).isEmpty())
                .map(name -> name + " (" + environmentVariable(name) + ")").toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The PostgreSQL audit store (srt.audit.datasource=postgresql) needs "
                    + String.join(", ", missing) + ": not set. Outside dev and test the service does not fall back to "
                    + "a default database (docs/operations.md, Audit store).");
        }
    }

    static String environmentVariable(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
