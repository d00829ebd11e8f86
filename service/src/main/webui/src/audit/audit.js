// Audit explorer: search the audit trail, explain one record (decision tables as archived, with the
// rules that matched and the one selected), verify the hash chains, replay a record, export. Uses
// only /api/audit and /api/decisions; credentials stay in this page's memory (HTTP Basic headers).
"use strict";

const state = { auth: null, next: null, lastExplanation: null, lastReplay: null, lastVerify: null };
const $ = (id) => document.getElementById(id);

async function api(method, path) {
  const response = await fetch(path, { method, headers: { Authorization: state.auth } });
  if (!response.ok) throw await failure(response);
  return response;
}

const json = (value) => el("pre", {}, JSON.stringify(value, null, 2));
const short = (hash) => el("code", { class: "hash", title: hash || "" }, hash ? hash.slice(0, 16) + "…" : "–");
const text = (value) => (value === null || value === undefined ? "–" : typeof value === "object" ? JSON.stringify(value) : String(value));

function status(message, isError) {
  $("status").textContent = message;
  $("status").className = isError ? "error" : "";
}

function filters() {
  const query = new URLSearchParams();
  for (const field of ["from", "to", "model", "principal", "endpoint", "pathway"]) {
    if ($(field).value.trim()) query.set(field, $(field).value.trim());
  }
  return query;
}

async function signIn(event) {
  event.preventDefault();
  state.auth = "Basic " + btoa($("user").value + ":" + $("password").value);
  try {
    await api("GET", "/api/audit?limit=1");
  } catch (e) {
    $("login-error").textContent = e.status === 401 || e.status === 403
      ? "Not signed in: a user with the auditor or admin role is required." : e.message;
    return;
  }
  $("login").hidden = true;
  $("explorer").hidden = false;
  try {
    const models = await (await api("GET", "/api/decisions")).json();
    const names = [...new Set(models.map((m) => m.name).concat(["pathway"]))].sort();
    $("model").append(...names.map((n) => el("option", { value: n }, n)));
  } catch (ignored) { /* the model list is a convenience; searching works without it */ }
  await search();
  if (location.hash.length > 1) await openRecord(decodeURIComponent(location.hash.slice(1)));
}

async function search(event, append) {
  if (event) event.preventDefault();
  const query = filters();
  query.set("limit", $("limit").value);
  if (append && state.next) query.set("after", state.next);
  status("Searching…");
  try {
    const page = await (await api("GET", "/api/audit?" + query)).json();
    state.next = page.next;
    const body = $("records").querySelector("tbody");
    const rows = page.records.map((r) => el("tr", { "data-id": r.id },
      el("td", {}, r.timestamp), el("td", {}, r.principal), el("td", {}, r.endpoint), el("td", {}, text(r.asOf)),
      el("td", {}, text(r.output && r.output.recommendation && r.output.recommendation.pathway)),
      el("td", {}, (r.models || []).map((m) => m.name).join(", ")),
      el("td", {}, el("button", { class: "open", "data-id": r.id }, "Explain " + r.id.slice(0, 8)))));
    if (append) body.append(...rows); else body.replaceChildren(...rows);
    body.querySelectorAll("button.open").forEach((b) => (b.onclick = () => openRecord(b.dataset.id)));
    $("more").hidden = !page.next;
    status(body.children.length + " record(s) shown" + (page.next ? "; more on the next page" : ""));
  } catch (e) {
    status(e.message, true);
  }
}

async function exportRecords(format) {
  const query = filters();
  query.set("format", format);
  status("Exporting…");
  try {
    const blob = await (await api("GET", "/api/audit/export?" + query)).blob();
    const link = el("a", { href: URL.createObjectURL(blob), download: "audit." + format });
    document.body.append(link);
    link.click();
    link.remove();
    status("Exported " + format.toUpperCase() + " (" + blob.size + " bytes)");
  } catch (e) {
    status(e.message, true);
  }
}

