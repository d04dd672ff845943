import assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { hoverText, openReport, policyLens, waitFor } from './helpers';

/** What the language server shows in seed 000, as VS Code reports it. */
suite('the language server in VS Code', () => {
  let editor: vscode.TextEditor;
  /** Line 47 (0-based 46): 主要预期目标是：生产总值增长8%以上 … 城镇登记失业率控制在4.5%以内. */
  const TARGETS_LINE = 46;

  suiteSetup(async () => {
    await policyLens();
    editor = await openReport();
  });

  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('the GDP target 8%以上 is a diagnostic that reads it', async () => {
    const diagnostic = await waitFor('a diagnostic on 8%以上', () =>
      vscode.languages.getDiagnostics(editor.document.uri).find((d) =>
        d.range.start.line === TARGETS_LINE && editor.document.getText(d.range) === '8%以上' && d.message.includes('生产总值'),
      ),
    );
    assert.match(diagnostic.message, /8%/);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
  });

  test('hovering 8%以上 reads it as the GDP target', async () => {
    const column = editor.document.lineAt(TARGETS_LINE).text.indexOf('8%以上');
    assert.ok(column > 0);
    const text = await waitFor('a hover on 8%以上', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider', editor.document.uri, new vscode.Position(TARGETS_LINE, column + 1),
      );
      const text = hoverText(hovers ?? []);
      return text.includes('生产总值') ? text : undefined;
    });
    assert.match(text, /2021-12-31/);
  });
});
