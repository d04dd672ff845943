/**
 * How a finding reads in the editor: one normalised line such as `生产总值 增长 ≥8%`, used by the
 * diagnostics, symbols, hovers and code lenses alike. Runtime strings go through @vscode/l10n.
 */
import * as l10n from '@vscode/l10n';
import type { Comparator, Finding, Kind } from './core';

const COMPARATOR_SIGN: Record<Exclude<Comparator, 'range'>, string> = {
  '=': '',
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '~': '≈',
};

/** Units stored in their base form whose values read better with 万 / 亿 again. */
const COUNTED_UNITS = /^(元|美元|人|人次|户|吨|斤|公斤|千克|平方米|亩|千瓦|千瓦时|辆|套|册|头|只|株|标准箱|标箱)$/;

export function kindName(kind: Kind): string {
  switch (kind) {
    case 'target':
      return l10n.t('Target');
    case 'commitment':
      return l10n.t('Commitment');
    case 'achievement':
      return l10n.t('Achievement');
    case 'baseline':
      return l10n.t('Baseline');
    case 'date':
      return l10n.t('Date');
  }
}

/** `≥8%`, `>200亿元`, `2–3个`, `≈2个百分点`; the text as written when nothing was read. */
export function formatQuantity(finding: Finding): string {
  const unit = displayUnit(finding.unit);
  if (finding.comparator === 'range' && finding.min !== null && finding.max !== null) {
    return `${formatNumber(finding.min, finding.unit)}–${formatNumber(finding.max, finding.unit)}${unit}`;
  }
  if (finding.value === null || finding.comparator === null || finding.comparator === 'range') return finding.text;
  return `${COMPARATOR_SIGN[finding.comparator]}${formatNumber(finding.value, finding.unit)}${unit}`;
}

/** `生产总值 增长 ≥8%`: indicator, change and quantity; a date finding is its text. */
export function findingLabel(finding: Finding): string {
  if (finding.kind === 'date') return finding.text;
  return [finding.indicator, finding.change, formatQuantity(finding)].filter(Boolean).join(' ');
}

/** `2021年` for a year's end, else `2021年3月31日` (en: `2021` / `2021-03-31`). */
export function formatDeadline(deadline: string): string {
  const [year, month, day] = deadline.split('-');
  if (month === '12' && day === '31') return l10n.t({ message: '{0}', args: [year!], comment: 'a year' });
  // The zh-cn bundle reads {0}年{1}月{2}日: 3月, not 03月.
  return l10n.t({ message: '{0}-{1}-{2}', args: [year!, month!, day!], comment: 'a date' }).replace(/(年|月)0/g, '$1');
}

/** `目标：生产总值 增长 ≥8%（2021年）`: the diagnostic message and the hover's first line. */
export function findingSummary(finding: Finding): string {
  const label = findingLabel(finding);
  if (finding.kind === 'date' || !finding.deadline) return l10n.t('{0}: {1}', kindName(finding.kind), label);
  return l10n.t('{0}: {1} ({2})', kindName(finding.kind), label, formatDeadline(finding.deadline));
}

export function displayUnit(unit: string | null): string {
  if (unit === null) return '';
  return unit === '百分点' ? '个百分点' : unit;
}

export function formatNumber(value: number, unit: string | null): string {
  if (unit !== null && COUNTED_UNITS.test(unit)) {
    if (Math.abs(value) >= 1e8) return `${round(value / 1e8)}亿`;
    if (Math.abs(value) >= 1e4) return `${round(value / 1e4)}万`;
  }
  return String(round(value));
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
