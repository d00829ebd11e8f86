package org.srtguide.cds.security;

import org.srtguide.audit.AuditDatabase;

/** The shared jti store on H2, the embedded audit database (the default). */
class H2TokenIdStoreTest extends TokenIdStoreContract {
    @Override
    AuditDatabase open() {
        return AuditDatabase.h2();
    }
}
