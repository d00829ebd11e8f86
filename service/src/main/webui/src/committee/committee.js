// Committee workbench: list the deployed models, edit one in the Apache KIE DMN editor, and send the
// edited model to the review endpoints. Credentials stay in this page's memory (HTTP Basic headers).
"use strict";

const state = { auth: null, models: [], editor: null, modelName: null, xmlByModel: new Map() };
const $ = (id) => document.getElementById(id);

function headers(json) {
  const h = { Authorization: state.auth };
  if (json) h["Content-Type"] = "application/json";
  return h;
}

async function api(method, path, body, accept) {
  const response = await fetch("/api/committee/" + path, {
    method,
    headers: { ...headers(body !== undefined), ...(accept ? { Accept: accept } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await failure(response);
  return response;
}

function table(headersRow, rows, id) {
  return el("table", id ? { id } : {}, el("thead", {}, el("tr", {}, headersRow.map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((r) => el("tr", r.attrs || {}, (r.cells || r).map((c) => el("td", {}, c))))));
}

function status(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

async function signIn(event) {
  event.preventDefault();
  state.auth = "Basic " + btoa($("user").value + ":" + $("password").value);
  try {
    state.models = await (await api("GET", "models")).json();
  } catch (e) {
    $("login-error").textContent = e.status === 401 || e.status === 403
      ? "Not signed in: a user with the committee or admin role is required." : e.message;
    return;
  }
  $("login").hidden = true;
  $("workbench").hidden = false;
  const body = $("models").querySelector("tbody");
  body.replaceChildren(...state.models.map((m) => el("tr", { "data-model": m.name },
    el("td", {}, m.name), el("td", {}, m.decisions.length), el("td", {}, m.decisionTables.length), el("td", {}, m.ruleCount),
    el("td", {}, el("details", {}, el("summary", {}, m.sources.length + " sources"), el("ul", {}, m.sources.map((s) => el("li", {}, s))))),
    el("td", {}, el("code", { title: m.sha256 }, m.sha256.slice(0, 12))),
    el("td", {}, el("button", { class: "open", "data-model": m.name }, "Open in editor")))));
  body.querySelectorAll("button.open").forEach((b) => b.addEventListener("click", () => openDeployed(b.dataset.model)));
}

async function deployedXml(name) {
  if (!state.xmlByModel.has(name)) {
    state.xmlByModel.set(name, await (await api("GET", "models/" + encodeURIComponent(name), undefined, "application/xml")).text());
  }
  return state.xmlByModel.get(name);
}

async function openDeployed(name) {
  status("Opening " + name + "…");
  try {
    await openInEditor(name, await deployedXml(name));
  } catch (e) {
    status(e.message, true);
  }
}

/** The other deployed models are offered to the editor so that imports (pathway) resolve. */
async function openInEditor(name, xml) {
  if (state.editor) state.editor.close();
  const resources = new Map();
  for (const m of state.models) {
    if (m.name !== name) {
      resources.set(m.name + ".dmn", { contentType: "text", content: deployedXml(m.name) });
    }
  }
  $("editor").replaceChildren();
  state.editor = DmnEditor.open({
    container: $("editor"),
    initialContent: Promise.resolve(xml),
    initialFileNormalizedPosixPathRelativeToTheWorkspaceRoot: (name || "model") + ".dmn",
    resources,
  });
  state.modelName = name;
  $("current-model").textContent = name || "(file)";
  document.querySelectorAll(".toolbar button").forEach((b) => (b.disabled = false));
  $("results").replaceChildren();
  status("Editing " + (name || "file") + ". The editor saves DMN 1.6; the service converts it to DMN 1.5.");
}

async function openFile() {
  const file = $("file").files[0];
  if (!file) return;
  const xml = await file.text();
  const match = /<(?:\w+:)?definitions[^>]*\sname="([^"]+)"/.exec(xml);
  await openInEditor(match ? match[1] : null, xml);
  $("file").value = "";
}

/** The editor's current model as a review request (the server takes the name from the XML). */
async function candidate() {
  const xml = await state.editor.getContent();
  return { models: [{ name: state.modelName, xml }] };
}

async function run(label, work) {
  status(label + "…");
  try {
    await work();
    status(label + ": done.");
  } catch (e) {
    status(label + " failed: " + e.message, true);
    $("results").replaceChildren(el("section", { id: "error-result", class: "error" }, e.message));
  }
}

function show(section) {
  const id = section.id;
  const old = document.getElementById(id);
  if (old) old.replaceWith(section); else $("results").prepend(section);
}

async function validate() {
  const report = await (await api("POST", "validate", await candidate())).json();
  window.committee.lastValidation = report;
  const shown = report.findings.filter((f) => f.submitted || f.severity === "ERROR");
  show(el("section", { id: "validation-result", "data-valid": String(report.valid), "data-unwaived-gaps": String(report.unwaivedGaps) },
    el("h3", {}, "Validation and analysis"),
    el("p", { class: report.valid && !report.unwaivedGaps ? "pass" : "fail" }, (report.valid ? "No errors" : report.errors + " error(s)") + ", "
      + report.warnings + " warning(s) in all models, " + report.unwaivedGaps + " unwaived gap(s) in the edited model."),
    table(["severity", "type", "model", "table", "rules", "finding", "explanation"], shown.map((f) => ({
      attrs: { class: f.severity, "data-type": f.type },
      cells: [f.severity + (f.waived ? " (waived)" : ""), f.type, f.model || "", f.tableId ? f.tableId + " (" + f.decision + ")" : "",
        f.ruleIds.join(", "), f.text, f.explanation],
    })), "findings")));
}

/** The answer field a difference belongs to, for grouping: recommendation.adt.recommended → "recommendation.adt". */
function answerField(path) {
  const parts = path.replace(/\[\d+\]/g, "").split(".");
  return parts.slice(0, parts[0] === "recommendation" && parts.length > 2 ? 2 : 1).join(".");
}

/** Differences grouped by answer field; rationale-text changes folded away, as they rarely change a decision. */
function differences(list) {
  const rationale = list.filter((d) => /(^|\.)rationale(\[|\.|$)/.test(d.field));
  const decisive = list.filter((d) => !rationale.includes(d));
  const groups = new Map();
  decisive.forEach((d) => groups.set(answerField(d.field), [...(groups.get(answerField(d.field)) || []), d]));
  const line = (d) => el("li", {}, d.field + ": " + JSON.stringify(d.deployed) + " → " + JSON.stringify(d.candidate));
  return el("div", {},
    [...groups.entries()].map(([field, ds]) => el("div", { class: "answer-field", "data-field": field },
      el("strong", {}, field), el("ul", {}, ds.map(line)))),
    rationale.length ? el("details", { class: "rationale-changes" },
      el("summary", {}, rationale.length + " rationale text change(s)"), el("ul", {}, rationale.map(line))) : "");
}

async function testRun() {
  const report = await (await api("POST", "test-runs", await candidate())).json();
  window.committee.lastTestRun = report;
  const rows = report.cases.filter((c) => !c.passed || c.differencesFromDeployed.length).map((c) => ({
    attrs: { class: c.passed ? "pass" : "fail" },
    cells: [c.id, c.passed ? "pass" : "FAIL", el("div", {}, [c.error || "",
      ...c.expectationMismatches.map((m) => "expected " + m.field + " = " + JSON.stringify(m.expected) + ", got " + JSON.stringify(m.actual))]
      .filter(Boolean).join("; "), differences(c.differencesFromDeployed))],
  }));
  show(el("section", { id: "test-run-result", "data-passed": String(report.passed), "data-total": String(report.total),
      "data-differing": String(report.differingFromDeployed) },
    el("h3", {}, "Committee vignettes"),
    el("p", { class: report.failed ? "fail" : "pass" }, report.passed + " of " + report.total + " pass; "
      + report.differingFromDeployed + " answer differently from the active models."),
    rows.length ? table(["vignette", "result", "differences by answer field (active → candidate)"], rows)
      : el("p", {}, "Every vignette answers exactly as the active models do.")));
}

async function diff() {
  const report = await (await api("POST", "diff", await candidate())).json();
  const blocks = report.models.map((m) => el("div", {},
    el("h4", {}, m.model + " (" + m.status + ")"),
    m.parameters.length ? table(["parameter", "before", "after"], m.parameters.map((p) => [p.decision, p.before, p.after])) : "",
    ...m.tables.map((t) => el("div", {}, el("h5", {}, "Table " + t.tableId + " of " + t.decision + " (" + t.change + ")"),
      t.structure.length ? el("ul", {}, t.structure.map((s) => el("li", {}, s))) : "",
      table(["rule", "change", "detail (old → new)"], [
        ...t.added.map((r) => [r.ruleId, "added", "rule " + r.position]),
        ...t.removed.map((r) => [r.ruleId, "removed", "rule " + r.position]),
        ...t.changed.flatMap((r) => r.cells.map((c) => [r.ruleId, c.kind + " " + c.column, (c.before ?? "(none)") + " → " + (c.after ?? "(none)")])),
      ])))));
  show(el("section", { id: "diff-result" }, el("h3", {}, "Changes against the deployed model"), ...blocks));
}

function save(blob, filename) {
  const a = el("a", { href: URL.createObjectURL(blob), download: filename });
  document.body.append(a);
  a.click();
  a.remove();
}

async function downloadDmn() {
  const out = await (await api("POST", "normalise", await candidate())).json();
  const model = out.models[0];
  save(new Blob([model.xml], { type: "application/xml" }), model.name + ".dmn");
}

async function report(format) {
  const response = await api("POST", "report?format=" + format, await candidate());
  const name = (state.modelName || "model") + "-review." + (format === "html" ? "html" : "md");
  save(await response.blob(), name);
}

window.committee = {
  state,
  /** True once the editor serves the opened model (used by the browser tests). A request made before the
   *  editor's frame is up may never be answered, so each try gives up after two seconds. */
  async editorReady(modelName) {
    if (!state.editor) return false;
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 2000));
    const xml = await Promise.race([state.editor.getContent().catch(() => null), timeout]);
    return typeof xml === "string" && xml.includes('name="' + modelName + '"');
  },
};

$("login-form").addEventListener("submit", signIn);
$("file").addEventListener("change", openFile);
$("validate").addEventListener("click", () => run("Validation", validate));
$("test-run").addEventListener("click", () => run("Test run", testRun));
$("diff").addEventListener("click", () => run("Diff", diff));
$("download-dmn").addEventListener("click", () => run("Download", downloadDmn));
$("report-html").addEventListener("click", () => run("Report", () => report("html")));
$("report-md").addEventListener("click", () => run("Report", () => report("markdown")));
