package org.srtguide.dose.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.srtguide.dose.constraints.ReferenceFractionation.Convention;

class ReferenceFractionationTest {
    /** RTOG 0534's prostate-bed range: 64.8 Gy/36 fx to 70.2 Gy/39 fx. */
    static final ReferenceFractionation BED_RANGE = new ReferenceFractionation(Convention.VOXEL_BY_VOXEL,
            List.of(new ReferenceCourse(70.2, 39), new ReferenceCourse(64.8, 36)), null, null, null, null, null);

    @Test
    void shouldConvertFromTheCourseWithTheMostFractions() {
        assertThat(BED_RANGE.conversionCourse()).isEqualTo(new ReferenceCourse(70.2, 39));
        // 65 Gy: 36 fx would give 58.50 Gy in 25 fx, 39 fx gives the stricter 57.31 Gy
        assertThat(BED_RANGE.convert(65, 25, 3)).isCloseTo(57.31, within(0.005));
        assertThat(BED_RANGE.convert(40, 25, 3)).isCloseTo(36.20, within(0.005));
        assertThat(BED_RANGE.basis()).isEqualTo(
                "reference course 70.2 Gy/39 fx, voxel by voxel (the most conservative of 70.2 Gy/39 fx, 64.8 Gy/36 fx)");
    }

    @Test
    void shouldUseTheSetUnchangedOnlyWithinTheCoursesFractionRange() {
        assertThat(BED_RANGE.matches(64.8, 36)).isTrue();
        assertThat(BED_RANGE.matches(66.6, 37)).isTrue();
        assertThat(BED_RANGE.matches(70.2, 39)).isTrue();
        assertThat(BED_RANGE.matches(66, 33)).isFalse();
        assertThat(BED_RANGE.matches(62.5, 25)).isFalse();
        assertThat(BED_RANGE.matches(79.2, 44)).isFalse();
    }

    @Test
    void shouldGiveTheEqd2OfALevelInTheReferenceCourse() {
        // 50 Gy in 44 fx, α/β 3: 50 × (50/44 + 3)/5 = 41.36 Gy
        ReferenceFractionation nrg = new ReferenceFractionation(Convention.VOXEL_BY_VOXEL,
                List.of(new ReferenceCourse(79.2, 44)), null, null, null, null, null);
        assertThat(nrg.eqd2(50, 3)).isCloseTo(50 * (50 / 44.0 + 3) / 5, within(1e-12));
        assertThat(nrg.basis()).isEqualTo("reference course 79.2 Gy/44 fx, voxel by voxel");
    }

    @Test
    void shouldApplyTheSupersededConventionOnlyWhenChosen() {
        ReferenceFractionation legacy = new ReferenceFractionation(Convention.PRESCRIPTION_DOSE_PER_FRACTION, List.of(),
                2.0, 1.8, 2.0, null, null);
        assertThat(legacy.convert(65, 25, 3)).isCloseTo(60.13, within(0.005));
        assertThat(legacy.matches(66.6, 37)).isTrue();
        assertThat(legacy.basis()).contains("superseded prescription-dose-per-fraction convention");
    }

    @Test
    void shouldRequireAReferenceCourseForVoxelByVoxelConversion() {
        assertThatThrownBy(() -> new ReferenceFractionation(Convention.VOXEL_BY_VOXEL, List.of(), 2.0, null, null, null, null))
                .hasMessage("voxel-by-voxel conversion needs at least one reference course");
    }
}
