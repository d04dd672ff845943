import * as vscode from 'vscode';
import type { Finding } from '../../../server/src/core';
import type { IndexedReport, PolicyLensServer } from '../languageClient';

export type ExportFormat = 'csv' | 'json';

/** Arguments for callers that know the answers to the dialogs (tests, other extensions). */
export interface ExportOptions {
  format?: ExportFormat;
  uri?: vscode.Uri | string;
}

const CSV_COLUMNS = ['file', 'line', 'kind', 'indicator', 'change', 'comparator', 'value', 'min', 'max', 'unit', 'deadline', 'section', 'text'] as const;

/** Export Indicators: every finding of the workspace's reports to a CSV or JSON file. Returns the file written. */
export async function exportIndicators(server: PolicyLensServer, options: ExportOptions = {}): Promise<vscode.Uri | undefined> {
  const format = options.format ?? (await askFormat());
  if (!format) return undefined;
  const target = typeof options.uri === 'string' ? vscode.Uri.parse(options.uri) : options.uri ?? (await askTarget(format));
  if (!target) return undefined;

  const reports = (await server.reports()).sort((a, b) => relativePath(a.uri).localeCompare(relativePath(b.uri)));
  const text = format === 'csv' ? toCsv(reports) : toJson(reports);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));

  const findings = reports.reduce((sum, report) => sum + report.findings.length, 0);
  const open = vscode.l10n.t('Open');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Exported {0} findings from {1} reports to {2}.', findings, reports.length, relativePath(target)), open)
    .then((choice) => choice === open && vscode.commands.executeCommand('vscode.open', target));
  return target;
}

async function askFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { label: 'CSV', description: vscode.l10n.t('One row per finding, for Excel or a spreadsheet'), format: 'csv' },
    { label: 'JSON', description: vscode.l10n.t('One object per report, as policylens analyze --json prints'), format: 'json' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Indicators') });
  return picked?.format;
}

function askTarget(format: ExportFormat): Thenable<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `indicators.${format}`;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
    saveLabel: vscode.l10n.t('Export'),
  });
}

function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** With a byte-order mark, so that Excel reads the Chinese as UTF-8; CRLF rows, as RFC 4180 has them. */
function toCsv(reports: readonly IndexedReport[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const report of reports) {
    const file = relativePath(report.uri);
    for (const finding of report.findings) {
      rows.push(CSV_COLUMNS.map((column) => csvField(column === 'file' ? file : finding[column as keyof Finding])).join(','));
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Excel runs a cell that starts with = + - or @ as a formula; the apostrophe keeps it text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
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
