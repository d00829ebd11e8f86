package org.srtguide.audit;

/** The storage contract on the embedded database (the default run command's store). */
class H2AuditStoreTest extends AuditStoreContract {
    @Override
    AuditDatabase open() {
        return AuditDatabase.h2();
    }
}
