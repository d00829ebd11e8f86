package org.srtguide.dose.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.srtguide.dose.grid.DoseGrid;
import org.srtguide.dose.grid.DvhCalculator;

/**
 * pydicom's public RT Dose sample in three transfer syntaxes (test resources dicom/pydicom, README
 * there: provenance and MIT licence): every encoding gives the same grid, as pydicom reads it.
 */
class PublicSampleTest {
    static byte[] resource(String name) throws IOException {
        try (InputStream in = PublicSampleTest.class.getResourceAsStream("/dicom/pydicom/" + name)) {
            return in.readAllBytes();
        }
    }

    static DoseGrid grid(String name) throws IOException {
        return DoseGridReader.grid(DicomReader.read(resource(name)), 1.0);
    }

    @Test
    void shouldReadTheImplicitLittleEndianGridAsPydicomDoes() throws IOException {
        DoseGrid g = grid("rtdose.dcm");
        assertThat(g.columns()).isEqualTo(10);
        assertThat(g.rows()).isEqualTo(10);
        assertThat(g.planes()).isEqualTo(15);
        assertThat(g.dx()).isEqualTo(10.0);
        assertThat(g.x0()).isEqualTo(189.43125);
        assertThat(g.z()[0]).isEqualTo(-761.87);
        assertThat(g.z()[14]).isCloseTo(-761.87 + 70, within(1e-9));
        // pydicom: pixel_array[0, 0, :3] = 1249000, 1249000, 1250000; max 1254000, min 795000 (× 1e-6)
        assertThat(g.at(0, 0, 0)).isCloseTo(1.249f, within(1e-6f));
        assertThat(g.at(0, 0, 2)).isCloseTo(1.250f, within(1e-6f));
        assertThat(g.maxDose()).isCloseTo(1.254, within(1e-6));
    }

    @Test
    void shouldReadBigEndianAndRleToTheSameGrid() throws IOException {
        DoseGrid le = grid("rtdose.dcm");
        assertThat(grid("rtdose_expb.dcm").dose()).containsExactly(le.dose());
        assertThat(grid("rtdose_rle.dcm").dose()).containsExactly(le.dose());
        assertThat(grid("rtdose_rle.dcm").z()).containsExactly(le.z());
    }

    @Test
    void shouldRefuseItsRelativeDoseForDvhComputation() throws IOException {
        byte[] struct = GridFiles.structureSet(DicomReader.EXPLICIT_LE, "1.2.3", List.of(new GridFiles.Roi(1, "Rectum",
                GridFiles.box(200, 240, 210, 250, -750, 5, 4))));
        assertThatThrownBy(() -> DicomPlanReader.read(resource("rtdose_rle.dcm"), struct, DvhCalculator.Options.DEFAULT))
                .isInstanceOfSatisfying(DicomFormatException.class,
                        e -> assertThat(e.kind()).isEqualTo(DicomFormatException.Kind.UNPROCESSABLE))
                .hasMessageContaining("RELATIVE");
    }

    @Test
    void shouldNameATransferSyntaxItDoesNotRead() {
        byte[] jpeg = DicomWriter.file("1.2.840.10008.1.2.4.50", List.of(DicomWriter.El.of(Tags.MODALITY, "CS", "RTDOSE")));
        assertThatThrownBy(() -> DicomReader.read(jpeg))
                .isInstanceOfSatisfying(DicomFormatException.class,
                        e -> assertThat(e.kind()).isEqualTo(DicomFormatException.Kind.UNSUPPORTED_TRANSFER_SYNTAX))
                .hasMessageContaining("1.2.840.10008.1.2.4.50");
    }
}
