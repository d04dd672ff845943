/**
 * The Indicators view's data: every report of the server's workspace index, kept current from
 * its change notifications, grouped and filtered as the user chose.
 */
import * as vscode from 'vscode';
import type { Kind } from '../../../server/src/core';
import { decodeReport } from '../../../server/src/core';
import { countKinds, describeFinding, findingRange, findingTitle, formatQuantity, kindCount, kindIcon, kindName, sentenceAround } from '../findings';
import type { IndexedReport, PolicyLensServer } from '../languageClient';
import type { TrackedTargets } from '../tracking';
import { IndicatorsModel, type FindingNode, type Grouping, type IndicatorsNode, type SectionNode } from './indicatorsModel';
import { trackingItem } from './trackingItems';
import { TrackingModel } from './trackingModel';

const REFRESH_DELAY_MS = 300;
/** Dates are many and say little on their own; they are one click away in the filter. */
export const DEFAULT_KINDS: readonly Kind[] = ['target', 'commitment', 'achievement', 'baseline'];

const STATE_GROUPING = 'policyLens.indicators.grouping';
const STATE_KINDS = 'policyLens.indicators.kinds';

export class IndicatorsTreeProvider implements vscode.TreeDataProvider<IndicatorsNode>, vscode.Disposable {
  private readonly treeChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.treeChanged.event;

  private reports = new Map<string, IndexedReport>();
  private model: IndicatorsModel | TrackingModel;
  /** Why the last request for reports failed, until one succeeds. */
  private failure: string | undefined;
  private reloadAll = true;
  private readonly staleUris = new Map<string, vscode.Uri>();
  private syncing: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly server: PolicyLensServer,
    private readonly state: vscode.Memento,
    private readonly tracked: TrackedTargets,
  ) {
    this.model = this.build();
    this.subscriptions = [
      server.onDidChangeReports((uris) => this.markStale(uris)),
      tracked.onDidChange(() => this.grouping === 'tracking' && this.rebuild()),
    ];
    void this.sync();
  }

  get grouping(): Grouping {
    const grouping = this.state.get<Grouping>(STATE_GROUPING);
    return grouping === 'indicator' || grouping === 'tracking' ? grouping : 'report';
  }

  get kinds(): ReadonlySet<Kind> {
    return new Set(this.state.get<Kind[]>(STATE_KINDS) ?? DEFAULT_KINDS);
  }

  get current(): IndicatorsModel | TrackingModel {
    return this.model;
  }

  get error(): string | undefined {
    return this.grouping === 'tracking' ? this.tracked.error : this.failure;
  }

  get allReports(): readonly IndexedReport[] {
    return [...this.reports.values()];
  }

  async setGrouping(grouping: Grouping): Promise<void> {
    await this.state.update(STATE_GROUPING, grouping);
    this.rebuild();
  }

  async setKinds(kinds: readonly Kind[]): Promise<void> {
    await this.state.update(STATE_KINDS, kinds);
    this.rebuild();
  }

  /** Asks the server for every report (and every target's result) again. */
  async refresh(): Promise<void> {
    this.reloadAll = true;
    await Promise.all([this.sync(), this.grouping === 'tracking' ? this.tracked.refresh() : undefined]);
  }

  /** The report of `uri` as last fetched for the view (open reports are always in the index). */
  report(uri: vscode.Uri): IndexedReport | undefined {
    return this.reports.get(uri.toString());
  }

  async getChildren(node?: IndicatorsNode): Promise<IndicatorsNode[]> {
    if (node) return node.type === 'finding' || node.type === 'trackedResult' ? [] : node.children;
    // The first fetch of targets fires onDidChange, which rebuilds the model.
    await (this.grouping === 'tracking' ? this.tracked.all() : this.syncing);
    return this.model.roots;
  }

  getParent(node: IndicatorsNode): IndicatorsNode | undefined {
    return node.parent;
  }

  getTreeItem(node: IndicatorsNode): vscode.TreeItem {
    const { Collapsed, Expanded } = vscode.TreeItemCollapsibleState;
    let item: vscode.TreeItem;
    switch (node.type) {
      case 'report': {
        const { uri, year, findings } = node.report;
        item = new vscode.TreeItem(baseName(uri), this.model.roots.length === 1 ? Expanded : Collapsed);
        item.resourceUri = uri;
        item.iconPath = vscode.ThemeIcon.File;
        item.description = [year?.toString(), kindCount('target', countKinds(findings).target)].filter(Boolean).join(' · ');
        item.tooltip = vscode.workspace.asRelativePath(uri);
        break;
      }
      case 'section':
        item = new vscode.TreeItem(node.section.title, Collapsed);
        item.iconPath = new vscode.ThemeIcon('symbol-namespace');
        item.description = String(countFindings(node));
        item.tooltip = vscode.l10n.t('Lines {0}–{1}', node.section.line, node.section.endLine);
        // A string tooltip would otherwise be what screen readers announce instead of the title.
        item.accessibilityInformation = { label: `${node.section.title}, ${item.description}` };
        break;
      case 'indicator':
        item = new vscode.TreeItem(node.indicator ?? vscode.l10n.t('(no indicator)'), Collapsed);
        item.iconPath = new vscode.ThemeIcon('symbol-field');
        item.description = String(node.children.length);
        break;
      case 'finding':
        item = this.findingItem(node);
        break;
      default:
        item = trackingItem(node);
    }
    item.id = node.id;
    item.contextValue = contextValue(node);
    return item;
  }

  /** The tooltip quotes the finding's sentence, read only when the user hovers. */
  async resolveTreeItem(item: vscode.TreeItem, node: IndicatorsNode): Promise<vscode.TreeItem> {
    if (node.type !== 'finding') return item;
    const lineText = await readLine(node.report.uri, node.finding.line - 1).catch(() => undefined);
    item.tooltip = findingTooltip(node, lineText);
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.treeChanged.dispose();
  }

  private findingItem(node: FindingNode): vscode.TreeItem {
    const { finding, report } = node;
    const byIndicator = node.parent.type === 'indicator';
    const label = byIndicator ? describeFinding(finding) || finding.text : findingTitle(finding);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.description = byIndicator
      ? [report.year?.toString(), `${baseName(report.uri)}:${finding.line}`].filter(Boolean).join(' · ')
      : describeFinding(finding);
    item.iconPath = kindIcon(finding.kind);
    item.command = {
      command: 'policyLens.revealFinding',
      title: vscode.l10n.t('Reveal in Report'),
      arguments: [report.uri, findingRange(finding)],
    };
    return item;
  }

  private markStale(uris: readonly vscode.Uri[]): void {
    if (uris.length === 0) this.reloadAll = true;
    for (const uri of uris) this.staleUris.set(uri.toString(), uri);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.sync(), REFRESH_DELAY_MS);
  }

  /** One request at a time: each waits for the last, then fetches what went stale meanwhile. */
  private sync(): Promise<void> {
    this.syncing = this.syncing.then(() => this.fetch()).then(
      () => {
        this.failure = undefined;
        this.rebuild();
      },
      (error: unknown) => {
        this.failure = error instanceof Error ? error.message : String(error);
        this.treeChanged.fire();
      },
    );
    return this.syncing;
  }

  private async fetch(): Promise<void> {
    if (this.reloadAll) {
      this.reloadAll = false;
      this.staleUris.clear();
      const reports = await this.server.reports();
      this.reports = new Map(reports.map((report) => [report.uri.toString(), report]));
      return;
    }
    if (this.staleUris.size === 0) return;
    const uris = [...this.staleUris.values()];
    this.staleUris.clear();
    const reports = await this.server.reports(uris);
    // A stale report the server no longer returns has left the index.
    for (const uri of uris) this.reports.delete(uri.toString());
    for (const report of reports) this.reports.set(report.uri.toString(), report);
  }

  private rebuild(): void {
    this.model = this.build();
    this.treeChanged.fire();
  }

  private build(): IndicatorsModel | TrackingModel {
    const grouping = this.grouping;
    return grouping === 'tracking' ? new TrackingModel(this.tracked.latest) : new IndicatorsModel([...this.reports.values()], grouping, this.kinds);
  }
}

