// Audit explorer, one record: renders GET /api/audit/{id}/explanation. Each decision table is drawn
// as archived, every rule with its cells and source, the matched rules shaded and the selected rule
// highlighted. Values are shown as stored: redacted fields read "[REDACTED]".
"use strict";

window.auditView = (() => {
  let h; // helpers from audit.js: el, json, short, text, replay, verifyChain

  function meta(pairs) {
    return h.el("dl", { class: "meta" }, pairs.flatMap(([k, v]) => [h.el("dt", {}, k), h.el("dd", {}, v)]));
  }

  /** Under each rule, across the table: its description, other annotations (rationale, notes) and the source it cites. */
  function ruleText(r, annotations, width) {
    return h.el("tr", { class: "rule-text " + (r.selected ? "selected" : r.matched ? "matched" : ""), "data-text-for": r.id },
      h.el("td", {}), h.el("td", { class: "text", colspan: String(width - 1) }, h.el("div", { class: "wrap" },
        h.el("span", { class: "description" }, h.text(r.description)),
        annotations.filter((a) => r.annotations[a] && r.annotations[a] !== r.description)
          .map((a) => h.el("span", { class: "annotation" }, h.el("em", {}, " " + a + ": "), r.annotations[a])),
        h.el("div", { class: "source" }, h.el("em", {}, "Source: "), h.text(r.source)))));
  }

  function ruleTable(step) {
    const t = step.table;
    const annotations = t.annotations.filter((a) => a !== "source");
    const head = ["#", "rule"].concat(t.inputs.map((c) => c.label), t.outputs.map((c) => "→ " + c.label));
    const rows = t.rules.flatMap((r) => [h.el("tr", { class: "rule " + (r.selected ? "selected" : r.matched ? "matched" : ""),
      "data-rule-id": r.id, "data-selected": String(r.selected), "data-matched": String(r.matched) },
    h.el("td", {}, r.index + (r.selected ? " ✔" : "")), h.el("td", { class: "rule-id" }, r.id),
    r.inputEntries.map((c) => h.el("td", { class: "cell" }, c)), r.outputEntries.map((c) => h.el("td", { class: "cell out" }, c))),
    ruleText(r, annotations, head.length)]);
    return h.el("div", { class: "scroll" }, h.el("table", { class: "decision-table", "data-table-id": step.tableId,
      "data-decision": step.decision }, h.el("thead", {}, h.el("tr", {}, head.map((c) => h.el("th", {}, c)))),
    h.el("tbody", {}, rows)));
  }

  function decision(step) {
    const selected = step.table ? step.table.rules.filter((r) => r.selected).map((r) => r.id) : [];
    return h.el("div", { class: "decision", id: "decision-" + step.step + "-" + step.decision, "data-decision": step.decision },
      h.el("h4", {}, `${step.step}. ${step.decision} = `, h.el("code", {}, h.text(step.value))),
      h.el("p", {}, step.table ? `Hit policy ${step.table.hitPolicy}${step.table.aggregation ? " " + step.table.aggregation : ""}; `
        + `selected: ${selected.join(", ") || "none"}; table ${step.tableId}`
        + (step.valuePath ? `; value recorded at ${step.valuePath}` : "; value not among the recorded results")
        : `Table ${step.tableId} is not in the archived model version.`),
      step.table ? ruleTable(step) : "");
  }

  function model(m) {
    return h.el("section", { class: "model", "data-model": m.name },
      h.el("h3", {}, `Model ${m.name}`),
      meta([["namespace", m.namespace], ["SHA-256", h.el("code", { class: "hash" }, m.sha256)],
        ["archived XML", m.archived ? "yes (tables below are from this version)" : "MISSING from the model archive"]]),
      m.invocations.map((i) => h.el("details", {}, h.el("summary", {}, `Results of invocation ${i.index}`
        + (i.decisionService ? ` (decision service ${i.decisionService})` : " (whole model)")), h.json(i.results))),
      m.decisions.length ? m.decisions.map(decision) : h.el("p", {}, "No decision table of this model was evaluated."));
  }

  /** The version that answered and, for a published one, who proposed, approved and published it. */
  function version(v) {
    if (v === null || v === undefined) return h.el("p", { id: "model-version" }, "Not recorded (a record written before model versions were recorded).");
    if (v.version === 0) return h.el("p", { id: "model-version" }, "0: the repository baseline (reviewed and released through the repository).");
    const a = v.approval;
    return h.el("div", { id: "model-version" }, meta([["version", v.version], ["proposal", h.text(v.proposalId)],
      ["proposed by", a ? h.text(a.proposedBy) : "–"], ["approved by", a ? a.approvedBy.join(", ") : "no approval record found"],
      ["published by", a ? h.text(a.publishedBy) : "–"], ["effective from", a ? a.effectiveFrom : "–"]]));
  }

  /** Whether the writer's chain verifies from sequence 1 up to this record (checked on request). */
  function chainState(c) {
    const checked = c.verified !== null && c.verified !== undefined;
    return h.el("span", { id: "chain-position", "data-verified": checked ? String(c.verified) : "unchecked",
      class: !checked ? "" : c.verified ? "pass" : "fail" }, !checked ? "not checked yet: press Verify chain"
      : c.verified ? `verifies: ${c.recordsChecked} record(s) from sequence 1 up to this one`
        : `BROKEN at sequence ${c.firstBrokenSequence}: ${c.reason}`);
  }

  function render(x, helpers) {
    h = helpers;
    const c = x.chain;
    const target = document.getElementById("record");
    target.hidden = false;
    target.replaceChildren(...[
      h.el("h2", { id: "record-title", "data-id": x.id }, "Record " + x.id),
      meta([["time (UTC)", x.timestamp], ["principal", h.text(x.principal)], ["endpoint", x.endpoint],
        ["as of", h.text(x.asOf)], ["duration", x.durationMicros === null ? "–" : x.durationMicros + " µs"],
        ["redacted fields", x.redactions.length ? x.redactions.join(", ") : "none"]]),
      h.el("div", { class: "toolbar" }, h.el("button", { id: "verify-chain" }, "Verify chain"),
        h.el("button", { id: "replay" }, "Replay")),
      h.el("div", { id: "chain-result" }), h.el("div", { id: "replay-result" }),
      h.el("h3", {}, "Hash chain"),
      meta([["writer", c.writerId], ["sequence", c.sequence], ["previous hash", h.el("code", { class: "hash" }, c.previousHash)],
        ["hash", h.el("code", { class: "hash" }, c.hash)],
        ["chain up to this record", chainState(c)]]),
      h.el("h3", {}, "Request as entered"), h.json(x.input),
      h.el("h3", {}, "PSA analysis"),
      x.psa.rulesFired.length ? h.el("table", { id: "psa-rules" }, h.el("thead", {}, h.el("tr", {}, h.el("th", {}, "rule package"),
        h.el("th", {}, "Drools rule fired"))), h.el("tbody", {}, x.psa.rulesFired.map((r) =>
        h.el("tr", {}, h.el("td", {}, r.rulePackage), h.el("td", {}, r.rule))))) : h.el("p", {}, "The PSA rule unit did not run."),
      x.psa.features ? h.el("details", {}, h.el("summary", {}, "Inputs given to the models"), h.json(x.psa.features)) : "",
      h.el("h3", {}, "Model version"), version(x.modelVersion),
      h.el("h3", {}, "Decisions, in evaluation order"),
      h.el("p", { class: "legend" }, h.el("span", { class: "selected" }, "selected rule"), h.el("span", { class: "matched" },
        "matched, not selected")),
      x.models.map(model),
      h.el("h3", {}, "DMN messages"), x.messages.length ? h.json(x.messages) : h.el("p", {}, "none"),
      h.el("h3", {}, "Answer as sent"), h.el("details", {}, h.el("summary", {}, "response body"), h.json(x.output))].flat());
    document.getElementById("verify-chain").onclick = () => h.verifyChain(x.id);
    document.getElementById("replay").onclick = () => h.replay(x.id);
    target.scrollIntoView();
  }

  return { render, chainState };
})();
