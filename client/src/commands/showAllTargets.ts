import * as vscode from 'vscode';
import type { Finding } from '../../../server/src/core';
import { isTargetOrCommitment } from '../findings';
import { pickFinding } from '../findingPicker';
import type { PolicyLensServer } from '../languageClient';
import { activeReportEditor } from './activeReport';

/** Show All Targets: the active report's targets and commitments, previewed as the user moves through them. */
export async function showAllTargets(server: PolicyLensServer): Promise<Finding | undefined> {
  const editor = activeReportEditor();
  if (!editor) return undefined;
  const report = await server.report(editor.document.uri);
  const targets = (report?.findings ?? []).filter(isTargetOrCommitment);
  if (targets.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No targets or commitments in this report.'));
    return undefined;
  }
  return pickFinding(editor, targets, vscode.l10n.t('Targets and commitments ({0})', targets.length));
}
