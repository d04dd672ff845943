/** The active report's place, year and counts in the status bar; a click lists its targets. */
import * as vscode from 'vscode';
import { countKinds, KINDS, kindCount } from './findings';
import { REPORT_LANGUAGE } from './languageClient';
import type { IndicatorsTreeProvider } from './views/indicatorsTree';

export class ReportStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyLens.report', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];

  /** Reads the reports the Indicators view already fetched, rather than asking the server again. */
  constructor(private readonly indicators: IndicatorsTreeProvider) {
    this.item.name = vscode.l10n.t('PolicyLens Report');
    this.item.command = 'policyLens.showAllTargets';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      indicators.onDidChangeTreeData(() => this.update()),
    ];
    this.update();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const report = document?.languageId === REPORT_LANGUAGE ? this.indicators.report(document.uri) : undefined;
    if (!report) {
      this.item.hide();
      return;
    }
    const counts = countKinds(report.findings);
    const parts = [report.place, report.year?.toString(), kindCount('target', counts.target), kindCount('commitment', counts.commitment)];
    this.item.text = `$(target) ${parts.filter(Boolean).join(' · ')}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(report.year ? vscode.l10n.t('**Report for {0}**', report.year) : vscode.l10n.t('**Report**'));
    if (report.place) tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Place: {0}', report.place)}`);
    tooltip.appendMarkdown(`\n\n${KINDS.map((kind) => kindCount(kind, counts[kind])).join(' · ')}\n\n`);
    tooltip.appendMarkdown(vscode.l10n.t('Click to show all targets'));
    this.item.tooltip = tooltip;
    this.item.show();
  }
}
