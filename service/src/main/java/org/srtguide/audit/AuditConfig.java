package org.srtguide.audit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The audit trail's settings ({@code srt.audit.*}); the defaults live here and nowhere else
 * (docs/audit.md explains the behaviour, docs/operations.md the production settings).
 */
@ConfigMapping(prefix = "srt.audit")
public interface AuditConfig {
    /** The embedded datasource; the PostgreSQL one is {@link #POSTGRESQL}. */
    String EMBEDDED = "embedded";
    String POSTGRESQL = "postgresql";

    /** Which of the two built-in datasources holds the trail: embedded (H2 file) or postgresql. */
    @WithDefault(EMBEDDED)
    String datasource();

    /** false exists only to measure the audit overhead (bench/RESULTS.md): never in production. */
    @WithDefault("true")
    boolean enabled();

    /** This instance's chain; unset: a fresh UUID per start (never give two running instances the same id). */
    Optional<String> writerId();

    /**
     * Input/output field names stored as "[REDACTED]" (records whose model inputs were redacted
     * cannot be replayed).
     */
    Optional<List<String>> redact();

    /** Records committed in one transaction at most. */
    @WithDefault("256")
    int batchSize();

    /** Records waiting for a commit at most; beyond it callers get 503. */
    @WithDefault("10000")
    int queueCapacity();

    /** How long a caller waits for its record to be committed before it gets 503. */
    @WithDefault("10s")
    Duration commitTimeout();

    /**
     * How long a batch may wait for the records of audited evaluations still in progress (never when
     * none is): fewer, larger commits; 0 commits each batch at once.
     */
    @WithDefault("5ms")
    Duration commitLinger();

    /**
     * Whether the service migrates the schema (db/audit) itself as soon as the database is reachable;
     * false: migrated out of band, and the service role may only INSERT and SELECT.
     */
    @WithDefault("true")
    boolean migrate();
}
