/** The properties the fuzz test and `npm run fuzz` check: the analysis returns, and its output is well formed. */
import { analyze, read } from '../../server/src/core/analyze';
import { checkSummaryText } from '../../server/src/core';
import type { Segmenter } from '../../server/src/core/segmenter';
import { assertSpan, assertWellFormedCheck, linesOf } from './wellFormed';

export function analyzedWellFormed(text: string, segmenter: Segmenter): void {
  const report = analyze(text, { segmenter });
  const lines = linesOf(text);
  for (const finding of report.findings) assertSpan(finding, lines, 'finding');
  for (const section of report.sections) {
    if (!(section.line >= 1 && section.line <= section.endLine && section.endLine <= lines.length)) {
      throw new Error(`section out of bounds: ${JSON.stringify(section)}`);
    }
  }
}

export function checkedWellFormed(summaryText: string, sourceText: string, segmenter: Segmenter): void {
  assertWellFormedCheck(checkSummaryText(summaryText, read(sourceText, { segmenter }), { segmenter }), summaryText, sourceText);
}
