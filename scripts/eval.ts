/**
 * Scores the analyzer on hand-labelled reports as findings.md describes, per set: the seeds
 * (seeds/gold), the corpus documents we develop on, and the corpus validation split
 * (test/corpus/split.json) that no rule is tuned on:
 * a finding matches a label when line, kind family, unit and value (or min/max) agree; then
 * comparator, deadline and indicator are scored on the matched pairs.
 *
 *   npm run eval                 print the scores
 *   npm run eval -- --check      also fail (exit 1) when a score falls below its bar
 *   npm run eval -- --verbose    list every miss and false alarm
 *   npm run eval -- --set corpus-dev   score one set only
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core';
import type { Finding } from '../server/src/core';
import { loadSegmenter } from './segmenterForScripts';
import { evaluateSummaryCheck } from './evalSummaries';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');
const onlySet = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : null;
const verbose = process.argv.includes('--verbose');

type Label = Partial<Finding> & Pick<Finding, 'kind' | 'line'>;
const FAMILIES = ['target+commitment', 'achievement', 'baseline', 'date'] as const;
type Family = (typeof FAMILIES)[number];
const familyOf = (kind: string): Family => (kind === 'target' || kind === 'commitment' ? 'target+commitment' : (kind as Family));

interface EvalSet {
  name: string;
  textDir: string;
  goldDir: string;
  files: string[];
}

const corpusDir = join(root, 'test', 'corpus');
const split = JSON.parse(readFileSync(join(corpusDir, 'split.json'), 'utf8')) as Record<'validation' | 'fresh' | 'fresh2' | 'fresh3' | 'fresh3dev' | 'fresh4' | 'fresh5', string[]>;
/**
 * Sets scored apart from dev, by name: held out (validation, fresh, fresh3, fresh4: never tuned on), or tuned on
 * since they were first scored (fresh2, fresh3-dev, fresh5) and kept apart so that their figures stay comparable.
 */
const OWN_SETS: Record<string, ReadonlySet<string>> = {
  'corpus-validation': new Set(split.validation),
  'corpus-fresh': new Set(split.fresh),
  'corpus-fresh2': new Set(split.fresh2),
  'corpus-fresh3': new Set(split.fresh3),
  'corpus-fresh3-dev': new Set(split.fresh3dev),
  'corpus-fresh4': new Set(split.fresh4),
  'corpus-fresh5': new Set(split.fresh5),
};
const goldFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
const corpusFiles = goldFiles(join(corpusDir, 'gold'));
const docName = (file: string) => file.replace(/\.jsonl$/, '');
const ownSet = (file: string) => Object.values(OWN_SETS).some((set) => set.has(docName(file)));
const corpusSet = (name: string, files: string[]): EvalSet => ({ name, textDir: join(corpusDir, 'docs'), goldDir: join(corpusDir, 'gold'), files });
const SETS: EvalSet[] = [
  { name: 'seeds', textDir: join(root, 'seeds'), goldDir: join(root, 'seeds', 'gold'), files: goldFiles(join(root, 'seeds', 'gold')) },
  corpusSet('corpus-dev', corpusFiles.filter((f) => !ownSet(f))),
  ...Object.entries(OWN_SETS).map(([name, docs]) => corpusSet(name, corpusFiles.filter((f) => docs.has(docName(f))))),
];

/**
 * The bars per set: below them `--check` fails the run. Each is the score once reached, never
 * lowered (issue 9 asks 0.90 of the whole corpus).
 */
const WHOLE_CORPUS = 'whole corpus';
const BAR_TABLE: Record<string, [tc: number, achievement: number, date: number, deadline: number]> = {
  seeds: [0.97, 0.97, 0.97, 0.97],
  'corpus-dev': [0.97, 0.97, 0.95, 0.97],
  // Nine documents since fujian-gwr-2022-news moved to dev (split.json says why).
  // Its date misses, and wuzhou-2024-shishi-trad’s year, were read on 2026-12-04 (split.json): its date and deadline figures are no longer evidence.
  'corpus-validation': [0.95, 0.85, 0.88, 0.98],
  'corpus-fresh': [0.9, 0.85, 0.85, 0.95],
  // Held out until 2026-12-03, tuned on since (its misses were read): a second dev set now.
  'corpus-fresh2': [0.97, 0.97, 0.95, 0.95],
  // Held out: 青海 and 新疆, labelled by a reader who saw neither rules nor output; only totals read.
  // Its two date misses were read on 2026-12-04 (split.json); nothing else of it.
  'corpus-fresh3': [0.95, 0.95, 0.95, 0.8],
  // 江西 贵州 甘肃 of the same labelling, tuned on since their first scoring (split.json has the figures).
  'corpus-fresh3-dev': [0.95, 0.97, 0.95, 0.7],
  // Held out: 山西 吉林 黑龙江 内蒙古 上海 天津, labelled blind on 2026-12-03; only totals read.
  'corpus-fresh4': [0.97, 0.95, 0.9, 0.97],
  // 山东 广东 广西, labelled blind on 2026-12-04, scored untuned (split.json has the figures), tuned on since.
  'corpus-fresh5': [0.97, 0.97, 0.88, 0.75],
  // Issue 9's bars for every set but the seeds, counted as one.
  [WHOLE_CORPUS]: [0.9, 0.9, 0.9, 0.9],
};
const BARS: Record<string, Array<{ what: string; min: number; get: (s: Scores) => number }>> = Object.fromEntries(
  Object.entries(BAR_TABLE).map(([set, [tc, achievement, date, deadline]]) => [set, [
    { what: 'F1 target+commitment', min: tc, get: (s: Scores) => f1(s.counts['target+commitment']) },
    { what: 'F1 achievement', min: achievement, get: (s: Scores) => f1(s.counts.achievement) },
    { what: 'F1 date', min: date, get: (s: Scores) => f1(s.counts.date) },
    { what: 'deadline accuracy', min: deadline, get: (s: Scores) => s.deadline.right / Math.max(1, s.deadline.total) },
  ]]),
);

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

