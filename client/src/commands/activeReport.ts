import * as vscode from 'vscode';
import { REPORT_LANGUAGE } from '../languageClient';

/** The active editor if it shows a report; otherwise says so and returns undefined. */
export function activeReportEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === REPORT_LANGUAGE) return editor;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a report first: this command works on the active report.'));
  return undefined;
}
