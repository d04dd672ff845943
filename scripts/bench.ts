/**
 * `npm run bench`: analysis time per seed against a bare nodejieba cut, jieba's cold load time
 * and resident memory, and a linearity check on long single-line text. It reports figures against
 * the bars; it never fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as nodejieba from 'nodejieba';
import { analyze } from '../server/src/core/analyze';
import type { Segmenter } from '../server/src/core/segmenter';
import { POLICY_TERMS } from '../server/src/core/vocabulary';
import { loadJiebaSegmenter } from '../server/src/jieba';

const ROOT = path.join(__dirname, '..');
const DICT_DIR = path.join(ROOT, 'dist', 'dict');
const SEEDS_DIR = path.join(ROOT, 'seeds');
const BARS = { seed004Ms: 50, loadMs: 300, rssMb: 150 };
const LOAD_RUNS = 3;
const LINEARITY_TIMEOUT_MS = 30_000;
const MB = 1_000_000;

interface Seed {
  name: string;
  text: string;
  bytes: number;
}

interface LoadFigures {
  loadMs: number;
  rssMb: number;
}

interface LinearityFigures {
  smallBytes: number;
  largeBytes: number;
  smallMs: number;
  largeMs: number;
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
  return loadJiebaSegmenter({ dictDir: DICT_DIR, vocabulary: POLICY_TERMS });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function timeOnce(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Median of up to `runs` timings after warm-up; slow code gets fewer runs so the bench stays short. */
function warmMedian(run: () => void, runs = 15, budgetMs = 1500): number {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (times.length < runs && (times.length < 3 || performance.now() < deadline)) times.push(timeOnce(run));
  return median(times);
}

/** Child: a cold load (nodejieba opens its native binding on first use, so that is inside), then every seed. */
function childLoad(): LoadFigures {
  const start = performance.now();
  const segmenter = loadSegmenter();
  segmenter.cut('规模以上工业增加值增长8%以上');
  const loadMs = performance.now() - start;
  for (const seed of readSeeds()) analyze(seed.text, { segmenter });
  return { loadMs, rssMb: process.memoryUsage().rss / MB };
}

/** Child: one line of ~1 MB and one ten times as long, made of a seed's lines joined together. */
function childLinearity(): LinearityFigures {
  const segmenter = loadSegmenter();
  const seed = readSeeds().at(-1)!;
  for (let i = 0; i < 3; i++) analyze(seed.text, { segmenter });
  const oneLine = seed.text.split(/\r?\n/).join('');
  const small = oneLine.repeat(Math.ceil(MB / Buffer.byteLength(oneLine)));
  const large = small.repeat(10);
  return {
    smallBytes: Buffer.byteLength(small),
    largeBytes: Buffer.byteLength(large),
    smallMs: timeOnce(() => analyze(small, { segmenter })),
    largeMs: timeOnce(() => analyze(large, { segmenter })),
  };
}

/** Runs this script in a fresh process in `mode`; null when it fails or times out. */
function inChild<T>(mode: string, timeout?: number): T | null {
  const child = spawnSync(process.execPath, ['--import', 'tsx', __filename, mode], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout,
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) {
    console.error(`  (${mode} child ${child.signal ? `killed by ${child.signal}` : `exited ${child.status}`}) ${child.stderr.trim()}`);
    return null;
  }
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as T;
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)) + ' ms';
const verdict = (value: number, bar: number) => (value <= bar ? 'PASS' : 'FAIL');

function row(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
}

function main(): void {
  const dictWords = readFileSync(path.join(DICT_DIR, 'jieba.dict.utf8'), 'utf8').split('\n').length - 1;
  console.log(`PolicyLens bench: node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}`);
  console.log(`jieba dictionary ${dictWords} words (dist/dict) + ${POLICY_TERMS.length} policy terms\n`);

  const loads = Array.from({ length: LOAD_RUNS }, () => inChild<LoadFigures>('--child=load')).filter(
    (figures): figures is LoadFigures => figures !== null,
  );

  const segmenter = loadSegmenter();
  const widths = [28, 9, 10, 12, 10, 7];
  console.log(row(['seed', 'size', 'analyze', 'per 100 KB', 'jieba cut', 'ratio'], widths));
  let seed004Ms = NaN;
  for (const seed of readSeeds()) {
    const analyzeMs = warmMedian(() => analyze(seed.text, { segmenter }));
    const cutMs = warmMedian(() => nodejieba.cut(seed.text));
    if (seed.name.startsWith('004')) seed004Ms = analyzeMs;
    const size = `${(seed.bytes / 1000).toFixed(1)} KB`;
    const ratio = `${(analyzeMs / cutMs).toFixed(2)}×`;
    console.log(row([seed.name, size, ms(analyzeMs), ms((analyzeMs * 100_000) / seed.bytes), ms(cutMs), ratio], widths));
  }
  console.log('(warm medians; ratio = analyze ÷ bare nodejieba cut of the same text)\n');

  const linearity = inChild<LinearityFigures>('--child=linearity', LINEARITY_TIMEOUT_MS);
  if (linearity) {
    const { smallBytes, largeBytes, smallMs, largeMs } = linearity;
    console.log(
      `linearity, one line: ${(smallBytes / MB).toFixed(1)} MB ${ms(smallMs)}, ${(largeBytes / MB).toFixed(1)} MB ` +
        `${ms(largeMs)}, ratio ${(largeMs / smallMs).toFixed(1)}× (10× when linear)\n`,
    );
  } else {
    console.log(`linearity: the 10 MB line did not finish within ${LINEARITY_TIMEOUT_MS / 1000} s\n`);
  }

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

const mode = process.argv[2];
if (mode === '--child=load') console.log(JSON.stringify(childLoad()));
else if (mode === '--child=linearity') console.log(JSON.stringify(childLinearity()));
else main();
