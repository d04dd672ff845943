/** Findings count lines from 1; LSP counts from 0. Columns are UTF-16 in both. */
import type { Position, Range } from 'vscode-languageserver';
import type { Finding, Section } from './core';

export function findingRange(finding: Pick<Finding, 'line' | 'start' | 'end'>): Range {
  return { start: { line: finding.line - 1, character: finding.start }, end: { line: finding.line - 1, character: finding.end } };
}

/** The whole of a 1-based line. */
export function lineRange(lines: readonly string[], line: number): Range {
  return { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: lines[line - 1]?.length ?? 0 } };
}

/** A section from its heading to the end of its last line. */
export function sectionRange(lines: readonly string[], section: Section): Range {
  return { start: { line: section.line - 1, character: 0 }, end: { line: section.endLine - 1, character: lines[section.endLine - 1]?.length ?? 0 } };
}

export function contains(range: Range, position: Position): boolean {
  const { start, end } = range;
  if (position.line < start.line || position.line > end.line) return false;
  if (position.line === start.line && position.character < start.character) return false;
  if (position.line === end.line && position.character > end.character) return false;
  return true;
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character
    && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Touching counts: a cursor just after a number still offers its quick fixes. */
export function overlaps(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
