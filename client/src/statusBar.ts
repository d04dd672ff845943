/** The active report's year and counts in the status bar; a click lists its targets. */
import * as vscode from 'vscode';
import { countKinds, KINDS, kindCount } from './findings';
import { REPORT_LANGUAGE, type PolicyLensServer } from './languageClient';

const REFRESH_DELAY_MS = 300;

export class ReportStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyLens.report', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by each update, so that a slow answer for a previous editor is dropped. */
  private generation = 0;

  constructor(private readonly server: PolicyLensServer) {
    this.item.name = vscode.l10n.t('PolicyLens Report');
    this.item.command = 'policyLens.showAllTargets';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // A document switched to policy-report is closed and reopened under the same editor.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
      server.onDidChangeReports((uris) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (uris.length === 0 || uris.some((uri) => uri.toString() === active)) this.scheduleUpdate();
      }),
    ];
    void this.update();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), REFRESH_DELAY_MS);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== REPORT_LANGUAGE) {
      this.item.hide();
      return;
    }
    const report = await this.server.report(document.uri).catch(() => undefined);
    if (generation !== this.generation) return;
    if (!report) {
      this.item.hide();
      return;
    }
    const counts = countKinds(report.findings);
    const parts = [report.year?.toString(), kindCount('target', counts.target), kindCount('commitment', counts.commitment)];
    this.item.text = `$(target) ${parts.filter(Boolean).join(' · ')}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(report.year ? vscode.l10n.t('**Report for {0}**', report.year) : vscode.l10n.t('**Report**'));
    tooltip.appendMarkdown(`\n\n${KINDS.map((kind) => kindCount(kind, counts[kind])).join(' · ')}\n\n`);
    tooltip.appendMarkdown(vscode.l10n.t('Click to show all targets'));
    this.item.tooltip = tooltip;
    this.item.show();
  }
}
