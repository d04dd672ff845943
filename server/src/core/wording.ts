/**
 * The wording tiers researchers code targets by (public datasets keep 确保/力争 and 左右/以上 next to
 * the rate): how firmly a figure is promised, and how its bound is worded. Both come from the
 * finding's own words as written, traditional characters included.
 */
import type { Finding } from './types';
import { clauseStart } from './text';

/** 确保 is a floor the government answers for, 力争 and 争取 a stretch; plain is neither. */
export type Pledge = '确保' | '力争' | '争取' | 'plain';
/** 左右 approximate, 以上 a floor, 以内 a ceiling, range two ends; plain an exact figure. */
export type Bound = '左右' | '以上' | '以内' | 'range' | 'plain';

const PLEDGES: ReadonlyArray<readonly [Exclude<Pledge, 'plain'>, readonly string[]]> = [
  ['确保', ['确保', '確保']],
  ['力争', ['力争', '力爭']],
  ['争取', ['争取', '爭取']],
];

const BOUNDS: ReadonlyArray<readonly [Exclude<Bound, 'plain' | 'range'>, RegExp]> = [
  ['左右', /左右|上下|[约約]|接近|近/],
  // 不超过 is a ceiling, 不低于 a floor: the 不 decides.
  ['以上', /以上|不低[于於]|不少[于於]|至少|(?<!不)超|突破|(?<!不)高[于於]/],
  ['以内', /以[内內下]|之[内內]|不超|不高[于於]|不到|不足|(?<!不)低[于於]/],
];

/** The pledge word nearest before the finding within its clause, e.g. 力争 in 力争增长7%. */
export function pledgeOf(line: string, finding: Pick<Finding, 'start'>): Pledge {
  const clause = line.slice(clauseStart(line, finding.start, finding.start), finding.start);
  let best: Pledge = 'plain';
  let at = -1;
  for (const [pledge, spellings] of PLEDGES) {
    for (const spelling of spellings) {
      const found = clause.lastIndexOf(spelling);
      if (found > at) [best, at] = [pledge, found];
    }
  }
  return best;
}

/** How the figure's bound is worded in its text; null for a date, which has none. */
export function boundOf(finding: Pick<Finding, 'kind' | 'text' | 'min' | 'max'>): Bound | null {
  if (finding.kind === 'date') return null;
  if (finding.min !== null && finding.max !== null) return 'range';
  return BOUNDS.find(([, words]) => words.test(finding.text))?.[0] ?? 'plain';
}
