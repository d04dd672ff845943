import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../client/src/extension';
import type { LedgerRendered } from '../../client/src/ledger/ledgerPanel';
import type { TrackedTarget } from '../../server/src/core';
import type { IndicatorsNode } from '../../client/src/views/indicatorsModel';
import { policyLens, seedUri, waitFor } from './helpers';

/** test/fixtures/tracking, copied into the workspace's tracking/ by runVscodeTests.mjs. */
const EARLIER = 'tracking/青川市-2023.txt';
const LATER = 'tracking/青川市-2024.txt';

suite('tracking: Targets vs results and the Target ledger', () => {
  let api: PolicyLensApi;
  /** What the server pairs in the fixture pair, as the view and the ledger get it. */
  let pair: readonly TrackedTarget[];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-ledger-'));

  const inPair = (t: TrackedTarget) => vscode.Uri.parse(t.target.file).path.endsWith(EARLIER);

  suiteSetup(async function () {
    this.timeout(90_000); // the workspace scan reaches tracking/ after the seeds
    api = await policyLens();
    pair = await waitFor('the server to pair the fixture reports', async () => {
      await api.trackedTargets.refresh();
      const targets = (await api.trackedTargets.all()).filter(inPair);
      return targets.some((t) => t.result) ? targets : undefined;
    }, 60_000);
    await vscode.commands.executeCommand('policyLens.indicators.groupByTracking');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('policyLens.indicators.groupByReport');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  const tree = () => api.indicatorsTree;
  const label = (node: IndicatorsNode) => {
    const { label } = tree().getTreeItem(node);
    return typeof label === 'string' ? label : label?.label;
  };
  const indicatorNode = async (indicator: string) => {
    const roots = await tree().getChildren();
    const found = roots.find((node) => label(node) === indicator);
    assert.ok(found, `${indicator} is among ${roots.map(label).join(' | ')}`);
    return found;
  };
  const targetNode = async (indicator: string) => {
    const [node, ...others] = (await tree().getChildren(await indicatorNode(indicator))).filter(
      (child) => child.type === 'trackedTarget' && inPair(child.tracked),
    );
    assert.ok(node && others.length === 0, `one target of the fixture pair under ${indicator}`);
    return node;
  };
  const run = async (command: vscode.Command | undefined) => {
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  };
  const selectedIn = (file: string) =>
    waitFor(`${file} in an editor with a selection`, () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith(file) && !e.selection.isEmpty),
    );

  test('every target of the earlier report is under its indicator, with its status icon in the theme colour', async () => {
    const statuses = new Set(pair.map((t) => t.status));
    assert.ok(['met', 'missed', 'unreported'].every((s) => statuses.has(s as TrackedTarget['status'])), `the pair has met, missed and unreported targets (${[...statuses]})`);
    const expected: Record<TrackedTarget['status'], [string, string]> = {
      met: ['pass-filled', 'testing.iconPassed'],
      missed: ['error', 'testing.iconFailed'],
      unclear: ['question', 'testing.iconQueued'],
      unreported: ['circle-slash', 'testing.iconSkipped'],
    };
    for (const tracked of pair) {
      const node = await targetNode(tracked.indicator);
      assert.equal(node.type === 'trackedTarget' && node.tracked.target.text, tracked.target.text);
      const icon = tree().getTreeItem(node).iconPath as vscode.ThemeIcon;
      assert.deepEqual([icon.id, (icon.color as unknown as { id: string }).id], expected[tracked.status], `${tracked.indicator} is ${tracked.status}`);
      assert.equal(tree().getParent(node), await indicatorNode(tracked.indicator), 'getParent leads back up, so that reveal works');
    }
  });

  test('a missed target reads its period, target, result and gap; clicking it and its result reveals each', async () => {
    const missed = pair.find((t) => t.status === 'missed' && t.result && t.gap !== null && t.gap < 0);
    assert.ok(missed?.result);
    const node = await targetNode(missed.indicator);
    const item = tree().getTreeItem(node);
    assert.match(String(item.label), new RegExp(`^${missed.period} `));
    const description = String(item.description);
    assert.ok(description.includes(missed.result.text.replace(/左右$/, '')), `${description} gives the result ${missed.result.text}`);
    assert.match(description, /−\d/, 'a shortfall reads with a minus sign');
    if (missed.result.estimate) assert.match(description, /estimate/);

    await run(item.command);
    const earlier = await selectedIn(EARLIER);
    assert.equal(earlier.document.getText(earlier.selection), missed.target.text);

    const [result] = await tree().getChildren(node);
    assert.ok(result?.type === 'trackedResult');
    assert.equal(tree().getParent(result), node);
    await run(tree().getTreeItem(result).command);
    const later = await selectedIn(LATER);
    assert.equal(later.document.getText(later.selection), missed.result.text);
  });

  test('Reveal Result, the context menu command, selects the result in the later report', async () => {
    const met = pair.find((t) => t.status === 'met' && t.result);
    assert.ok(met?.result);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('policyLens.indicators.revealResult', await targetNode(met.indicator));
    const later = await selectedIn(LATER);
    assert.equal(later.document.getText(later.selection), met.result.text);
  });

  test('an unreported target has no result to expand and says so', async () => {
    const unreported = pair.find((t) => t.status === 'unreported');
    assert.ok(unreported);
    const node = await targetNode(unreported.indicator);
    assert.deepEqual(await tree().getChildren(node), []);
    assert.equal(tree().getTreeItem(node).collapsibleState, vscode.TreeItemCollapsibleState.None);
    assert.equal(tree().getTreeItem(node).description, 'no result in the next report');
  });

  test('an edit of the later report that changes a result changes the view (policyLens/trackingChanged)', async () => {
    const missed = pair.find((t) => t.status === 'missed' && t.result && t.target.comparator === '~' && t.target.unit === '%' && t.target.value !== null);
    assert.ok(missed?.result && missed.target.value !== null);
    const editor = await vscode.window.showTextDocument(seedUri(LATER));
    const { result, target } = missed;
    const { line, start, end } = result;
    const range = new vscode.Range(line - 1, start, line - 1, end);
    const status = (wanted: TrackedTarget['status']) => async () => {
      const node = await targetNode(missed.indicator);
      return node.type === 'trackedTarget' && node.tracked.status === wanted ? node : undefined;
    };
    try {
      const asMet = `${target.value}%`;
      await editor.edit((edit) => edit.replace(range, asMet));
      await waitFor('the view to show the target met', status('met'));
      // And back as written: the outcome follows the open document both ways.
      await editor.edit((edit) => edit.replace(new vscode.Range(range.start, range.start.translate(0, asMet.length)), result.text));
      await waitFor('the view to show it missed again', status('missed'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  test('Show Target Ledger opens one webview whose page draws a row per target and a chart per indicator', async () => {
    const all = await api.trackedTargets.all();
    const charts = new Set(all.map((t) => JSON.stringify([t.place, t.indicator, t.target.change, t.target.unit]))).size;
    const rendered = new Promise<LedgerRendered>((resolve) => {
      const subscription = api.ledger.onDidRender((drawn) => {
        if (drawn.rows > 0) {
          subscription.dispose();
          resolve(drawn);
        }
      });
    });
    await vscode.commands.executeCommand('policyLens.showLedger');
    const drawn = await Promise.race([rendered, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 20_000))]);
    assert.deepEqual(drawn, { rows: all.length, charts });
    await vscode.commands.executeCommand('policyLens.showLedger');
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter(
      (tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('policyLens.ledger'),
    );
    assert.equal(tabs.length, 1, 'running the command again reveals the same ledger');
    assert.equal(tabs[0]!.label, 'Target Ledger');
  });

  test('Export Target Ledger writes a CSV with a byte-order mark, one row per target with its result', async () => {
    const file = vscode.Uri.file(path.join(scratch, 'ledger.csv'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportLedger', file);
    assert.equal(written?.fsPath, file.fsPath);
    const text = fs.readFileSync(file.fsPath, 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'Excel reads the Chinese as UTF-8');
    const rows = text.slice(1).trimEnd().split('\r\n');
    const all = await api.trackedTargets.all();
    assert.equal(rows.length, all.length + 1);
    const header = rows[0]!.split(',');
    const missed = pair.find((t) => t.status === 'missed' && t.result)!;
    const row = rows.find((r) => r.startsWith(`${missed.place},${missed.indicator},${missed.period},missed,`));
    assert.ok(row, `a row for ${missed.indicator}`);
    const cells = row.split(',');
    const cell = (column: string) => cells[header.indexOf(column)];
    assert.equal(cell('target'), missed.target.text);
    assert.equal(cell('result'), missed.result!.text);
    assert.equal(cell('target_file'), EARLIER);
    assert.equal(cell('result_file'), LATER);
    assert.equal(Number(cell('gap')), missed.gap);
  });
});
