package org.srtguide.audit;

/** The query contract on the embedded database; every test and assertion is in {@link AuditQueryContract}. */
class H2AuditQueryTest extends AuditQueryContract {
    @Override
    AuditDatabase open() {
        return AuditDatabase.h2();
    }
}
