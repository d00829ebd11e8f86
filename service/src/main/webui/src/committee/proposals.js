// Committee page, governed publishing: propose the model being edited, list and open proposals, review,
// publish, and each model's version history with a rollback proposal. Uses /api/committee/proposals and
// /api/models/{name}/versions with the credentials committee.js holds. Defines window.proposals.
"use strict";

window.proposals = (() => {
  const $ = (id) => document.getElementById(id);
  const committee = window.committee;
  const call = (method, url, body) => request(committee.state.auth, method, url, body);
  const time = (instant) => (instant ? instant.replace("T", " ").replace(/\.\d+Z$/, "Z") : "–");
  const names = new Set();
  const state = { current: null, lastPublication: null };

  function say(id, text, isError) {
    $(id).textContent = text;
    $(id).className = isError ? "error" : "";
  }

  /** Model names for the version history: the workbench's list, or (for a publisher) those seen in proposals. */
  function knowModels(list) {
    list.forEach((n) => names.add(n));
    $("model-names").replaceChildren(...[...names].sort().map((n) => el("option", { value: n })));
  }

  async function list() {
    say("proposals-status", "Loading…");
    try {
      const all = await (await call("GET", "/api/committee/proposals")).json();
      all.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
      const body = $("proposal-list").querySelector("tbody");
      body.replaceChildren(...all.map((p) => el("tr", { "data-id": p.id, "data-status": p.status },
        el("td", {}, p.title), el("td", {}, el("span", { class: "status-badge " + p.status }, p.status)), el("td", {}, p.revision),
        el("td", {}, p.authors.join(", ")), el("td", {}, p.approvedBy.length + " of " + p.quorum), el("td", {}, time(p.submittedAt)),
        el("td", {}, p.publishedVersion ?? "–"), el("td", {}, el("button", { class: "open-proposal", "data-id": p.id }, "Open")))));
      body.querySelectorAll("button.open-proposal").forEach((b) => (b.onclick = () => open(b.dataset.id)));
      say("proposals-status", all.length + " proposal(s)");
    } catch (e) {
      say("proposals-status", e.message, true);
    }
  }

  async function open(id) {
    say("proposals-status", "Opening proposal…");
    try {
      show(await (await call("GET", "/api/committee/proposals/" + encodeURIComponent(id))).json());
      say("proposals-status", "");
    } catch (e) {
      say("proposals-status", e.message, true);
    }
  }

  function show(p) {
    state.current = p;
    knowModels(p.evidence.models.map((m) => m.name));
    proposalView.render($("proposal"), p, { review, publish, downloadReport });
    $("proposal").scrollIntoView();
  }

  /** The model in the editor, with the form's title and rationale; the answer is the proposal with its evidence. */
  async function propose(event) {
    event.preventDefault();
    committee.status("Proposing: validating and running every vignette twice…");
    try {
      const body = { title: $("proposal-title").value, rationale: $("proposal-rationale").value, ...(await committee.candidate()) };
      const p = await (await call("POST", "/api/committee/proposals", body)).json();
      committee.status("Proposed: " + p.title + " (revision " + p.revision + ").");
      await list();
      show(p);
    } catch (e) {
      committee.status("Proposal refused: " + e.message, true);
    }
  }

  async function review(id, decision, comment, acknowledgedDifferences) {
    try {
      const p = await (await call("POST", "/api/committee/proposals/" + encodeURIComponent(id) + "/reviews",
        { decision, comment: comment || null, acknowledgedDifferences })).json();
      show(p);
      say("review-result", decision === "APPROVE" ? "Approved." : "Changes requested.");
      await list();
    } catch (e) {
      say("review-result", e.message, true);
    }
  }

  async function publish(id, effectiveFrom) {
    say("publish-result", "Publishing…");
    try {
      const answer = state.lastPublication = await (await call("POST", "/api/committee/proposals/" + encodeURIComponent(id)
        + "/publish", { effectiveFrom })).json();
      knowModels(answer.models.map((m) => m.name));
      await open(id);
      $("proposal").prepend(proposalView.published(answer));
      await list();
    } catch (e) {
      say("publish-result", e.message, true);
    }
  }

  function downloadReport(p) {
    const link = el("a", { href: URL.createObjectURL(new Blob([p.evidence.report], { type: "text/markdown" })),
      download: "proposal-" + p.id.slice(0, 8) + "-r" + p.revision + "-review.md" });
    document.body.append(link);
    link.click();
    link.remove();
  }

  async function versions(event) {
    if (event) event.preventDefault();
    const model = $("version-model").value.trim();
    say("versions-status", "Loading…");
    try {
      const entries = await (await call("GET", "/api/models/" + encodeURIComponent(model) + "/versions")).json();
      const body = $("version-table").querySelector("tbody");
      const answering = entries.filter((v) => !v.effectiveFrom || Date.parse(v.effectiveFrom) <= Date.now()).pop();
      body.replaceChildren(...entries.map((v) => el("tr", { "data-version": String(v.version), class: v === answering ? "current" : "" },
        el("td", {}, v.version === 0 ? "0 (repository baseline)" : v.version), el("td", {}, el("code", { class: "hash", title: v.sha256 },
          v.sha256.slice(0, 16) + "…")), el("td", {}, v.proposalId ? el("a", { href: "#proposal", "data-id": v.proposalId,
          class: "version-proposal" }, v.proposalId.slice(0, 8)) : "–"),
        el("td", {}, v.proposedBy || "–"), el("td", {}, v.approvedBy.join(", ") || "–"), el("td", {}, v.publishedBy || "–"),
        el("td", {}, time(v.effectiveFrom)), el("td", {}, v === answering ? "answers now" : time(v.effectiveTo)),
        el("td", {}, v === answering ? "" : el("button", { class: "rollback committee-only", "data-version": String(v.version) },
          "Propose rollback to this version")))));
      body.querySelectorAll("a.version-proposal").forEach((a) => (a.onclick = () => open(a.dataset.id)));
      body.querySelectorAll("button.rollback").forEach((b) => (b.onclick = () => rollback(model, Number(b.dataset.version))));
      $("version-table").hidden = false;
      $("version-table").dataset.model = model;
      say("versions-status", entries.length + " version(s) of " + model);
    } catch (e) {
      say("versions-status", e.message, true);
    }
  }

  /** A rollback is a proposal like any other (rollbackToVersion), with the same evidence, reviews and gates. */
  async function rollback(model, version) {
    say("versions-status", "Proposing the rollback: validating and running every vignette…");
    try {
      const p = await (await call("POST", "/api/committee/proposals", { title: "Roll back " + model + " to version " + version,
        rationale: $("rollback-rationale").value, rollbackToVersion: version })).json();
      say("versions-status", "Rollback proposed.");
      await list();
      show(p);
    } catch (e) {
      say("versions-status", "Rollback refused: " + e.message, true);
    }
  }

  async function start() {
    $("page-nav").hidden = false;
    $("proposals").hidden = false;
    $("versions").hidden = false;
    knowModels(committee.state.models.map((m) => m.name));
    await list();
  }

  $("propose-form").addEventListener("submit", propose);
  $("refresh-proposals").addEventListener("click", list);
  $("versions-form").addEventListener("submit", versions);
  return { start, open, state };
})();
