// Committee page, one proposal: its latest revision with the frozen evidence, the reviews, what still
// stands between it and publishing, and the review and publish forms the user's roles allow.
// Renders GET /api/committee/proposals/{id}; the actions come from proposals.js. Defines window.proposalView.
"use strict";

window.proposalView = (() => {
  const time = (instant) => (instant ? instant.replace("T", " ").replace(/\.\d+Z$/, "Z") : "–");
  const hash = (sha) => el("code", { class: "hash" }, sha);

  function meta(pairs) {
    return el("dl", { class: "meta" }, pairs.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
  }

  function summary(p) {
    return [
      el("h3", { id: "proposal-heading", "data-id": p.id, "data-status": p.status, "data-revision": String(p.revision) },
        p.title + " ", el("span", { class: "status-badge " + p.status }, p.status)),
      meta([["proposal", p.id], ["revision", p.revision], ["authors", p.authors.join(", ")], ["submitted (UTC)", time(p.submittedAt)],
        ["kind", p.rollbackToVersion === null ? "change" : "rollback to version " + p.rollbackToVersion],
        ["approvals", p.approvedBy.length + " of " + p.quorum + (p.approvedBy.length ? ": " + p.approvedBy.join(", ") : "")],
        ["published as", p.publishedVersion === null ? "not published" : "version " + p.publishedVersion]]),
      el("h4", {}, "Clinical rationale"), el("p", { class: "rationale" }, p.rationale),
      p.status === "PUBLISHED" ? "" : el("div", { id: "missing" }, p.missing.length
        ? [el("h4", {}, "Before it can be published"), el("ul", {}, p.missing.map((m) => el("li", { "data-field": m.field },
          el("strong", {}, m.field), ": " + m.message)))]
        : el("p", { class: "pass" }, "Every gate is passed: a publisher may publish it.")),
    ];
  }

  function frozen(e) {
    return [
      el("h3", {}, "Frozen evidence (revision as submitted)"),
      meta([["based on version", e.basedOnVersion]]),
      table(["model", "namespace", "SHA-256 (DMN 1.5, archived)"], e.models.map((m) => [m.name, m.namespace, hash(m.sha256)]), "evidence-models"),
      el("h4", {}, "Validation and decision-table analysis"), evidence.validationSummary(e.validation), evidence.findings(e.validation),
      el("h4", {}, "Rule policy"), e.ruleProblems.length
        ? el("ul", { id: "rule-problems", class: "fail" }, e.ruleProblems.map((r) => el("li", {}, r)))
        : el("p", { id: "rule-problems", class: "pass" }, "Every rule has an id, a description, a rationale and a source."),
      el("h4", {}, "Committee vignettes"),
      e.testRun ? el("div", { id: "evidence-test-run" }, evidence.testRun(e.testRun)) : el("p", { class: "fail" }, e.testRunError),
      el("h4", {}, "Changes rule by rule"), el("div", { id: "evidence-diff" }, evidence.diff(e.diff)),
      el("h4", {}, "Review report"),
      el("p", {}, el("button", { id: "download-report" }, "Download the review report (Markdown)")),
      el("details", { id: "review-report" }, el("summary", {}, "Show the review report"), el("pre", {}, e.report)),
    ];
  }

  function reviews(p) {
    return [el("h3", {}, "Reviews of revision " + p.revision), p.reviews.length
      ? table(["reviewer", "decision", "comment", "acknowledged differing vignettes", "at (UTC)"], p.reviews.map((r) => ({
        attrs: { "data-reviewer": r.reviewer, class: r.decision === "APPROVE" ? "pass" : "fail" },
        cells: [r.reviewer, r.decision, r.comment || "", r.acknowledgedDifferences.length, time(r.reviewedAt)],
      })), "reviews")
      : el("p", {}, "No review of this revision yet.")];
  }

  /** What differs in a vignette's answer, in short: the answer fields, or that only rationale text does. */
  function whatDiffers(testRun, id) {
    const c = testRun.cases.find((x) => x.id === id);
    const fields = c ? evidence.changedFields(c.differencesFromDeployed) : [];
    return fields.length ? fields.join(", ") : "rationale text only";
  }

  /** Approving needs every differing vignette acknowledged: the button waits for every box. */
  function reviewForm(p, review) {
    const differing = p.evidence.differingVignettes;
    const boxes = differing.map((id) => el("input", { type: "checkbox", class: "acknowledge", value: id }));
    const approve = el("button", { type: "button", id: "approve" }, "Approve");
    const changes = el("button", { type: "button", id: "request-changes" }, "Request changes");
    const comment = el("textarea", { id: "review-comment", rows: "2", cols: "70" });
    const all = el("button", { type: "button", id: "acknowledge-all" }, "I have read every differing answer");
    const ready = () => (approve.disabled = boxes.some((b) => !b.checked));
    all.addEventListener("click", () => { boxes.forEach((b) => (b.checked = true)); ready(); });
    boxes.forEach((b) => b.addEventListener("change", ready));
    ready();
    const send = (decision) => review(p.id, decision, comment.value, boxes.filter((b) => b.checked).map((b) => b.value));
    approve.addEventListener("click", () => send("APPROVE"));
    changes.addEventListener("click", () => send("REQUEST_CHANGES"));
    return el("fieldset", { id: "review-form", class: "committee-only" }, el("legend", {}, "Your review of revision " + p.revision),
      differing.length ? [el("p", {}, differing.length + " vignette(s) answer differently from the active version (see Committee "
        + "vignettes below). Approving acknowledges each of them: tick each one you have read, or all at once ", all, "."),
      el("ul", { id: "acknowledgements" }, differing.map((id, i) => el("li", {}, el("label", {}, boxes[i], " " + id + ": ",
        el("em", {}, whatDiffers(p.evidence.testRun, id))))))]
        : el("p", {}, "Every vignette answers as the active version does."),
      el("label", {}, "Comment (required to request changes)", el("br", {}), comment), el("br", {}), approve, " ", changes,
      el("p", { id: "review-result", role: "alert" }));
  }

  /** effectiveFrom: now, or a local date-time sent as an ISO instant. */
  function publishForm(p, publish) {
    const now = el("input", { type: "radio", name: "effective", id: "effective-now", checked: "" });
    const later = el("input", { type: "radio", name: "effective", id: "effective-later" });
    const at = el("input", { type: "datetime-local", id: "effective-from" });
    at.addEventListener("input", () => (later.checked = true));
    const button = el("button", { type: "button", id: "publish" }, "Publish");
    button.addEventListener("click", () => publish(p.id, later.checked && at.value ? new Date(at.value).toISOString() : null));
    return el("fieldset", { id: "publish-form", class: "publisher-only" }, el("legend", {}, "Publish"),
      el("label", {}, now, " now"), " ", el("label", {}, later, " from "), at, " (your local time) ", button,
      el("div", { id: "publish-result", role: "alert" }));
  }

  /** The answer to a publication: the version, and the whole model set it answers with. */
  function published(answer) {
    return el("div", { id: "publication", "data-version": String(answer.version) },
      el("p", { class: "pass" }, "Published as version " + answer.version + ", effective from " + time(answer.effectiveFrom) + "."),
      table(["model", "namespace", "SHA-256"], answer.models.map((m) => [m.name, m.namespace, hash(m.sha256)])));
  }

  function render(target, p, actions) {
    target.hidden = false;
    target.replaceChildren(...[summary(p), reviews(p),
      p.status === "PUBLISHED" ? "" : reviewForm(p, actions.review),
      p.status === "PUBLISHED" || p.missing.length ? "" : publishForm(p, actions.publish),
      frozen(p.evidence)].flat());
    document.getElementById("download-report").addEventListener("click", () => actions.downloadReport(p));
  }

  return { render, published };
})();
