// Start and stop code-server (a real VS Code, served to a browser) and the headless Chromium that
// drives it. install.sh puts both code-server and Chromium on the machine.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CACHE_DIR = process.env.POLICYLENS_E2E_CACHE || path.join(os.homedir(), '.cache', 'policylens-e2e');

// Quiet, deterministic, and nothing that reaches for the network.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.editor.enablePreview': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 200,
};

export function codeServerBin(cacheDir = CACHE_DIR) {
  const bin = path.join(cacheDir, 'bin', 'code-server');
  if (!fs.existsSync(bin)) throw new Error(`code-server is not installed in ${cacheDir}: run bash test/e2e/install.sh`);
  return bin;
}

/** Installs a VSIX into a fresh extensions folder (no network needed). */
export function installVsix(bin, vsix, { extensionsDir, userDataDir }) {
  const r = spawnSync(bin, ['--install-extension', path.resolve(vsix), '--force',
    '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], { encoding: 'utf8' });
  if (r.status !== 0 || !/successfully installed/i.test(r.stdout)) {
    throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
}

/**
 * Starts code-server on a loopback port (`port`, or a free one when 0) with its own user-data and
 * extensions folders under `runDir`, so runs never share state. Resolves once it answers; `stop()`
 * ends it and everything it started (extension host, language server); `exited` resolves with its
 * exit code. `overwriteSettings: false` keeps a user's settings in a `runDir` that persists;
 * `smokeTestDriver: false` serves the workbench as to any user.
 */
export async function startCodeServer({
  bin = codeServerBin(), runDir, settings = {}, env = {}, timeoutMs = 60_000,
  port = 0, overwriteSettings = true, smokeTestDriver = true,
}) {
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (overwriteSettings || !fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify({ ...SETTINGS, ...settings }, null, 2));
  // Without --config, code-server writes ~/.config/code-server/config.yaml with a password.
  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const logFile = path.join(runDir, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const args = ['--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    // Without it the workbench ignores the URL payload that names the extension and its tests.
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : [])];
  // detached: a process group of its own, which stop() ends as a whole.
  const child = spawn(bin, args, { cwd: runDir, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const killGroup = (signal) => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      killGroup('SIGTERM');
      const force = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(force);
    }
    killGroup('SIGKILL'); // whatever of the group outlived code-server itself
  };

  try {
    const origin = await waitFor(timeoutMs, () => {
      if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
      return /HTTP server listening on (http:\/\/[\d.]+:\d+)/.exec(fs.readFileSync(logFile, 'utf8'))?.[1];
    });
    await waitFor(timeoutMs, async () => (await fetch(`${origin}/healthz`).catch(() => undefined))?.ok);
    return { origin, authority: new URL(origin).host, pid: child.pid, logFile, userDataDir, extensionsDir, stop, exited };
  } catch (error) {
    await stop();
    throw new Error(`code-server did not start (${error.message}); see ${logFile}`);
  }
}

/**
 * The workbench URL for `folder`. The payload names an extension to load unpacked and a test
 * suite to run, as VS Code's own web integration tests do.
 */
export function workbenchUrl(server, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://${server.authority}${path.resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const url = `${server.origin}/?folder=${uriPath(folder)}`;
  return payload.length > 0 ? `${url}&payload=${encodeURIComponent(JSON.stringify(payload))}` : url;
}

/** A path for a URL's query, its slashes left readable. */
function uriPath(p) {
  return encodeURIComponent(path.resolve(p)).replaceAll('%2F', '/');
}

/** Copies code-server's log and VS Code's (extension host, output channels) into `outDir`. */
export function saveServerLogs(server, outDir) {
  fs.copyFileSync(server.logFile, path.join(outDir, 'code-server.log'));
  const logs = path.join(server.userDataDir, 'logs');
  if (fs.existsSync(logs)) fs.cpSync(logs, path.join(outDir, 'server-logs'), { recursive: true });
}

/** Debian's Chromium, headless, with a fresh temporary profile. */
export function launchChromium({ headless = true } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
    headless,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // Chromium's crash-report folder would otherwise land in ~/.config.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(os.tmpdir(), 'policylens-e2e-chromium') },
  });
}

async function waitFor(timeoutMs, probe) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`no answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
