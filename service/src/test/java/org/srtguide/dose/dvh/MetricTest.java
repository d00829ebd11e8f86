package org.srtguide.dose.dvh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetricTest {

    @Test
    void shouldParseEachForm() {
        assertThat(Metric.parse("V65Gy")).isEqualTo(new Metric(Metric.Kind.VOLUME_AT_DOSE, 65, Metric.ParameterUnit.GY, "V65Gy"));
        assertThat(Metric.parse("V107%").parameterUnit()).isEqualTo(Metric.ParameterUnit.PERCENT_OF_PRESCRIPTION);
        assertThat(Metric.parse("D0.03cc").parameter()).isEqualTo(0.03);
        assertThat(Metric.parse("D90%").parameterUnit()).isEqualTo(Metric.ParameterUnit.PERCENT_OF_VOLUME);
        assertThat(Metric.parse("dmean").kind()).isEqualTo(Metric.Kind.MEAN);
        assertThat(Metric.parse("DMAX").kind()).isEqualTo(Metric.Kind.MAX);
    }

    @Test
    void shouldTreatSpellingVariantsAsTheSameMetric() {
        assertThat(Metric.parse("D0.03cc").sameAs(Metric.parse("d0.030CC"))).isTrue();
        assertThat(Metric.parse("D0.03cc").sameAs(Metric.parse("D0.03%"))).isFalse();
    }

    @Test
    void shouldRejectAnUnknownMetric() {
        assertThatThrownBy(() -> Metric.parse("V65"))
                .hasMessage("unknown metric 'V65': use VxGy, Vx% (of prescription), Dxcc, Dx% (of volume), Dmean or Dmax");
    }
}
