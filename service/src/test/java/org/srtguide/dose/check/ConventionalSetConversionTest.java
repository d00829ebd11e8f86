package org.srtguide.dose.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.srtguide.dose.check.ConstraintResult.Basis;
import org.srtguide.dose.constraints.Constraint;
import org.srtguide.dose.constraints.ConstraintSet;
import org.srtguide.dose.constraints.ConstraintSetRegistry;
import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.DvhType;
import org.srtguide.dose.dvh.Metric;
import org.srtguide.dose.dvh.VolumeUnit;

/**
 * A 62.5 Gy/25 fx and a 36.25 Gy/5 fx plan against every set defined for conventional courses:
 * every row converted voxel by voxel from the set's most conservative reference course (QUANTEC
 * and NRG: 79.2 Gy/44 fx; RTOG 0534: 70.2 Gy/39 fx), α/β 3 Gy.
 *
 * <p>Expected values computed by hand outside the code under test: for a level L,
 * BED = L(1 + L/(n_ref·3)) and the plan level x = (n·3/2)(√(1 + 4·BED/(n·3)) − 1); for example
 * QUANTEC V65Gy into 25 fx: BED = 65(1 + 65/132) = 97.008, x = 37.5(√(1 + 388.03/75) − 1) = 55.68 Gy
 * (was 60.13 Gy with the superseded prescription-dose-per-fraction convention). The Dmean limit is
 * an EQD2 in the reference course: 50 Gy in 44 fx = 50(50/44 + 3)/5 = 41.36 Gy, whatever the plan.
 */
class ConventionalSetConversionTest {
    static final ConstraintSetRegistry REGISTRY = ConstraintSetRegistry.builtIn();
    /** Every structure: 100 cm³, dose uniform from 0 to 80 Gy, so V(x) = 100(1 − x/80), in % and in cm³. */
    static final double TOP_GY = 80;

    final DoseChecker checker = new DoseChecker(List.of(), 1.0);

