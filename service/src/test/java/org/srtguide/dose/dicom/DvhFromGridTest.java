package org.srtguide.dose.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.srtguide.dose.dicom.DicomReader.EXPLICIT_LE;
import static org.srtguide.dose.dicom.DicomReader.IMPLICIT_LE;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.srtguide.dose.dicom.GridFiles.Geometry;
import org.srtguide.dose.dicom.GridFiles.PlaneContour;
import org.srtguide.dose.dicom.GridFiles.Roi;
import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.VolumeUnit;
import org.srtguide.dose.grid.DvhCalculator;
import org.srtguide.dose.grid.DvhCalculator.Options;

/**
 * DVHs computed from synthetic dose grids and contours with analytic answers: volume and Dmean within
 * 1 %, D95 and D2 within one 1 cGy bin (docs/dose-constraints.md §11).
 */
class DvhFromGridTest {
    static final String UID = "1.2.826.0.1.3680043.2.1125.7";
    static final String AXIAL = "1\\0\\0\\0\\1\\0";
    /** 41 × 41 pixels of 2.5 mm centred on 0; planes every 2.5 mm from -30 to 30 mm. */
    static final Geometry GEOMETRY = new Geometry(41, 41, -50, -50, 2.5, 2.5, GridFiles.planes(-30, 2.5, 25));
    /** Pixel boundaries lie at -48.75 + 2.5·i: a box on them is sampled exactly. */
    static final List<PlaneContour> BOX = GridFiles.box(-18.75, 18.75, -13.75, 13.75, -18.75, 2.5, 16);
    static final double BOX_CC = 37.5 * 27.5 * 40 / 1000;

    static DvhCalculator.Result only(DicomPlan plan) {
        assertThat(plan.computed()).hasSize(1);
        return plan.computed().get(0);
    }

    static DicomPlan plan(GridFiles.DoseFunction dose, List<PlaneContour> roi, Options options) {
        byte[] rtDose = GridFiles.rtDose(IMPLICIT_LE, UID, GEOMETRY, dose, 1e-5, "GY", AXIAL, List.of());
        byte[] rtStruct = GridFiles.structureSet(EXPLICIT_LE, UID, List.of(new Roi(1, "Rectum", roi)));
        return DicomPlanReader.read(rtDose, rtStruct, options);
    }

    @Test
    void shouldComputeABoxInAUniformDoseExactly() {
        DvhCalculator.Result box = only(plan((x, y, z) -> 50.0, BOX, new Options(1, 0, 1)));
        assertThat(box.volumeCc()).isCloseTo(BOX_CC, within(1e-9));
        assertThat(box.contourVolumeCc()).isCloseTo(BOX_CC, within(1e-9));
        Dvh dvh = box.dvh();
        assertThat(dvh.totalCc().getAsDouble()).isCloseTo(BOX_CC, within(1e-9));
        assertThat(dvh.meanDose().value()).isCloseTo(50.0, within(0.5 * DvhCalculator.BIN_GY + 1e-6));
        assertThat(dvh.doseAtVolume(95, VolumeUnit.PERCENT).value()).isCloseTo(50.0, within(DvhCalculator.BIN_GY));
        assertThat(dvh.maxBinWidthGy()).isLessThanOrEqualTo(0.01 + 1e-12);
    }

    @Test
    void shouldMatchALinearGradientWithinOneBin() {
        // 0.02 Gy/mm along x over x in [-18.75, 18.75]: doses uniform on [49.625, 50.375] Gy, mean 50 Gy
        DvhCalculator.Result box = only(plan((x, y, z) -> 50 + 0.02 * x, BOX, new Options(4, 0, 4)));
        Dvh dvh = box.dvh();
        assertThat(box.volumeCc()).isCloseTo(BOX_CC, within(BOX_CC * 0.01));
        assertThat(dvh.meanDose().value()).isCloseTo(50.0, within(0.5));
        assertThat(box.meanGy()).isCloseTo(50.0, within(1e-4));
        double low = 49.625;
        double high = 50.375;
        assertThat(dvh.doseAtVolume(95, VolumeUnit.PERCENT).value()).isCloseTo(low + 0.05 * (high - low), within(0.01));
        assertThat(dvh.doseAtVolume(2, VolumeUnit.PERCENT).value()).isCloseTo(high - 0.02 * (high - low), within(0.01));
    }

