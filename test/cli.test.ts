import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reportJson } from '../server/src/cli';
import { displayWidth, formatReport } from '../server/src/reportTable';
import type { Finding, Report } from '../server/src/core/types';
import { ensureBuilt } from './helpers/build';
import { encodeGbk, encodeUtf16 } from './helpers/gbk';

const ROOT = path.join(__dirname, '..');
const SEED = path.join('seeds', '000_2d311365dc22e685.txt');
const REPORT_KEYS = ['file', 'year', 'place', 'sections', 'findings', 'tableGrowthMismatches'];
const FINDING_KEYS = ['kind', 'line', 'start', 'end', 'text', 'indicator', 'change', 'value', 'min', 'max', 'unit', 'comparator', 'deadline', 'section'];

let dir = '';

before(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'policylens-cli-'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

function policylens(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/policylens.js', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fixture(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

function analyzeJson(file: string) {
  const { status, stdout, stderr } = policylens('analyze', file, '--json');
  assert.equal(status, 0, stderr);
  assert.equal(stdout.trimEnd().split('\n').length, 1, 'one file, one line');
  return JSON.parse(stdout);
}

function assertCleanFailure(result: { status: number | null; stderr: string }, reason: RegExp): void {
  assert.equal(result.status, 2);
  assert.match(result.stderr, reason);
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
}

test('--json prints the findings.md object, keys in contract order', () => {
  const report = analyzeJson(SEED);
  assert.deepEqual(Object.keys(report), REPORT_KEYS);
  assert.equal(report.file, SEED);
  assert.equal(report.place, '洛阳市');
  for (const finding of report.findings) assert.deepEqual(Object.keys(finding), FINDING_KEYS);
});

test('the text table starts with a heading per file', () => {
  const { status, stdout, stderr } = policylens('analyze', SEED);
  assert.equal(status, 0, stderr);
  assert.match(stdout.split('\n')[0] ?? '', /^seeds\/000_2d311365dc22e685\.txt · 洛阳市 · year \S+ · \d+ findings: \d+ target, /);
  assert.doesNotMatch(stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
});

test('GBK and UTF-16 copies give the same findings as UTF-8', () => {
  const text = readFileSync(path.join(ROOT, SEED), 'utf8');
  const expected = analyzeJson(SEED);
  delete expected.file;
  for (const [name, bytes] of [
    ['gbk.txt', encodeGbk(text)],
    ['utf16le-bom.txt', encodeUtf16(text, 'le', true)],
    ['utf16be.txt', encodeUtf16(text, 'be', false)],
  ] as const) {
    const actual = analyzeJson(fixture(name, bytes));
    assert.equal(actual.file, path.join(dir, name));
    delete actual.file;
    assert.deepEqual(actual, expected, name);
  }
});

test('an empty file has no findings', () => {
  const empty = fixture('empty.txt', '');
  assert.deepEqual(analyzeJson(empty).findings, []);
  const { status, stdout } = policylens('analyze', empty);
  assert.equal(status, 0);
  assert.match(stdout, /\(no findings\)/);
});

test('unreadable files: binary, PDF, missing, a directory', () => {
  const binary = fixture('data.bin', Uint8Array.from({ length: 256 }, (_, i) => i));
  assertCleanFailure(policylens('analyze', binary), /^policylens: .*data\.bin: looks like a binary file/);
  const pdf = fixture('report.pdf', '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  assertCleanFailure(policylens('analyze', pdf, '--json'), /report\.pdf: .*PDF.*pdftotext/);
  assertCleanFailure(policylens('analyze', path.join(dir, 'missing.txt')), /missing\.txt: no such file/);
  assertCleanFailure(policylens('analyze', dir), /is a directory/);
});

test('a bad file does not stop the others; --json prints one line per file', () => {
  const result = policylens('analyze', SEED, path.join(dir, 'missing.txt'), SEED, '--json');
  assertCleanFailure(result, /missing\.txt: no such file/);
  const lines = result.stdout.trimEnd().split('\n');
  assert.deepEqual(lines.map((line) => JSON.parse(line).file), [SEED, SEED]);
});

test('usage errors exit 2 with the usage line', () => {
  assertCleanFailure(policylens(), /usage: policylens analyze/);
  assertCleanFailure(policylens('analyse', SEED), /unknown command 'analyse'[^]*usage:/);
  assertCleanFailure(policylens('analyze', SEED, '--jsno'), /unknown option '--jsno'/);
  assertCleanFailure(policylens('analyze'), /needs at least one FILE/);
});

test('--help and --version', () => {
  const help = policylens('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /policylens analyze FILE\.\.\. \[--json\]/);
  assert.equal(policylens('analyze', '-h').stdout, help.stdout);
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(policylens('--version').stdout, `${version}\n`);
});

test('displayWidth counts CJK as two columns', () => {
  assert.equal(displayWidth('abc'), 3);
  assert.equal(displayWidth('生产总值'), 8);
  assert.equal(displayWidth('8%以上（≥8 %）'), 14);
});

const finding = (fields: Partial<Finding>): Finding => ({
  kind: 'target', line: 1, start: 0, end: 0, text: '', indicator: null, change: null, value: null, min: null,
  max: null, unit: null, comparator: null, deadline: null, section: '三、2021年重点工作', ...fields,
});

const REPORT: Report = {
  year: 2021,
  place: '洛阳市',
  sections: [{ title: '三、2021年重点工作', level: 1, line: 43, endLine: 67, tense: 'plan' }],
  findings: [
    finding({ kind: 'date', line: 47, text: '今年', deadline: '2021-12-31' }),
    finding({ line: 47, text: '8%以上', indicator: '生产总值', change: '增长', value: 8, unit: '%', comparator: '>=', deadline: '2021-12-31' }),
    finding({ kind: 'commitment', line: 112, text: '1-2家', indicator: '龙头企业', min: 1, max: 2, unit: '家', comparator: 'range' }),
    finding({ kind: 'achievement', line: 8, text: '1.6万人', indicator: 'new jobs', value: 16000, unit: '人', comparator: '=' }),
  ],
  tableGrowthMismatches: [{ line: 60, indicator: '地区生产总值', baseline: 320, target: 500, years: 5, statedGrowth: 7, impliedGrowth: 9.3 }],
};

test('the text table aligns columns by display width', () => {
  const lines = formatReport('a.txt', REPORT, false).split('\n');
  assert.equal(lines[0], 'a.txt · 洛阳市 · year 2021 · 4 findings: 1 target, 1 commitment, 1 achievement, 0 baseline, 1 date');
  const rows = lines.slice(1, 6);
  const deadlineColumn = (row: string) => displayWidth(row.slice(0, row.indexOf('2021-12-31')));
  assert.equal(deadlineColumn(rows[1] ?? ''), deadlineColumn(rows[2] ?? ''));
  const valueColumn = (row: string, value: string) => displayWidth(row.slice(0, row.indexOf(value)));
  assert.equal(valueColumn(rows[2] ?? '', '8%以上 (≥8 %)'), valueColumn(rows[3] ?? '', '1-2家 (1–2 家)'));
  assert.equal(valueColumn(rows[3] ?? '', '1-2家'), valueColumn(rows[4] ?? '', '1.6万人 (16,000 人)'));
  assert.match(lines.join('\n'), /line 60 {2}地区生产总值: 320 → 500 in 5 years implies 9\.3%\/yr, the table says 7%\/yr/);
});

test('reportJson orders keys as findings.md does', () => {
  const shuffled = { ...REPORT, findings: REPORT.findings.map((f) => Object.fromEntries(Object.entries(f).reverse()) as unknown as Finding) };
  const json = reportJson('a.txt', shuffled);
  assert.deepEqual(Object.keys(json), REPORT_KEYS);
  for (const f of json.findings) assert.deepEqual(Object.keys(f), FINDING_KEYS);
});
