/**
 * One indicator given two different targets for the same period in one report: usually a typo or
 * a figure revised in one place and not the other. Only rates (% and 百分点) are compared: counts
 * such as 建成项目130个 name different projects under the same generic word.
 */
import type { Finding } from './types';
import { canonicalIndicator } from './vocabulary';

export interface TargetConflict {
  /** The later target, where the warning goes. */
  finding: Finding;
  /** The first target of the same indicator, change and period. */
  first: Finding;
}

const RATE_UNITS = new Set(['%', '百分点']);

export function conflictingTargets(findings: readonly Finding[]): TargetConflict[] {
  const firstByKey = new Map<string, Finding>();
  const conflicts: TargetConflict[] = [];
  for (const finding of findings) {
    if (finding.kind !== 'target' || !finding.indicator || finding.indicator.length < 2) continue;
    if (finding.unit === null || !RATE_UNITS.has(finding.unit) || finding.deadline === null) continue;
    const key = [canonicalIndicator(finding.indicator), finding.change ?? '', finding.unit, finding.deadline].join('\u0000');
    const first = firstByKey.get(key);
    if (!first) firstByKey.set(key, finding);
    else if (!sameQuantity(first, finding)) conflicts.push({ finding, first });
  }
  return conflicts;
}

/**
 * The same figure, allowing a looser wording of it: 增长12% and 增长12%以上, 4%以内 and <4%
 * say the same; 5%以上 and 5%以下, or 8% and 9%, do not.
 */
function sameQuantity(a: Finding, b: Finding): boolean {
  if (a.value !== b.value || a.min !== b.min || a.max !== b.max) return false;
  return direction(a) === 0 || direction(b) === 0 || direction(a) === direction(b);
}

function direction(finding: Finding): number {
  if (finding.comparator === '>=' || finding.comparator === '>') return 1;
  if (finding.comparator === '<=' || finding.comparator === '<') return -1;
  return 0;
}
