/**
 * Scores the analyzer on the hand-labelled seeds (seeds/gold/*.jsonl) as findings.md describes:
 * a finding matches a label when line, kind family, unit and value (or min/max) agree; then
 * comparator, deadline and indicator are scored on the matched pairs.
 *
 *   npm run eval                 print the scores
 *   npm run eval -- --check      also fail (exit 1) when a score falls below its bar
 *   npm run eval -- --verbose    list every miss and false alarm
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import type { Finding } from '../server/src/core/types';
import { loadSegmenter } from './segmenterForScripts';
import { evaluateSummaryCheck } from './evalSummaries';

const root = join(__dirname, '..');
const goldDir = join(root, 'seeds', 'gold');
const check = process.argv.includes('--check');
const verbose = process.argv.includes('--verbose');

type Label = Partial<Finding> & Pick<Finding, 'kind' | 'line'>;
const FAMILIES = ['target+commitment', 'achievement', 'baseline', 'date'] as const;
type Family = (typeof FAMILIES)[number];
const familyOf = (kind: string): Family => (kind === 'target' || kind === 'commitment' ? 'target+commitment' : (kind as Family));

/** The bars of issue 2: below them `--check` fails the run. */
const BARS: Array<{ what: string; min: number; get: (s: Scores) => number }> = [
  { what: 'F1 target+commitment', min: 0.9, get: (s) => f1(s.counts['target+commitment']) },
  { what: 'F1 achievement', min: 0.9, get: (s) => f1(s.counts.achievement) },
  { what: 'F1 date', min: 0.9, get: (s) => f1(s.counts.date) },
  { what: 'deadline accuracy', min: 0.9, get: (s) => s.deadline.right / Math.max(1, s.deadline.total) },
];

interface Counts { tp: number; fp: number; fn: number }
interface Accuracy { right: number; total: number }
interface Scores {
  counts: Record<Family, Counts>;
  comparator: Accuracy;
  deadline: Accuracy;
  indicator: Accuracy;
}

const sameNumber = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === null ? (b ?? null) === null : b != null && Math.abs(a! - b) <= 1e-9 * Math.max(1, Math.abs(a!));

function matches(p: Finding, g: Label): boolean {
  return p.line === g.line && familyOf(p.kind) === familyOf(g.kind) && (p.unit ?? null) === (g.unit ?? null)
    && sameNumber(p.value, g.value) && sameNumber(p.min, g.min) && sameNumber(p.max, g.max);
}

function score(): Scores {
  const segmenter = loadSegmenter();
  const s: Scores = {
    counts: Object.fromEntries(FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Family, Counts>,
    comparator: { right: 0, total: 0 }, deadline: { right: 0, total: 0 }, indicator: { right: 0, total: 0 },
  };
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const [header, ...labels] = readFileSync(join(goldDir, file), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const ranges: Array<[number, number]> = header.ranges;
    const inRange = (line: number) => ranges.some(([a, b]) => line >= a && line <= b);
    const text = readFileSync(join(root, 'seeds', file.replace(/\.jsonl$/, '.txt')), 'utf8');
    const report = analyze(text, { segmenter });
    if (report.year !== header.year) console.log(`${file}: year ${report.year}, labelled ${header.year}`);
    const predicted = report.findings.filter((f) => inRange(f.line));
    const unmatched = new Set(predicted);
    for (const g of labels as Label[]) {
      // Among candidates, pair with the one whose span is nearest the label's.
      let best: Finding | null = null;
      for (const p of unmatched) {
        if (matches(p, g) && (!best || Math.abs(p.start - (g.start ?? 0)) < Math.abs(best.start - (g.start ?? 0)))) best = p;
      }
      const c = s.counts[familyOf(g.kind)];
      if (!best) {
        c.fn++;
        if (verbose) console.log(`  miss  ${file.slice(0, 3)}:${g.line} ${g.kind} ${g.text} (${g.indicator ?? ''})`);
        continue;
      }
      unmatched.delete(best);
      c.tp++;
      if (g.kind !== 'date') tally(s.comparator, best.comparator === g.comparator, verbose && `${g.text}: comparator ${best.comparator} ≠ ${g.comparator}`);
      if (g.deadline !== undefined) tally(s.deadline, best.deadline === g.deadline, verbose && `${file.slice(0, 3)}:${g.line} ${g.text}: deadline ${best.deadline} ≠ ${g.deadline}`);
      if (g.kind !== 'date') tally(s.indicator, best.indicator === g.indicator, verbose && `${file.slice(0, 3)}:${g.line} ${g.text}: indicator ${best.indicator} ≠ ${g.indicator}`);
    }
    for (const p of unmatched) {
      s.counts[familyOf(p.kind)].fp++;
      if (verbose) console.log(`  false ${file.slice(0, 3)}:${p.line} ${p.kind} ${p.text} = ${p.value ?? `${p.min}-${p.max}`} ${p.unit ?? ''} (${p.indicator ?? ''})`);
    }
  }
  return s;
}

function tally(a: Accuracy, right: boolean, note: string | false): void {
  a.total++;
  if (right) a.right++;
  else if (note) console.log(`  wrong ${note}`);
}

function f1(c: Counts): number {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const s = score();
const pct = (x: number) => x.toFixed(3);
console.log('kind                 precision  recall     F1   (tp/fp/fn)');
for (const family of FAMILIES) {
  const c = s.counts[family];
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  console.log(`${family.padEnd(20)} ${pct(p).padStart(9)} ${pct(r).padStart(7)} ${pct(f1(c)).padStart(6)}   (${c.tp}/${c.fp}/${c.fn})`);
}
for (const [name, a] of [['comparator', s.comparator], ['deadline', s.deadline], ['indicator', s.indicator]] as const) {
  console.log(`${name} accuracy on matched pairs: ${pct(a.right / Math.max(1, a.total))} (${a.right}/${a.total})`);
}
const summaries = evaluateSummaryCheck(loadSegmenter(), verbose);
const failures: string[] = BARS.filter((b) => b.get(s) < b.min).map((b) => b.what);
for (const b of BARS) console.log(`${b.get(s) >= b.min ? 'PASS' : 'FAIL'}  ${b.what} ${pct(b.get(s))} (bar ${b.min})`);
failures.push(...summaries.failures);
if (check && failures.length > 0) {
  console.error(`eval: ${failures.length} score(s) below the bar`);
  process.exit(1);
}