function chainTable(report) {
  return el("table", { id: "verify-table" }, el("thead", {}, el("tr", {}, ["writer", "records", "valid", "first broken", "reason",
    "last sequence", "last hash"].map((h) => el("th", {}, h)))),
  el("tbody", {}, report.chains.map((c) => el("tr", { class: c.valid ? "" : "fail" }, el("td", {}, c.writerId),
    el("td", {}, c.records), el("td", { class: c.valid ? "pass" : "fail" }, c.valid ? "valid" : "BROKEN"),
    el("td", {}, text(c.firstBrokenSequence)), el("td", {}, text(c.reason)), el("td", {}, text(c.lastSequence)),
    el("td", {}, short(c.lastHash))))));
}

async function verifyAll(target) {
  target.replaceChildren(el("p", {}, "Verifying every chain…"));
  try {
    const report = state.lastVerify = await (await api("GET", "/api/audit/verify")).json();
    target.replaceChildren(el("p", { id: target.id + "-summary", "data-valid": String(report.valid),
      class: report.valid ? "pass" : "fail" }, report.valid ? `All ${report.records} records verify: every chain is intact.`
      : `A chain is broken (${report.records} records checked).`), chainTable(report));
  } catch (e) {
    target.replaceChildren(el("p", { class: "error" }, e.message));
  }
}

async function replay(id) {
  const target = $("replay-result");
  target.replaceChildren(el("p", {}, "Replaying with the archived models…"));
  try {
    const report = state.lastReplay = await (await api("POST", "/api/audit/" + encodeURIComponent(id) + "/replay")).json();
    target.replaceChildren(el("p", { id: "replay-summary", "data-identical": String(report.identical),
      class: report.identical ? "pass" : "fail" }, report.identical
      ? "Identical: the archived model versions give exactly the recorded results and select the same rules."
      : report.differences.length + " difference(s) between the record and the replay:"),
    report.differences.length ? el("table", { id: "replay-differences" }, el("thead", {}, el("tr", {},
      el("th", {}, "field"), el("th", {}, "recorded"), el("th", {}, "replayed"))), el("tbody", {}, report.differences.map((d) =>
      el("tr", {}, el("td", {}, d.path), el("td", {}, text(d.recorded)), el("td", {}, text(d.replayed)))))) : "");
  } catch (e) {
    target.replaceChildren(el("p", { id: "replay-summary", "data-identical": "false", class: "error" }, e.message));
  }
}

/** The record's own chain, from sequence 1 up to it (the explanation with verify=true). */
async function verifyChain(id) {
  const target = $("chain-result");
  target.replaceChildren(el("p", {}, "Verifying the chain up to this record…"));
  try {
    const x = await (await api("GET", "/api/audit/" + encodeURIComponent(id) + "/explanation?verify=true")).json();
    const c = x.chain;
    $("chain-position").replaceWith(window.auditView.chainState(c));
    target.replaceChildren(el("p", { id: "chain-result-summary", "data-valid": String(c.verified), class: c.verified ? "pass" : "fail" },
      c.verified ? `Chain of writer ${c.writerId} verifies from sequence 1 up to this record (${c.recordsChecked} record(s)).`
        : `Chain of writer ${c.writerId} is broken at sequence ${c.firstBrokenSequence}: ${c.reason}`));
  } catch (e) {
    target.replaceChildren(el("p", { id: "chain-result-summary", "data-valid": "false", class: "error" }, e.message));
  }
}

async function openRecord(id) {
  status("Loading record " + id + "…");
  try {
    const x = state.lastExplanation = await (await api("GET", "/api/audit/" + encodeURIComponent(id) + "/explanation?verify=false")).json();
    window.auditView.render(x, { replay, verifyChain, json, short, text, el });
    history.replaceState(null, "", "#" + encodeURIComponent(id));
    status("Record " + id);
  } catch (e) {
    status(e.message, true);
  }
}

$("login-form").addEventListener("submit", signIn);
$("search").addEventListener("submit", (e) => search(e, false));
$("more").addEventListener("click", () => search(null, true));
$("export-ndjson").addEventListener("click", () => exportRecords("ndjson"));
$("export-csv").addEventListener("click", () => exportRecords("csv"));
$("verify-all").addEventListener("click", () => verifyAll($("verify-all-result")));
window.audit = { state, openRecord };