const segmenter = loadSegmenter();

function emptyScores(): Scores {
  return {
    counts: Object.fromEntries(FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Family, Counts>,
    comparator: { right: 0, total: 0 }, deadline: { right: 0, total: 0 }, indicator: { right: 0, total: 0 },
  };
}

function score(set: EvalSet): Scores {
  const s = emptyScores();
  for (const file of set.files) {
    const [header, ...labels] = readFileSync(join(set.goldDir, file), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const ranges: Array<[number, number]> = header.ranges;
    const inRange = (line: number) => ranges.some(([a, b]) => line >= a && line <= b);
    const text = readFileSync(join(set.textDir, file.replace(/\.jsonl$/, '.txt')), 'utf8');
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
        if (verbose) console.log(`  miss  ${short(file)}:${g.line} ${g.kind} ${g.text} (${g.indicator ?? ''})`);
        continue;
      }
      unmatched.delete(best);
      c.tp++;
      if (g.kind !== 'date') tally(s.comparator, best.comparator === g.comparator, verbose && `${g.text}: comparator ${best.comparator} ≠ ${g.comparator}`);
      if (g.deadline !== undefined) tally(s.deadline, best.deadline === g.deadline, verbose && `${short(file)}:${g.line} ${g.text}: deadline ${best.deadline} ≠ ${g.deadline}`);
      if (g.kind !== 'date') tally(s.indicator, best.indicator === g.indicator, verbose && `${short(file)}:${g.line} ${g.text}: indicator ${best.indicator} ≠ ${g.indicator}`);
    }
    for (const p of unmatched) {
      s.counts[familyOf(p.kind)].fp++;
      if (verbose) console.log(`  false ${short(file)}:${p.line} ${p.kind} ${p.text} = ${p.value ?? `${p.min}-${p.max}`} ${p.unit ?? ''} (${p.indicator ?? ''})`);
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

const short = (file: string) => file.replace(/\.jsonl$/, '').slice(0, 24);
const pct = (x: number) => x.toFixed(3);
function printScores(title: string, s: Scores): void {
  console.log(`\n== ${title}`);
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
}

/** The sum of several sets' counts, as if they were one. */
function addScores(into: Scores, s: Scores): void {
  for (const family of FAMILIES) for (const k of ['tp', 'fp', 'fn'] as const) into.counts[family][k] += s.counts[family][k];
  for (const k of ['comparator', 'deadline', 'indicator'] as const) {
    into[k].right += s[k].right;
    into[k].total += s[k].total;
  }
}

const failures: string[] = [];
function checkBars(name: string, s: Scores): void {
  for (const b of BARS[name]!) {
    const ok = b.get(s) >= b.min;
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${name} ${b.what} ${pct(b.get(s))} (bar ${b.min})`);
    if (!ok) failures.push(`${name} ${b.what}`);
  }
}

const wholeCorpus = emptyScores();
let corpusFileCount = 0;
for (const set of SETS.filter((x) => onlySet === null || x.name === onlySet)) {
  const s = score(set);
  printScores(`${set.name} (${set.files.length} files)`, s);
  if (set.name !== 'seeds') {
    addScores(wholeCorpus, s);
    corpusFileCount += set.files.length;
  }
  checkBars(set.name, s);
}
if (onlySet === null) {
  printScores(`${WHOLE_CORPUS} (${corpusFileCount} files)`, wholeCorpus);
  checkBars(WHOLE_CORPUS, wholeCorpus);
  failures.push(...evaluateSummaryCheck(segmenter, verbose).failures);
}
if (check && failures.length > 0) {
  console.error(`eval: ${failures.length} score(s) below the bar: ${failures.join(", ")}`);
  process.exit(1);
}
