package org.srtguide.dose.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.srtguide.dose.check.CheckReport;
import org.srtguide.dose.check.CumulativePolicy;
import org.srtguide.dose.check.DoseChecker;
import org.srtguide.dose.check.Plan;
import org.srtguide.dose.check.StructureDvh;
import org.srtguide.dose.constraints.ConstraintSetRegistry;
import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.DvhType;
import org.srtguide.dose.dvh.VolumeUnit;

/** Per-row detail: signed distance to the limit, tier, the set's priority, which DVH was used. */
class DoseCheckResponseTest {
    @Test
    void shouldGiveDistanceTierAndPriorityOfEachRow() {
        // TEST-SITE-TIERED, 5 fx: rectum D0.03cc <= 30 Gy (acceptable 32, priority 1); V20Gy < 20 % (acceptable 30)
        Dvh rectum = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.CC, new double[] {0, 20, 31, 31.5}, new double[] {50, 12.5, 1, 0}, null);
        CheckReport report = new DoseChecker(List.of(), 1.0).check(
                ConstraintSetRegistry.load(Optional.of(Path.of("src/test/resources/dose/site-sets"))).find("TEST-SITE-TIERED")
                        .orElseThrow(),
                new Plan(35, 5, List.of(new StructureDvh("Rectum", rectum))), List.of(), CumulativePolicy.PLAIN_SUM);
        DoseCheckResponse response = DoseCheckResponse.of(report, DoseCheckResponse.DvhSource.REQUEST, List.of(), List.of());
        DoseCheckResponse.Result d003 = response.results().stream().filter(r -> r.constraintId().equals("test-rectum-d0p03cc"))
                .findFirst().orElseThrow();
        // D0.03cc lies between 31 Gy (1 cm³) and 31.5 Gy (0): 31.4850 Gy, over 30 but within 32
        assertThat(d003.verdict()).isEqualTo("VARIATION_ACCEPTABLE");
        assertThat(d003.tier()).isEqualTo("ACCEPTABLE");
        assertThat(d003.distanceToLimit()).isEqualTo(-1.485);
        assertThat(d003.distanceToAcceptableLimit()).isEqualTo(0.515);
        assertThat(d003.distanceToLimitPercent()).isEqualTo(-4.95);
        assertThat(d003.priority()).isEqualTo(1);
        assertThat(d003.dvhSource()).isEqualTo(DoseCheckResponse.DvhSource.REQUEST);
        assertThat(response.results()).filteredOn(r -> r.constraintId().equals("test-rectum-v20"))
                .extracting(DoseCheckResponse.Result::value, DoseCheckResponse.Result::distanceToLimit, DoseCheckResponse.Result::tier,
                        DoseCheckResponse.Result::priority)
                .containsExactly(tuple(25.0, -5.0, "ACCEPTABLE", null));
    }
}