    @Test
    void shouldMatchACylinderVolumeWithinOnePercent() {
        // r = 15 mm, 16 planes of 2.5 mm: π·15²·40 mm³ = 28.27 cm³ (a 180-gon loses 0.02 %)
        double analytic = Math.PI * 15 * 15 * 40 / 1000;
        DvhCalculator.Result cyl = only(plan((x, y, z) -> 20 + 0.5 * z, GridFiles.cylinder(0.4, -0.7, 15, 180, -18.75, 2.5, 16),
                DvhCalculator.Options.DEFAULT));
        assertThat(cyl.superSampling()).isEqualTo(4);
        assertThat(cyl.volumeCc()).isCloseTo(analytic, within(analytic * 0.01));
        // the dose is linear in z and the planes are symmetric about 0: mean 20 Gy
        assertThat(cyl.dvh().meanDose().value()).isCloseTo(20.0, within(0.2));
    }

    @Test
    void shouldTreatAContourInsideAnotherAsAHole() {
        List<PlaneContour> ring = new java.util.ArrayList<>(BOX);
        ring.addAll(GridFiles.box(-8.75, 8.75, -6.25, 6.25, -18.75, 2.5, 16));
        DvhCalculator.Result r = only(plan((x, y, z) -> 50.0, ring, new Options(1, 0, 1)));
        double hole = 17.5 * 12.5 * 40 / 1000;
        assertThat(r.volumeCc()).isCloseTo(BOX_CC - hole, within(1e-9));
        assertThat(r.contourVolumeCc()).isCloseTo(BOX_CC - hole, within(1e-9));
    }

    @Test
    void shouldInterpolateTheDoseBetweenPlanesForContoursBetweenThem() {
        // contour planes at -17.5, -15, … fall midway between dose planes; dose linear in z is exact
        List<PlaneContour> shifted = GridFiles.box(-18.75, 18.75, -13.75, 13.75, -17.5, 2.5, 15);
        DvhCalculator.Result r = only(plan((x, y, z) -> 30 + 0.1 * z, shifted, new Options(1, 0, 1)));
        assertThat(r.meanGy()).isCloseTo(30.0, within(1e-4));
        assertThat(r.maxGy()).isCloseTo(30 + 0.1 * 17.5, within(1e-4));
    }

    @Test
    void shouldNoteContoursOutsideTheGrid() {
        List<PlaneContour> tall = GridFiles.box(-18.75, 18.75, -13.75, 13.75, -18.75, 2.5, 24); // up to 38.75 mm
        DvhCalculator.Result r = only(plan((x, y, z) -> 50.0, tall, new Options(1, 0, 1)));
        assertThat(r.notes()).anyMatch(n -> n.contains("outside the dose grid"));
        assertThat(r.volumeCc()).isLessThan(r.contourVolumeCc());
    }

    @Test
    void shouldRefuseANonAxialOrientationAs422() {
        byte[] rtDose = GridFiles.rtDose(IMPLICIT_LE, UID, GEOMETRY, (x, y, z) -> 50, 1e-5, "GY", "-1\\0\\0\\0\\-1\\0", List.of());
        byte[] rtStruct = GridFiles.structureSet(EXPLICIT_LE, UID, List.of(new Roi(1, "Rectum", BOX)));
        assertThatThrownBy(() -> DicomPlanReader.read(rtDose, rtStruct, Options.DEFAULT))
                .isInstanceOfSatisfying(DicomFormatException.class,
                        e -> assertThat(e.kind()).isEqualTo(DicomFormatException.Kind.UNPROCESSABLE))
                .hasMessageContaining("Image Orientation (Patient)");
    }

