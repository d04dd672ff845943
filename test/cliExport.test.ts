/**
 * `policylens export`: the built CLI run as a user runs it, its outputs read back with a real
 * DuckDB (@duckdb/node-api) and compared with what `analyze --json` says of the same reports.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ensureBuilt, ROOT } from './helpers/build';
import { encodeGbk, encodeUtf16 } from './helpers/gbk';
import { progressLine } from '../server/src/export/progress';

const SEED = path.join('seeds', '000_2d311365dc22e685.txt');
const SEEDS = path.join(ROOT, 'seeds');

let dir = '';
let duck: DuckDBConnection;

before(async () => {
  ensureBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'policylens-export-'));
  duck = await (await DuckDBInstance.create(':memory:')).connect();
});

after(() => rmSync(dir, { recursive: true, force: true }));

function policylens(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['bin/policylens.js', ...args], { cwd: ROOT, encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folder(name: string, files: Record<string, Uint8Array | string>): string {
  const root = path.join(dir, name);
  for (const [file, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), bytes);
  }
  return root;
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await duck.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

function jsonl(text: string): Record<string, unknown>[] {
  return text.trimEnd().split('\n').map((line) => JSON.parse(line));
}

/** Counts by kind of `analyze --json` over the seeds: what every export must agree with. */
function analyzedKinds(): Record<string, number> {
  const { status, stdout, stderr } = policylens(['analyze', '--json', ...seedFiles()]);
  assert.equal(status, 0, stderr);
  const counts: Record<string, number> = {};
  for (const report of jsonl(stdout)) for (const f of report.findings as { kind: string }[]) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return counts;
}

function seedFiles(): string[] {
  return ['000_2d311365dc22e685', '001_86b48e2959830386', '002_a1aedb5b2ec46b86', '003_395ec08d707c8053', '004_db1405a2b6de7813'].map((n) => path.join('seeds', `${n}.txt`));
}

test('a folder to Parquet, CSV and JSON Lines: DuckDB counts the same kinds as analyze --json', async () => {
  const expected = analyzedKinds();
  for (const format of ['parquet', 'csv', 'jsonl']) {
    const out = path.join(dir, `seeds.${format}`);
    const { status, stderr } = policylens(['export', SEEDS, '--out', out]);
    assert.equal(status, 0, stderr);
    const reader = format === 'parquet' ? 'read_parquet' : format === 'csv' ? 'read_csv' : 'read_json_auto';
    const rows = await query(`select kind, count(*)::INTEGER as n from ${reader}('${out}') group by kind`);
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.kind, r.n])), expected, format);
  }
});

test('Parquet columns have SQL types, Chinese text and sentences come back as written', async () => {
  const out = path.join(dir, 'types.parquet');
  assert.equal(policylens(['export', SEED, '--out', out]).status, 0);
  const types = Object.fromEntries((await query(`describe select * from read_parquet('${out}')`)).map((r) => [r.column_name, r.column_type]));
  assert.equal(types.report_year, 'INTEGER');
  assert.equal(types.line, 'INTEGER');
  assert.equal(types.value, 'DOUBLE');
  assert.equal(types.deadline, 'DATE');
  assert.equal(types.indicator, 'VARCHAR');

  const lines = readFileSync(path.join(ROOT, SEED), 'utf8').split(/\r\n|\r|\n/);
  const targets = await query(`select line, start, "end", text, sentence, indicator, canonical_indicator, strftime(deadline, '%Y-%m-%d') as deadline
    from read_parquet('${out}') where kind = 'target' and indicator like '%生产总值%'`);
  assert.ok(targets.length > 0, 'the seed sets a GDP target');
  for (const t of targets) {
    const line = lines[(t.line as number) - 1]!;
    assert.equal(line.slice(t.start as number, t.end as number), t.text, 'start/end are columns of the written line');
    assert.ok(line.includes(t.sentence as string) && (t.sentence as string).includes(t.text as string), 'the sentence is the one the figure stands in');
    assert.equal(t.canonical_indicator, '地区生产总值');
  }
  const analyzed = jsonl(policylens(['analyze', '--json', SEED]).stdout)[0]!.findings as { kind: string; deadline: string | null; line: number; start: number }[];
  for (const t of targets) {
    const finding = analyzed.find((f) => f.line === t.line && f.start === t.start);
    assert.equal(t.deadline, finding?.deadline);
  }
});

