import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { Finding } from '../../server/src/core/types';
import type { PolicyLensApi } from '../../client/src/extension';
import { LUOYANG_2021, policyLens, seedUri, sleep, waitFor } from './helpers';

/** A digest of seed 000 checked against it, as VS Code shows it: Problems, the quick fix, and the linking command. */
suite('summaries checked against their source', () => {
  /** Seed 000's line 47 (0-based 46) sets 生产总值增长8%以上; the summaries say 9%以上. */
  const TARGETS_LINE = 46;
  const FAITHFUL = '今年主要预期目标：生产总值增长8%以上，城镇登记失业率控制在4.5%以内。';
  const CHANGED = FAITHFUL.replace('增长8%以上', '增长9%以上');
  let api: PolicyLensApi;
  const written: vscode.Uri[] = [];

  /** Writes a summary into the workspace and opens it in an editor. */
  async function openSummary(name: string, text: string): Promise<vscode.TextEditor> {
    const uri = seedUri(name);
    fs.writeFileSync(uri.fsPath, text);
    written.push(uri);
    return vscode.window.showTextDocument(uri);
  }

  const mismatch = (uri: vscode.Uri) =>
    vscode.languages.getDiagnostics(uri).find((d) => d.severity === vscode.DiagnosticSeverity.Error && codeOf(d) === 'policylens.summary-mismatch');

  suiteSetup(async () => {
    api = await policyLens();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of written) fs.rmSync(uri.fsPath, { force: true });
  });

  test('a summary with a changed value shows an Error related to the source line', async () => {
    const editor = await openSummary('digest-changed.md', `来源：${LUOYANG_2021}\n\n${CHANGED}\n`);
    const error = await waitFor('the mismatch in the Problems panel', () => mismatch(editor.document.uri));
    assert.equal(editor.document.getText(error.range), '9%以上');
    assert.match(error.message, /9%以上/);
    assert.match(error.message, /8%以上/);
    const related = error.relatedInformation?.[0];
    assert.equal(related?.location.uri.toString(), seedUri(LUOYANG_2021).toString());
    assert.equal(related?.location.range.start.line, TARGETS_LINE);
  });

  test('the quick fix replaces 9%以上 with the source’s 8%以上, and the error goes', async () => {
    const editor = await openSummary('digest-fix.md', `来源：${LUOYANG_2021}\n\n${CHANGED}\n`);
    const error = await waitFor('the mismatch', () => mismatch(editor.document.uri));
    // As the light bulb does, ask again while the server may still be re-checking (nodejieba loading).
    let offered: string[] = [];
    const fix = await waitFor('a preferred quick fix', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', editor.document.uri, error.range, vscode.CodeActionKind.QuickFix.value,
      );
      offered = actions.map((action) => action.title);
      return actions.find((action) => action.isPreferred && action.edit);
    }).catch((cause: unknown) => assert.fail(`${String(cause)}; offered: ${offered.join(' | ') || 'nothing'}`));
    assert.match(fix.title, /8%以上/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(editor.document.lineAt(2).text, CHANGED.replace('9%以上', '8%以上'));
    await waitFor('the error to go', () => (mismatch(editor.document.uri) ? undefined : true));
  });

  test('Check Summary Against Source… makes a summary without a link checked', async () => {
    const editor = await openSummary('digest-unlinked.md', `${CHANGED}\n`);
    await sleep(500);
    assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri), [], 'no link, nothing to check');
    const source = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'policyLens.checkSummary', editor.document.uri, seedUri(LUOYANG_2021),
    );
    assert.equal(source?.toString(), seedUri(LUOYANG_2021).toString());
    await waitFor('the mismatch once linked', () => mismatch(editor.document.uri));

    // The choice is remembered, and told to a restarted server.
    await vscode.commands.executeCommand('policyLens.restartServer');
    await waitFor('the mismatch after a restart', () => mismatch(editor.document.uri));
  });

  test('Show Targets Missing from Summary previews them in the source beside, and opens the chosen one', async () => {
    const editor = await openSummary('digest-coverage.md', `来源：${LUOYANG_2021}\n\n${FAITHFUL}\n`);
    const coverage = await waitFor('the summary checked', () => api.server.summaryCoverage(editor.document.uri));
    const first = coverage.missing[0]!;
    const picked = vscode.commands.executeCommand<Finding | undefined>('policyLens.showMissingTargets');
    const isSource = (other: vscode.TextEditor) => other.document.uri.toString() === seedUri(LUOYANG_2021).toString();
    const source = await waitFor('the preview of the first missing target', () =>
      vscode.window.visibleTextEditors.find((other) => isSource(other) && other.selection.start.line === first.line - 1));
    assert.equal(source.document.getText(source.selection), first.text);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal((await picked)?.text, first.text);
    assert.ok(vscode.window.activeTextEditor && isSource(vscode.window.activeTextEditor), 'the source has the focus');
  });
});

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  const { code } = diagnostic;
  return typeof code === 'object' ? code.value : code;
}
