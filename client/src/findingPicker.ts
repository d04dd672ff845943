/**
 * A quick pick of findings in one editor that previews each in the text as the user moves
 * through the list, like Go to Symbol: Escape puts the cursor and the view back.
 */
import * as vscode from 'vscode';
import type { Finding } from '../../server/src/core';
import { describeFinding, findingRange, findingTitle, kindIcon, sentenceAround } from './findings';

interface FindingItem extends vscode.QuickPickItem {
  finding: Finding;
}

export function pickFinding(editor: vscode.TextEditor, findings: readonly Finding[], title: string): Promise<Finding | undefined> {
  const original = { selections: editor.selections, visibleRange: editor.visibleRanges[0] };
  const picker = vscode.window.createQuickPick<FindingItem>();
  picker.title = title;
  picker.placeholder = vscode.l10n.t('Type to filter by indicator, value or sentence');
  picker.matchOnDescription = true;
  picker.matchOnDetail = true;
  picker.items = findings.map((finding) => findingItem(editor.document, finding));
  const cursor = editor.selection.active;
  const current = picker.items.find((item) => !findingRange(item.finding).end.isBefore(cursor)) ?? picker.items[0];
  if (current) picker.activeItems = [current];

  return new Promise((resolve) => {
    let accepted: Finding | undefined;
    const subscriptions = [
      picker.onDidChangeActive(([item]) => {
        if (item) select(editor, item.finding);
      }),
      picker.onDidAccept(() => {
        accepted = picker.selectedItems[0]?.finding ?? picker.activeItems[0]?.finding;
        picker.hide();
      }),
      picker.onDidHide(() => {
        if (accepted) {
          select(editor, accepted);
        } else {
          editor.selections = original.selections;
          if (original.visibleRange) editor.revealRange(original.visibleRange, vscode.TextEditorRevealType.AtTop);
        }
        for (const subscription of subscriptions) subscription.dispose();
        picker.dispose();
        resolve(accepted);
      }),
    ];
    picker.show();
    if (current) select(editor, current.finding);
  });
}

/** Selects the finding's text and scrolls it into view. */
export function select(editor: vscode.TextEditor, finding: Finding): void {
  const range = findingRange(finding);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function findingItem(document: vscode.TextDocument, finding: Finding): FindingItem {
  const lineText = finding.line <= document.lineCount ? document.lineAt(finding.line - 1).text : finding.text;
  return {
    label: `$(${kindIcon(finding.kind).id}) ${findingTitle(finding)}`,
    description: describeFinding(finding),
    detail: `${finding.line}: ${sentenceAround(lineText, finding.start, finding.end, 120)}`,
    finding,
  };
}