test('pledge and bound come from the finding\'s own words', async () => {
  const out = path.join(dir, 'wording.jsonl');
  const report = folder('wording', {
    '2024年政府工作报告.txt': '2024年主要预期目标是：地区生产总值增长5.5%左右，力争达到6%；城镇调查失业率控制在5.5%以内；确保粮食产量稳定在60亿斤以上；新建学校3—5所。\n',
  });
  const { status, stderr } = policylens(['export', report, '--out', out]);
  assert.equal(status, 0, stderr);
  const rows = jsonl(readFileSync(out, 'utf8'));
  const byText = (text: string) => rows.find((r) => r.text === text);
  assert.deepEqual([byText('5.5%左右')?.pledge, byText('5.5%左右')?.bound], ['plain', '左右']);
  assert.deepEqual([byText('6%')?.pledge, byText('6%')?.bound], ['力争', 'plain']);
  assert.deepEqual([byText('5.5%以内')?.bound], ['以内']);
  assert.deepEqual([byText('60亿斤以上')?.pledge, byText('60亿斤以上')?.bound], ['确保', '以上']);
  assert.equal(byText('3—5所')?.bound, 'range');
  assert.equal(byText('5.5%左右')?.period, 2024);
});

test('UTF-8, BOM, UTF-16 and GBK copies in nested folders give the same rows', () => {
  const text = readFileSync(path.join(ROOT, SEED), 'utf8');
  const corpus = folder('encodings', {
    'a/utf8.txt': text,
    'a/b/bom.txt': `\uFEFF${text}`,
    'c/utf16le.txt': encodeUtf16(text, 'le', true),
    'c/utf16be.txt': encodeUtf16(text, 'be', false),
    'gbk.txt': encodeGbk(text),
    'notes.md': '# not a report, not a .txt',
  });
  const out = path.join(dir, 'encodings.jsonl');
  const { status, stderr } = policylens(['export', corpus, '--out', out]);
  assert.equal(status, 0, stderr);
  const byFile = new Map<string, string[]>();
  for (const row of jsonl(readFileSync(out, 'utf8'))) {
    const { file, ...rest } = row;
    byFile.set(file as string, [...(byFile.get(file as string) ?? []), JSON.stringify(rest)]);
  }
  assert.deepEqual([...byFile.keys()].map((f) => path.relative(corpus, f)).sort(), ['a/b/bom.txt', 'a/utf8.txt', 'c/utf16be.txt', 'c/utf16le.txt', 'gbk.txt']);
  const [first, ...others] = [...byFile.values()];
  assert.ok(first!.length > 50);
  for (const rows of others) assert.deepEqual(rows, first);
});

test('CSV: UTF-8 with a BOM, RFC 4180 quoting, Chinese intact', async () => {
  const out = path.join(dir, 'quoting.csv');
  const corpus = folder('quoting', { '规划.txt': '“十四五”时期，地区生产总值年均增长6%以上，"城镇新增就业"5万人。\n' });
  assert.equal(policylens(['export', corpus, '--out', out]).status, 0);
  const bytes = readFileSync(out);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  assert.match(text, /\r\n/);
  assert.ok(text.includes('"“十四五”时期，地区生产总值年均增长6%以上，""城镇新增就业""5万人。"'), 'a sentence with quotes is quoted, its quotes doubled');
  const rows = await query(`select sentence from read_csv('${out}') where text = '6%以上'`);
  assert.equal(rows[0]?.sentence, '“十四五”时期，地区生产总值年均增长6%以上，"城镇新增就业"5万人。');
});

