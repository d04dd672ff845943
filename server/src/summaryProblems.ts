/**
 * A summary check as problems to show: each quantity that disagrees with the source finding it
 * restates (`mismatch`), and each the source has no counterpart for (`unsupported`), with a message
 * that quotes both texts. The CLI prints them and the language server turns them into diagnostics.
 */
import * as l10n from '@vscode/l10n';
import type { CheckedQuantity, Difference, SummaryCheck, SummaryProblem } from './core';

export function summaryProblems(check: SummaryCheck): SummaryProblem[] {
  const problems: SummaryProblem[] = [];
  for (const checked of check.checked) {
    const { quantity, source, differences } = checked;
    const { line, start, end, text } = quantity;
    const quote = checked.quote ?? text;
    if (source === null) {
      problems.push({ problem: 'unsupported', line, start, end, text, message: l10n.t('No counterpart in the source: {0}', quote) });
    } else if (differences.length > 0) {
      problems.push({
        problem: 'mismatch', line, start, end, text, sourceLine: source.line, sourceText: source.text,
        message: mismatchMessage(checked, quote),
      });
    }
  }
  return problems;
}

/** `Summary: 增长9%以上; source line 27: 增长8%以上 (value)` / `摘要：增长9%以上；原文第27行：增长8%以上（数值不符）`. */
function mismatchMessage(checked: CheckedQuantity, quote: string): string {
  const source = checked.source!;
  const sourceQuote = checked.sourceQuote ?? source.text;
  const differences = checked.differences.map(differenceName).join(l10n.t({ message: ', ', comment: 'between the names of differences' }));
  return l10n.t('Summary: {0}; source line {1}: {2} ({3})', quote, source.line, sourceQuote, differences);
}

/** What differs, named as the hover names it (the same keys, so one translation serves both). */
export function differenceName(difference: Difference): string {
  switch (difference) {
    case 'value':
      return l10n.t({ message: 'value', comment: 'what differs' });
    case 'unit':
      return l10n.t({ message: 'unit', comment: 'what differs' });
    case 'comparator':
      return l10n.t({ message: 'comparator', comment: 'what differs' });
    case 'period':
      return l10n.t({ message: 'period', comment: 'what differs' });
  }
}
