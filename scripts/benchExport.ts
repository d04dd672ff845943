/**
 * `npm run bench` (and `npm run bench:export`): `policylens export` on a generated corpus of
 * 10 000 reports (≈ 475 MB, scripts/benchCorpus.ts) against one-process `analyze --json` of the
 * same files: wall time, throughput and peak RSS of the whole process (workers are threads of it).
 * `analyze --json` runs on the first --analyze=N files (default 1000) and is extrapolated to the
 * corpus: it is one process reading one file after another, so its time grows linearly.
 * Options: --files=N, --analyze=N, --workers=N, --formats=parquet,jsonl,csv, --keep (leave the corpus
 * in the temp folder).
 * Bars (the issue's aim): ≤ 40 s and ≤ 400 MB on 2 cores. It reports; it never fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from './benchCorpus';

const ROOT = path.join(__dirname, '..');
const BARS = { seconds: 40, rssMb: 400 };
const MB = 1_000_000;

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg === undefined ? fallback : Number(arg.slice(name.length + 3));
}

interface Run {
  seconds: number;
  rssMb: number;
  status: number | null;
}

/** Runs the built CLI under a preload that prints the process's peak RSS as it exits. */
function timed(preload: string, args: string[], stdout: 'ignore' | 'pipe' = 'ignore'): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--require', preload, path.join(ROOT, 'bin', 'policylens.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', stdout, 'pipe'],
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  const rss = /POLICYLENS_BENCH_MAXRSS (\d+)/.exec(child.stderr ?? '')?.[1];
  if (child.status !== 0) process.stderr.write(child.stderr.slice(0, 2000));
  return { seconds, rssMb: rss === undefined ? NaN : Number(rss) / 1024, status: child.status };
}

function main(): void {
  const count = option('files', 10_000);
  const analyzeCount = Math.min(count, option('analyze', 1000));
  const workers = option('workers', os.availableParallelism());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policylens-bench-export-'));
  try {
    const preload = path.join(dir, 'maxrss.cjs');
    writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, `POLICYLENS_BENCH_MAXRSS ${process.resourceUsage().maxRSS}\\n`));\n");
    const corpusDir = path.join(dir, 'corpus');
    let started = performance.now();
    const { files, bytes } = writeCorpus(path.join(ROOT, 'seeds'), corpusDir, count);
    console.log(`export bench: ${count} generated reports, ${(bytes / MB).toFixed(0)} MB, written in ${((performance.now() - started) / 1000).toFixed(1)} s; ${workers} workers on ${os.availableParallelism()} cores`);

    const rows: string[][] = [];
    const formats = (process.argv.find((a) => a.startsWith('--formats='))?.slice('--formats='.length) ?? 'parquet,jsonl,csv').split(',');
    for (const format of formats) {
      const out = path.join(dir, `export.${format}`);
      const run = timed(preload, ['export', corpusDir, '--out', out, '--workers', String(workers), '--quiet']);
      rows.push([`export → .${format}`, `${run.seconds.toFixed(1)} s`, `${(bytes / MB / run.seconds).toFixed(1)} MB/s`, `${run.rssMb.toFixed(0)} MB`,
        `${(statSync(out).size / MB).toFixed(0)} MB out${run.status === 0 ? '' : `, exit ${run.status}`}`]);
      rmSync(out, { force: true });
    }

    const subset = files.slice(0, analyzeCount);
    const subsetBytes = subset.reduce((sum, file) => sum + statSync(file).size, 0);
    started = performance.now();
    const run = timed(preload, ['analyze', '--json', ...subset]);
    const scale = bytes / subsetBytes;
    rows.push([`analyze --json, 1 process (${analyzeCount} files, ×${scale.toFixed(1)})`, `${(run.seconds * scale).toFixed(1)} s`, `${(subsetBytes / MB / run.seconds).toFixed(1)} MB/s`, `${run.rssMb.toFixed(0)} MB`, `measured ${run.seconds.toFixed(1)} s`]);

    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
    for (const row of rows) console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`);
    console.log(`  bars: ≤ ${BARS.seconds} s and ≤ ${BARS.rssMb} MB for the whole corpus`);
    if (process.argv.includes('--keep')) console.log(`  corpus kept in ${corpusDir}`);
  } finally {
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
}

main();
