/**
 * Tracking (docs/tracking.md): a report for year N sets targets; the same place's report whose
 * review is of year N says what came of them. Pure: reports in, one row per target out.
 */
import type { Finding, Report } from '../types';
import { goalOf, indicatorKey, unitKey } from './indicator';
import { outcome } from './status';
import type { TrackedFinding, TrackedTarget, TrackInput } from './types';

/** Groups by place, pairs year N's targets with the achievements for year N; pure. */
export function trackReports(reports: TrackInput[]): TrackedTarget[] {
  const byPlace = new Map<string, TrackInput[]>();
  for (const input of reports) {
    const place = input.report.place;
    // A report that does not say where it is about cannot be told from another place's.
    if (place === null || input.report.year === null) continue;
    const inputs = byPlace.get(place) ?? [];
    inputs.push(input);
    byPlace.set(place, inputs);
  }
  const out: TrackedTarget[] = [];
  for (const [place, inputs] of [...byPlace].sort(([a], [b]) => a.localeCompare(b))) {
    const years = inputs.map((i) => i.report.year!);
    for (const tracked of trackPlace(place, years, (year) => inputs.filter((i) => i.report.year === year))) out.push(tracked);
  }
  return out;
}

/**
 * One place's reports, year by year: each year's targets with the next year's results. Its
 * reports are asked for once a year, in order, and only for years with a neighbour, so a caller
 * that keeps them elsewhere (the export's spool) holds two years at a time.
 */
export function trackPlace(place: string, years: Iterable<number>, reportsOf: (year: number) => TrackInput[]): TrackedTarget[] {
  const known = new Set(years);
  const out: TrackedTarget[] = [];
  let loaded: { year: number; reports: TrackInput[] } | null = null;
  for (const year of [...known].sort((a, b) => a - b)) {
    // The report whose review is of `year` is the one planning for year + 1.
    if (!known.has(year + 1)) continue;
    const earlier = loaded?.year === year ? loaded.reports : reportsOf(year);
    loaded = { year: year + 1, reports: reportsOf(year + 1) };
    for (const tracked of trackTargets(earlier, loaded.reports, year, place)) out.push(tracked);
  }
  return out;
}

/**
 * The targets for `period` of the earlier reports, each with the later reports' result: what
 * `policylens track EARLIER LATER` prints for the two files it is given, whatever their places.
 */
export function trackTargets(earlier: TrackInput[], later: TrackInput[], period: number, place: string | null): TrackedTarget[] {
  const results = later.flatMap((input) => resultsOf(input, period));
  const seen = new Set<string>();
  const out: TrackedTarget[] = [];
  for (const input of earlier) {
    for (const target of input.report.findings) {
      if (target.kind !== 'target' || periodOf(target, input.report) !== period) continue;
      const indicator = indicatorKey(target);
      if (indicator === null) continue;
      // The same figure said twice (the target list, then the task that repeats it) is one target.
      const identity = [indicator, target.comparator, target.value, target.min, target.max, unitKey(target.unit)].join('|');
      if (seen.has(identity)) continue;
      seen.add(identity);
      out.push(track({ ...target, file: input.file }, indicator, results, place, period));
    }
  }
  return out;
}

interface Result {
  finding: TrackedFinding;
  indicator: string;
}

function track(target: TrackedFinding, indicator: string, results: Result[], place: string | null, period: number): TrackedTarget {
  // Units must agree after folding magnitudes; 30亿斤 is not compared with 148万吨.
  const unit = unitKey(target.unit);
  const match = results.find((r) => r.indicator === indicator && unitKey(r.finding.unit) === unit);
  if (!match) return { place, period, indicator, target, result: null, status: 'unreported', gap: null, gapUnit: null };
  const result = { ...match.finding, estimate: match.finding.estimate === true || match.finding.comparator === '~' };
  return { place, period, indicator, target, result, ...outcome(target, result, goalOf(indicator, target)) };
}

/** A target is due in its deadline's year, else in the report's. */
function periodOf(target: Finding, report: Report): number | null {
  return target.deadline === null ? report.year : Number(target.deadline.slice(0, 4));
}

/** Sections that look back over several years (过去五年, “十三五”时期): their figures are not one year's. */
const SEVERAL_YEARS = /五年|十[一二三四五]五|以来|历程/u;
/** 年均增长, 累计: a figure over several years. */
const OVER_YEARS = /年均|累计|五年/u;

/** The later report's achievements for `period`: its review of that year, not of the five before. */
function resultsOf(input: TrackInput, period: number): Result[] {
  const { report } = input;
  if (report.year !== period + 1) return [];
  const out: Result[] = [];
  for (const f of report.findings) {
    if (f.kind !== 'achievement') continue;
    if (SEVERAL_YEARS.test(f.section) && !f.section.includes(String(period))) continue;
    if (OVER_YEARS.test(f.indicator ?? '') || OVER_YEARS.test(f.change ?? '')) continue;
    const indicator = indicatorKey(f);
    if (indicator !== null) out.push({ finding: { ...f, file: input.file }, indicator });
  }
  return out;
}
