package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The storage contract on PostgreSQL, the production store; runs in CI (.ci/run starts the server). */
class PostgresAuditStoreTest extends AuditStoreContract {
    @Override
    AuditDatabase open() {
        return AuditDatabase.postgres();
    }

    @Test
    void shouldCompressRecordTextWithLz4WhenMigratedOnPostgres() {
        assertThat(db.queryString("SELECT attcompression FROM pg_attribute"
                + " WHERE attrelid = 'audit_record'::regclass AND attname = 'record_json'")).isEqualTo("l");
    }
}
