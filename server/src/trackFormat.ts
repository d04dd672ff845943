/**
 * How a tracked target reads: the command line's line per target
 * (`2022 地区生产总值 增长7.5% → 预计4.5%左右  missed (−3.0 个百分点)`), the outcome the editor
 * shows on a target (`→ 预计4.5%左右 · missed −3.0 个百分点`), and docs/tracking.md's JSON.
 */
import * as l10n from '@vscode/l10n';
import { simplifiedText, type Finding, type TrackedFinding, type TrackedResult, type TrackedTarget, type TrackStatus } from './core';
import { displayUnit, formatNumber } from './format';

export function statusName(status: TrackStatus): string {
  switch (status) {
    case 'met':
      return l10n.t({ message: 'met', comment: 'a target that came true' });
    case 'missed':
      return l10n.t({ message: 'missed', comment: 'a target that did not come true' });
    case 'unclear':
      return l10n.t({ message: 'unclear', comment: 'a target whose result cannot be judged' });
    case 'unreported':
      return l10n.t({ message: 'unreported', comment: 'a target the next report gives no result for' });
  }
}

/** `增长7.5%`: the target as the text words it. */
export function targetWords(target: Finding): string {
  return `${target.change ?? ''}${target.text}`;
}

/** `预计4.5%左右`, `下降1.3%`: the result as the text words it; the change when it is not the target's. */
export function resultWords(result: TrackedResult, target: Finding): string {
  // 居民消费价格上涨0.4%: the rate word may stand in the indicator's name.
  const written = result.change ?? /(?:上涨|下降|增长|回落)$/.exec(result.indicator ?? '')?.[0] ?? null;
  const change = written !== null && simplifiedText(written) !== simplifiedText(target.change ?? '') ? written : '';
  return `${result.estimate && !/[左约近]/.test(result.text) ? '预计' : ''}${change}${result.text}`;
}

/** `−3.0 个百分点`, `+1200 人`: signed, a rate's gap to one decimal. */
export function formatGap(gap: number, gapUnit: string | null): string {
  const sign = gap > 0 ? '+' : gap < 0 ? '−' : '';
  const size = gapUnit === '百分点' ? Math.abs(gap).toFixed(1) : formatNumber(Math.abs(gap), gapUnit);
  return `${sign}${size} ${displayUnit(gapUnit)}`.trimEnd();
}

/** `→ 预计4.5%左右 · missed −3.0 个百分点`, or `→ unreported`. */
export function trackedOutcome(t: TrackedTarget): string {
  if (t.result === null) return `→ ${statusName(t.status)}`;
  const gap = t.gap === null ? '' : ` ${formatGap(t.gap, t.gapUnit)}`;
  return `→ ${resultWords(t.result, t.target)} · ${statusName(t.status)}${gap}`;
}

/** `2022 地区生产总值 增长7.5% → 预计4.5%左右  missed (−3.0 个百分点)`. */
export function trackedLine(t: TrackedTarget): string {
  const head = `${t.period ?? '????'} ${t.indicator} ${targetWords(t.target)} → ${t.result === null ? '—' : resultWords(t.result, t.target)}`;
  const gap = t.gap === null ? '' : ` (${formatGap(t.gap, t.gapUnit)})`;
  return `${head}  ${statusName(t.status)}${gap}`;
}

/** `7 met, 3 missed, 1 unclear, 3 unreported`. */
export function trackCounts(rows: readonly TrackedTarget[]): string {
  const count = (status: TrackStatus) => rows.filter((r) => r.status === status).length;
  return l10n.t('{0} met, {1} missed, {2} unclear, {3} unreported', count('met'), count('missed'), count('unclear'), count('unreported'));
}

/** docs/tracking.md's object, keys in its order; findings in findings.md's order plus file (and estimate). */
export function trackJson(t: TrackedTarget) {
  return {
    place: t.place, period: t.period, indicator: t.indicator,
    target: trackedFindingJson(t.target),
    result: t.result === null ? null : { ...trackedFindingJson(t.result), estimate: t.result.estimate },
    status: t.status, gap: t.gap, gapUnit: t.gapUnit,
  };
}

function trackedFindingJson(f: TrackedFinding) {
  const { file, kind, line, start, end, text, indicator, change, value, min, max, unit, comparator, deadline, section } = f;
  return { file, kind, line, start, end, text, indicator, change, value, min, max, unit, comparator, deadline, section };
}
