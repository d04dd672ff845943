import assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../client/src/extension';
import type { IndicatorsNode } from '../../client/src/views/indicatorsModel';
import { LUOYANG_2021, openReport, policyLens, waitFor } from './helpers';

suite('the Indicators view', () => {
  let api: PolicyLensApi;

  suiteSetup(async () => {
    api = await policyLens();
    await vscode.commands.executeCommand('policyLens.indicators.groupByReport');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('policyLens.indicators.groupByReport');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const tree = () => api.indicatorsTree;
  const label = (node: IndicatorsNode) => {
    const { label } = tree().getTreeItem(node);
    return typeof label === 'string' ? label : label?.label;
  };
  const child = async (parent: IndicatorsNode, text: string) => {
    const children = await tree().getChildren(parent);
    const found = children.find((node) => label(node) === text);
    assert.ok(found, `${text} is among ${children.map(label).join(' | ')}`);
    return found;
  };

  /** Seed 000 as a root of the tree, once the server's workspace scan has reached it. */
  const luoyangReport = () =>
    waitFor('seed 000 in the Indicators view', async () => {
      await tree().refresh();
      return (await tree().getChildren()).find((node) => label(node) === LUOYANG_2021);
    });

  test('lists the workspace reports, unopened ones too, by report, section and finding', async () => {
    const report = await luoyangReport();
    const roots = await tree().getChildren();
    assert.ok(roots.length >= 4, `the seed reports are listed (${roots.map(label).join(', ')})`);
    assert.match(String(tree().getTreeItem(report).description), /2021/);

    const section = await child(report, '三、2021年重点工作');
    const gdp = await child(section, '生产总值');
    const item = tree().getTreeItem(gdp);
    assert.equal(item.description, '增长 ≥8% · 2021-12-31');
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'target');
    assert.equal(tree().getParent(gdp), section, 'getParent leads back up, so that reveal works');
    assert.equal(tree().getParent(section), report);

    const resolved = await tree().resolveTreeItem(item, gdp);
    const tooltip = (resolved.tooltip as vscode.MarkdownString).value;
    assert.match(tooltip, /主要预期目标是/, 'the tooltip quotes the sentence');
    assert.match(tooltip, /8%以上/);
  });

  test('clicking a finding selects it in its report', async () => {
    const report = await luoyangReport();
    const unemployment = await child(await child(report, '三、2021年重点工作'), '城镇登记失业率');
    const { command } = tree().getTreeItem(unemployment);
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the report in an editor', () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith(LUOYANG_2021) && !e.selection.isEmpty),
    );
    assert.equal(editor.selection.start.line, 46);
    assert.equal(editor.document.getText(editor.selection), '4.5%以内');
  });

  test('grouped by indicator, the same indicator across reports is one node', async () => {
    await luoyangReport();
    await vscode.commands.executeCommand('policyLens.indicators.groupByIndicator');
    const roots = await tree().getChildren();
    const unemployment = roots.find((node) => label(node) === '城镇登记失业率');
    assert.ok(unemployment, 'an indicator node for 城镇登记失业率');
    const findings = await tree().getChildren(unemployment);
    const luoyang = findings.find((node) => String(tree().getTreeItem(node).description).includes(`${LUOYANG_2021}:47`));
    assert.ok(luoyang, 'seed 000 line 47 is under it');
    assert.equal(label(luoyang), '≤4.5% · 2021-12-31');
    assert.equal(tree().getParent(luoyang), unemployment);
    await vscode.commands.executeCommand('policyLens.indicators.groupByReport');
  });

  test('follows the cursor in the active report', async () => {
    await luoyangReport();
    await vscode.commands.executeCommand('policyLens.indicators.focus');
    const [view] = api.indicatorsViews;
    assert.ok(view);
    await waitFor('the Indicators view to be visible', () => (view.visible ? true : undefined));
    const editor = await openReport();
    const column = editor.document.lineAt(46).text.indexOf('4.5%以内');
    editor.selection = new vscode.Selection(46, column + 1, 46, column + 1);
    const selected = await waitFor('the finding at the cursor to be selected in the view', () => {
      const [node] = view.selection;
      return node?.type === 'finding' && node.finding.text === '4.5%以内' ? node : undefined;
    });
    assert.equal(selected.type === 'finding' && selected.finding.indicator, '城镇登记失业率');
  });

  test('the kind filter hides the other kinds', async () => {
    const all = async (nodes: IndicatorsNode[]): Promise<IndicatorsNode[]> =>
      (await Promise.all(nodes.map(async (node) => [node, ...(await all(await tree().getChildren(node)))]))).flat();
    await luoyangReport();
    await tree().setKinds(['date']);
    try {
      const findings = (await all(await tree().getChildren())).filter((node) => node.type === 'finding');
      assert.ok(findings.length > 0);
      assert.ok(findings.every((node) => node.type === 'finding' && node.finding.kind === 'date'));
    } finally {
      await tree().setKinds(['target', 'commitment', 'achievement', 'baseline']);
    }
  });
});
