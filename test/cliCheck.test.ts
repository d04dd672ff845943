import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../server/src/core/types';
import type { SummaryCheck } from '../server/src/core/summary/types';
import { summaryProblems } from '../server/src/summaryProblems';
import { ensureBuilt } from './helpers/build';
import { encodeGbk } from './helpers/gbk';

const ROOT = path.join(__dirname, '..');
const SEED = path.join('seeds', '000_2d311365dc22e685.txt');
const FAITHFUL = path.join('test', 'fixtures', 'summaries', 'luoyang-2021-targets.md');
const WITH_ERRORS = path.join('test', 'fixtures', 'summaries', 'injected', 'luoyang-2021-targets.value.md');
const CHECK_KEYS = ['summary', 'source', 'checked', 'problems'];
const PROBLEM_KEYS = ['problem', 'line', 'start', 'end', 'text', 'sourceLine', 'sourceText', 'message'];

let dir = '';

before(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'policylens-check-'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

function policylens(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/policylens.js', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fixture(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

test('a faithful summary: exit 0, a closing line that says all agree', () => {
  const { status, stdout, stderr } = policylens(['check', FAITHFUL]);
  assert.equal(status, 0, stderr);
  assert.equal(stdout, `${FAITHFUL}: 30 quantities checked against ${SEED}: all agree\n`);
});

test('a summary with errors: one line per problem at SUMMARY:LINE:COLUMN, a count, exit 1', () => {
  const { status, stdout } = policylens(['check', WITH_ERRORS]);
  assert.equal(status, 1);
  const lines = stdout.trimEnd().split('\n');
  assert.match(lines[0]!, new RegExp(`^${escape(WITH_ERRORS)}:\\d+:\\d+  mismatch     Summary: .+; source line \\d+: .+ \\(value\\)$`));
  assert.ok(lines.includes(`${WITH_ERRORS}:9:11  mismatch     Summary: 增速不低于9%; source line 47: 增长8%以上 (value)`), stdout);
  assert.match(lines.at(-1)!, /: 30 quantities checked against seeds\/000_2d311365dc22e685\.txt: 6 mismatched, 0 unsupported$/);
});

test('--json prints the findings.md object: summary, source, checked, problems', () => {
  const { status, stdout } = policylens(['check', WITH_ERRORS, '--json']);
  assert.equal(status, 1);
  assert.equal(stdout.trimEnd().split('\n').length, 1, 'one summary, one line');
  const result = JSON.parse(stdout);
  assert.deepEqual(Object.keys(result), CHECK_KEYS);
  assert.equal(result.summary, WITH_ERRORS);
  assert.equal(result.source, SEED, 'the link, resolved against the summary folder');
  assert.equal(result.checked, 30);
  assert.equal(result.problems.length, 6);
  for (const problem of result.problems) assert.deepEqual(Object.keys(problem), PROBLEM_KEYS);
  const text = readFileSync(path.join(ROOT, WITH_ERRORS), 'utf8').split('\n');
  const seed = readFileSync(path.join(ROOT, SEED), 'utf8').split('\n');
  for (const p of result.problems) {
    assert.equal(text[p.line - 1]!.slice(p.start, p.end), p.text, 'columns are 0-based UTF-16 in the summary');
    assert.ok(seed[p.sourceLine - 1]!.includes(p.sourceText));
  }
});

test('an unsupported quantity has no source fields', () => {
  const summary = fixture('digest.md', `来源：${path.join(ROOT, SEED)}\n\n今年全市新建5G基站1200个。\n`);
  const { status, stdout } = policylens(['check', summary, '--json']);
  assert.equal(status, 1);
  const [problem] = JSON.parse(stdout).problems;
  assert.deepEqual(problem, {
    problem: 'unsupported', line: 3, start: 10, end: 15, text: '1200个', message: 'No counterpart in the source: 新建5G基站1200个',
  });
});

test('--source overrides the link; a summary without either exits 2 with what to do', () => {
  const unlinked = fixture('unlinked.txt', '今年GDP增长8%以上，城镇登记失业率控制在4.5%以内。\n');
  const checked = policylens(['check', unlinked, '--source', SEED]);
  assert.equal(checked.status, 0, checked.stderr);
  assert.match(checked.stdout, /2 quantities checked against seeds\/000_2d311365dc22e685\.txt: all agree/);
  assert.equal(policylens(['check', `--source=${SEED}`, unlinked]).status, 0);
  const missing = policylens(['check', unlinked]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /unlinked\.txt: the summary names no source: add a line such as 来源：/);
  assert.equal(missing.stdout, '');
});

test('unreadable summaries and sources exit 2 and name the file', () => {
  const noSummary = policylens(['check', path.join(dir, 'missing.md')]);
  assert.equal(noSummary.status, 2);
  assert.match(noSummary.stderr, /missing\.md: no such file/);
  const badLink = fixture('bad-link.md', '来源：./no-such-report.txt\n\n今年GDP增长8%以上。\n');
  const noSource = policylens(['check', badLink]);
  assert.equal(noSource.status, 2);
  assert.match(noSource.stderr, /no-such-report\.txt: no such file/);
  const binary = fixture('report.bin', Uint8Array.from({ length: 256 }, (_, i) => i));
  assert.equal(policylens(['check', badLink, '--source', binary]).status, 2);
  assert.match(policylens(['check', '--source']).stderr, /--source needs a REPORT/);
  assert.equal(policylens(['check']).status, 2);
});

test('a GBK summary is read like a UTF-8 one', () => {
  const text = readFileSync(path.join(ROOT, FAITHFUL), 'utf8').replace(/^来源：.*$/m, `来源：${path.join(ROOT, SEED)}`);
  const { status, stdout } = policylens(['check', fixture('gbk.md', encodeGbk(text)), '--json']);
  assert.equal(status, 0);
  assert.equal(JSON.parse(stdout).checked, 30);
});

test('LANG=zh_CN gives the messages in 简体中文', () => {
  const { stdout } = policylens(['check', WITH_ERRORS], { LANG: 'zh_CN.UTF-8' });
  assert.ok(stdout.includes(`${WITH_ERRORS}:9:11  mismatch     摘要：增速不低于9%；原文第47行：增长8%以上（数值不符）`), stdout);
  assert.match(stdout, /对照 seeds\/000_2d311365dc22e685\.txt 核对了 30 个数字：6 处与原文不符，0 处原文中没有对应/);
});

test('--missing lists the source targets and commitments the summary leaves out', () => {
  const { status, stdout } = policylens(['check', FAITHFUL, '--missing']);
  assert.equal(status, 0);
  const [, heading, ...missing] = stdout.trimEnd().split('\n');
  assert.match(heading!, /^\d+ targets and commitments of the source are not in the summary:$/);
  assert.ok(missing.some((line) => line.startsWith(`  ${SEED}:59:297  Target: 粮食总产 `)), stdout);
  assert.ok(!missing.some((line) => line.includes('生产总值 增长')), 'GDP is in the summary');
});

test('--help documents check', () => {
  assert.match(policylens(['--help']).stdout, /policylens check SUMMARY\.\.\. \[--source REPORT\] \[--json\] \[--missing\]/);
  assert.equal(policylens(['check', '-h']).stdout, policylens(['--help']).stdout);
});

const finding = (fields: Partial<Finding>): Finding => ({
  kind: 'target', line: 1, start: 0, end: 0, text: '', indicator: null, change: null, value: null, min: null,
  max: null, unit: null, comparator: null, deadline: null, section: '', ...fields,
});

test('summaryProblems quotes both texts and names what differs', () => {
  const source = finding({ line: 27, start: 10, end: 14, text: '8%以上', indicator: '生产总值', change: '增长', value: 8, unit: '%', comparator: '>=' });
  const check: SummaryCheck = {
    checked: [
      { quantity: { ...source, line: 9, start: 8, end: 12, text: '9%以上', value: 9 }, source, differences: ['value'], quote: '增长9%以上', sourceQuote: '增长8%以上' },
      { quantity: { ...source, line: 10, text: '8个百分点', unit: '百分点' }, source, differences: ['unit', 'comparator'] },
      { quantity: { ...source, line: 11, text: '8%以上' }, source, differences: [] },
      { quantity: { ...source, line: 15, start: 4, end: 8, text: '3%左右' }, source: null, differences: [], quote: '3%左右' },
    ],
    missing: [],
  };
  assert.deepEqual(summaryProblems(check), [
    { problem: 'mismatch', line: 9, start: 8, end: 12, text: '9%以上', sourceLine: 27, sourceText: '8%以上', message: 'Summary: 增长9%以上; source line 27: 增长8%以上 (value)' },
    { problem: 'mismatch', line: 10, start: 10, end: 14, text: '8个百分点', sourceLine: 27, sourceText: '8%以上', message: 'Summary: 8个百分点; source line 27: 8%以上 (unit, comparator)' },
    { problem: 'unsupported', line: 15, start: 4, end: 8, text: '3%左右', message: 'No counterpart in the source: 3%左右' },
  ]);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
