import * as vscode from 'vscode';

/** What clicking a finding in the Indicators view does: open its report with the finding selected. */
export async function revealFinding(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  await vscode.window.showTextDocument(uri, { selection: range, preview: true });
}
