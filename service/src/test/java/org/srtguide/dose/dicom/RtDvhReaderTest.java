package org.srtguide.dose.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.srtguide.dose.dicom.DicomReader.EXPLICIT_LE;
import static org.srtguide.dose.dicom.DicomReader.IMPLICIT_LE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.srtguide.dose.check.StructureDvh;
import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.VolumeUnit;

/** Synthetic RT Dose + RT Structure Set pairs built in code. */
class RtDvhReaderTest {
    static final String SS_UID = "1.2.826.0.1.3680043.2.1125.1";
    static final byte[] STRUCT = DicomWriter.structureSet(EXPLICIT_LE, SS_UID,
            new Object[] {1, "Rectum", null}, new Object[] {2, "Bladder", 200.0});

    /** 4 bins of 10 Gy (1000 cGy × scaling 0.01): cumulative 60, 40, 20, 5 cm³ at 0, 10, 20, 30 Gy. */
    static final String RECTUM_WIDTHS = "1000\\60\\1000\\40\\1000\\20\\1000\\5\\1000\\0";

    static Dvh dvh(RtDvhImport imported, String name) {
        return imported.structures().stream().filter(s -> s.name().equals(name)).map(StructureDvh::dvh).findFirst().orElseThrow();
    }

    @Test
    void shouldReadCumulativeBinWidthsAsLowerBinEdges() {
        byte[] dose = DicomWriter.rtDose(EXPLICIT_LE, SS_UID, DicomWriter.dvhItem(1, "CUMULATIVE", "CM3", "0.01", RECTUM_WIDTHS));
        RtDvhImport imported = RtDvhReader.read(dose, STRUCT);
        Dvh rectum = dvh(imported, "Rectum");
        assertThat(rectum.totalCc().getAsDouble()).isEqualTo(60.0);
        assertThat(rectum.volumeAtDose(15, VolumeUnit.CC).value()).isCloseTo(30.0, within(1e-9));
        assertThat(rectum.maxDose().value()).isCloseTo(40.0, within(1e-9));
        assertThat(imported.notes()).containsExactly("DVH of ROI 'Rectum': DVH Data doses read as bin widths (DICOM standard)");
    }

    @Test
    void shouldReadStrictlyIncreasingDosesAsAbsoluteDoses() {
        // the vendor variant: 0, 10, 20, 30 Gy written where widths belong
        byte[] dose = DicomWriter.rtDose(EXPLICIT_LE, SS_UID,
                DicomWriter.dvhItem(1, "CUMULATIVE", "CM3", "1", "0\\60\\10\\40\\20\\20\\30\\0"));
        RtDvhImport imported = RtDvhReader.read(dose, STRUCT);
        Dvh rectum = dvh(imported, "Rectum");
        assertThat(rectum.maxDose().value()).isEqualTo(30.0);
        assertThat(rectum.volumeAtDose(15, VolumeUnit.CC).value()).isCloseTo(30.0, within(1e-9));
        assertThat(imported.notes().get(0)).contains("absolute doses");
    }

    @Test
    void shouldReadADifferentialPercentDvhWithTheRoiVolume() {
        // bins (0,20] 50 %, (20,40] 30 %, (40,60] 20 % of a 200 cm³ bladder
        byte[] dose = DicomWriter.rtDose(EXPLICIT_LE, SS_UID,
                DicomWriter.dvhItem(2, "DIFFERENTIAL", "PERCENT", "1", "20\\50\\20\\30\\20\\20"));
        Dvh bladder = dvh(RtDvhReader.read(dose, STRUCT), "Bladder");
        assertThat(bladder.volumeAtDose(40, VolumeUnit.PERCENT).value()).isCloseTo(20.0, within(1e-9));
        assertThat(bladder.volumeAtDose(40, VolumeUnit.CC).value()).isCloseTo(40.0, within(1e-9));
        assertThat(bladder.meanDose().value()).isCloseTo(10 * 0.5 + 30 * 0.3 + 50 * 0.2, within(1e-9));
    }

    @Test
    void shouldReadImplicitVrFilesWithUndefinedLengthSequences() {
        byte[] struct = DicomWriter.structureSet(IMPLICIT_LE, SS_UID, new Object[] {1, "Rectum", null});
        byte[] dose = DicomWriter.rtDose(IMPLICIT_LE, SS_UID, DicomWriter.dvhItem(1, "CUMULATIVE", "CM3", "0.01", RECTUM_WIDTHS));
        assertThat(dvh(RtDvhReader.read(dose, struct), "Rectum").maxDose().value()).isCloseTo(40.0, within(1e-9));
    }

