/**
 * The quick fix on a summary's mismatch: "Replace with the source's 8%以上" puts the source
 * finding's quantity, as written, in place of the summary's. Only the quantity: the summary's own
 * wording around it (增速不低于, 提高) stays.
 */
import * as l10n from '@vscode/l10n';
import { CodeActionKind, TextEdit, type CodeAction, type CodeActionContext, type Range } from 'vscode-languageserver';
import { findingRange, overlaps, sameRange } from '../ranges';
import type { CheckedSummary } from '../summaries';
import { DIAGNOSTIC_CODES, SOURCE } from './diagnostics';

export function summaryCodeActions(summary: CheckedSummary, range: Range, context: CodeActionContext): CodeAction[] {
  if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  if (!summary.result.ok) return [];
  const mismatches = context.diagnostics.filter((d) => d.source === SOURCE && d.code === DIAGNOSTIC_CODES.summaryMismatch);
  const actions: CodeAction[] = [];
  for (const { quantity, source, differences } of summary.result.check.checked) {
    // A period that differs is in the summary's words, not its quantity: nothing to replace.
    if (!source || differences.length === 0 || quantity.text === source.text) continue;
    const at = findingRange(quantity);
    const diagnostics = mismatches.filter((d) => sameRange(d.range, at));
    if (diagnostics.length === 0 && !overlaps(at, range)) continue;
    actions.push({
      title: l10n.t('Replace with the source’s {0}', source.text),
      kind: CodeActionKind.QuickFix,
      diagnostics,
      isPreferred: true,
      edit: { changes: { [summary.uri]: [TextEdit.replace(at, source.text)] } },
    });
  }
  return actions;
}
