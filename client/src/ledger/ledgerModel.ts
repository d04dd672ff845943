/** The Target ledger's rows: the server's tracked targets by place, indicator and unit, by year. */
import { formatQuantity } from '../findings';
import { formatGap, statusName } from '../trackStatus';
import { trackedLocation } from '../tracking';
import { bandHalfWidth, type TrackedFinding, type TrackedTarget } from '../../../server/src/core';
import type { LedgerGroup, LedgerRow, LedgerSource, TargetMark } from './ledgerMessages';

const COLLATOR = new Intl.Collator('zh-CN');

export function ledgerGroups(targets: readonly TrackedTarget[]): LedgerGroup[] {
  const groups = new Map<string, LedgerGroup>();
  for (const tracked of targets) {
    const { change, unit } = tracked.target;
    const id = JSON.stringify([tracked.place, tracked.indicator, change, unit]);
    let group = groups.get(id);
    if (!group) {
      group = { id, place: tracked.place, indicator: tracked.indicator, measure: [change, unit].filter(Boolean).join(' · '), unit, rows: [] };
      groups.set(id, group);
    }
    group.rows.push(ledgerRow(tracked));
  }
  for (const group of groups.values()) group.rows.sort((a, b) => (a.period ?? 0) - (b.period ?? 0));
  return [...groups.values()].sort(
    (a, b) => COLLATOR.compare(a.place ?? '', b.place ?? '') || COLLATOR.compare(a.indicator, b.indicator) || COLLATOR.compare(a.measure, b.measure),
  );
}

function ledgerRow(tracked: TrackedTarget): LedgerRow {
  const { target, result } = tracked;
  return {
    period: tracked.period,
    status: tracked.status,
    statusName: statusName(tracked.status),
    target: { ...source(target), text: target.text, reading: formatQuantity(target) || target.text, mark: targetMark(target) },
    result: result && { ...source(result), text: result.text, reading: formatQuantity(result) || result.text, value: plottedResult(tracked), estimate: result.estimate },
    gap: formatGap(tracked.gap, tracked.gapUnit),
  };
}

function source(finding: TrackedFinding): LedgerSource {
  const { file, line, start, end } = finding;
  return { file, line, start, end, location: trackedLocation(finding) };
}

/**
 * The result where the chart puts it, on the target's scale: the server's gap is counted in the
 * target's direction (社零下降1.3% against 增长7% is −1.3), so target + gap is the result as the
 * target reads it. A range's gap is to its nearer end: its result is drawn as written.
 */
function plottedResult({ target, result, gap }: TrackedTarget): number | null {
  if (target.comparator !== 'range' && target.value !== null && gap !== null) return target.value + gap;
  return result?.value ?? null;
}

/**
 * The band of `~` and `=` is the one the status rule allows (`bandHalfWidth`), so a result inside
 * it is drawn inside it.
 */
export function targetMark(target: TrackedFinding): TargetMark | null {
  const { comparator, value, min, max, unit } = target;
  if (comparator === 'range') return min !== null && max !== null ? { kind: 'band', low: min, high: max, value: null } : null;
  if (value === null) return null;
  switch (comparator) {
    case '>=': case '>': return { kind: 'floor', value };
    case '<=': case '<': return { kind: 'ceiling', value };
    case '~': case '=': {
      const half = bandHalfWidth(unit, value);
      return { kind: 'band', low: value - half, high: value + half, value };
    }
    default: return null;
  }
}
