// End-to-end: the page of `redline serve`, driven in headless Chromium as a compliance officer
// uses it. Run from the repository root after `cargo build`:
//
//     node tests/e2e/page.mjs [--screenshots]
//
// It starts target/debug/redline serve on a free port, then: pastes a violating filing and sees
// the banned term highlighted with its article; switches to Chinese and sees the page and the
// citation in Chinese; uploads a GB18030 entity list, watches the audit finish, downloads the
// Excel report and compares its findings with `redline audit --format xlsx` of the same file.
// With --screenshots it writes docs/screenshot-check.png and docs/screenshot-audit.png.

import { chromium } from "playwright-core";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import net from "node:net";

const root = resolve(new URL("../..", import.meta.url).pathname);
const binary = join(root, "target", "debug", "redline");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const screenshots = process.argv.includes("--screenshots");
const today = "2026-11-23";

function fail(message) {
  console.error(`e2e: FAIL: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

function expect(condition, message) {
  if (!condition) fail(message);
  console.log(`e2e: ok: ${message}`);
}

async function freePort() {
  return new Promise((done) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  fail(`the server did not answer at ${url}`);
}

// The findings sheet of a workbook, as its XML: the same input judged on the same day gives the
// same sheet whoever wrote it.
function findingsSheet(path) {
  const read = spawnSync("python3", ["-c",
    "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())", path],
    { encoding: "utf8" });
  if (read.status !== 0) fail(`cannot read ${path}: ${read.stderr}`);
  return read.stdout;
}

const FILING = `name: 深圳市稳定币科技有限公司
business_scope: 软件开发；信息技术咨询服务
`;

async function main() {
  if (!existsSync(binary)) fail(`${binary} is missing: run cargo build first`);
  if (!existsSync(chromiumPath)) fail(`${chromiumPath} is missing: apt-get install chromium`);
  const port = await freePort();
  const server = spawn(binary, ["serve", "--listen", `127.0.0.1:${port}`, "--today", today], { stdio: ["ignore", "pipe", "inherit"] });
  const work = mkdtempSync(join(tmpdir(), "redline-e2e-"));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  try {
    const base = `http://127.0.0.1:${port}/`;
    await waitForServer(base);
    const context = await browser.newContext({ locale: "en-US", acceptDownloads: true, viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.goto(base);

    // Paste a violating filing: the banned term is highlighted, its article cited.
    await page.selectOption("#check-name", "pasted.yaml");
    await page.fill("#check-text", FILING);
    await page.click("#check-run");
    const mark = page.locator("#check-source mark").first();
    await mark.waitFor();
    expect((await mark.textContent()) === "稳定币", "the banned term is highlighted in the text");
    const finding = await page.locator("#check-findings li").first().textContent();
    expect(finding.includes("art. 8"), "the finding cites article 8");
    expect(finding.includes("stablecoin") || finding.includes("稳定币"), "the finding says what it found");
    if (screenshots) await page.screenshot({ path: join(root, "docs", "screenshot-check.png"), fullPage: true });

    // Switch language: the page and the citation read in Chinese.
    await page.selectOption("#lang", "zh");
    expect((await page.locator("#tab-check").textContent()) === "检查登记材料或页面", "the tabs read in Chinese");
    await page.click("#check-run");
    await page.waitForFunction(() => document.querySelector("#check-findings li")?.textContent.includes("第八条"));
    expect(true, "the citation reads in Chinese (第八条)");
    await page.selectOption("#lang", "en");

    // Audit a GB18030 entity list: progress, summary, an Excel report equal to the CLI's.
    await page.click("#tab-audit");
    const list = join(root, "examples", "entities", "province-export-gb18030.csv");
    await page.setInputFiles("#audit-file", list);
    await page.locator("#audit-result").waitFor({ state: "visible" });
    const summary = await page.locator("#audit-summary").textContent();
    expect(summary.includes("rows read 11"), "the summary accounts for every row");
    expect(summary.includes("gb18030"), "the summary says the encoding read");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#audit-xlsx")]);
    const fromPage = join(work, "from-page.xlsx");
    await download.saveAs(fromPage);
    const fromCli = join(work, "from-cli.xlsx");
    const cli = spawnSync(binary, ["audit", "province-export-gb18030.csv", "--format", "xlsx", "-o", fromCli, "--today", today],
      { cwd: join(root, "examples", "entities"), encoding: "utf8" });
    expect(cli.status === 2, "the CLI audits the same file (exit 2: two rows are unreadable on purpose)");
    expect(findingsSheet(fromPage) === findingsSheet(fromCli), "the downloaded workbook's findings equal the CLI's");
    if (screenshots) await page.screenshot({ path: join(root, "docs", "screenshot-audit.png"), fullPage: true });

    // Keyboard: the tabs move with the arrow keys.
    await page.focus("#tab-audit");
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#view-rules").isVisible(), "the arrow keys move between views");
    await page.locator("#rules-list button").first().waitFor();
    await page.locator("#rules-list button").first().click();
    await page.waitForFunction(() => document.querySelector("#rules-explain").textContent.length > 100);
    expect(true, "a rule's explanation opens from the rules view");
  } finally {
    await browser.close();
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  if (!process.exitCode) {
    console.error(`e2e: FAIL: ${error.stack || error}`);
    process.exitCode = 1;
  }
});
