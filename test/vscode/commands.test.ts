import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { Finding } from '../../server/src/core/types';
import type { PolicyLensApi } from '../../client/src/extension';
import { COLUMN_NAMES } from '../../server/src/export/columns';
import { EXTENSION_ID, openReport, placeCursor, policyLens, sleep, waitFor } from './helpers';

suite('commands', () => {
  let api: PolicyLensApi;
  let editor: vscode.TextEditor;
  /** Seed 000's targets and commitments in line order, as the server reports them. */
  let targets: Finding[];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-export-'));

  suiteSetup(async () => {
    api = await policyLens();
    editor = await openReport();
    const report = await waitFor('the server to analyse seed 000', () => api.server.report(editor.document.uri));
    targets = report.findings
      .filter((finding) => finding.kind === 'target' || finding.kind === 'commitment')
      .sort((a, b) => a.line - b.line || a.start - b.start);
    assert.ok(targets.length > 10, `seed 000 has its targets (${targets.length})`);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  test('every command in package.json is registered', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed: { command: string }[] = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands;
    for (const { command } of contributed) assert.ok(registered.has(command), `${command} is registered`);
  });

  test('Next Target goes from the top of the report to its first target, Previous wraps to the last', async () => {
    const first = targets[0]!;
    const last = targets[targets.length - 1]!;
    placeCursor(editor, 0);
    await vscode.commands.executeCommand('policyLens.nextTarget');
    assert.deepEqual(
      [editor.selection.start.line, editor.selection.start.character, editor.selection.end.character],
      [first.line - 1, first.start, first.end],
    );
    assert.equal(editor.document.getText(editor.selection), first.text);

    await vscode.commands.executeCommand('policyLens.nextTarget');
    assert.equal(editor.document.getText(editor.selection), targets[1]!.text, 'the second target follows the first');

    placeCursor(editor, 0);
    await vscode.commands.executeCommand('policyLens.previousTarget');
    assert.deepEqual([editor.selection.start.line, editor.selection.start.character], [last.line - 1, last.start]);
  });

  test('Show All Targets previews each target in the report, and Escape puts the cursor back', async () => {
    placeCursor(editor, 0);
    const picked = vscode.commands.executeCommand<Finding | undefined>('policyLens.showAllTargets');
    const first = targets[0]!;
    await waitFor('the preview of the first target', () => (editor.selection.start.line === first.line - 1 ? true : undefined));
    assert.equal(editor.document.getText(editor.selection), first.text);

    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await picked, undefined);
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [0, 0]);
  });

  test('Show All Targets moves the cursor to the chosen target', async () => {
    placeCursor(editor, 0);
    const picked = vscode.commands.executeCommand<Finding | undefined>('policyLens.showAllTargets');
    const second = targets[1]!;
    await waitFor('the preview of the first target', () => (editor.selection.start.line > 0 ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await waitFor('the preview of the second target', () =>
      editor.selection.start.character === second.start && editor.selection.start.line === second.line - 1 ? true : undefined,
    );
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal((await picked)?.text, second.text);
    assert.equal(editor.document.getText(editor.selection), second.text);
  });

  test("a section's code lens lists its findings, previewed in the report", async () => {
    const lenses = await waitFor('code lenses', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
      return lenses?.some((lens) => lens.command?.command === 'policyLens.showFindings') ? lenses : undefined;
    });
    // Section (一) of 三、2021年重点工作 starts on line 49.
    const lens = lenses.find((lens) => lens.range.start.line === 48 && lens.command?.command === 'policyLens.showFindings');
    assert.ok(lens?.command, 'a code lens over section (一)');
    placeCursor(editor, 0);
    const picked = vscode.commands.executeCommand<Finding | undefined>(lens.command.command, ...(lens.command.arguments ?? []));
    await waitFor("the preview of the section's first finding", () => (editor.selection.start.line === 48 ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await picked, undefined);
    assert.equal(editor.selection.active.line, 0);
  });

  test('a dismissed finding is listed by Show Dismissed Findings, and comes back when chosen there', async () => {
    const unemployment = targets.find((finding) => finding.text === '4.5%以内')!;
    const range = new vscode.Range(unemployment.line - 1, unemployment.start, unemployment.line - 1, unemployment.end);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, range);
    const notATarget = actions.find((action) => action.title.includes('4.5%以内') && action.command);
    assert.ok(notATarget?.command, `a quick fix dismisses 4.5%以内 (${actions.map((a) => a.title).join(' | ')})`);
    await vscode.commands.executeCommand(notATarget.command.command, ...(notATarget.command.arguments ?? []));
    await waitFor('the dismissal', async () => ((await api.server.dismissals()).some((d) => d.text === '4.5%以内') ? true : undefined));
    await waitFor('the finding to leave the report', async () =>
      (await api.server.report(editor.document.uri))?.findings.some((f) => f.text === '4.5%以内') ? undefined : true,
    );

    try {
      const restored = vscode.commands.executeCommand('policyLens.showDismissals');
      await sleep(1000);
      // A multi-select list has no active item until the user moves into it.
      if ((await api.server.dismissals()).length > 0) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await restored;
      assert.deepEqual(await api.server.dismissals(), []);
      await waitFor('the finding to come back', async () =>
        (await api.server.report(editor.document.uri))?.findings.some((f) => f.text === '4.5%以内') ? true : undefined,
      );
    } finally {
      // The other tests need 4.5%以内 back, whatever happened above.
      await api.server.restoreDismissals(await api.server.dismissals());
    }
  });

  test('Export Indicators writes the workspace table as CSV for Excel, the format from the file name', async () => {
    const target = vscode.Uri.file(path.join(scratch, 'indicators.csv'));
    await vscode.commands.executeCommand('policyLens.exportIndicators', { uri: target });
    const csv = fs.readFileSync(target.fsPath, 'utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'a byte-order mark, so that Excel reads UTF-8');
    const [header] = csv.slice(1).split('\r\n');
    assert.equal(header, COLUMN_NAMES.join(','));
    // file, place, report_year, period, kind, indicator, canonical_indicator, change, value, min, max, unit, comparator, pledge, bound, deadline
    assert.match(csv, /^000_2d311365dc22e685\.txt,[^,]*,2021,2021,target,生产总值,地区生产总值,增长,8,,,%,>=,plain,以上,2021-12-31,/m);
  });

  test('Export Indicators writes JSON Lines and Parquet of every report of the workspace', async () => {
    const jsonl = vscode.Uri.file(path.join(scratch, 'indicators.jsonl'));
    await vscode.commands.executeCommand('policyLens.exportIndicators', { uri: jsonl });
    const rows: Record<string, unknown>[] = fs.readFileSync(jsonl.fsPath, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    for (const row of rows) assert.deepEqual(Object.keys(row), COLUMN_NAMES);
    const reports = await api.server.reports();
    const names = reports.map((report) => vscode.workspace.asRelativePath(report.uri, false)).sort();
    assert.deepEqual([...new Set(rows.map((row) => row.file))].sort(), names);
    const unemployment = rows.find((row) => row.file === '000_2d311365dc22e685.txt' && row.indicator === '城镇登记失业率' && row.kind === 'target');
    assert.deepEqual([unemployment?.comparator, unemployment?.value, unemployment?.bound], ['<=', 4.5, '以内']);

    const parquet = vscode.Uri.file(path.join(scratch, 'indicators.parquet'));
    await vscode.commands.executeCommand('policyLens.exportIndicators', { uri: parquet });
    const bytes = fs.readFileSync(parquet.fsPath);
    assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PAR1');
    assert.equal(bytes.subarray(-4).toString('latin1'), 'PAR1');
    assert.ok(bytes.length > 10_000, `a table of ${rows.length} rows, ${bytes.length} bytes`);
  });

  test('Export Indicators writes one JSON object per report, as the command line does', async () => {
    const target = vscode.Uri.file(path.join(scratch, 'indicators.json'));
    await vscode.commands.executeCommand('policyLens.exportIndicators', { format: 'json', uri: target });
    const reports: { file: string; year: number | null; findings: Finding[] }[] = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
    const luoyang = reports.find((report) => report.file === '000_2d311365dc22e685.txt');
    assert.ok(luoyang, 'seed 000 is exported');
    assert.equal(luoyang.year, 2021);
    assert.ok(luoyang.findings.some((finding) => finding.indicator === '城镇登记失业率' && finding.comparator === '<=' && finding.value === 4.5));
  });
});
