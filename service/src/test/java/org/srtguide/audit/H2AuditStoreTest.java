package org.srtguide.audit;

/** The storage contract on the embedded database (the default run command's store); every test and assertion is in {@link AuditStoreContract}. */
class H2AuditStoreTest extends AuditStoreContract {
    @Override
    AuditDatabase open() {
        return AuditDatabase.h2();
    }
}
