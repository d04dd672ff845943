/** Folding by section (heading to its last non-blank line) and by indicator table. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { isTableRow } from '../core';
import type { AnalyzedReport } from '../documents';

export function foldingRanges(analyzed: AnalyzedReport): FoldingRange[] {
  const { lines } = analyzed;
  const ranges: FoldingRange[] = [];
  for (const section of analyzed.report.sections) {
    let last = section.endLine;
    // Blank lines before the next heading stay visible, as they separate the folded sections.
    while (last > section.line && (lines[last - 1] ?? '').trim() === '') last--;
    if (last > section.line) ranges.push({ startLine: section.line - 1, endLine: last - 1 });
  }
  for (let i = 0; i < lines.length; i++) {
    if (!isTableRow(lines[i]!)) continue;
    const first = i;
    while (i + 1 < lines.length && isTableRow(lines[i + 1]!)) i++;
    if (i > first) ranges.push({ startLine: first, endLine: i, kind: FoldingRangeKind.Region });
  }
  return ranges;
}
