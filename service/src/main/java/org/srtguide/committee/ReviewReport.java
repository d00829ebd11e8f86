package org.srtguide.committee;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.srtguide.committee.DiffReport.CellChange;
import org.srtguide.committee.DiffReport.ModelDiff;
import org.srtguide.committee.DiffReport.ParameterChange;
import org.srtguide.committee.DiffReport.RuleChange;
import org.srtguide.committee.DiffReport.RuleSummary;
import org.srtguide.committee.DiffReport.TableDiff;
import org.srtguide.committee.TestRunReport.CaseResult;
import org.srtguide.committee.ValidationReport.Finding;

/** The committee's review record of a candidate: what changed, what the analysis found, how the vignettes fared. */
final class ReviewReport {
    private ReviewReport() {
    }

    /** {@code testRun} null with {@code testRunError}: the candidate did not compile, so no case was run. */
    static ReportDocument build(CandidateSet candidates, DiffReport diff, ValidationReport validation, TestRunReport testRun,
            String testRunError, String reviewer) {
        return build(candidates, diff, validation, List.of(), testRun, testRunError, reviewer);
    }

    /** With the vignettes a proposal changes, adds or (a rollback) drops against the active version's. */
    static ReportDocument build(CandidateSet candidates, DiffReport diff, ValidationReport validation,
            List<Evidence.VignetteChange> vignetteChanges, TestRunReport testRun, String testRunError, String reviewer) {
        ReportDocument doc = new ReportDocument();
        List<String> names = new ArrayList<>(candidates.submitted().stream().map(CandidateModel::name).toList());
        candidates.removed().forEach(name -> names.add(name + " (removed)"));
        doc.heading(1, "Committee review: " + String.join(", ", names));
        doc.paragraph("Prepared " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " by " + reviewer
                + ". Nothing is deployed by a review: an adopted model is committed to the repository and passes CI.");
        List<List<String>> rows = new ArrayList<>(candidates.submitted().stream().map(m -> List.of(m.name(),
                "DMN " + m.submittedVersion(), m.normalisation().isEmpty() ? "none" : String.join("; ", m.normalisation()),
                (m.deployedXml() == null ? "(new)" : sha(m.deployedXml())) + " → " + sha(m.xml()))).toList());
        candidates.removed().forEach(name -> rows.add(List.of(name, "removed", "none",
                sha(candidates.base().byName(name).orElseThrow().xml()) + " → (removed)")));
        doc.table(List.of("model", "submitted as", "normalisation", "deployed SHA-256 → candidate SHA-256"), rows);
        summary(doc, validation, testRun, testRunError);
        if (!vignetteChanges.isEmpty()) {
            doc.heading(2, "Vignettes changed by the proposal");
            doc.table(List.of("vignette", "change"), vignetteChanges.stream().map(v -> List.of(v.id(), v.status())).toList());
        }
        changes(doc, diff);
        findings(doc, validation);
        cases(doc, testRun, testRunError);
        return doc;
    }

    private static void summary(ReportDocument doc, ValidationReport validation, TestRunReport testRun, String testRunError) {
        doc.heading(2, "Summary");
        List<String> items = new ArrayList<>();
        items.add("Validation: " + (validation.valid() ? "no errors" : validation.errors() + " error(s)") + ", "
                + validation.warnings() + " warning(s), " + validation.unwaivedGaps() + " unwaived gap(s) in submitted models");
        items.add(testRun == null ? "Test run: not run (" + testRunError + ")"
                : "Test run: " + testRun.passed() + " of " + testRun.total() + " vignettes pass; " + testRun.differingFromDeployed()
                        + " answer differently from the deployed models");
        doc.items(items);
    }

