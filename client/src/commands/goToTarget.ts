import * as vscode from 'vscode';
import { findingRange, isTargetOrCommitment } from '../findings';
import { select } from '../findingPicker';
import type { PolicyLensServer } from '../languageClient';
import { activeReportEditor } from './activeReport';

/** Next Target / Previous Target: the next target or commitment after the cursor, wrapping around. */
export async function goToTarget(server: PolicyLensServer, direction: 'next' | 'previous'): Promise<void> {
  const editor = activeReportEditor();
  if (!editor) return;
  const report = await server.report(editor.document.uri);
  const targets = (report?.findings ?? []).filter(isTargetOrCommitment); // in line order, as the server sends them
  if (targets.length === 0) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('No targets or commitments in this report.'), 3000);
    return;
  }
  // From the selection's start, so that a target selected by the last jump is stepped over.
  const from = editor.selection.start;
  const target = direction === 'next'
    ? targets.find((finding) => findingRange(finding).start.isAfter(from)) ?? targets[0]
    : [...targets].reverse().find((finding) => findingRange(finding).start.isBefore(from)) ?? targets[targets.length - 1];
  if (target) select(editor, target);
}
