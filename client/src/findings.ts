/** How a finding reads in the UI: its range, icon, kind name and quantity. */
import * as vscode from 'vscode';
import { KINDS, type Finding, type Kind } from '../../server/src/core';
import { SENTENCE_END } from '../../server/src/core';
import { formatQuantity as serverQuantity } from '../../server/src/format';

export { KINDS };

const ICONS: Record<Kind, string> = {
  target: 'target',
  commitment: 'checklist',
  achievement: 'pass',
  baseline: 'graph',
  date: 'calendar',
};

export function kindIcon(kind: Kind): vscode.ThemeIcon {
  return new vscode.ThemeIcon(ICONS[kind]);
}

export function kindName(kind: Kind): string {
  switch (kind) {
    case 'target': return vscode.l10n.t('Target');
    case 'commitment': return vscode.l10n.t('Commitment');
    case 'achievement': return vscode.l10n.t('Achievement');
    case 'baseline': return vscode.l10n.t('Baseline');
    case 'date': return vscode.l10n.t('Date');
  }
}

/** `34 targets`, `1 commitment`. */
export function kindCount(kind: Kind, count: number): string {
  const one = count === 1;
  switch (kind) {
    case 'target': return one ? vscode.l10n.t('{0} target', count) : vscode.l10n.t('{0} targets', count);
    case 'commitment': return one ? vscode.l10n.t('{0} commitment', count) : vscode.l10n.t('{0} commitments', count);
    case 'achievement': return one ? vscode.l10n.t('{0} achievement', count) : vscode.l10n.t('{0} achievements', count);
    case 'baseline': return one ? vscode.l10n.t('{0} baseline', count) : vscode.l10n.t('{0} baselines', count);
    case 'date': return one ? vscode.l10n.t('{0} date', count) : vscode.l10n.t('{0} dates', count);
  }
}

export function countKinds(findings: readonly Finding[]): Record<Kind, number> {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  for (const finding of findings) counts[finding.kind]++;
  return counts;
}

/** What Next Target, Show All Targets and the status bar walk through. */
export function isTargetOrCommitment(finding: Finding): boolean {
  return finding.kind === 'target' || finding.kind === 'commitment';
}

export function findingRange(finding: Finding): vscode.Range {
  return new vscode.Range(finding.line - 1, finding.start, finding.line - 1, finding.end);
}

export function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.start - b.start;
}

/** The indicator, or the text as written when there is none (dates). */
export function findingTitle(finding: Finding): string {
  return finding.indicator ?? finding.text;
}

/** `≥8%`, `11万人`, `3–4家` as the diagnostics and hovers write it, or '' when the finding has no number (dates). */
export function formatQuantity(finding: Finding): string {
  return finding.value === null && finding.min === null ? '' : serverQuantity(finding);
}

/** `增长 ≥8% · 2021-12-31`: the change, the quantity and the deadline. */
export function describeFinding(finding: Finding): string {
  const reading = [finding.change, formatQuantity(finding)].filter(Boolean).join(' ');
  return [reading || (finding.indicator ? finding.text : ''), finding.deadline].filter(Boolean).join(' · ');
}

/** The sentence of `lineText` that holds columns start–end, for tooltips and pickers. */
export function sentenceAround(lineText: string, start: number, end: number, maxLength = 240): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(lineText[from - 1] ?? '')) from--;
  let to = end;
  while (to < lineText.length && !SENTENCE_END.test(lineText[to - 1] ?? '')) to++;
  if (to - from <= maxLength) return lineText.slice(from, to).trim();
  // A long sentence is cut around the finding, which must stay in view.
  const cutFrom = Math.max(from, Math.min(start - maxLength / 2, to - maxLength));
  const cutTo = Math.min(to, cutFrom + maxLength);
  return `${cutFrom > from ? '…' : ''}${lineText.slice(cutFrom, cutTo).trim()}${cutTo < to ? '…' : ''}`;
}
