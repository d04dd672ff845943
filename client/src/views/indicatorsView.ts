/**
 * The Indicators view, in its own container and in the Explorer: title-bar toggles and filter,
 * a badge with the count of targets, and a selection that follows the active report's cursor.
 */
import * as vscode from 'vscode';
import type { Kind } from '../../../server/src/core';
import { countKinds, KINDS, kindCount, kindIcon, kindName } from '../findings';
import { REPORT_LANGUAGE, type PolicyLensServer } from '../languageClient';
import { trackedUri, type TrackedTargets } from '../tracking';
import type { IndicatorsNode } from './indicatorsModel';
import { revealCommand } from './trackingItems';
import type { TrackedTargetNode } from './trackingModel';
import { DEFAULT_KINDS, IndicatorsTreeProvider } from './indicatorsTree';

const INDICATORS_VIEWS = ['policyLens.indicators', 'policyLens.indicatorsExplorer'] as const;
const FOLLOW_DELAY_MS = 150;

export interface IndicatorsView {
  provider: IndicatorsTreeProvider;
  /** The view in the PolicyLens container, then the one in the Explorer. */
  views: readonly vscode.TreeView<IndicatorsNode>[];
}

export function registerIndicatorsView(context: vscode.ExtensionContext, server: PolicyLensServer, tracked: TrackedTargets): IndicatorsView {
  const provider = new IndicatorsTreeProvider(server, context.workspaceState, tracked);
  const views = INDICATORS_VIEWS.map((id) => vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true }));
  const follower = new CursorFollower(provider, views);
  context.subscriptions.push(
    provider,
    ...views,
    follower,
    provider.onDidChangeTreeData(() => updateViews(provider, views)),
    vscode.commands.registerCommand('policyLens.indicators.groupByReport', () => provider.setGrouping('report')),
    vscode.commands.registerCommand('policyLens.indicators.groupByIndicator', () => provider.setGrouping('indicator')),
    vscode.commands.registerCommand('policyLens.indicators.groupByTracking', () => provider.setGrouping('tracking')),
    vscode.commands.registerCommand('policyLens.indicators.revealResult', (node?: TrackedTargetNode) => revealResult(node)),
    vscode.commands.registerCommand('policyLens.indicators.filterKinds', () => filterKinds(provider)),
    vscode.commands.registerCommand('policyLens.indicators.filterKindsActive', () => filterKinds(provider)),
    vscode.commands.registerCommand('policyLens.indicators.refresh', () => provider.refresh()),
  );
  updateViews(provider, views);
  return { provider, views };
}

/** Badge, message, filter description and the context keys the title-bar buttons depend on. */
function updateViews(provider: IndicatorsTreeProvider, views: readonly vscode.TreeView<IndicatorsNode>[]): void {
  const reports = provider.allReports;
  const targets = reports.reduce((sum, report) => sum + countKinds(report.findings).target, 0);
  const kinds = provider.kinds;
  const filtered = !sameKinds(kinds, DEFAULT_KINDS);
  for (const view of views) {
    // The Explorer has a badge of its own (unsaved files); the count goes on our container only.
    view.badge = targets > 0 && view === views[0] ? { value: targets, tooltip: kindCount('target', targets) } : undefined;
    view.message = provider.error ? vscode.l10n.t('The PolicyLens server did not answer: {0}', provider.error) : undefined;
    view.description = filtered ? KINDS.filter((kind) => kinds.has(kind)).map(kindName).join(', ') : undefined;
  }
  void setContext('policyLens.indicators.grouping', provider.grouping);
  void setContext('policyLens.indicators.filtered', filtered);
  void setContext('policyLens.hasReports', reports.length > 0);
}

/** The context menu's Reveal Result on a target of the "Targets vs results" grouping. */
async function revealResult(node: TrackedTargetNode | undefined): Promise<void> {
  const result = node?.tracked.result;
  if (!result) return;
  const { command, arguments: args = [] } = revealCommand(result);
  await vscode.commands.executeCommand(command, ...args);
}

async function filterKinds(provider: IndicatorsTreeProvider): Promise<void> {
  const counts = countKinds(provider.allReports.flatMap((report) => report.findings));
  const shown = provider.kinds;
  const items = KINDS.map((kind) => ({
    label: `$(${kindIcon(kind).id}) ${kindName(kind)}`,
    description: String(counts[kind]),
    picked: shown.has(kind),
    findingKind: kind,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Show in the Indicators view'),
    placeHolder: vscode.l10n.t('Kinds of findings to show'),
  });
  if (!picked) return;
  // Nothing picked would leave an empty view that looks broken: it means back to the default.
  await provider.setKinds(picked.length > 0 ? picked.map((item) => item.findingKind) : DEFAULT_KINDS);
}

/** Reveals the active report, and the finding at its cursor, in whichever Indicators view is visible. */
class CursorFollower implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly provider: IndicatorsTreeProvider,
    private readonly views: readonly vscode.TreeView<IndicatorsNode>[],
  ) {
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => {
        if (textEditor === vscode.window.activeTextEditor) this.schedule();
      }),
      ...views.map((view) => view.onDidChangeVisibility(({ visible }) => visible && this.schedule())),
    ];
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.follow(), FOLLOW_DELAY_MS);
  }

  private async follow(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const visible = this.views.filter((view) => view.visible);
    if (!editor || editor.document.languageId !== REPORT_LANGUAGE || visible.length === 0) return;
    const model = this.provider.current;
    const node = model.findingAt(editor.document.uri, editor.selection.active) ?? model.reportNode(editor.document.uri);
    if (!node) return;
    const [selected] = visible[0]?.selection ?? [];
    // The report node is only re-selected when the selection is in another report.
    if (node.type === 'report' && selected && reportOf(selected) === editor.document.uri.toString()) return;
    for (const view of visible) await view.reveal(node, { select: true, focus: false }).then(undefined, () => undefined);
  }
}

function reportOf(node: IndicatorsNode): string | undefined {
  switch (node.type) {
    case 'report': return node.report.uri.toString();
    case 'finding': return node.report.uri.toString();
    case 'section': return reportOf(node.parent);
    case 'trackedTarget': return trackedUri(node.tracked.target).toString();
    case 'trackedResult': return node.tracked.result ? trackedUri(node.tracked.result).toString() : undefined;
    default: return undefined;
  }
}

function sameKinds(kinds: ReadonlySet<Kind>, other: readonly Kind[]): boolean {
  return kinds.size === other.length && other.every((kind) => kinds.has(kind));
}

function setContext(key: string, value: unknown): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', key, value);
}

