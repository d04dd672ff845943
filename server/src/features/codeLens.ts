/**
 * Over each section heading with findings in its range (subsections included), its counts:
 * `5 targets · 3 commitments · 2 deadlines`. Clicking lists them (the client's ShowFindingsCommand).
 */
import * as l10n from '@vscode/l10n';
import type { CodeLens } from 'vscode-languageserver';
import { KINDS, type Finding, type Kind } from '../core';
import type { AnalyzedReport } from '../documents';
import { ShowFindingsCommand } from '../protocol';
import { lineRange } from '../ranges';
import type { Settings } from '../settings';


export function codeLenses(analyzed: AnalyzedReport, findings: readonly Finding[], settings: Settings): CodeLens[] {
  if (!settings.codeLens.enabled) return [];
  const lenses: CodeLens[] = [];
  for (const section of analyzed.report.sections) {
    const inSection = findingsBetween(findings, section.line, section.endLine);
    if (inSection.length === 0) continue;
    lenses.push({
      range: lineRange(analyzed.lines, section.line),
      command: { title: countsTitle(inSection), command: ShowFindingsCommand, arguments: [analyzed.uri, section.line] },
    });
  }
  return lenses;
}

function countsTitle(findings: readonly Finding[]): string {
  return KINDS.flatMap((kind) => {
    const count = findings.filter((f) => f.kind === kind).length;
    return count === 0 ? [] : [countOf(kind, count)];
  }).join(' · ');
}

function countOf(kind: Kind, count: number): string {
  const one = count === 1;
  switch (kind) {
    case 'target':
      return one ? l10n.t('1 target') : l10n.t('{0} targets', count);
    case 'commitment':
      return one ? l10n.t('1 commitment') : l10n.t('{0} commitments', count);
    case 'achievement':
      return one ? l10n.t('1 achievement') : l10n.t('{0} achievements', count);
    case 'baseline':
      return one ? l10n.t('1 baseline') : l10n.t('{0} baselines', count);
    case 'date':
      return one ? l10n.t('1 deadline') : l10n.t('{0} deadlines', count);
  }
}

/** Findings are in line order: the run from `first` to `last` (1-based, inclusive) by binary search. */
function findingsBetween(findings: readonly Finding[], first: number, last: number): Finding[] {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (findings[middle]!.line < first) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < findings.length && findings[end]!.line <= last) end++;
  return findings.slice(low, end);
}
