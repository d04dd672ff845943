/**
 * `npm run bench`: analysis time per seed against a bare nodejieba cut, jieba's cold load time
 * and resident memory, a linearity check on long single-line text, and each pathological family of
 * the fuzz test (test/fuzz/pathological.ts) timed at 0.1, 1 and 10 MB. It reports figures against
 * the bars; it never fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as nodejieba from 'nodejieba';
import { analyze } from '../server/src/core';
import type { Segmenter } from '../server/src/core';
import { SEGMENTATION_WORDS } from '../server/src/core';
import { loadJiebaSegmenter } from '../server/src/jieba';
import { DICT_DIR } from './segmenterForScripts';
import { pathologicalFamilies } from '../test/fuzz/pathological';

const ROOT = path.join(__dirname, '..');
const SEEDS_DIR = path.join(ROOT, 'seeds');
/** The children run this script bundled, under plain node like the shipped CLI: tsx alone adds ~50 MB RSS. */
const CHILD_BUNDLE = path.join(ROOT, 'dist', 'bench-child.js');
const BARS = { seed004Ms: 50, loadMs: 300, rssMb: 150 };
const LOAD_RUNS = 3;
/** Bounds the 10 MB line too: a superlinear analysis is reported, not waited for. */
const CHILD_TIMEOUT_MS = 30_000;
const MB = 1_000_000;

interface Seed {
  name: string;
  text: string;
  bytes: number;
}

interface SeedFigures {
  name: string;
  bytes: number;
  analyzeMs: number;
  cutMs: number;
}

interface LoadFigures {
  loadMs: number;
  rssMb: number;
}

interface FamilyFigures {
  bytes: number;
  ms: number;
  findings: number;
}

/** Each family's sizes; a family that takes longer than this in all is reported as not finishing. */
const FAMILY_SIZES = [0.1 * MB, MB, 10 * MB];
const FAMILY_TIMEOUT_MS = 90_000;

interface LongLineFigures {
  seed: string;
  bytes: number;
  ms: number;
  findings: number;
}

function readSeeds(): Seed[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(SEEDS_DIR, name), 'utf8');
      return { name, text, bytes: Buffer.byteLength(text) };
    });
}

