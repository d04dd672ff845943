// The extension as a user meets it: the packaged VSIX installed into a real VS Code (code-server),
// headless Chromium clicking through a copy of seeds/. Each step leaves a screenshot in
// test-results/e2e/; the steps build on each other, so after a failing one the rest are skipped.
// Run `npm run package` first (npm run test:e2e does).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { codeServerBin, installVsix, launchChromium, saveServerLogs, startCodeServer, workbenchUrl } from './codeServer.mjs';
import * as wb from './workbench.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'test-results/e2e');
const vsix = path.join(root, 'out/policylens.vsix');
const seed = '000_2d311365dc22e685.txt';
const plan = '三、2021年重点工作';
const goalsLine = 47; // 主要预期目标：生产总值增长8%以上，…
const STEP_TIMEOUT = 90_000;
// A journalist's digest of seed 000 in which 生产总值增长8%以上 became 9%以上.
const summary = 'digest-with-error.md';
const summaryText = `<!-- policylens-source: ${seed} -->\n# 洛阳2021年主要目标速览\n\n今年全市生产总值增长9%以上，城镇登记失业率控制在4.5%以内。\n`;
// test/fixtures/tracking: 青川市's reports of 2023 and 2024; the later one's review answers the earlier one's targets.
const earlier = 'tracking/青川市-2023.txt';
const later = 'tracking/青川市-2024.txt';
const trackingGoalsLine = 14; // 主要预期目标是：地区生产总值增长6.5%左右；…

let runDir, server, browser, page;
const browserConsole = [];
let stepNumber = 0;
let failed = false;

/** One user-visible step: skipped after a failure, screenshot NN-name.png after success, failure.png otherwise. */
function step(title, name, fn) {
  const number = String(++stepNumber).padStart(2, '0');
  test(title, { timeout: STEP_TIMEOUT }, async (t) => {
    if (failed) return t.skip('an earlier step failed');
    try {
      await fn();
      await wb.screenshot(page, path.join(outDir, `${number}-${name}.png`));
    } catch (error) {
      failed = true;
      await saveFailure();
      throw error;
    }
  });
}

function saveFailure() {
  return page?.screenshot({ path: path.join(outDir, 'failure.png') }).catch(() => {});
}

/** What the analyzer finds in the seed, from the command line the extension's server shares. */
function findings() {
  const cli = path.join(root, 'bin/policylens.js');
  const json = execFileSync(process.execPath, [cli, 'analyze', path.join(root, 'seeds', seed), '--json'], { encoding: 'utf8' });
  const report = [JSON.parse(json)].flat()[0];
  return report.findings.filter((f) => f.kind === 'target' || f.kind === 'commitment')
    .sort((a, b) => a.line - b.line || a.start - b.start);
}

/** The status bar's cursor position for a finding selected from its start to its end. */
function selectionStatus(finding) {
  return `Ln ${finding.line}, Col ${finding.end + 1} (${finding.end - finding.start} selected)`;
}

before(async () => {
  assert.ok(fs.existsSync(vsix), `${vsix} is missing: run npm run package`);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-e2e-'));
  const workspace = path.join(runDir, 'seeds');
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, summary), summaryText);
  fs.mkdirSync(path.join(workspace, 'tracking'));
  for (const file of [earlier, later]) fs.copyFileSync(path.join(root, 'test/fixtures', file), path.join(workspace, file));
  installVsix(codeServerBin(), vsix, { extensionsDir: path.join(runDir, 'extensions'), userDataDir: path.join(runDir, 'user-data') });
  server = await startCodeServer({ runDir });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => browserConsole.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => browserConsole.push(`[pageerror] ${error.stack ?? error}`));
  await wb.openWorkbench(page, workbenchUrl(server, workspace)).catch(async (error) => {
    await saveFailure();
    throw error;
  });
});

after(async () => {
  fs.writeFileSync(path.join(outDir, 'browser-console.log'), browserConsole.join('\n') + '\n');
  await browser?.close().catch(() => {});
  await server?.stop();
  if (server) saveServerLogs(server, outDir);
  if (runDir) fs.rmSync(runDir, { recursive: true, force: true });
});

step('seed 000 opens as a Policy Report', 'report-recognised', async () => {
  await wb.openFile(page, seed);
  await wb.waitForStatusBar(page, /^Policy Report$/);
  await wb.waitForStatusBar(page, /2021 · \d+ targets/); // PolicyLens's own item: the report's year and counts
});

step('its targets are listed in the Problems panel', 'problems', async () => {
  const rows = await wb.problemRows(page, '生产总值 增长 ≥8%');
  assert.ok(rows.length > 1, rows.join('\n'));
});

step('hovering 8%以上 on the 主要预期目标 line shows the normalised reading', 'hover', async () => {
  await wb.goToLine(page, goalsLine);
  // The Problems line shows first; the server's reading is the part with the deadline as a date.
  const hover = await wb.hoverText(page, '8%以上', { expect: '2021-12-31' });
  assert.match(hover, /生产总值/);
  assert.match(hover, /≥8\s*%/);
  assert.match(hover, /2021-12-31/);
});

