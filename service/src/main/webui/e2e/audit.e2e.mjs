// Browser test of the audit explorer, run by AuditPageBrowserTest against the @QuarkusTest app.
// Env: BASE_URL, AUDITOR_NAME, CLINICIAN_NAME, PASSWORD, OUT_DIR (screenshots), CHROMIUM (default /usr/bin/chromium).
// Test 1: an auditor finds the record of an assessment just made, sees the selected rule of
//         recurrenceStatus highlighted with its source, replays it identical, verifies the chain, exports it.
// Test 2: a clinician is refused (403) and the page says so.
import { launchChromium } from "./chromium.mjs";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const base = process.env.BASE_URL;
const out = process.env.OUT_DIR;
const password = process.env.PASSWORD;
mkdirSync(out, { recursive: true });
const results = [];
let currentPage = null;

const browser = await launchChromium();

async function signIn(user) {
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.log("page error: " + e.message));
  // the page must work offline: anything not served by the service itself is refused
  await page.route((url) => !url.href.startsWith(base) && !url.href.startsWith("blob:") && !url.href.startsWith("data:")
      && !url.href.startsWith("about:"), (route) => { console.log("blocked " + route.request().url()); return route.abort(); });
  currentPage = page;
  await page.goto(base + "/audit/");
  await page.fill("#user", user);
  await page.fill("#password", password);
  await page.click("#sign-in");
  return page;
}

async function test(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok - ${name}`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}: ${e.stack || e}`);
    if (currentPage && !currentPage.isClosed()) {
      await currentPage.screenshot({ path: join(out, `failure-${results.length}.png`), fullPage: true }).catch(() => {});
    }
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** An assessment made by the clinician through the API, as an application would: its audit id. */
async function assess() {
  const response = await fetch(base + "/api/assessments", {
    method: "POST",
    headers: { "Content-Type": "application/json",
      Authorization: "Basic " + Buffer.from(process.env.CLINICIAN_NAME + ":" + password).toString("base64") },
    body: JSON.stringify({ caseId: "e2e-audit-1", asOf: "2025-06-01", primaryTreatment: "PROSTATECTOMY",
      primaryTreatmentDate: "2023-02-10", psa: [{ date: "2023-04-01", value: 0.01 }, { date: "2025-01-10", value: 0.21 },
        { date: "2025-02-12", value: 0.27 }], gradeGroup: 2, seminalVesicleInvasion: false, pathologicalNodes: "pN0",
      imaging: [{ modality: "PSMA_PET", date: "2025-03-01", findings: ["NO_DISEASE"] }] }),
  });
  expect(response.status === 200, "assessment answered " + response.status);
  return response.headers.get("X-Audit-Id");
}

await test("an auditor finds a fresh assessment, sees the fired rule with its source, replays and verifies it", async () => {
  const id = await assess();
  const page = await signIn(process.env.AUDITOR_NAME);
  await page.waitForSelector("#explorer:not([hidden])");
  await page.fill("#principal", process.env.CLINICIAN_NAME);
  await page.fill("#pathway", "SALVAGE_RADIOTHERAPY");
  await page.selectOption("#model", "recurrence");
  await page.click("#find");
  const row = page.locator(`#records tr[data-id="${id}"]`);
  await row.waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(out, "audit-search.png") });
  await row.locator("button.open").click();
  await page.waitForSelector(`#record-title[data-id="${id}"]`, { timeout: 60_000 });

  const table = page.locator('table.decision-table[data-decision="recurrenceStatus"]');
  const selected = table.locator('tr[data-selected="true"]');
  expect(await selected.count() === 1, "recurrenceStatus should show exactly one selected rule");
  expect(await selected.getAttribute("data-rule-id") === "rec-status-003", "selected rule: "
    + await selected.getAttribute("data-rule-id"));
  const source = await table.locator(`tr[data-text-for="rec-status-003"].selected .source`).innerText();
  expect(source.includes("AUA/ASTRO/SUO"), "the selected rule's source is shown beside it: " + source);
  const version = await page.locator("#model-version").innerText();
  expect(version.includes("repository baseline"), "the answering model version is named: " + version);
  const highlight = await selected.locator("td").first().evaluate((td) => getComputedStyle(td).backgroundColor);
  const plain = await table.locator('tr[data-selected="false"][data-matched="false"] td').first()
    .evaluate((td) => getComputedStyle(td).backgroundColor);
  expect(highlight !== plain, `the selected rule is highlighted (${highlight} vs ${plain})`);
  // wide enough for the table's nine input columns, so the screenshot shows whole rows
  await page.setViewportSize({ width: 1900, height: 1000 });
  await page.locator('.decision[data-decision="recurrenceStatus"]').screenshot({ path: join(out, "audit-record-recurrence-status.png") });
  await page.setViewportSize({ width: 1500, height: 1000 });

  await page.click("#replay");
  await page.waitForSelector("#replay-summary[data-identical]", { timeout: 120_000 });
  expect(await page.getAttribute("#replay-summary", "data-identical") === "true",
    "replay: " + await page.locator("#replay-result").innerText());
  await page.click("#verify-chain");
  await page.waitForSelector("#chain-result-summary[data-valid]", { timeout: 120_000 });
  expect(await page.getAttribute("#chain-result-summary", "data-valid") === "true",
    "verify: " + await page.locator("#chain-result").innerText());
  expect(await page.getAttribute("#chain-position", "data-verified") === "true", "the chain position reads verified");
  await page.locator("#record-title").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, "audit-replay-verify.png") });

  await page.click("#verify-all");
  await page.waitForSelector("#verify-all-result-summary[data-valid]", { timeout: 120_000 });
  expect(await page.getAttribute("#verify-all-result-summary", "data-valid") === "true",
    "verify all: " + await page.locator("#verify-all-result").innerText());
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
  const file = join(out, "audit-export.csv");
  await download.saveAs(file);
  const csv = readFileSync(file, "utf8");
  expect(csv.startsWith("id,writer_id,sequence"), "CSV header: " + csv.slice(0, 60));
  expect(csv.includes(id), "the export of the filtered set holds the record");
  await page.context().close();
});

await test("a clinician is refused", async () => {
  const page = await signIn(process.env.CLINICIAN_NAME);
  await page.waitForSelector("#login-error:not(:empty)");
  const message = await page.locator("#login-error").innerText();
  expect(message.includes("auditor or admin"), "message: " + message);
  expect(await page.locator("#explorer").isHidden(), "the explorer stays hidden");
  const status = await page.evaluate(async () => (await fetch("/api/audit?limit=1",
    { headers: { Authorization: window.audit.state.auth } })).status);
  expect(status === 403, "clinician on /api/audit: " + status);
  await page.screenshot({ path: join(out, "audit-clinician-refused.png") });
  await page.context().close();
});

await browser.close();
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