test('a binary file among the reports is listed with its reason, exit 2, the others exported', () => {
  const text = readFileSync(path.join(ROOT, SEED), 'utf8');
  const corpus = folder('unreadable', {
    'good.txt': text,
    'scan.txt': '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n',
    'zeros.txt': new Uint8Array(4096).fill(0),
  });
  const out = path.join(dir, 'unreadable.jsonl');
  const { status, stderr } = policylens(['export', corpus, path.join(dir, 'missing-folder'), '--out', out]);
  assert.equal(status, 2);
  assert.match(stderr, /3 files could not be read:/);
  assert.match(stderr, /scan\.txt: .*PDF/);
  assert.match(stderr, /zeros\.txt: .*binary/);
  assert.match(stderr, /missing-folder: no such file or folder/);
  assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace');
  const files = new Set(jsonl(readFileSync(out, 'utf8')).map((r) => path.basename(r.file as string)));
  assert.deepEqual([...files], ['good.txt']);
});

test('piped: no progress bar, nothing on stderr; on a terminal: the bar, then a count', () => {
  const out = path.join(dir, 'quiet.parquet');
  const piped = policylens(['export', SEEDS, '--out', out]);
  assert.equal(piped.status, 0);
  assert.equal(piped.stderr, '');
  if (!existsSync('/usr/bin/script')) return; // util-linux's script gives the command a terminal
  const command = `${JSON.stringify(process.execPath)} bin/policylens.js export seeds --out ${JSON.stringify(out)}`;
  const tty = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(tty.status, 0, tty.stdout);
  assert.match(tty.stdout, /\[#+-*\]\s+\d+\/5 files\s+[\d.]+ MB\/s\s+ETA/);
  assert.match(tty.stdout, /\d+ findings from 5 reports/);
});

test('the progress line: files, MB/s and the time left', () => {
  assert.equal(progressLine({ stage: 'reading', files: 25, totalFiles: 100, bytes: 10e6, totalBytes: 40e6, rows: 0 }, 2), `[${'#'.repeat(6)}${'-'.repeat(18)}]  25/100 files  5.0 MB/s  ETA 0:06`);
  assert.match(progressLine({ stage: 'reading', files: 0, totalFiles: 3, bytes: 0, totalBytes: 9, rows: 0 }, 0), /ETA \?$/);
});

test('two and three workers write exactly the rows one worker writes, in the same order', () => {
  const texts = seedFiles().map((f) => readFileSync(path.join(ROOT, f), 'utf8'));
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++) files[`r${String(i).padStart(2, '0')}.txt`] = texts[i % texts.length]!.replaceAll('洛阳', i % 2 ? '开封' : '洛阳');
  const corpus = folder('pool', files);
  const outputs = [1, 2, 3].map((workers) => {
    const out = path.join(dir, `pool-${workers}.jsonl`);
    const { status, stderr } = policylens(['export', corpus, '--out', out, '--workers', String(workers)]);
    assert.equal(status, 0, stderr);
    return readFileSync(out, 'utf8');
  });
  assert.ok(outputs[0]!.split('\n').length > 1000);
  assert.equal(outputs[1], outputs[0]);
  assert.equal(outputs[2], outputs[0]);
});

test('--files-from - and --out - : a map step, file list on stdin, JSON Lines on stdout', () => {
  const list = `${seedFiles().slice(0, 2).join('\n')}\n\n`;
  const { status, stdout, stderr } = policylens(['export', '--files-from', '-', '--out', '-', '--format', 'jsonl'], list);
  assert.equal(status, 0, stderr);
  const files = [...new Set(jsonl(stdout).map((r) => r.file))];
  assert.deepEqual(files, seedFiles().slice(0, 2));
});

test('usage errors: no --out, a format it cannot tell, no PATH', () => {
  for (const [args, message] of [
    [['export', SEED], /needs --out FILE/],
    [['export', SEED, '--out', path.join(dir, 'table.xlsx')], /cannot tell the format of .*table\.xlsx/],
    [['export', '--out', path.join(dir, 'x.csv')], /needs at least one PATH/],
    [['export', SEED, '--out', path.join(dir, 'x.csv'), '--workers', '0'], /--workers needs a whole number/],
    [['export', SEED, '--out', path.join(dir, 'no-such-dir', 'x.csv')], /cannot write .*no-such-dir/],
  ] as const) {
    const { status, stderr } = policylens([...args]);
    assert.equal(status, 2, stderr);
    assert.match(stderr, message);
    assert.doesNotMatch(stderr, /^\s+at /m);
  }
});

test('status and gap: what trackReports says of each target, filled in across files', async () => {
  const { analyze, trackReports } = await import('../server/src/core');
  const { loadSegmenter } = await import('../scripts/segmenterForScripts');
  const fixtures = path.join(ROOT, 'test', 'fixtures', 'tracking');
  const out = path.join(dir, 'tracking.jsonl');
  const { status, stderr } = policylens(['export', fixtures, '--out', out, '--workers', '2']);
  assert.equal(status, 0, stderr);
  const rows = jsonl(readFileSync(out, 'utf8'));

  const segmenter = loadSegmenter();
  const files = [...new Set(rows.map((r) => r.file as string))];
  const tracked = trackReports(files.map((file) => ({ file, report: analyze(readFileSync(file, 'utf8'), { segmenter }) })));
  assert.ok(tracked.length > 0);
  for (const t of tracked) {
    const row = rows.find((r) => r.file === t.target.file && r.line === t.target.line && r.start === t.target.start && r.kind === 'target');
    assert.deepEqual([row?.status, row?.gap, row?.gap_unit], [t.status, t.gap, t.gapUnit], `${t.target.file}:${t.target.line} ${t.target.text}`);
    assert.equal(row?.place, t.place);
  }
  const statuses = new Set(rows.map((r) => r.status));
  for (const s of ['met', 'missed', 'unreported']) assert.ok(statuses.has(s), s);
  // The targets of a place's last report have no later report to pair with.
  const targets = rows.filter((r) => r.kind === 'target' && r.place !== null);
  const lastYear = new Map<unknown, number>();
  for (const r of rows) if (r.place !== null) lastYear.set(r.place, Math.max(lastYear.get(r.place) ?? 0, r.report_year as number));
  const last = targets.filter((r) => r.report_year === lastYear.get(r.place));
  assert.ok(last.length > 0 && last.every((r) => r.status === null), 'the last year\'s targets stay empty');

  const untracked = path.join(dir, 'untracked.jsonl');
  assert.equal(policylens(['export', fixtures, '--out', untracked, '--no-track']).status, 0);
  const plain = jsonl(readFileSync(untracked, 'utf8'));
  assert.ok(plain.every((r) => r.status === null && r.gap === null));
  assert.deepEqual(plain.map(({ status: _s, gap: _g, gap_unit: _u, ...rest }) => rest), rows.map(({ status: _s, gap: _g, gap_unit: _u, ...rest }) => rest));

  // Parquet gets tracking's columns added to row groups the workers encoded without them.
  const parquet = path.join(dir, 'tracking.parquet');
  assert.equal(policylens(['export', fixtures, '--out', parquet, '--workers', '2']).status, 0);
  const read = await query(`select file, line, start, kind, status, gap, gap_unit from '${parquet}'`);
  assert.equal(read.length, rows.length);
  assert.deepEqual(read.map((r) => [r.file, r.line, r.start, r.kind, r.status, r.gap, r.gap_unit]), rows.map((r) => [r.file, r.line, r.start, r.kind, r.status, r.gap, r.gap_unit]));
});
