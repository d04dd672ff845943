/** Shared by the VS Code API tests: the extension's API, the seed reports, and waiting for the server. */
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../client/src/extension';

export const EXTENSION_ID = 'policylens.policylens';
/** Luoyang's 2021 report; line 47 holds the year's main targets (生产总值增长8%以上 …). */
export const LUOYANG_2021 = '000_2d311365dc22e685.txt';
export const SEEDS = [LUOYANG_2021, '001_86b48e2959830386.txt', '002_a1aedb5b2ec46b86.txt', '003_395ec08d707c8053.txt', '004_db1405a2b6de7813.txt'];

/** Polls `probe` until it returns something other than undefined (the server answers asynchronously). */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await sleep(100);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function policyLens(): Promise<PolicyLensApi> {
  const extension = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  return extension.activate();
}

export function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the seeds folder open as the workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a seed in an editor and waits until it has become a policy report. */
export async function openReport(name = LUOYANG_2021): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(seedUri(name));
  await waitFor(`${name} to become a policy report`, () => (editor.document.languageId === 'policy-report' ? true : undefined));
  return editor;
}

export function placeCursor(editor: vscode.TextEditor, line: number, character = 0): void {
  editor.selection = new vscode.Selection(line, character, line, character);
}

/** The text of hovers, diagnostics' messages and the like, as one string. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}
