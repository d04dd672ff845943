import * as vscode from 'vscode';
import type { Finding } from '../../../server/src/core';
import { pickFinding } from '../findingPicker';
import type { PolicyLensServer } from '../languageClient';

/**
 * The command of the server's section code lenses: the findings of the section whose heading is
 * on `headingLine` (1-based), subsections included, as in Show All Targets.
 */
export async function showFindings(server: PolicyLensServer, uri: string, headingLine: number): Promise<Finding | undefined> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const report = await server.report(document.uri);
  const section = report?.sections.find((s) => s.line === headingLine);
  if (!report || !section) return undefined;
  const findings = report.findings.filter((f) => f.line >= section.line && f.line <= section.endLine);
  if (findings.length === 0) return undefined;
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const editor = await vscode.window.showTextDocument(document, visible?.viewColumn);
  return pickFinding(editor, findings, vscode.l10n.t('Findings of this section ({0})', findings.length));
}
