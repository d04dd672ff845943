import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';

/** The workspace the runner opened: a fresh copy of seeds/ (POLICYLENS_TEST_WORKSPACE), or seeds/ itself. */
function testWorkspace(): string {
  return process.env.POLICYLENS_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0]!.uri.fsPath;
}

suite('activation', () => {
  test('opening a seed report activates policylens.policylens', async () => {
    const extension = vscode.extensions.getExtension('policylens.policylens');
    assert.ok(extension, 'the extension under test is installed');
    const doc = await vscode.workspace.openTextDocument(path.join(testWorkspace(), '000_2d311365dc22e685.txt'));
    await vscode.window.showTextDocument(doc);
    for (let tries = 0; !extension.isActive && tries < 100; tries++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(extension.isActive, 'activated by opening the report');
  });
});