function loadSegmenter(): Segmenter {
  return loadJiebaSegmenter({ dictDir: DICT_DIR });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Median of up to `runs` timings after warm-up; slow code gets fewer runs so the bench stays short.
 * The warm-up runs for a while rather than a few times: the server analyses a document on every
 * edit, so its steady state is optimised code (seed 000 takes 12.6 ms on its 4th run, 3.8 ms later).
 */
function warmMedian(run: () => void, runs = 15, budgetMs = 1500, warmUpMs = 400): number {
  const warmUntil = performance.now() + warmUpMs;
  for (let i = 0; i < 3 || (i < 200 && performance.now() < warmUntil); i++) run();
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (times.length < runs && (times.length < 3 || performance.now() < deadline)) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Child: a cold load (nodejieba opens its native binding on first use, so that is inside), then every seed. */
function childLoad(): void {
  const start = performance.now();
  const segmenter = loadSegmenter();
  segmenter.cut('规模以上工业增加值增长8%以上');
  const loadMs = performance.now() - start;
  for (const seed of readSeeds()) analyze(seed.text, { segmenter });
  print<LoadFigures>({ loadMs, rssMb: process.memoryUsage().rss / MB });
}

/** Child: each seed's warm analysis time against a bare nodejieba cut of the same text. */
function childSeeds(): void {
  const segmenter = loadSegmenter();
  for (const seed of readSeeds()) {
    const analyzeMs = warmMedian(() => analyze(seed.text, { segmenter }));
    const cutMs = warmMedian(() => nodejieba.cut(seed.text));
    print<SeedFigures>({ name: seed.name, bytes: seed.bytes, analyzeMs, cutMs });
  }
}

/**
 * Child: one line of ~1 MB, then one ten times as long, made of a seed's lines joined together,
 * printing each as it finishes. The seed is the one with the most findings per byte, so the long
 * line exercises the analysis.
 */
function childLongLines(): void {
  const segmenter = loadSegmenter();
  const seeds = readSeeds();
  const density = seeds.map((seed) => analyze(seed.text, { segmenter }).findings.length / seed.bytes);
  const seed = seeds[density.indexOf(Math.max(...density))]!;
  const oneLine = seed.text.split(/\r?\n/).join('');
  const small = oneLine.repeat(Math.ceil(MB / Buffer.byteLength(oneLine)));
  analyze(small, { segmenter }); // warm-up for long lines
  for (const text of [small, small.repeat(10)]) {
    const start = performance.now();
    const findings = analyze(text, { segmenter }).findings.length;
    const elapsed = performance.now() - start;
    print<LongLineFigures>({ seed: seed.name, bytes: Buffer.byteLength(text), ms: elapsed, findings });
  }
}

/** Child: one pathological family (by index) at each size, printing each as it finishes. */
function childFamily(index: number): void {
  const segmenter = loadSegmenter();
  const family = pathologicalFamilies(readSeeds()[0]!.text)[index]!;
  analyze(family.build(0.1 * MB), { segmenter }); // warm-up
  for (const bytes of FAMILY_SIZES) {
    const text = family.build(bytes);
    const start = performance.now();
    const findings = analyze(text, { segmenter }).findings.length;
    print<FamilyFigures>({ bytes: Buffer.byteLength(text), ms: performance.now() - start, findings });
  }
}

function print<T>(figures: T): void {
  console.log(JSON.stringify(figures));
}

/** Runs the bundled script in a fresh process in `mode`; collects the figures it printed, even if it was stopped. */
function inChild<T>(mode: string, timeout = CHILD_TIMEOUT_MS): { figures: T[]; failure: string | null } {
  const child = spawnSync(process.execPath, [CHILD_BUNDLE, mode], { cwd: ROOT, encoding: 'utf8', timeout });
  const figures = child.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as T);
  if (child.status === 0) return { figures, failure: null };
  if (child.error && 'code' in child.error && child.error.code === 'ETIMEDOUT') {
    return { figures, failure: `did not finish within ${timeout / 1000} s` };
  }
  const lastLines = child.stderr.trim().split('\n').slice(-3).join(' ');
  return { figures, failure: `failed (${child.signal ?? child.status}): ${lastLines}` };
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
const verdict = (value: number, bar: number) => (value <= bar ? 'PASS' : 'FAIL');

function row(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
}

async function main(): Promise<void> {
  const dictWords = readFileSync(path.join(DICT_DIR, 'jieba.dict.utf8'), 'utf8').split('\n').length - 1;
  const cpus = os.cpus();
  console.log(`PolicyLens bench: node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}`);
  console.log(`jieba dictionary: ${dictWords} words (dist/dict) + ${SEGMENTATION_WORDS.length} policy words\n`);

  const { buildSync } = await import('esbuild'); // not at the top: the children must not load it
  buildSync({
    entryPoints: [__filename],
    outfile: CHILD_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['nodejieba', 'esbuild'],
    logLevel: 'warning',
  });
  try {
    report();
  } finally {
    rmSync(CHILD_BUNDLE, { force: true });
  }
}

function report(): void {
  const loads: LoadFigures[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const { figures, failure } = inChild<LoadFigures>('--child=load');
    if (failure) console.log(`cold load child ${failure}`);
    loads.push(...figures);
  }

  const widths = [28, 9, 10, 12, 10, 7];
  console.log(row(['seed', 'size', 'analyze', 'per 100 KB', 'jieba cut', 'ratio'], widths));
  let seed004Ms = NaN;
  const seeds = inChild<SeedFigures>('--child=seeds');
  if (seeds.failure) console.log(`seed timing child ${seeds.failure}`);
  for (const seed of seeds.figures) {
    if (seed.name.startsWith('004')) seed004Ms = seed.analyzeMs;
    const size = `${(seed.bytes / 1000).toFixed(1)} KB`;
    const ratio = `${(seed.analyzeMs / seed.cutMs).toFixed(2)}×`;
    const per100Kb = ms((seed.analyzeMs * 100_000) / seed.bytes);
    console.log(row([seed.name, size, ms(seed.analyzeMs), per100Kb, ms(seed.cutMs), ratio], widths));
  }
  console.log('(warm medians of the bundled analyzer under plain node, as shipped; ratio = analyze ÷ bare nodejieba cut of the same text)\n');

  const longLines = inChild<LongLineFigures>('--child=long-lines');
  const [small, large] = longLines.figures;
  console.log(`linearity: ${small?.seed ?? 'a seed'} joined into one line and repeated`);
  for (const run of longLines.figures) {
    console.log(`  ${(run.bytes / MB).toFixed(1)} MB  ${ms(run.ms)}  (${run.findings} findings)`);
  }
  if (longLines.failure) console.log(`  ${longLines.figures.length ? '10 MB' : '1 MB'} run ${longLines.failure}`);
  if (small && large) console.log(`  time ratio ${(large.ms / small.ms).toFixed(1)}× for 10× the text`);
  console.log();

  reportFamilies();

  const loadMs = median(loads.map((figures) => figures.loadMs));
  const rssMb = median(loads.map((figures) => figures.rssMb));
  const bars = [
    ['seed 004 analyze, warm', ms(seed004Ms), `≤ ${BARS.seed004Ms} ms`, verdict(seed004Ms, BARS.seed004Ms)],
    [`jieba cold load (median of ${loads.length})`, ms(loadMs), `≤ ${BARS.loadMs} ms`, verdict(loadMs, BARS.loadMs)],
    ['RSS after analysing all seeds', `${rssMb.toFixed(0)} MB`, `≤ ${BARS.rssMb} MB`, verdict(rssMb, BARS.rssMb)],
  ];
  console.log('bars');
  for (const cells of bars) console.log('  ' + row(cells, [32, 9, 10, 5]));
}

/** Time per size of each pathological family, and how the time grows with 10× the text. */
function reportFamilies(): void {
  const widths = [28, 10, 10, 10, 8, 8, 10];
  console.log('pathological text (test/fuzz/pathological.ts), one analysis each');
  console.log(row(['family', '0.1 MB', '1 MB', '10 MB', '1/0.1', '10/1', 'findings'], widths));
  pathologicalFamilies('').forEach((family, index) => {
    const { figures, failure } = inChild<FamilyFigures>(`--child=family=${index}`, FAMILY_TIMEOUT_MS);
    const times = FAMILY_SIZES.map((_, i) => (figures[i] ? ms(figures[i].ms) : '—'));
    const growth = [1, 2].map((i) => {
      const [smaller, larger] = [figures[i - 1], figures[i]];
      return smaller && larger ? `${(larger.ms / smaller.ms).toFixed(1)}×` : '—';
    });
    const findings = String(figures[figures.length - 1]?.findings ?? '—');
    console.log(row([family.name, ...times, ...growth, findings], widths) + (failure ? `  (${failure})` : ''));
  });
  console.log('(a ratio near 10× is linear; findings at the largest size that finished)\n');
}

const mode = process.argv[2];
if (mode === '--child=load') childLoad();
else if (mode === '--child=seeds') childSeeds();
else if (mode === '--child=long-lines') childLongLines();
else if (mode?.startsWith('--child=family=')) childFamily(Number(mode.split('=')[2]));
else void main();
