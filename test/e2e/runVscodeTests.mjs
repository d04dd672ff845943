#!/usr/bin/env node
// Runs the VS Code API suite (dist/test/index.js: the extensionTestsPath @vscode/test-electron runs
// on a desktop) inside code-server's extension host, headless, and exits with the suite's result.
//
//   node test/e2e/runVscodeTests.mjs [--extension DIR] [--tests FILE.js] [--workspace DIR] [--out DIR]
//                                    [--timeout SECONDS] [--verbose]
//
// The extension, loaded unpacked, is this repository (run `npm run build` first) unless --extension
// names another folder, such as an unzipped VSIX's extension/. The workspace is a
// fresh copy of seeds/ (with the 青川市 pair of test/fixtures/tracking/ in tracking/) unless --workspace is given;
// the tests find it in POLICYLENS_TEST_WORKSPACE.
// Mocha's output is printed; the workbench log, VS Code's logs and code-server's go to --out
// (default test-results/vscode/, emptied first).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';
import { launchChromium, saveServerLogs, startCodeServer, workbenchUrl } from './codeServer.mjs';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
const { values: opts } = util.parseArgs({
  options: {
    extension: { type: 'string', default: ROOT },
    tests: { type: 'string', default: path.join(ROOT, 'dist/test/index.js') },
    workspace: { type: 'string' },
    out: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    verbose: { type: 'boolean', default: false },
  },
});

// The workbench's own chatter, and its errors about the gallery and GitHub (no network here),
// which carry a stack into its bundle; shown only with --verbose.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Updating additional builtin extensions cache|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|Started local extension host|Extension host \(.*\) is unresponsive)/;
const WORKBENCH_STACK = /\/static\/out\/vs\/[\w/.-]+\.js:\d+/;

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
for (const file of [opts.tests, path.join(opts.extension, 'dist/extension.js')]) {
  if (!fs.existsSync(file)) {
    console.error(`${file} is missing: run npm run build`);
    process.exit(1);
  }
}
const outDir = path.resolve(opts.out ?? path.join(ROOT, 'test-results/vscode'));
if (!opts.out) fs.rmSync(outDir, { recursive: true, force: true }); // only ours: --out may name any folder
fs.mkdirSync(outDir, { recursive: true });
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-vscode-tests-'));
const workspace = opts.workspace ? path.resolve(opts.workspace) : path.join(runDir, 'seeds');
if (!opts.workspace) {
  fs.cpSync(path.join(ROOT, 'seeds'), workspace, { recursive: true });
  // A place's reports of two consecutive years, for tracking (test/vscode/tracking.test.ts).
  fs.mkdirSync(path.join(workspace, 'tracking'));
  for (const year of [2023, 2024]) fs.copyFileSync(path.join(ROOT, `test/fixtures/tracking/青川市-${year}.txt`), path.join(workspace, `tracking/青川市-${year}.txt`));
}

const workbenchLog = [];
let server, browser, exitCode = 1;
try {
  server = await startCodeServer({ runDir, env: { POLICYLENS_TEST_WORKSPACE: workspace } });
  console.log(`[${elapsed()}] code-server ${server.origin} (pid ${server.pid}), workspace ${workspace}`);
  browser = await launchChromium();
  const page = await browser.newPage();
  let report;
  const finished = new Promise((resolve) => { report = resolve; });
  // The smoke-test driver reports the suite's output and result through these two functions.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...args);
    workbenchLog.push(`[${type}] ${line}`);
    if (opts.verbose || !(NOISE.test(line) || WORKBENCH_STACK.test(line))) (type === 'error' ? console.error : console.log)(line);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    for (const { relativePath, contents } of logs ?? []) {
      const file = path.join(outDir, 'logs', relativePath);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, contents);
    }
    report(code);
  });
  page.on('crash', () => report('the page crashed'));
  setTimeout(() => report(`no result within ${opts.timeout} s`), Number(opts.timeout) * 1000).unref();
  await page.goto(workbenchUrl(server, workspace, { extensionDevelopmentPath: opts.extension, extensionTestsPath: opts.tests }));
  const result = await finished;
  if (typeof result === 'number') exitCode = result;
  else {
    console.error(`the suite did not finish: ${result}`);
    await page.screenshot({ path: path.join(outDir, 'unfinished.png') }).catch(() => {});
  }
} catch (error) {
  console.error(error);
} finally {
  fs.writeFileSync(path.join(outDir, 'workbench.log'), workbenchLog.join('\n') + '\n');
  await browser?.close().catch(() => {});
  await server?.stop();
  if (server) saveServerLogs(server, outDir);
  fs.rmSync(runDir, { recursive: true, force: true });
}
console.log(`[${elapsed()}] VS Code tests: exit code ${exitCode}, logs in ${outDir}`);
process.exit(exitCode);
