package org.srtguide.audit;

import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

/**
 * Read access to one stored record for other features (the dose-check plan report): the record text
 * exactly as hashed, with its chain fields, and the endpoint that wrote it.
 */
@Singleton
public class AuditRecords {
    private final AuditQueries queries;

    AuditRecords(DataSource dataSource) {
        this.queries = new AuditQueries(dataSource);
    }

    /** One stored record: the endpoint column and the served JSON text. */
    public record Stored(String id, String endpoint, String json) {
    }

    public Optional<Stored> find(String id) {
        return queries.find(id).map(r -> new Stored(r.id(), r.endpoint(), r.json()));
    }
}