    private static void changes(ReportDocument doc, DiffReport diff) {
        doc.heading(2, "Changes against the deployed models");
        for (ModelDiff model : diff.models()) {
            doc.heading(3, model.model() + " (" + model.status() + ")");
            List<String> decisions = new ArrayList<>();
            model.decisionsAdded().forEach(d -> decisions.add("decision added: " + d));
            model.decisionsRemoved().forEach(d -> decisions.add("decision removed: " + d));
            doc.items(decisions);
            doc.table(List.of("parameter", "before", "after", "description before", "description after"),
                    model.parameters().stream().map(ReviewReport::parameterRow).toList());
            for (TableDiff table : model.tables()) {
                doc.heading(4, "Table " + table.tableId() + " of " + table.decision() + " (" + table.change() + ")");
                doc.items(table.structure());
                List<List<String>> rows = new ArrayList<>();
                table.added().forEach(r -> rows.add(List.of(r.ruleId(), "added", "rule " + r.position() + ": " + cells(r))));
                table.removed().forEach(r -> rows.add(List.of(r.ruleId(), "removed", "rule " + r.position() + ": " + cells(r))));
                for (RuleChange change : table.changed()) {
                    for (CellChange cell : change.cells()) {
                        rows.add(List.of(change.ruleId(), cell.kind() + " " + cell.column(), text(cell.before()) + " → " + text(cell.after())));
                    }
                }
                doc.table(List.of("rule", "change", "detail (old → new)"), rows);
            }
            if ("UNCHANGED".equals(model.status())) {
                doc.paragraph("No change in decisions, parameters or rules (layout and formatting are not compared).");
            }
        }
    }

    private static List<String> parameterRow(ParameterChange p) {
        return List.of(p.decision(), text(p.before()), text(p.after()), text(p.descriptionBefore()), text(p.descriptionAfter()));
    }

    private static String cells(RuleSummary rule) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> cell : rule.cells().entrySet()) {
            out.add(cell.getKey().substring(cell.getKey().indexOf(':') + 1) + " = " + text(cell.getValue()));
        }
        return String.join("; ", out);
    }

    private static void findings(ReportDocument doc, ValidationReport validation) {
        doc.heading(2, "Validation and decision-table analysis");
        List<Finding> shown = validation.findings().stream()
                .filter(f -> f.submitted() || "ERROR".equals(f.severity())).toList();
        if (shown.isEmpty()) {
            doc.paragraph("No findings in the submitted models.");
        }
        doc.table(List.of("model", "severity", "type", "table", "rules", "finding", "explanation"),
                shown.stream().map(f -> List.of(text(f.model()), f.severity() + (f.waived() ? " (waived)" : ""), f.type(),
                        f.tableId() == null ? "" : f.tableId() + " (" + text(f.decision()) + ")", String.join(", ", f.ruleIds()),
                        text(f.text()), f.explanation())).toList());
    }

    private static void cases(ReportDocument doc, TestRunReport testRun, String testRunError) {
        doc.heading(2, "Committee vignettes");
        if (testRun == null) {
            doc.paragraph("Not run: " + testRunError);
            return;
        }
        doc.paragraph(testRun.passed() + " of " + testRun.total() + " pass (vignettes from " + testRun.vignettes() + ").");
        List<List<String>> rows = new ArrayList<>();
        for (CaseResult c : testRun.cases()) {
            if (!c.passed() || !c.differencesFromDeployed().isEmpty()) {
                List<String> details = new ArrayList<>();
                if (c.error() != null) {
                    details.add(c.error());
                }
                c.expectationMismatches().forEach(m -> details.add("expected " + m.field() + " = " + m.expected() + ", got " + m.actual()));
                c.differencesFromDeployed().forEach(d -> details.add(d.field() + ": " + d.deployed() + " → " + d.candidate()));
                rows.add(List.of(c.id(), c.passed() ? "pass" : "FAIL", String.join("; ", details)));
            }
        }
        if (rows.isEmpty()) {
            doc.paragraph("Every vignette passes and answers exactly as the deployed models do.");
        }
        doc.table(List.of("vignette", "result", "differences (deployed → candidate)"), rows);
    }

    private static String text(String value) {
        return value == null ? "(none)" : value;
    }

    private static String sha(String xml) {
        return org.srtguide.decision.Sha256.hex(xml).substring(0, 12);
    }
}
