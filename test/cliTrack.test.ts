/** `policylens track`: a report's targets against the next year's results, as docs/tracking.md prints them. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuilt } from './helpers/build';

const ROOT = path.join(__dirname, '..');
const EARLIER = path.join('test', 'fixtures', 'tracking', '青川市-2023.txt');
const LATER = path.join('test', 'fixtures', 'tracking', '青川市-2024.txt');
const TRACK_KEYS = ['place', 'period', 'indicator', 'target', 'result', 'status', 'gap', 'gapUnit'];

let dir = '';

before(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'policylens-track-'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

function policylens(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/policylens.js', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A short report of `place` for `year`: last year's GDP growth and this year's target. */
function report(place: string, year: number, achieved: string, target: string): string {
  return [
    `${year}年${place}政府工作报告`,
    `——${year}年1月10日在${place}第十五届人民代表大会第三次会议上`,
    `一、${year - 1}年工作回顾`,
    `全市地区生产总值增长${achieved}。`,
    `二、${year}年主要目标任务`,
    `主要预期目标是：地区生产总值增长${target}。`,
  ].join('\n');
}

test('EARLIER LATER: one line per target, then the counts', () => {
  const { status, stdout, stderr } = policylens(['track', EARLIER, LATER]);
  assert.equal(status, 0, stderr);
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines[0], `青川市: ${EARLIER} → ${LATER}`);
  assert.ok(lines.includes('  2023 地区生产总值 增长6.5%左右 → 预计5.8%  missed (−0.7 个百分点)'), stdout);
  assert.ok(lines.includes('  2023 居民消费价格 涨幅3%左右 → 上涨0.4%  met (−2.6 个百分点)'), stdout);
  assert.ok(lines.includes('  2023 粮食总产量 30亿斤以上 → —  unreported'), stdout);
  assert.equal(lines.at(-1), '7 met, 3 missed, 1 unclear, 2 unreported');
  // Every target of the earlier report's list has its line.
  assert.equal(lines.filter((l) => l.startsWith('  2023 ')).length, 13);
});

test('--json: one object per target, keys in the order of docs/tracking.md', () => {
  const { status, stdout, stderr } = policylens(['track', EARLIER, LATER, '--json']);
  assert.equal(status, 0, stderr);
  const rows = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
  assert.equal(rows.length, 13);
  for (const row of rows) assert.deepEqual(Object.keys(row), TRACK_KEYS);
  const gdp = rows.find((r) => r.indicator === '地区生产总值');
  assert.deepEqual(
    [gdp.place, gdp.period, gdp.target.file, gdp.target.text, gdp.target.comparator, gdp.result.file, gdp.result.text, gdp.result.estimate, gdp.status, gdp.gap, gdp.gapUnit],
    ['青川市', 2023, EARLIER, '6.5%左右', '~', LATER, '5.8%', true, 'missed', -0.7, '百分点'],
  );
  // Positions are findings.md's: the result's columns slice its text out of its line.
  const line = readFileSync(path.join(ROOT, LATER), 'utf8').split('\n')[gdp.result.line - 1] ?? '';
  assert.equal(line.slice(gdp.result.start, gdp.result.end), '5.8%');
  const grain = rows.find((r) => r.indicator === '粮食总产量');
  assert.deepEqual([grain.status, grain.result, grain.gap, grain.gapUnit], ['unreported', null, null, null]);
});

test('a folder: reports grouped by place, each year paired with the next', () => {
  const folder = path.join(dir, 'reports');
  mkdirSync(path.join(folder, 'older'), { recursive: true });
  writeFileSync(path.join(folder, 'older', 'a.txt'), report('绿水市', 2021, '3%', '6%左右'));
  writeFileSync(path.join(folder, 'b.txt'), report('绿水市', 2022, '5.7%', '5.5%左右'));
  writeFileSync(path.join(folder, 'c.txt'), report('绿水市', 2023, '4.4%', '5%左右'));
  writeFileSync(path.join(folder, 'd.txt'), report('红山县', 2023, '9%', '6%以上'));
  copyFileSync(path.join(ROOT, EARLIER), path.join(folder, 'e.txt'));
  copyFileSync(path.join(ROOT, LATER), path.join(folder, 'f.txt'));
  const { status, stdout, stderr } = policylens(['track', folder, '--json']);
  assert.equal(status, 0, stderr);
  const rows = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
  const lvshui = rows.filter((r) => r.place === '绿水市').map((r) => [r.period, path.basename(r.target.file), path.basename(r.result.file), r.status, r.gap]);
  assert.deepEqual(lvshui, [[2021, 'a.txt', 'b.txt', 'met', -0.3], [2022, 'b.txt', 'c.txt', 'missed', -1.1]]);
  assert.equal(rows.filter((r) => r.place === '青川市').length, 13);
  // 红山县 has one year only: nothing to pair it with.
  assert.equal(rows.filter((r) => r.place === '红山县').length, 0);
});

test('a file that cannot be read: named on stderr, exit 2, the rest still tracked', () => {
  const binary = path.join(dir, 'scan.txt');
  writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00]));
  const { status, stdout, stderr } = policylens(['track', EARLIER, LATER, path.join(dir, 'missing.txt'), binary]);
  assert.equal(status, 2);
  assert.match(stderr, /missing\.txt: no such file/);
  assert.match(stderr, /scan\.txt: /);
  assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace');
  assert.match(stdout, /7 met, 3 missed, 1 unclear, 2 unreported/);
});

test('usage: one report is not enough', () => {
  const { status, stderr } = policylens(['track', EARLIER]);
  assert.equal(status, 2);
  assert.match(stderr, /track needs two reports/);
});

test('counts and statuses follow LANG', () => {
  const { stdout } = policylens(['track', EARLIER, LATER], { LANG: 'zh_CN.UTF-8' });
  assert.match(stdout, /2023 地区生产总值 增长6\.5%左右 → 预计5\.8%  未达成 \(−0\.7 个百分点\)/);
  assert.match(stdout, /达成 7 项，未达成 3 项，难以判断 1 项，未报告 2 项/);
});
