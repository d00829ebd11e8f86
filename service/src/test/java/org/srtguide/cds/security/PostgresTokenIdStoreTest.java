package org.srtguide.cds.security;

import org.srtguide.audit.AuditDatabase;

/** The shared jti store on PostgreSQL, the production audit database; a schema of its own per test. */
class PostgresTokenIdStoreTest extends TokenIdStoreContract {
    @Override
    AuditDatabase open() {
        return AuditDatabase.postgres();
    }
}
