import * as vscode from 'vscode';
import type { DismissalEntry } from '../../../server/src/protocol';
import { kindIcon, kindName } from '../findings';
import type { PolicyLensServer } from '../languageClient';

interface DismissalItem extends vscode.QuickPickItem {
  dismissal: DismissalEntry;
}

/** Show Dismissed Findings: lists what "Not a target" / "Ignore this number" silenced; the chosen ones come back. */
export async function showDismissals(server: PolicyLensServer): Promise<void> {
  const dismissals = await server.dismissals();
  if (dismissals.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No findings are dismissed in this workspace.'));
    return;
  }
  const items = dismissals.map((dismissal): DismissalItem => ({
    label: `$(${kindIcon(dismissal.kind).id}) ${dismissal.text}`,
    description: `${kindName(dismissal.kind)} · ${dismissal.file} · ${new Date(dismissal.dismissedAt).toLocaleDateString(vscode.env.language)}`,
    detail: dismissal.context,
    dismissal,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
    title: vscode.l10n.t('Dismissed findings ({0})', dismissals.length),
    placeHolder: vscode.l10n.t('Select the findings to show again'),
  });
  if (!picked || picked.length === 0) return;
  await server.restoreDismissals(picked.map((item) => item.dismissal));
  void vscode.window.showInformationMessage(
    picked.length === 1 ? vscode.l10n.t('1 finding restored.') : vscode.l10n.t('{0} findings restored.', picked.length),
  );
}
