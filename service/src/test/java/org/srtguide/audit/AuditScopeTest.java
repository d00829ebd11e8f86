package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AuditScopeTest {

    @Test
    void shouldReportTheHandOverOnceWhenTheRecordGoesToTheStoreAndTheScopeThenCloses() {
        AtomicInteger handedOver = new AtomicInteger();
        AuditScope scope = new AuditScope("POST /x", handedOver::incrementAndGet);

        scope.handOver();
        scope.close();

        assertThat(handedOver).hasValue(1);
    }

    @Test
    void shouldReportTheHandOverWhenTheScopeClosesWithoutARecord() {
        AtomicInteger handedOver = new AtomicInteger();
        AuditScope scope = new AuditScope("POST /x", handedOver::incrementAndGet);

        scope.close();
        scope.close();

        assertThat(handedOver).hasValue(1);
    }

    @Test
    void shouldCountAnEvaluationAsInProgressFromBeginToEnd() {
        InProgress inProgress = new InProgress();
        assertThat(inProgress.any()).isFalse();

        inProgress.begin();
        inProgress.begin();
        inProgress.end();
        assertThat(inProgress.any()).isTrue();

        inProgress.end();
        assertThat(inProgress.any()).isFalse();
    }
}
