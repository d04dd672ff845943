import * as vscode from 'vscode';
import type { ExportTableResult } from '../../../server/src/protocol';
import type { IndexedReport, PolicyLensServer } from '../languageClient';

/** The table formats of `policylens export`, and JSON: one object per report, as `analyze --json` prints. */
export type ExportFormat = 'csv' | 'jsonl' | 'parquet' | 'json';

/** Arguments for callers that know the answers to the dialog (tests, other extensions). */
export interface ExportOptions {
  /** Default: from the file's extension. */
  format?: ExportFormat;
  uri?: vscode.Uri | string;
}

const EXTENSIONS: Record<string, ExportFormat> = { csv: 'csv', jsonl: 'jsonl', ndjson: 'jsonl', parquet: 'parquet', json: 'json' };

/**
 * Export Indicators: every finding of the workspace's reports as one table (`policylens export`'s,
 * written by the server with the same code), or as JSON per report. Returns the file written.
 */
export async function exportIndicators(server: PolicyLensServer, options: ExportOptions = {}): Promise<vscode.Uri | undefined> {
  const target = typeof options.uri === 'string' ? vscode.Uri.parse(options.uri) : options.uri ?? (await askTarget());
  if (!target) return undefined;
  const format = options.format ?? EXTENSIONS[/\.([^./]+)$/.exec(target.path)?.[1]?.toLowerCase() ?? ''];
  if (!format) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot tell the format of {0}: name it .csv, .jsonl, .parquet or .json.', relativePath(target)));
    return undefined;
  }
  if (format === 'json') return exportJson(server, target);

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting indicators'), cancellable: true },
    (progress, token) => {
      let shown = 0;
      return server.exportTable(target, format, (percentage, message) => {
        const increment = percentage === undefined ? undefined : percentage - shown;
        shown = percentage ?? shown;
        progress.report({ increment, message });
      }, token);
    },
  );
  showOutcome(target, result);
  return target;
}

function showOutcome(target: vscode.Uri, result: ExportTableResult): void {
  const open = vscode.l10n.t('Open');
  const done = vscode.l10n.t('Exported {0} findings from {1} reports to {2}.', result.rows, result.reports, relativePath(target));
  const notes = [
    result.cancelled ? vscode.l10n.t('Cancelled: the table holds the reports read until then.') : '',
    result.unreadable.length > 0
      ? vscode.l10n.t('{0} could not be read: {1}', result.unreadable.length, result.unreadable.slice(0, 3).map(({ file, reason }) => `${file} (${reason})`).join('; '))
      : '',
  ].filter((note) => note !== '');
  const show = notes.length > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show([done, ...notes].join(' '), open).then((choice) => choice === open && vscode.commands.executeCommand('revealFileInOS', target));
}

function askTarget(): Thenable<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export Indicators'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, 'indicators.csv') : undefined,
    filters: {
      [vscode.l10n.t('CSV (Excel)')]: ['csv'],
      'JSON Lines': ['jsonl'],
      Parquet: ['parquet'],
      [vscode.l10n.t('JSON, one object per report')]: ['json'],
    },
    saveLabel: vscode.l10n.t('Export'),
  });
}

function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

async function exportJson(server: PolicyLensServer, target: vscode.Uri): Promise<vscode.Uri> {
  const reports = (await server.reports()).sort((a, b) => relativePath(a.uri).localeCompare(relativePath(b.uri)));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(toJson(reports)));
  const findings = reports.reduce((sum, report) => sum + report.findings.length, 0);
  const open = vscode.l10n.t('Open');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Exported {0} findings from {1} reports to {2}.', findings, reports.length, relativePath(target)), open)
    .then((choice) => choice === open && vscode.commands.executeCommand('vscode.open', target));
  return target;
}

/** The objects `policylens analyze --json` prints, one per report, in one array. */
function toJson(reports: readonly IndexedReport[]): string {
  const json = reports.map(({ uri, year, sections, findings, tableGrowthMismatches }) => ({
    file: relativePath(uri),
    year,
    sections,
    findings,
    tableGrowthMismatches,
  }));
  return `${JSON.stringify(json, null, 2)}\n`;
}