step('the Outline shows the sections with the targets inside', 'outline', async () => {
  await wb.viewRows(page, 'Explorer', 'Outline');
  // Collapsed, the sections fit in the small pane: its list renders only the rows in view.
  await wb.clickViewAction(page, 'Outline', 'Collapse All');
  const sections = await wb.waitForViewRow(page, 'Outline', plan);
  assert.ok(sections.some((label) => label.startsWith('一、2020年工作回顾')), sections.join('\n'));
  await wb.expandViewRow(page, 'Outline', plan);
  await wb.waitForViewRow(page, 'Outline', '生产总值 增长 ≥8%');
});

step('the Indicators view lists the targets; a click moves the cursor to the line', 'indicators-click', async () => {
  const gdp = findings().find((f) => f.line === goalsLine && f.indicator === '生产总值');
  await wb.goToLine(page, 1); // away from the target, so that the click has somewhere to move the cursor
  await wb.viewRows(page, 'PolicyLens', 'Indicators', { match: seed });
  await wb.expandViewRow(page, 'Indicators', seed);
  await wb.expandViewRow(page, 'Indicators', plan);
  await wb.clickViewRow(page, 'Indicators', '生产总值增长 ≥8%');
  await wb.waitForStatusBar(page, selectionStatus(gdp));
});

step('PolicyLens: Next Target moves the cursor to the next target', 'next-target', async () => {
  const targets = findings();
  const gdp = targets.findIndex((f) => f.line === goalsLine && f.indicator === '生产总值');
  await wb.runCommand(page, 'PolicyLens: Next Target');
  await wb.waitForStatusBar(page, selectionStatus(targets[gdp + 1]));
});

step('a summary with an injected error shows the error in Problems', 'summary-error', async () => {
  await wb.openFile(page, summary);
  const rows = await wb.problemRows(page, '9%以上');
  assert.ok(rows.some((row) => row.includes('9%以上') && row.includes('8%以上')), rows.join('\n')); // quotes summary and source
  await wb.goToLine(page, 4);
});

step('the quick fix replaces the quantity with the source\'s, and the error goes', 'summary-quick-fix', async () => {
  await wb.applyQuickFix(page, '9%以上', '8%以上');
  await wb.waitForEditorText(page, '生产总值增长8%以上');
  await wb.waitForNoProblem(page, '9%以上');
});

/** What the server pairs in the fixture pair, from the command line that shares its core. */
function tracked() {
  const cli = path.join(root, 'bin/policylens.js');
  const dir = path.join(root, 'test/fixtures/tracking');
  const jsonl = execFileSync(process.execPath, [cli, 'track', path.join(dir, '青川市-2023.txt'), path.join(dir, '青川市-2024.txt'), '--json'], { encoding: 'utf8' });
  return jsonl.trim().split('\n').map((line) => JSON.parse(line));
}

step('Targets vs results in the Indicators view: each target of 2023 with its outcome', 'tracking-view', async () => {
  const gdp = tracked().find((t) => t.indicator === '地区生产总值');
  await wb.openFile(page, earlier);
  await wb.viewRows(page, 'PolicyLens', 'Indicators');
  await wb.clickViewAction(page, 'Indicators', 'Group by Targets vs Results');
  await wb.expandViewRow(page, 'Indicators', /^地区生产总值/); // not 单位地区生产总值能耗
  // The row's label and description: `2023 增长 ≈6.5%`, `→ 5.8% (estimate) · −0.7 百分点`.
  await wb.waitForViewRow(page, 'Indicators', `${gdp.period} ${gdp.target.change}`);
  await wb.waitForViewRow(page, 'Indicators', gdp.result.text);
});

step('the Target ledger (light theme): a table and a chart per indicator', 'ledger-light', async () => {
  await wb.clickViewAction(page, 'Indicators', 'Show Target Ledger');
  const ledger = await wb.webview(page, 'Target Ledger');
  const targets = tracked();
  await ledger.locator('tbody tr').nth(targets.length - 1).waitFor({ timeout: 30_000 });
  assert.equal(await ledger.locator('tbody tr').count(), targets.length);
  assert.equal(await ledger.locator('td.chart canvas').count(), new Set(targets.map((t) => `${t.indicator} ${t.target.change} ${t.target.unit}`)).size);
  // Only now: the page takes the focus when it has loaded, which would close a palette opened before.
  await wb.closeSidebarAndPanel(page);
  await wb.useTheme(page, 'light');
  await ledger.locator('body.vscode-light canvas').first().waitFor();
});

step('the Target ledger follows a dark theme, its chart too', 'ledger-dark', async () => {
  await wb.useTheme(page, 'dark');
  const ledger = await wb.webview(page, 'Target Ledger');
  await ledger.locator('body.vscode-dark canvas').first().waitFor();
});

step('a result in the ledger is one click from its line in the 2024 report', 'ledger-reveal', async () => {
  const gdp = tracked().find((t) => t.indicator === '地区生产总值');
  const ledger = await wb.webview(page, 'Target Ledger');
  await ledger.locator('td.source a', { hasText: gdp.result.text }).first().click();
  await page.locator(`.tabs-container .tab.active[aria-label^=${JSON.stringify(later.split('/')[1])}]`).waitFor();
  await wb.waitForStatusBar(page, selectionStatus(gdp.result));
});

step('hovering a 2023 target shows whether 2024 says it was met', 'tracking-hover', async () => {
  const gdp = tracked().find((t) => t.indicator === '地区生产总值');
  await wb.openFile(page, earlier);
  await wb.goToLine(page, trackingGoalsLine);
  const hover = await wb.hoverText(page, gdp.target.text, { expect: gdp.result.text });
  assert.match(hover, new RegExp(gdp.status));
});
