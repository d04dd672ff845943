/**
 * The outline: sections nested by level, each section's findings as its children, so the Outline
 * view shows the report's structure and Ctrl+Shift+O lists every target by its reading
 * (`生产总值 增长 ≥8%`). Findings before the first heading stand at the top level.
 */
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { Finding, Kind, Section } from '../core';
import type { AnalyzedReport } from '../documents';
import { findingLabel, formatDeadline, kindName } from '../format';
import { findingRange, lineRange, sectionRange } from '../ranges';

/** Kind by icon: shared with workspace symbols. */
export const FINDING_SYMBOL_KIND: Record<Kind, SymbolKind> = {
  target: SymbolKind.Number,
  commitment: SymbolKind.Event,
  achievement: SymbolKind.Constant,
  baseline: SymbolKind.Key,
  date: SymbolKind.Field,
};

export function documentSymbols(analyzed: AnalyzedReport, findings: readonly Finding[]): DocumentSymbol[] {
  const top: DocumentSymbol[] = [];
  /** The open sections, outermost first, with their symbols. */
  const open: { section: Section; symbol: DocumentSymbol }[] = [];
  let next = 0;
  const addFindingsBefore = (line: number) => {
    while (next < findings.length && findings[next]!.line < line) {
      const finding = findings[next++]!;
      while (open.length > 0 && open.at(-1)!.section.endLine < finding.line) open.pop();
      (open.at(-1)?.symbol.children ?? top).push(findingSymbol(finding));
    }
  };

  for (const section of analyzed.report.sections) {
    addFindingsBefore(section.line);
    while (open.length > 0 && (open.at(-1)!.section.level >= section.level || open.at(-1)!.section.endLine < section.line)) open.pop();
    const symbol = sectionSymbol(analyzed.lines, section);
    (open.at(-1)?.symbol.children ?? top).push(symbol);
    open.push({ section, symbol });
  }
  addFindingsBefore(Infinity);
  return top;
}

function sectionSymbol(lines: readonly string[], section: Section): DocumentSymbol {
  return {
    name: section.title || lines[section.line - 1]?.trim() || '§',
    kind: section.level === 1 ? SymbolKind.Namespace : SymbolKind.Module,
    range: sectionRange(lines, section),
    selectionRange: titleRange(lines, section),
    children: [],
  };
}

function findingSymbol(finding: Finding): DocumentSymbol {
  const range = findingRange(finding);
  const due = finding.kind !== 'date' && finding.deadline ? formatDeadline(finding.deadline) : null;
  return {
    name: findingLabel(finding) || finding.text,
    detail: due ? `${kindName(finding.kind)} · ${due}` : kindName(finding.kind),
    kind: FINDING_SYMBOL_KIND[finding.kind],
    range,
    selectionRange: range,
  };
}

/** The heading's title where it stands on its line (a run-in heading continues with its paragraph). */
function titleRange(lines: readonly string[], section: Section): Range {
  const heading = lines[section.line - 1] ?? '';
  const at = section.title ? heading.indexOf(section.title) : -1;
  if (at < 0) return lineRange(lines, section.line);
  return { start: { line: section.line - 1, character: at }, end: { line: section.line - 1, character: at + section.title.length } };
}