function findingTooltip({ finding, report }: FindingNode, lineText: string | undefined): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString('', true);
  tooltip.appendMarkdown(`$(${kindIcon(finding.kind).id}) **${kindName(finding.kind)}** · `);
  tooltip.appendText([finding.indicator, finding.change, formatQuantity(finding)].filter(Boolean).join(' '));
  tooltip.appendMarkdown('\n\n');
  tooltip.appendText(vscode.l10n.t('As written: {0}', finding.text));
  if (finding.deadline) tooltip.appendText(` · ${vscode.l10n.t('Deadline: {0}', finding.deadline)}`);
  if (report.year) tooltip.appendText(` · ${vscode.l10n.t('Report year: {0}', report.year)}`);
  tooltip.appendMarkdown('\n\n');
  if (finding.section) tooltip.appendText(finding.section).appendMarkdown('\n\n');
  if (lineText !== undefined) {
    tooltip.appendMarkdown('> ');
    tooltip.appendText(sentenceAround(lineText, finding.start, finding.end));
    tooltip.appendMarkdown('\n\n');
  }
  tooltip.appendText(`${vscode.workspace.asRelativePath(report.uri)}:${finding.line}`);
  return tooltip;
}

/** What the view's context menus go by: a finding's kind, a target's whether it has a result. */
function contextValue(node: IndicatorsNode): string {
  switch (node.type) {
    case 'finding': return `finding.${node.finding.kind}`;
    case 'trackedTarget': return node.tracked.result ? 'trackedTarget.reported' : 'trackedTarget.unreported';
    default: return node.type;
  }
}

function countFindings(node: SectionNode | FindingNode): number {
  if (node.type === 'finding') return 1;
  return node.children.reduce((sum, child) => sum + countFindings(child), 0);
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The open document's line, or else the line as on disk. */
async function readLine(uri: vscode.Uri, line: number): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return line < open.lineCount ? open.lineAt(line).text : undefined;
  const decoded = decodeReport(await vscode.workspace.fs.readFile(uri));
  return decoded.ok ? decoded.text.split(/\r\n|\r|\n/)[line] : undefined;
}
