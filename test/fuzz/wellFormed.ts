/** What any output must be, whatever the input: spans inside their line and quoting it exactly. */
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/core/types';
import type { SummaryCheck } from '../../server/src/core/summary/types';

/** Lines as LSP counts them (CRLF, CR and LF end a line). */
export const linesOf = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** A finding's 1-based line is in `lines`, its columns in that line, its text the slice at [start, end). */
export function assertSpan(finding: Finding, lines: readonly string[], what: string): void {
  const where = `${what} ${finding.line}:${finding.start}-${finding.end} ${JSON.stringify(finding.text)}`;
  assert.ok(Number.isInteger(finding.line) && finding.line >= 1 && finding.line <= lines.length, `line out of range: ${where}`);
  const line = lines[finding.line - 1]!;
  assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= line.length, `columns out of range: ${where}`);
  assert.equal(line.slice(finding.start, finding.end), finding.text, `text is the slice it spans: ${where}`);
  for (const n of [finding.value, finding.min, finding.max]) assert.ok(n === null || Number.isFinite(n), `a finite number or null: ${where}`);
}

/** Every checked quantity points into the summary, every counterpart and missing target into the source. */
export function assertWellFormedCheck(check: SummaryCheck, summaryText: string, sourceText: string): void {
  const summaryLines = linesOf(summaryText);
  const sourceLines = linesOf(sourceText);
  for (const checked of check.checked) {
    assertSpan(checked.quantity, summaryLines, 'summary quantity');
    if (checked.source) assertSpan(checked.source, sourceLines, 'its source');
    else assert.deepEqual(checked.differences, [], 'an unmatched quantity has no differences');
  }
  for (const missing of check.missing) {
    assertSpan(missing, sourceLines, 'missing target');
    assert.ok(missing.kind === 'target' || missing.kind === 'commitment', `only targets and commitments are missing: ${missing.kind}`);
  }
}
