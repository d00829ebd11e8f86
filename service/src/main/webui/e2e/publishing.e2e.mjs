// Browser test of governed publishing on the committee page, run by CommitteePublishingBrowserTest against
// a @QuarkusTest app with a publishing database of its own.
// Env: BASE_URL, AUTHOR, REVIEWER_1, REVIEWER_2, PUBLISHER, CLINICIAN, AUDITOR, PASSWORD, OUT_DIR, CHROMIUM.
// One flow: a clinician is refused at sign-in; the author opens an edited recurrence model in the editor and proposes it; the page shows the
// evidence (rationale-text differences folded) and refuses the author's own approval readably; two other
// members approve, each acknowledging every differing vignette; the publisher (who sees no workbench and
// no review form) publishes; an assessment then answers with the new text and names the new version; the
// version history offers a rollback, which goes through the same reviews and publishing, and the
// assessment answers as before under a third version.
import { launchChromium } from "./chromium.mjs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const base = process.env.BASE_URL;
const out = process.env.OUT_DIR;
const password = process.env.PASSWORD;
const OLD_TEXT = "confirmed by a second value of 0.2 ng/mL or more.";
const NEW_TEXT = "confirmed by a second value of 0.2 ng/mL or more (committee wording, browser test).";
mkdirSync(out, { recursive: true });
let failed = false;
const pages = [];

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

const basic = (user) => "Basic " + Buffer.from(user + ":" + password).toString("base64");

/** An assessment by the clinician over the API (vignette 0001's case, as in TestRequests): its text and model version. */
async function assess() {
  const response = await fetch(base + "/api/assessments", { method: "POST",
    headers: { "Content-Type": "application/json", Authorization: basic(process.env.CLINICIAN) },
    body: JSON.stringify({ caseId: "e2e-publishing", asOf: "2024-06-10", primaryTreatment: "PROSTATECTOMY",
      primaryTreatmentDate: "2022-01-10", psa: [{ date: "2022-02-28", value: 0.01 }, { date: "2024-03-01", value: 0.21 },
        { date: "2024-06-03", value: 0.27 }], gradeGroup: 2, seminalVesicleInvasion: false, pathologicalNodes: "pN0",
      imaging: [], previousSalvageRadiotherapy: false, toxicities: [] }) });
  expect(response.status === 200, "assessment answered " + response.status);
  const text = await response.text();
  const record = await fetch(base + "/api/audit/" + response.headers.get("X-Audit-Id"),
    { headers: { Authorization: basic(process.env.AUDITOR) } });
  expect(record.status === 200, "audit record " + record.status);
  return { text, modelVersion: (await record.json()).modelVersion, pathway: JSON.parse(text).recommendation.pathway };
}

async function signIn(user, refused) {
  const context = await (await browserPromise).newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.log("page error: " + e.message));
  await page.route((url) => !url.href.startsWith(base) && !url.href.startsWith("blob:") && !url.href.startsWith("data:")
      && !url.href.startsWith("about:"), (route) => { console.log("blocked " + route.request().url()); return route.abort(); });
  pages.push(page);
  await page.goto(base + "/committee/");
  await page.fill("#user", user);
  await page.fill("#password", password);
  await page.click("#sign-in");
  await page.waitForSelector(refused ? "#login-error:not(:empty)" : "#proposals:not([hidden])");
  return page;
}

/** The top of the viewport, small enough for the documentation (docs/images/). */
async function shot(page, name, height) {
  await page.screenshot({ path: join(out, name), clip: { x: 0, y: 0, width: 1280, height } });
}

async function openProposal(page, id) {
  await page.click("#refresh-proposals");
  await page.click(`#proposal-list button.open-proposal[data-id="${id}"]`);
  await page.waitForSelector(`#proposal-heading[data-id="${id}"]`);
}

/** Approval waits for every differing vignette to be acknowledged, then the reviewer approves. */
async function approve(page, id, screenshot) {
  await openProposal(page, id);
  const boxes = page.locator("#acknowledgements input.acknowledge");
  expect(await boxes.count() > 0, "the differing vignettes are offered for acknowledgement");
  expect(await page.locator("#approve").isDisabled(), "approving waits for every acknowledgement");
  for (const box of await boxes.all()) await box.check();
  await page.fill("#review-comment", "Wording checked against the evidence.");
  if (screenshot) {
    await page.locator("#review-form").evaluate((e) => e.scrollIntoView());
    await shot(page, screenshot, 440);
  }
  await page.click("#approve");
  await page.waitForSelector("#review-result:text('Approved.')");
}

async function publish(page, id) {
  await openProposal(page, id);
  expect(await page.locator("#review-form").isHidden(), "a publisher is not offered a review");
  await page.click("#publish");
  await page.waitForSelector("#publication[data-version]", { timeout: 120_000 });
  return Number(await page.getAttribute("#publication", "data-version"));
}

