// Committee page: how validation, test runs and diffs read, the same for the workbench's own results
// and for a proposal's frozen evidence. Plain script after ../shared/page.js; defines window.evidence.
"use strict";

window.evidence = (() => {
  const json = (v) => JSON.stringify(v);

  // the engine's advice for a gap ("add a rule, or waive it") is already followed when the table waives it
  const WAIVED = "Waived: these combinations match no rule, and the table's 'GAP-WAIVER:' annotation states why they cannot "
    + "occur. Nothing to do unless that reason no longer holds.";

  /** The findings worth a reviewer's time: those of the submitted models, and any error in the set. */
  function findings(report) {
    const shown = report.findings.filter((f) => f.submitted || f.severity === "ERROR");
    return table(["severity", "type", "model", "table", "rules", "finding", "explanation"], shown.map((f) => ({
      attrs: { class: f.severity, "data-type": f.type },
      cells: [f.severity + (f.waived ? " (waived)" : ""), f.type, f.model || "", f.tableId ? f.tableId + " (" + f.decision + ")" : "",
        f.ruleIds.join(", "), f.text, f.waived ? WAIVED : f.explanation],
    })), "findings");
  }

  function validationSummary(report) {
    return el("p", { class: report.valid && !report.unwaivedGaps ? "pass" : "fail" }, (report.valid ? "No errors" : report.errors
      + " error(s)") + ", " + report.warnings + " warning(s) in all models, " + report.unwaivedGaps + " unwaived gap(s) in the edited model(s).");
  }

  /** The answer field a difference belongs to: recommendation.adt.recommended → "recommendation.adt". */
  function answerField(path) {
    const parts = path.replace(/\[\d+\]/g, "").split(".");
    return parts.slice(0, parts[0] === "recommendation" && parts.length > 2 ? 2 : 1).join(".");
  }

  const isRationale = (d) => /(^|\.)rationale(\[|\.|$)/.test(d.field);

  /** The answer fields (pathway, timing, adt, …) a vignette's differences change, rationale text aside. */
  function changedFields(list) {
    return [...new Set(list.filter((d) => !isRationale(d)).map((d) => answerField(d.field)))];
  }

  /** Differences grouped by answer field; rationale-text changes folded away, as they change no decision. */
  function differences(list) {
    const rationale = list.filter(isRationale);
    const decisive = list.filter((d) => !isRationale(d));
    const groups = new Map();
    decisive.forEach((d) => groups.set(answerField(d.field), [...(groups.get(answerField(d.field)) || []), d]));
    const line = (d) => el("li", {}, d.field + ": " + json(d.deployed) + " → " + json(d.candidate));
    return el("div", {},
      [...groups.entries()].map(([field, ds]) => el("div", { class: "answer-field", "data-field": field },
        el("strong", {}, field), el("ul", {}, ds.map(line)))),
      rationale.length ? el("details", { class: "rationale-changes" },
        el("summary", {}, rationale.length + " rationale text change(s)"), el("ul", {}, rationale.map(line))) : "");
  }

  /** The vignettes that fail or answer differently from the active models, or a line saying there are none. */
  function testRun(report) {
    const rows = report.cases.filter((c) => !c.passed || c.differencesFromDeployed.length).map((c) => ({
      attrs: { class: c.passed ? "pass" : "fail", "data-vignette": c.id },
      cells: [el("span", { title: c.description || "" }, c.id), c.passed ? "pass" : "FAIL", el("div", {}, [c.error || "",
        ...c.expectationMismatches.map((m) => "expected " + m.field + " = " + json(m.expected) + ", got " + json(m.actual))]
        .filter(Boolean).join("; "), differences(c.differencesFromDeployed))],
    }));
    return el("div", {},
      el("p", { class: report.failed ? "fail" : "pass" }, report.passed + " of " + report.total + " pass; "
        + report.differingFromDeployed + " answer differently from the active models."),
      rows.length ? table(["vignette", "result", "differences by answer field (active → candidate)"], rows, "vignette-differences")
        : el("p", {}, "Every vignette answers exactly as the active models do."));
  }

  /** Rule by rule, per submitted model: what changed against the active version. */
  function diff(report) {
    return report.models.map((m) => el("div", { class: "model-diff", "data-model": m.model },
      el("h4", {}, m.model + " (" + m.status + ")"),
      m.parameters.length ? table(["parameter", "before", "after"], m.parameters.map((p) => [p.decision, p.before, p.after])) : "",
      ...m.tables.map((t) => el("div", {}, el("h5", {}, "Table " + t.tableId + " of " + t.decision + " (" + t.change + ")"),
        t.structure.length ? el("ul", {}, t.structure.map((s) => el("li", {}, s))) : "",
        table(["rule", "change", "detail (old → new)"], [
          ...t.added.map((r) => [r.ruleId, "added", "rule " + r.position]),
          ...t.removed.map((r) => [r.ruleId, "removed", "rule " + r.position]),
          ...t.changed.flatMap((r) => r.cells.map((c) => [r.ruleId, c.kind + " " + c.column, (c.before ?? "(none)") + " → " + (c.after ?? "(none)")])),
        ])))));
  }

  return { findings, validationSummary, changedFields, differences, testRun, diff };
})();
