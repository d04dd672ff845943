import * as vscode from 'vscode';
import type { Finding } from '../../../server/src/core';
import { pickFinding } from '../findingPicker';
import type { PolicyLensServer } from '../languageClient';

/**
 * Show Targets Missing from Summary: the source's targets and commitments the active summary
 * leaves out, previewed in the source beside it; choosing one opens it there. Escape closes a
 * source the command opened.
 */
export async function showMissingTargets(server: PolicyLensServer, summary?: vscode.Uri): Promise<Finding | undefined> {
  const uri = summary ?? vscode.window.activeTextEditor?.document.uri;
  const coverage = uri && (await server.summaryCoverage(uri));
  if (!coverage) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('This document is not checked against a source: name one with PolicyLens: Check Summary Against Source….'),
    );
    return undefined;
  }
  if (coverage.missing.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The summary restates every target and commitment of its source.'));
    return undefined;
  }
  const wasOpen = vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === coverage.source.toString());
  const editor = await vscode.window.showTextDocument(coverage.source, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
  const picked = await pickFinding(editor, coverage.missing, vscode.l10n.t('Targets missing from the summary ({0})', coverage.missing.length));
  if (picked) await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  else if (!wasOpen) await closeTab(coverage.source);
  return picked;
}

async function closeTab(uri: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString());
  await vscode.window.tabGroups.close(tabs);
}
