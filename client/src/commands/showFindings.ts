import * as vscode from 'vscode';
import type { Finding } from '../../../server/src/core/types';
import { byPosition } from '../findings';
import { pickFinding } from '../findingPicker';

/** The command of the server's section code lenses: the section's findings, as in Show All Targets. */
export async function showFindings(uri: string | vscode.Uri, findings: readonly Finding[]): Promise<Finding | undefined> {
  if (!Array.isArray(findings) || findings.length === 0) return undefined;
  const document = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const editor = await vscode.window.showTextDocument(document, visible?.viewColumn);
  return pickFinding(editor, [...findings].sort(byPosition), vscode.l10n.t('Findings of this section ({0})', findings.length));
}