const browserPromise = launchChromium();
try {
  const before = await assess();
  expect(before.text.includes(OLD_TEXT) && !before.text.includes(NEW_TEXT), "the baseline answers with the repository text");
  expect(before.modelVersion === 0, "the baseline is version 0: " + before.modelVersion);

  const clinician = await signIn(process.env.CLINICIAN, true);
  const refusedText = await clinician.locator("#login-error").innerText();
  expect(refusedText.includes("committee, publisher or admin"), "a clinician is refused: " + refusedText);
  expect(await clinician.locator("#proposals").isHidden(), "a clinician sees no proposals");

  const author = await signIn(process.env.AUTHOR);
  await author.waitForSelector("#models tbody tr[data-model]");
  const deployed = await author.evaluate(async () => (await fetch("/api/committee/models/recurrence",
    { headers: { Authorization: window.committee.state.auth } })).text());
  expect(deployed.includes(OLD_TEXT), "the deployed recurrence model holds the rule's rationale");
  const file = join(out, "recurrence.dmn");
  writeFileSync(file, deployed.replace(OLD_TEXT, NEW_TEXT));
  await author.setInputFiles("#file", file);
  await author.waitForFunction(() => window.committee.editorReady("recurrence"), null, { timeout: 120_000, polling: 1000 });
  await author.fill("#proposal-title", "Recurrence wording");
  await author.fill("#proposal-rationale", "Clearer wording of the confirmed biochemical recurrence for clinicians.");
  await author.click("#propose");
  await author.waitForSelector("#proposal-heading[data-id], #status.error", { timeout: 600_000 });
  expect(await author.locator("#status.error").count() === 0, await author.locator("#status").innerText());
  const id = await author.getAttribute("#proposal-heading", "data-id");
  expect(await author.getAttribute("#proposal-heading", "data-status") === "SUBMITTED", "a new proposal is SUBMITTED");
  const differing = author.locator("#vignette-differences tbody tr");
  expect(await differing.count() > 0, "the vignettes answering differently are listed");
  expect(await author.locator("#evidence-test-run .answer-field").count() === 0, "only rationale text differs");
  expect(await author.locator("#evidence-test-run details.rationale-changes:not([open])").count() === await differing.count(),
    "rationale-text changes are folded away in every differing vignette");
  expect((await author.locator("#evidence-diff").innerText()).includes(NEW_TEXT), "the rule-by-rule diff shows the new text");
  expect((await author.locator("#missing").innerText()).includes("approvals"), "the missing approvals are named");
  await author.locator("#evidence-test-run details.rationale-changes").first().evaluate((d) => (d.open = true));
  await author.locator("#proposal-heading").evaluate((e) => e.scrollIntoView());
  await shot(author, "proposal-summary.png", 600);
  await author.locator("#evidence-test-run").evaluate((e) => e.scrollIntoView());
  await shot(author, "proposal-evidence.png", 520);

  for (const box of await author.locator("#acknowledgements input.acknowledge").all()) await box.check();
  await author.click("#approve");
  await author.waitForSelector("#review-result.error");
  const refusal = await author.locator("#review-result").innerText();
  expect(refusal.includes("An author cannot approve"), "the author's own approval is refused readably: " + refusal);

  const first = await signIn(process.env.REVIEWER_1);
  await approve(first, id, "proposal-review.png");
  const second = await signIn(process.env.REVIEWER_2);
  await approve(second, id);
  expect(await second.getAttribute("#proposal-heading", "data-status") === "APPROVED", "two approvals make it APPROVED");
  expect(await second.locator("#publish-form").isHidden(), "a committee member is not offered publishing");

  const publisher = await signIn(process.env.PUBLISHER);
  expect(await publisher.locator("#workbench").isHidden(), "a publisher sees no workbench");
  const version = await publish(publisher, id);
  await publisher.locator("#publication").evaluate((e) => e.scrollIntoView());
  await shot(publisher, "proposal-published.png", 560);

  const after = await assess();
  expect(after.text.includes(NEW_TEXT), "the published version answers with the new text");
  expect(after.modelVersion === version, `the audit record names version ${version}: ${after.modelVersion}`);
  expect(after.pathway === before.pathway, "the wording change keeps the pathway");

  await author.fill("#version-model", "recurrence");
  await author.fill("#rollback-rationale", "Back to the repository wording until the minutes are signed.");
  await author.click("#show-versions");
  await author.waitForSelector(`#version-table tr[data-version="${version}"].current`);
  await author.locator("#versions").screenshot({ path: join(out, "version-history.png") });
  await author.click('#version-table button.rollback[data-version="0"]');
  await author.waitForSelector(`#proposal-heading[data-id]:not([data-id="${id}"])`, { timeout: 600_000 });
  const rollback = await author.getAttribute("#proposal-heading", "data-id");
  await approve(first, rollback);
  await approve(second, rollback);
  const rolledBack = await publish(publisher, rollback);
  expect(rolledBack > version, "the rollback is a new version: " + rolledBack);

  const restored = await assess();
  expect(restored.text.includes(OLD_TEXT) && !restored.text.includes(NEW_TEXT), "the rollback answers with the repository text");
  expect(restored.modelVersion === rolledBack, `the audit record names version ${rolledBack}: ${restored.modelVersion}`);
  console.log(`ok - edit, propose, two approvals, publish (version ${version}), rollback (version ${rolledBack})`);
} catch (e) {
  failed = true;
  console.log("not ok - " + (e.stack || e));
  for (const [i, page] of pages.entries()) {
    await page.screenshot({ path: join(out, `failure-page-${i}.png`), fullPage: true }).catch(() => {});
  }
}
await (await browserPromise).close();
console.log(failed ? "0 passed, 1 failed" : "1 passed, 0 failed");
process.exit(failed ? 1 : 0);