    @Test
    void shouldSkipADvhWhoseRoiIsNotInTheStructureSet() {
        byte[] dose = DicomWriter.rtDose(EXPLICIT_LE, SS_UID,
                DicomWriter.dvhItem(1, "CUMULATIVE", "CM3", "0.01", RECTUM_WIDTHS),
                DicomWriter.dvhItem(7, "CUMULATIVE", "CM3", "0.01", RECTUM_WIDTHS));
        RtDvhImport imported = RtDvhReader.read(dose, STRUCT);
        assertThat(imported.structures()).extracting(StructureDvh::name).containsExactly("Rectum");
        assertThat(imported.notes()).contains("DVH item 2 skipped: ROI 7 is not in the structure set");
    }

    @Test
    void shouldRejectARtDoseThatRefersToAnotherStructureSet() {
        byte[] dose = DicomWriter.rtDose(EXPLICIT_LE, "1.2.3.999", DicomWriter.dvhItem(1, "CUMULATIVE", "CM3", "0.01", RECTUM_WIDTHS));
        assertThatThrownBy(() -> RtDvhReader.read(dose, STRUCT)).isInstanceOf(DicomFormatException.class)
                .hasMessage("the RT Dose refers to structure set 1.2.3.999, not to the uploaded one (" + SS_UID + ")");
    }

    @Test
    void shouldRejectFilesInTheWrongPart() {
        byte[] dose = DicomWriter.rtDose(EXPLICIT_LE, SS_UID, DicomWriter.dvhItem(1, "CUMULATIVE", "CM3", "0.01", RECTUM_WIDTHS));
        assertThatThrownBy(() -> RtDvhReader.read(STRUCT, dose))
                .hasMessage("the 'rtdose' file has modality RTSTRUCT, expected RTDOSE");
    }

    @Test
    void shouldRejectANonDicomFile() {
        assertThatThrownBy(() -> RtDvhReader.read("hello".getBytes(), STRUCT))
                .hasMessage("not a DICOM Part 10 file (no 'DICM' after the 128-byte preamble)");
    }

    @Test
    void shouldRejectAnUnsupportedTransferSyntax() {
        byte[] deflated = DicomWriter.file("1.2.840.10008.1.2.1.99", List.of());
        assertThatThrownBy(() -> DicomReader.read(deflated)).hasMessage("transfer syntax 1.2.840.10008.1.2.1.99 is not supported"
                + " (Implicit or Explicit VR Little Endian, Explicit VR Big Endian, RLE Lossless)");
    }

    @Test
    void shouldRejectATruncatedFile() {
        byte[] dose = DicomWriter.rtDose(EXPLICIT_LE, SS_UID, DicomWriter.dvhItem(1, "CUMULATIVE", "CM3", "0.01", RECTUM_WIDTHS));
        byte[] cut = Arrays.copyOf(dose, dose.length - 30);
        assertThatThrownBy(() -> RtDvhReader.read(cut, STRUCT)).isInstanceOf(DicomFormatException.class)
                .hasMessageStartingWith("the file is truncated at offset");
    }

    @Test
    void shouldRejectABinCountThatDoesNotMatchTheData() {
        List<DicomWriter.El> item = new ArrayList<>(DicomWriter.dvhItem(1, "CUMULATIVE", "CM3", "0.01", RECTUM_WIDTHS));
        item.set(5, DicomWriter.El.of(Tags.DVH_NUMBER_OF_BINS, "IS", "9"));
        byte[] dose = DicomWriter.rtDose(EXPLICIT_LE, SS_UID, item);
        assertThatThrownBy(() -> RtDvhReader.read(dose, STRUCT))
                .hasMessage("DVH of ROI 'Rectum': DVH Number of Bins is 9 but DVH Data has 5");
    }

    @Test
    void shouldRejectPerUnitVolumes() {
        byte[] dose = DicomWriter.rtDose(EXPLICIT_LE, SS_UID, DicomWriter.dvhItem(1, "CUMULATIVE", "PER_U", "0.01", RECTUM_WIDTHS));
        assertThatThrownBy(() -> RtDvhReader.read(dose, STRUCT))
                .hasMessage("DVH of ROI 'Rectum': DVH Volume Units PER_U is not supported (CM3 or PERCENT)");
    }
}
