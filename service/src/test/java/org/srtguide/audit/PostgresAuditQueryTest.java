package org.srtguide.audit;

/** The query contract on PostgreSQL, the production store; every test and assertion is in {@link AuditQueryContract}. */
class PostgresAuditQueryTest extends AuditQueryContract {
    @Override
    AuditDatabase open() {
        return AuditDatabase.postgres();
    }
}
