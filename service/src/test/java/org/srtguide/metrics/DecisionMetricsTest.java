package org.srtguide.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class DecisionMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DecisionMetrics metrics = new DecisionMetrics(registry);

    @Test
    void shouldLabelAssessmentsWithTheCodesTheModelsReturned() {
        metrics.assessed("SALVAGE_RADIOTHERAPY", "BIOCHEMICAL_RECURRENCE");
        metrics.assessed("SALVAGE_RADIOTHERAPY", "BIOCHEMICAL_RECURRENCE");

        assertThat(registry.get(DecisionMetrics.ASSESSMENTS).tag("pathway", "SALVAGE_RADIOTHERAPY")
                .tag("recurrence", "BIOCHEMICAL_RECURRENCE").counter().count()).isEqualTo(2.0);
    }

    @Test
    void shouldCountAValueThatIsNotACodeAsOther() {
        metrics.assessed("Smith, John 1950-01-01", "biochemical");

        assertThat(registry.get(DecisionMetrics.ASSESSMENTS).tag("pathway", DecisionMetrics.OTHER)
                .tag("recurrence", DecisionMetrics.OTHER).counter().count()).isEqualTo(1.0);
    }

    @Test
    void shouldCountAMissingCodeAsNone() {
        metrics.assessed(null, "NO_RECURRENCE");

        assertThat(registry.get(DecisionMetrics.ASSESSMENTS).tag("pathway", DecisionMetrics.NONE)
                .tag("recurrence", "NO_RECURRENCE").counter().count()).isEqualTo(1.0);
    }

    @Test
    void shouldCountAnOverlongCodeAsOther() {
        assertThat(DecisionMetrics.code("A".repeat(65))).isEqualTo(DecisionMetrics.OTHER);
        assertThat(DecisionMetrics.code("A".repeat(64))).isEqualTo("A".repeat(64));
    }

    @Test
    void shouldCountDecisionsPerModel() {
        metrics.decided("metastasis");

        assertThat(registry.get(DecisionMetrics.DECISIONS).tag("model", "metastasis").counter().count()).isEqualTo(1.0);
    }
}
