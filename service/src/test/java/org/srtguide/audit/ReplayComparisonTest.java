package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReplayComparisonTest {

    @Test
    void shouldTreatNumbersOfEqualValueAsEqual() {
        assertThat(ReplayComparison.compare("r", Map.of("x", 2), Map.of("x", new BigDecimal("2.0")))).isEmpty();
    }

    @Test
    void shouldNameTheChangedMissingAndExtraEntries() {
        List<ReplayComparison.Difference> diffs = ReplayComparison.compare("r",
                Map.of("a", "LOW", "b", List.of(1, 2), "c", true),
                Map.of("a", "HIGH", "b", List.of(1), "d", true));

        assertThat(diffs).extracting(ReplayComparison.Difference::path).containsExactly("r.a", "r.b[1]", "r.c", "r.d");
        assertThat(diffs.get(2).replayed()).isNull();
    }

    @Test
    void shouldReportATypeChangeAsADifference() {
        assertThat(ReplayComparison.compare("r", "2", 2)).hasSize(1);
    }
}
