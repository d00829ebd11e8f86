package org.srtguide.kinetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimeAxisTest {
    static final LocalDate TREATMENT = LocalDate.of(2020, 1, 1);

    @Test
    void shouldMeasureWeeksAndMonthsFromTheTreatmentDate() {
        // 2024-01-01 is 1461 days later: 1461 / 7 = 208.714 weeks, 1461 / (365.25 / 12) = 48 months.
        SeriesPoint point = TimeAxis.place(TREATMENT, List.of(new PsaValue(LocalDate.of(2024, 1, 1), 0.3))).get(0);

        assertThat(point.weeksAfterTreatment()).isCloseTo(1461 / 7.0, within(1e-12));
        assertThat(point.monthsAfterTreatment()).isCloseTo(48.0, within(1e-12));
        assertThat(point.value()).isEqualTo(0.3);
    }

    @Test
    void shouldGiveNegativeTimesBeforeTheTreatment() {
        // 14 days before: -2 weeks.
        SeriesPoint point = TimeAxis.place(TREATMENT, List.of(new PsaValue(TREATMENT.minusDays(14), 8.0))).get(0);

        assertThat(point.weeksAfterTreatment()).isEqualTo(-2.0);
        assertThat(point.monthsAfterTreatment()).isNegative();
    }

    @Test
    void shouldSortByDateThenValue() {
        List<SeriesPoint> points = TimeAxis.place(TREATMENT, List.of(
                new PsaValue(TREATMENT.plusDays(90), 0.4),
                new PsaValue(TREATMENT.plusDays(30), 0.2),
                new PsaValue(TREATMENT.plusDays(90), 0.3)));

        assertThat(points).extracting(SeriesPoint::value).containsExactly(0.2, 0.3, 0.4);
    }
}