    @ParameterizedTest(name = "{1} in {2} Gy/{3} fx: {4} Gy")
    @CsvSource({
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-rectum-v50, 62.5, 25, 43.5969",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-rectum-v50, 36.25, 5, 25.5203",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-rectum-v60, 62.5, 25, 51.6723",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-rectum-v60, 36.25, 5, 29.4505",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-rectum-v65, 62.5, 25, 55.6763",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-rectum-v65, 36.25, 5, 31.3763",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-rectum-v70, 62.5, 25, 59.6614",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-rectum-v70, 36.25, 5, 33.2807",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-rectum-v75, 62.5, 25, 63.6300",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-rectum-v75, 36.25, 5, 35.1668",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-bladder-v65, 62.5, 25, 55.6763",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-bladder-v65, 36.25, 5, 31.3763",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-bladder-v70, 62.5, 25, 59.6614",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-bladder-v70, 36.25, 5, 33.2807",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-bladder-v75, 62.5, 25, 63.6300",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-bladder-v75, 36.25, 5, 35.1668",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-bladder-v80, 62.5, 25, 67.5838",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-bladder-v80, 36.25, 5, 37.0368",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-penile-bulb-dmean, 62.5, 25, 41.3636",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-penile-bulb-dmean, 36.25, 5, 41.3636",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-penile-bulb-d95, 62.5, 25, 43.5969",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-penile-bulb-d95, 36.25, 5, 25.5203",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-penile-bulb-d90, 62.5, 25, 43.5969",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-penile-bulb-d90, 36.25, 5, 25.5203",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-small-bowel-v15, 62.5, 25, 14.0664",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-small-bowel-v15, 36.25, 5, 10.0162",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-bowel-bag-v45, 62.5, 25, 39.5183",
        "QUANTEC-PELVIS-CONVENTIONAL, quantec-bowel-bag-v45, 36.25, 5, 23.5059",
        "RTOG-0534-PROSTATE-BED, rtog0534-rectum-v65, 62.5, 25, 57.3134",
        "RTOG-0534-PROSTATE-BED, rtog0534-rectum-v65, 36.25, 5, 32.1600",
        "RTOG-0534-PROSTATE-BED, rtog0534-rectum-v40, 62.5, 25, 36.2014",
        "RTOG-0534-PROSTATE-BED, rtog0534-rectum-v40, 36.25, 5, 21.8492",
        "RTOG-0534-PROSTATE-BED, rtog0534-bladder-ctv-v65, 62.5, 25, 57.3134",
        "RTOG-0534-PROSTATE-BED, rtog0534-bladder-ctv-v65, 36.25, 5, 32.1600",
        "RTOG-0534-PROSTATE-BED, rtog0534-bladder-ctv-v40, 62.5, 25, 36.2014",
        "RTOG-0534-PROSTATE-BED, rtog0534-bladder-ctv-v40, 36.25, 5, 21.8492",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-rectum-v45gy, 62.5, 25, 39.5183",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-rectum-v45gy, 36.25, 5, 23.5059",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-rectum-v70gy, 62.5, 25, 59.6614",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-rectum-v70gy, 36.25, 5, 33.2807",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-rectum-v72gy, 62.5, 25, 61.2507",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-rectum-v72gy, 36.25, 5, 34.0372",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-bladder-v45gy, 62.5, 25, 39.5183",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-bladder-v45gy, 36.25, 5, 23.5059",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-bladder-v70gy, 62.5, 25, 59.6614",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-bladder-v70gy, 36.25, 5, 33.2807",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-femur-l-v50gy, 62.5, 25, 43.5969",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-femur-l-v50gy, 36.25, 5, 25.5203",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-femur-l-dmax, 62.5, 25, 45.6252",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-femur-l-dmax, 36.25, 5, 26.5141",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-femur-r-v50gy, 62.5, 25, 43.5969",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-femur-r-v50gy, 36.25, 5, 25.5203",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-femur-r-dmax, 62.5, 25, 45.6252",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-femur-r-dmax, 36.25, 5, 26.5141",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-colon-v60gy, 62.5, 25, 51.6723",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-colon-v60gy, 36.25, 5, 29.4505",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-colon-dmax, 62.5, 25, 53.6768",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-colon-dmax, 36.25, 5, 30.4163",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-smallbowel-v50gy, 62.5, 25, 43.5969",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-smallbowel-v50gy, 36.25, 5, 25.5203",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-smallbowel-dmax, 62.5, 25, 45.2201",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-smallbowel-dmax, 36.25, 5, 26.3160",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-pubicbone-v70gy, 62.5, 25, 59.6614",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-pubicbone-v70gy, 36.25, 5, 33.2807",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-penilebulb-v50gy, 62.5, 25, 43.5969",
        "NRG-PELVIC-NODES-CONVENTIONAL, nrg-conv-penilebulb-v50gy, 36.25, 5, 25.5203"
    })
    void shouldConvertEveryRowFromTheMostConservativeReferenceCourse(String setId, String constraintId, double totalGy,
            int fractions, double expectedGy) {
        ConstraintSet set = REGISTRY.find(setId).orElseThrow();
        Constraint c = set.constraints().stream().filter(x -> x.id().equals(constraintId)).findFirst().orElseThrow();
        CheckReport report = checker.check(set, new Plan(totalGy, fractions, everyStructure(set)), List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult row = report.results().stream().filter(r -> r.constraintId().equals(constraintId)).findFirst().orElseThrow();

        assertThat(report.converted()).isTrue();
        assertThat(row.convertedLimit()).isCloseTo(expectedGy, within(5e-5));
        String course = set.reference().conversionCourse().label();
        assertThat(row.referenceCourse()).startsWith("reference course " + course + ", voxel by voxel");
        assertThat(row.reason()).contains(row.referenceCourse());
        if (c.metric().kind() == Metric.Kind.VOLUME_AT_DOSE) {
            assertThat(row.evaluatedMetric()).isEqualTo(c.metric().withDoseLevel(expectedGy));
            assertThat(row.value()).isCloseTo(100 * (1 - expectedGy / TOP_GY), within(1e-3));
        } else if (c.metric().kind() == Metric.Kind.MEAN) {
            assertThat(row.basis()).isEqualTo(Basis.EQD2);
        }
    }

    private static List<StructureDvh> everyStructure(ConstraintSet set) {
        return set.constraints().stream().map(Constraint::structure).distinct()
                .map(name -> new StructureDvh(name, Dvh.of(DvhType.CUMULATIVE, VolumeUnit.CC,
                        new double[] {0, TOP_GY}, new double[] {100, 0}, null)))
                .toList();
    }
}
