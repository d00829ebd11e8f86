package org.srtguide.dose.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import org.srtguide.dose.api.DoseCheckResponse;
import org.srtguide.dose.check.CheckReport;
import org.srtguide.dose.check.DoseChecker;
import org.srtguide.dose.check.Plan;
import org.srtguide.dose.check.StructureDvh;
import org.srtguide.dose.constraints.ConstraintSetRegistry;
import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.DvhCurve;
import org.srtguide.dose.dvh.DvhType;
import org.srtguide.dose.dvh.VolumeUnit;

/** The plan report renderers on a hand-made check: content, escaping, identical re-issue (Quarkus renders the HTML template). */
@QuarkusTest
class PlanReportTest {
    static PlanReport report(String structureName) {
        Dvh rectum = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.CC, new double[] {0, 40, 65, 70}, new double[] {60, 30, 12, 0}, null);
        Dvh bladder = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, new double[] {0, 40, 65, 70}, new double[] {100, 75, 55, 0},
                200.0);
        List<StructureDvh> structures = List.of(new StructureDvh(structureName, rectum), new StructureDvh("Bladder_CTV", bladder));
        CheckReport check = new DoseChecker(List.of(), 1.0).check(
                ConstraintSetRegistry.load(Optional.empty()).find("RTOG-0534-PROSTATE-BED").orElseThrow(),
                new Plan(62.5, 25, structures), List.of(), org.srtguide.dose.check.CumulativePolicy.PLAIN_SUM);
        DoseCheckResponse response = DoseCheckResponse.of(check, DoseCheckResponse.DvhSource.IMPORTED, List.of(),
                List.of("a note with <angle> & ≤ symbols")).withAuditId("a1");
        return new PlanReport("a1", "2026-12-06T21:00:00Z", "clara", "ab".repeat(32), 62.5, 25, "f".repeat(64), "e".repeat(64),
                response, structures.stream().map(s -> DvhCurve.of(s.name(), s.dvh())).toList());
    }

    @Test
    void shouldShowEveryConstraintWithVerdictDistanceAndSource() {
        String html = HtmlReport.render(report("Rectum"));
        assertThat(html).contains("rtog0534-rectum-v65", "rtog0534-bladder-ctv-v40", "DEVIATION_UNACCEPTABLE", "IDEAL",
                "62.5 Gy in 25 fractions", "RTOG", "<svg", "<polyline", "the planning system&#39;s DVHs");
        assertThat(html).contains("a note with &lt;angle&gt; &amp; ≤ symbols");
    }

    @Test
    void shouldEscapeStructureNames() {
        assertThat(HtmlReport.render(report("Rectum<script>"))).doesNotContain("<script>").contains("Rectum&lt;script&gt;");
    }

    @Test
    void shouldRenderTheSamePdfBytesEachTime() throws IOException {
        byte[] first = PdfReport.render(report("Rectum"));
        assertThat(first).isEqualTo(PdfReport.render(report("Rectum")));
        assertThat(new String(first, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // kept for a look (pdftoppm); target/ is not in git
        Files.write(Path.of("target/plan-report-sample.pdf"), first);
        Files.writeString(Path.of("target/plan-report-sample.html"), HtmlReport.render(report("Rectum")));
    }
}
