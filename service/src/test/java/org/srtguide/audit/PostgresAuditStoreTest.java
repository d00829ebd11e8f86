package org.srtguide.audit;

/** The storage contract on PostgreSQL, the production store; runs in CI (.ci/run starts the server). */
class PostgresAuditStoreTest extends AuditStoreContract {
    @Override
    AuditDatabase open() {
        return AuditDatabase.postgres();
    }
}
