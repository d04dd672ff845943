/**
 * Whether a result meets its target (docs/tracking.md, Status): by the target's comparator, on
 * the result's value, both counted with their direction (下降3% is −3), so that 能耗下降3.6% beats
 * 下降3%左右 and 社零下降1.3% misses 增长7%.
 */
import type { Finding } from '../types';
import { direction, type Goal } from './indicator';
import type { TrackStatus } from './types';

export interface Outcome {
  status: TrackStatus;
  /** Result minus target in the target's own direction (a fall 0.6 points deeper is +0.6). */
  gap: number | null;
  gapUnit: string | null;
}

/** ±0.5 percentage point around a rate; ±5 % of the value around anything else. */
const RATE_BAND = 0.5;
const RELATIVE_BAND = 0.05;
const EPSILON = 1e-9;

/** Half the width of the band a `~` or `=` target allows around `value` (the ledger draws the same band). */
export function bandHalfWidth(unit: string | null, value: number): number {
  return unit === '%' ? RATE_BAND : Math.abs(value) * RELATIVE_BAND;
}

export function outcome(target: Finding, result: Finding, goal: Goal): Outcome {
  const gapUnit = target.unit === '%' || target.unit === '百分点' ? '百分点' : target.unit;
  const sign = direction(target);
  const resultSign = direction(result);
  if (result.value === null) return { status: 'unclear', gap: null, gapUnit };
  const got = result.value * resultSign;
  /** The gap to a signed reference, turned to the target's direction and rounded past float noise. */
  const gapTo = (reference: number) => round((got - reference) * sign);

  if (target.comparator === 'range') {
    if (target.min === null || target.max === null) return { status: 'unclear', gap: null, gapUnit };
    const [low, high] = [target.min * sign, target.max * sign].sort((a, b) => a - b) as [number, number];
    if (got >= low - EPSILON && got <= high + EPSILON) return { status: 'met', gap: 0, gapUnit };
    return { status: 'missed', gap: gapTo(got < low ? low : high), gapUnit };
  }
  if (target.value === null) return { status: 'unclear', gap: null, gapUnit };
  const want = target.value * sign;
  const gap = gapTo(want);
  const met = (ok: boolean): Outcome => ({ status: ok ? 'met' : 'missed', gap, gapUnit });
  // 下降3%以上 is a signed −3 or lower: a fall turns the comparison round.
  const comparator = sign === 1 ? target.comparator : FLIPPED[target.comparator ?? '='] ?? target.comparator;
  switch (comparator) {
    case '>=': return met(got >= want - EPSILON);
    case '>': return met(got > want + EPSILON);
    case '<=': return met(got <= want + EPSILON);
    case '<': return met(got < want - EPSILON);
    default: {
      // '~', '=' and a target with no comparator: a band around the figure.
      const band = bandHalfWidth(target.unit, want);
      if (Math.abs(got - want) <= band + EPSILON) return met(true);
      if (got > want) return met(false);
      // Below the band: within target for a ceiling, short of it for a floor.
      if (goal === 'ceiling') return met(true);
      return goal === 'floor' ? met(false) : { status: 'unclear', gap, gapUnit };
    }
  }
}

const FLIPPED: Partial<Record<string, Finding['comparator']>> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>' };

function round(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}
