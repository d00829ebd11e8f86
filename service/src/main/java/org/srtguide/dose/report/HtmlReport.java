package org.srtguide.dose.report;

import java.util.ArrayList;
import java.util.List;

import org.srtguide.dose.api.DoseCheckResponse;
import org.srtguide.dose.api.DoseCheckResponse.ComputedDvh;
import org.srtguide.dose.api.DoseCheckResponse.Result;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The plan report as one self-contained HTML page (inline CSS and SVG, no script), rendered by the
 * Qute template {@code templates/HtmlReport/report.html}, which escapes every value: this class only
 * formats them.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(View view);
    }

    record Row(String label, String value) {
    }

    record StructureRow(String structure, String volumeCc, String contourVolumeCc, String meanGy, String maxGy, int samples) {
    }

    record ConstraintRow(int number, String verdict, String constraintId, String structure, String metric, String value,
            String limit, String acceptable, String reason, String distance, String tier, String dvh, String imported,
            String source, String status) {
    }

    record View(String auditId, String recordHash, String recordedAt, String principal, List<Row> plan,
            List<StructureRow> structures, List<ConstraintRow> constraints, DvhPlot.Svg plot, List<String> notes) {
    }

    public static String render(PlanReport r) {
        return Templates.report(view(r)).render();
    }

    private static View view(PlanReport r) {
        DoseCheckResponse c = r.check();
        List<Row> plan = new ArrayList<>();
        plan.add(new Row("Prescription", Fmt.num(r.totalDoseGy()) + " Gy in " + r.fractions() + " fractions"));
        plan.add(new Row("Constraint set", c.constraintSet().id() + " v" + c.constraintSet().version() + ": "
                + c.constraintSet().title()));
        plan.add(new Row("Set source", c.constraintSet().source()));
        plan.add(new Row("Reference fractionation", c.constraintSet().referenceFractionation()
                + (c.fractionationConverted() ? " (converted to this plan, voxel by voxel)" : "")));
        plan.add(new Row("DVHs used", Fmt.source(c)));
        if (r.rtdoseSha256() != null) {
            plan.add(new Row("RT Dose SHA-256", r.rtdoseSha256()));
            plan.add(new Row("RT Structure Set SHA-256", r.rtstructSha256()));
        }
        var s = c.summary();
        plan.add(new Row("Summary", s.perProtocol() + " per protocol, " + s.variationAcceptable() + " variation acceptable, "
                + s.deviationUnacceptable() + " deviation unacceptable, " + s.notEvaluable() + " not evaluable, "
                + s.dvhMismatch() + " DVH mismatch"));
        List<StructureRow> structures = new ArrayList<>();
        for (ComputedDvh d : c.computedDvhs() == null ? List.<ComputedDvh>of() : c.computedDvhs()) {
            structures.add(new StructureRow(d.structure(), Fmt.num(d.volumeCc()), Fmt.num(d.contourVolumeCc()),
                    Fmt.num(d.meanGy()), Fmt.num(d.maxGy()), d.superSampling()));
        }
        List<ConstraintRow> constraints = new ArrayList<>();
        List<Result> results = c.results();
        for (int i = 0; i < results.size(); i++) {
            Result x = results.get(i);
            constraints.add(new ConstraintRow(i + 1, String.valueOf(x.verdict()), x.constraintId(), Fmt.structure(x),
                    Fmt.metric(x), Fmt.value(x), Fmt.limit(x), Fmt.acceptable(x), x.reason(), Fmt.distance(x),
                    x.tier() == null ? "" : String.valueOf(x.tier()), x.dvhSource() == null ? "" : String.valueOf(x.dvhSource()),
                    x.importedValue() == null ? "" : Fmt.num(x.importedValue()), x.source(),
                    x.status() == null ? null : String.valueOf(x.status())));
        }
        return new View(r.auditId(), r.recordHash(), r.recordedAt(), r.principal(), plan, structures, constraints,
                DvhPlot.svg(r.curves()), c.notes() == null ? List.of() : c.notes());
    }
}
