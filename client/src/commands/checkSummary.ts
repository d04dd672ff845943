import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ChosenSources } from '../chosenSources';
import { countKinds, kindCount } from '../findings';
import type { PolicyLensServer } from '../languageClient';

const SUMMARY_FILE = /\.(md|txt)$/i;

type SourceItem = vscode.QuickPickItem & { choice: vscode.Uri | 'browse' | 'forget' };

/**
 * Check Summary Against Source…: the summary (the active editor's, or the file clicked in the
 * Explorer) is checked against a report of the workspace or any file the user browses to; the
 * choice is remembered for the workspace. Callers that know both files pass them (tests).
 * Returns the source chosen, or undefined.
 */
export async function checkSummary(
  server: PolicyLensServer,
  chosen: ChosenSources,
  summary?: unknown,
  source?: unknown,
): Promise<vscode.Uri | undefined> {
  const summaryUri = asUri(summary) ?? activeSummary();
  if (!summaryUri) return undefined;
  if (!SUMMARY_FILE.test(summaryUri.path)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('A summary is a .md or .txt file.'));
    return undefined;
  }
  // From the Explorer the second argument is the list of selected files, not a source.
  const picked = asUri(source) ?? (await askSource(server, chosen, summaryUri));
  if (picked === 'forget') await chosen.choose(summaryUri, undefined);
  if (!(picked instanceof vscode.Uri)) return undefined;
  await chosen.choose(summaryUri, picked);
  return picked;
}

async function askSource(server: PolicyLensServer, chosen: ChosenSources, summary: vscode.Uri): Promise<vscode.Uri | 'forget' | undefined> {
  const current = chosen.get(summary);
  const reports = (await server.reports()).filter((report) => report.uri.toString() !== summary.toString());
  const isCurrent = (uri: vscode.Uri) => uri.toString() === current?.toString();
  const items: SourceItem[] = reports
    .sort((a, b) => Number(isCurrent(b.uri)) - Number(isCurrent(a.uri)) || relativePath(a.uri).localeCompare(relativePath(b.uri)))
    .map((report) => {
      const counts = countKinds(report.findings);
      return {
        label: `$(${isCurrent(report.uri) ? 'check' : 'file-text'}) ${path.posix.basename(report.uri.path)}`,
        description: [report.year, kindCount('target', counts.target), kindCount('commitment', counts.commitment)].filter(Boolean).join(' · '),
        detail: relativePath(report.uri),
        choice: report.uri,
      };
    });
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator, choice: 'browse' });
  items.push({ label: `$(folder-opened) ${vscode.l10n.t('Browse…')}`, choice: 'browse' });
  if (current) {
    items.push({ label: `$(close) ${vscode.l10n.t('Stop Checking Against {0}', path.posix.basename(current.path))}`, choice: 'forget' });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Check {0} Against Source', path.posix.basename(summary.path)),
    placeHolder: vscode.l10n.t('The report this summary restates'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.choice !== 'browse') return picked?.choice;
  const [file] = await vscode.window.showOpenDialog({
    canSelectMany: false,
    defaultUri: vscode.workspace.getWorkspaceFolder(summary)?.uri,
    filters: { [vscode.l10n.t('Reports')]: ['txt'], [vscode.l10n.t('All Files')]: ['*'] },
    openLabel: vscode.l10n.t('Check Against'),
  }) ?? [];
  return file;
}

function activeSummary(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document) return document.uri;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a summary first: this command checks the active summary.'));
  return undefined;
}

function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  return typeof value === 'string' ? vscode.Uri.parse(value) : undefined;
}

function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}
