package org.srtguide.dose.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Small spheres on a 2.5 mm grid with the default options (4 × 4 samples per pixel under 50 cm³):
 * the sampled volume against the volume the contours enclose (docs/dose-constraints.md §11.4 records
 * the errors measured).
 */
class SmallVolumeAccuracyTest {
    static final DoseGrid UNIFORM;

    static {
        double[] z = new double[25];
        for (int k = 0; k < z.length; k++) {
            z[k] = -30 + 2.5 * k;
        }
        float[] dose = new float[41 * 41 * z.length];
        Arrays.fill(dose, 50f);
        UNIFORM = new DoseGrid(41, 41, -50, -50, 2.5, 2.5, z, dose);
    }

    /** A sphere contoured on 2.5 mm planes, off the pixel lattice by (0.37, -0.61) mm. */
    static RoiContours sphere(double r) {
        List<Contour> contours = new ArrayList<>();
        for (double zc = -r + 1.25; zc < r; zc += 2.5) {
            double rk = Math.sqrt(r * r - zc * zc);
            double[] x = new double[128];
            double[] y = new double[128];
            for (int v = 0; v < 128; v++) {
                double t = 2 * Math.PI * v / 128;
                x[v] = 0.37 + rk * Math.cos(t);
                y[v] = -0.61 + rk * Math.sin(t);
            }
            contours.add(new Contour(zc, x, y));
        }
        return new RoiContours("sphere", contours);
    }

    @ParameterizedTest
    @CsvSource({"2, 0.03", "3, 0.03", "4, 0.01", "6, 0.01", "8, 0.01", "12, 0.01", "20, 0.01"})
    void shouldSampleSmallSpheresWithinTheStatedError(double radiusMm, double relativeError) {
        DvhCalculator.Result r = new DvhCalculator(UNIFORM, DvhCalculator.Options.DEFAULT).compute(sphere(radiusMm));
        assertThat(r.superSampling()).isEqualTo(4);
        assertThat(r.volumeCc()).isCloseTo(r.contourVolumeCc(), within(r.contourVolumeCc() * relativeError));
        assertThat(r.dvh().meanDose().value()).isCloseTo(50.0, within(0.01));
    }
}
