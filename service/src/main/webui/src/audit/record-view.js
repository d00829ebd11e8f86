// Audit explorer, one record: renders GET /api/audit/{id}/explanation. Each decision table is drawn
// as archived, every rule with its cells and source, the matched rules shaded and the selected rule
// highlighted. Values are shown as stored: redacted fields read "[REDACTED]".
"use strict";

window.auditView = (() => {
  let h; // helpers from audit.js: el, json, short, text, replay, verifyAll

  function meta(pairs) {
    return h.el("dl", { class: "meta" }, pairs.flatMap(([k, v]) => [h.el("dt", {}, k), h.el("dd", {}, v)]));
  }

  function ruleTable(step) {
    const t = step.table;
    const annotations = t.annotations.filter((a) => a !== "source");
    const head = ["#", "rule id"].concat(t.inputs.map((c) => c.label), t.outputs.map((c) => "→ " + c.label), ["description"],
      annotations, ["source"]);
    const rows = t.rules.map((r) => h.el("tr", { class: r.selected ? "selected" : r.matched ? "matched" : "",
      "data-rule-id": r.id, "data-selected": String(r.selected), "data-matched": String(r.matched) },
    h.el("td", {}, r.index + (r.selected ? " ✔" : "")), h.el("td", {}, r.id),
    r.inputEntries.map((c) => h.el("td", { class: "cell" }, c)), r.outputEntries.map((c) => h.el("td", { class: "cell" }, c)),
    h.el("td", { class: "text" }, h.text(r.description)),
    annotations.map((a) => h.el("td", { class: "text" }, h.text(r.annotations[a]))),
    h.el("td", { class: "source" }, h.text(r.source))));
    return h.el("table", { class: "decision-table", "data-table-id": step.tableId, "data-decision": step.decision },
      h.el("thead", {}, h.el("tr", {}, head.map((c) => h.el("th", {}, c)))), h.el("tbody", {}, rows));
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

  function render(x, helpers) {
    h = helpers;
    const c = x.chain;
    const target = document.getElementById("record");
    target.hidden = false;
    target.replaceChildren(
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
        ["chain up to this record", h.el("span", { id: "chain-position", "data-verified": String(c.verified),
          class: c.verified ? "pass" : "fail" }, c.verified ? `verifies (${c.recordsChecked} records from sequence 1)`
          : `BROKEN at sequence ${c.firstBrokenSequence}: ${c.reason}`)]]),
      h.el("h3", {}, "Request as entered"), h.json(x.input),
      h.el("h3", {}, "PSA analysis"),
      x.psa.rulesFired.length ? h.el("table", { id: "psa-rules" }, h.el("thead", {}, h.el("tr", {}, h.el("th", {}, "rule package"),
        h.el("th", {}, "Drools rule fired"))), h.el("tbody", {}, x.psa.rulesFired.map((r) =>
        h.el("tr", {}, h.el("td", {}, r.rulePackage), h.el("td", {}, r.rule))))) : h.el("p", {}, "The PSA rule unit did not run."),
      x.psa.features ? h.el("details", {}, h.el("summary", {}, "Inputs given to the models"), h.json(x.psa.features)) : "",
      h.el("h3", {}, "Decisions, in evaluation order"),
      h.el("p", { class: "legend" }, h.el("span", { class: "selected" }, "selected rule"), h.el("span", { class: "matched" },
        "matched, not selected")),
      x.models.map(model),
      h.el("h3", {}, "DMN messages"), x.messages.length ? h.json(x.messages) : h.el("p", {}, "none"),
      h.el("h3", {}, "Answer as sent"), h.el("details", {}, h.el("summary", {}, "response body"), h.json(x.output)));
    document.getElementById("verify-chain").onclick = () => h.verifyAll(document.getElementById("chain-result"));
    document.getElementById("replay").onclick = () => h.replay(x.id);
    target.scrollIntoView();
  }

  return { render };
})();