    @Test
    void shouldRefuseRelativeDoseUnitsWhenThereIsNoDvhSequence() {
        byte[] rtDose = GridFiles.rtDose(IMPLICIT_LE, UID, GEOMETRY, (x, y, z) -> 50, 1e-5, "RELATIVE", AXIAL, List.of());
        byte[] rtStruct = GridFiles.structureSet(EXPLICIT_LE, UID, List.of(new Roi(1, "Rectum", BOX)));
        assertThatThrownBy(() -> DicomPlanReader.read(rtDose, rtStruct, Options.DEFAULT))
                .isInstanceOfSatisfying(DicomFormatException.class,
                        e -> assertThat(e.kind()).isEqualTo(DicomFormatException.Kind.UNPROCESSABLE))
                .hasMessageContaining("RELATIVE");
    }

    @Test
    void shouldReadAnImplicitVrStructureSetAlike() {
        byte[] rtDose = GridFiles.rtDose(IMPLICIT_LE, UID, GEOMETRY, (x, y, z) -> 50, 1e-5, "GY", AXIAL, List.of());
        byte[] rtStruct = GridFiles.structureSet(IMPLICIT_LE, UID, List.of(new Roi(1, "Rectum", BOX)));
        assertThat(only(DicomPlanReader.read(rtDose, rtStruct, new Options(1, 0, 1))).volumeCc()).isCloseTo(BOX_CC, within(1e-9));
    }

    @Test
    void shouldRefuseContoursInAnotherFrameOfReference() {
        byte[] rtDose = GridFiles.rtDose(IMPLICIT_LE, UID, GEOMETRY, (x, y, z) -> 50, 1e-5, "GY", AXIAL,
                List.of(DicomWriter.El.of(Tags.FRAME_OF_REFERENCE_UID, "UI", "1.2.3.4")));
        byte[] plain = GridFiles.structureSet(EXPLICIT_LE, UID, List.of(new Roi(1, "Rectum", BOX)));
        byte[] other = GridFiles.structureSet(EXPLICIT_LE, UID, "1.2.3.5", List.of(new Roi(1, "Rectum", BOX)));
        assertThat(DicomPlanReader.read(rtDose, plain, Options.DEFAULT).computed()).hasSize(1);
        assertThatThrownBy(() -> DicomPlanReader.read(rtDose, other, Options.DEFAULT))
                .isInstanceOfSatisfying(DicomFormatException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DicomFormatException.Kind.UNPROCESSABLE);
                    assertThat(e.part()).isEqualTo("rtstruct");
                })
                .hasMessageContaining("frame of reference");
        byte[] same = GridFiles.structureSet(EXPLICIT_LE, UID, "1.2.3.4", List.of(new Roi(1, "Rectum", BOX)));
        assertThat(DicomPlanReader.read(rtDose, same, Options.DEFAULT).computed()).hasSize(1);
    }

    @Test
    void shouldReadCentigray() {
        byte[] rtDose = GridFiles.rtDose(IMPLICIT_LE, UID, GEOMETRY, (x, y, z) -> 5000, 1e-3, "CGY", AXIAL, List.of());
        byte[] rtStruct = GridFiles.structureSet(EXPLICIT_LE, UID, List.of(new Roi(1, "Rectum", BOX)));
        assertThat(only(DicomPlanReader.read(rtDose, rtStruct, Options.DEFAULT)).meanGy()).isCloseTo(50.0, within(1e-6));
    }

    @Test
    void shouldReadBothTheGridAndTheDvhSequence() {
        byte[] rtDose = GridFiles.rtDose(IMPLICIT_LE, UID, GEOMETRY, (x, y, z) -> 50, 1e-5, "GY", AXIAL,
                List.of(new DicomWriter.El(Tags.DVH_SEQUENCE, "SQ", null,
                        List.of(DicomWriter.dvhItem(1, "CUMULATIVE", "CM3", "1", "0\\41.25\\49.99\\41.25\\50\\0")))));
        byte[] rtStruct = GridFiles.structureSet(EXPLICIT_LE, UID, List.of(new Roi(1, "Rectum", BOX)));
        DicomPlan plan = DicomPlanReader.read(rtDose, rtStruct, Options.DEFAULT);
        assertThat(plan.computed()).hasSize(1);
        assertThat(plan.imported()).hasSize(1);
        assertThat(plan.imported().get(0).name()).isEqualTo("Rectum");
    }
}
