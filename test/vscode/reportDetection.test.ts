import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { policyLens, SEEDS, seedUri, sleep, waitFor } from './helpers';

suite('which files are reports', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-detection-'));

  suiteSetup(() => policyLens());
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  test('every seed report, named like 000_2d311365dc22e685.txt, opens as a policy report', async () => {
    for (const seed of SEEDS) {
      const document = await vscode.workspace.openTextDocument(seedUri(seed));
      await waitFor(`${seed} as policy-report`, () => (document.languageId === 'policy-report' ? true : undefined));
    }
  });

  test('a plain-text note stays plain text', async () => {
    const file = path.join(scratch, 'shopping.txt');
    fs.writeFileSync(file, '周末购物清单\n苹果两斤，牛奶一箱，面包。\n记得给花浇水。\n');
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(file));
    await sleep(500);
    assert.equal(editor.document.languageId, 'plaintext');
  });

  test('a file that reads like a report is one, whatever its name', async () => {
    const file = path.join(scratch, 'notes-2021.txt');
    fs.writeFileSync(file, '2021年政府工作报告\n\n各位代表：\n\n今年主要预期目标是：地区生产总值增长6%以上。\n');
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(file));
    await waitFor('the note to become a policy report', () => (editor.document.languageId === 'policy-report' ? true : undefined));
  });

  test('an untitled document becomes a report once a report is pasted in', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。\n'));
    await waitFor('the untitled document to become a policy report', () => (document.languageId === 'policy-report' ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a report the user switches back to plain text stays plain text', async () => {
    const file = path.join(scratch, 'plan.txt');
    fs.writeFileSync(file, '国民经济和社会发展第十四个五年规划纲要\n\n主要预期目标：城镇登记失业率控制在5%以内。\n');
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(file));
    await waitFor('the plan to become a policy report', () => (editor.document.languageId === 'policy-report' ? true : undefined));
    await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    await sleep(500);
    assert.equal(editor.document.languageId, 'plaintext');
  });
});
