// Committee workbench: list the deployed models, edit one in the Apache KIE DMN editor, and send the
// edited model to the review endpoints. Credentials stay in this page's memory (HTTP Basic headers).
"use strict";

const state = { auth: null, roles: null, models: [], editor: null, modelName: null, xmlByModel: new Map() };
const $ = (id) => document.getElementById(id);

const api = (method, path, body, accept) => request(state.auth, method, "/api/committee/" + path, body, accept);

function status(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

/**
 * What the signed-in user may do, from GET /api/me (the API still checks every call): proposals are open
 * to committee, publisher and admin; the workbench and reviews to committee and admin; publishing to
 * publisher and admin.
 */
async function roles() {
  const response = await fetch("/api/me", { headers: { Authorization: state.auth } });
  if (!response.ok) return { status: response.status };
  const held = new Set((await response.json()).roles);
  const any = (...names) => names.some((n) => held.has(n));
  return { status: 200, proposals: any("committee", "publisher", "admin"), committee: any("committee", "admin"),
    publisher: any("publisher", "admin") };
}

async function signIn(event) {
  event.preventDefault();
  state.auth = "Basic " + btoa($("user").value + ":" + $("password").value);
  const can = await roles();
  if (can.status !== 200 || !can.proposals) {
    $("login-error").textContent = can.status === 200 || can.status === 401 || can.status === 403
      ? "Not signed in: a user with the committee, publisher or admin role is required." : "Sign-in failed: " + can.status;
    return;
  }
  state.roles = can;
  $("login").hidden = true;
  document.body.dataset.committee = String(can.committee);
  document.body.dataset.publisher = String(can.publisher);
  $("signed-in").textContent = "Signed in as " + $("user").value + ": " + [can.committee ? "propose and review" : "",
    can.publisher ? "publish" : ""].filter(Boolean).join(", ") + ".";
  if (can.committee) await showModels();
  await window.proposals.start();
}

async function showModels() {
  state.models = await (await api("GET", "models")).json();
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
  show(el("section", { id: "validation-result", "data-valid": String(report.valid), "data-unwaived-gaps": String(report.unwaivedGaps) },
    el("h3", {}, "Validation and analysis"), evidence.validationSummary(report), evidence.findings(report)));
}

async function testRun() {
  const report = await (await api("POST", "test-runs", await candidate())).json();
  window.committee.lastTestRun = report;
  show(el("section", { id: "test-run-result", "data-passed": String(report.passed), "data-total": String(report.total),
    "data-differing": String(report.differingFromDeployed) }, el("h3", {}, "Committee vignettes"), evidence.testRun(report)));
}

async function diff() {
  const report = await (await api("POST", "diff", await candidate())).json();
  show(el("section", { id: "diff-result" }, el("h3", {}, "Changes against the deployed model"), ...evidence.diff(report)));
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
  candidate,
  status,
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
