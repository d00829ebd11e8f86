// Browser tests of the committee page, run by CommitteePageBrowserTest against the @QuarkusTest app.
// Env: BASE_URL, USER, PASSWORD, OUT_DIR (screenshots), CHROMIUM (default /usr/bin/chromium).
// Test 1: every deployed model opens in the editor; its getContent() (DMN 1.6) validates without
//         errors and decides every vignette exactly as the deployed model (lossless round trip).
// Test 2: a model with a deliberate gap, opened from a file, shows the gap on the page.
import { launchChromium } from "./chromium.mjs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const base = process.env.BASE_URL;
const out = process.env.OUT_DIR;
mkdirSync(out, { recursive: true });
const results = [];
let currentPage = null;

const browser = await launchChromium();

async function signedIn() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.log("page error: " + e.message));
  // the page must work offline: anything not served by the service itself is refused
  await page.route((url) => !url.href.startsWith(base) && !url.href.startsWith("blob:") && !url.href.startsWith("data:")
      && !url.href.startsWith("about:"), (route) => { console.log("blocked " + route.request().url()); return route.abort(); });
  currentPage = page;
  await page.goto(base + "/committee/");
  await page.fill("#user", process.env.USER_NAME);
  await page.fill("#password", process.env.PASSWORD);
  await page.click("#sign-in");
  await page.waitForSelector("#models tbody tr[data-model]");
  return page;
}

/** Ready when the editor serves the model and draws its diagram. */
async function waitForEditor(page, model) {
  await page.waitForFunction((name) => window.committee.editorReady(name), model, { timeout: 120_000, polling: 1000 });
  const frame = page.frameLocator("#editor iframe");
  await frame.getByText("Data types").first().waitFor({ state: "visible", timeout: 120_000 });
  await frame.locator(".react-flow__node").first().waitFor({ state: "visible", timeout: 120_000 });
}

async function test(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok - ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}: ${e.stack || e}`);
    if (currentPage && !currentPage.isClosed()) {
      await currentPage.screenshot({ path: join(out, `failure-${results.length}.png`) }).catch(() => {});
    }
  }
}

await test("every deployed model round-trips through the editor losslessly", async () => {
  const page = await signedIn();
  const models = await page.evaluate(() => window.committee.state.models.map((m) => m.name));
  if (models.length < 7) throw new Error("expected the 7 deployed models, got " + models);
  for (const model of models) {
    await page.click(`button.open[data-model="${model}"]`);
    await waitForEditor(page, model);
    await page.screenshot({ path: join(out, `editor-${model}.png`) });
    const xml = await page.evaluate(() => window.committee.state.editor.getContent());
    writeFileSync(join(out, `${model}.editor.dmn`), xml);
    if (!xml.includes("https://www.omg.org/spec/DMN/20240513/MODEL/")) {
      console.log(`note: ${model}: the editor did not save DMN 1.6`);
    }
    await page.click("#validate");
    await page.waitForSelector("#validation-result[data-valid]", { timeout: 180_000 });
    const valid = await page.getAttribute("#validation-result", "data-valid");
    const gaps = await page.getAttribute("#validation-result", "data-unwaived-gaps");
    if (valid !== "true" || gaps !== "0") {
      const findings = await page.evaluate(() => JSON.stringify(window.committee.lastValidation.findings
        .filter((f) => f.submitted && f.severity !== "INFO").slice(0, 10)));
      throw new Error(`${model}: edited model is not valid (valid=${valid}, unwaived gaps=${gaps}): ${findings}`);
    }
    await page.click("#test-run");
    await page.waitForSelector("#test-run-result[data-total]", { timeout: 300_000 });
    const run = await page.evaluate(() => window.committee.lastTestRun);
    const broken = run.cases.filter((c) => !c.passed || c.differencesFromDeployed.length);
    if (run.total < 40 || broken.length) {
      throw new Error(`${model}: ${run.passed}/${run.total} pass, ${run.differingFromDeployed} differ: `
        + JSON.stringify(broken.slice(0, 3)));
    }
    await page.evaluate(() => { document.getElementById("validation-result")?.remove(); document.getElementById("test-run-result")?.remove(); });
    console.log(`  ${model}: valid, ${run.passed}/${run.total} vignettes exactly as deployed`);
  }
  await page.context().close();
});

await test("a model with a deliberate gap shows the gap on the page", async () => {
  const page = await signedIn();
  const deployed = await page.evaluate(async () => (await fetch("/api/committee/models/metastasis",
    { headers: { Authorization: window.committee.state.auth } })).text());
  const start = deployed.indexOf('<rule id="met-status-001">');
  const end = deployed.indexOf("</rule>", start) + "</rule>".length;
  if (start < 0) throw new Error("rule met-status-001 not found in the deployed metastasis model");
  const file = join(out, "metastasis-with-gap.dmn");
  writeFileSync(file, deployed.slice(0, start) + deployed.slice(end));
  await page.setInputFiles("#file", file);
  await waitForEditor(page, "metastasis");
  await page.click("#validate");
  const gapRow = page.locator('#findings tr[data-type="DECISION_TABLE_GAP"]', { hasText: "dt_metastasisStatus" });
  await gapRow.first().waitFor({ timeout: 180_000 });
  const gaps = await page.getAttribute("#validation-result", "data-unwaived-gaps");
  if (!(Number(gaps) > 0)) throw new Error("the page does not count the unwaived gap: " + gaps);
  await gapRow.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, "gap-reported.png"), fullPage: true });
  await page.context().close();
});

await browser.close();
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
