/**
 * Bad input through analyze(): whatever the text, it returns (no exception, no hang) a report whose
 * findings point into the text. No timing is asserted; a hang would stall the suite.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, assertWellFormed, expectQuantity, type Analyzed } from './reportFixtures';

function analyzeSafely(text: string): Analyzed {
  let report: Analyzed | undefined;
  assert.doesNotThrow(() => {
    report = analyzeText(text);
  });
  assertWellFormed(report!);
  return report!;
}

/** A deterministic stream of UTF-16 code units of every kind, lone surrogates included. */
function garbage(length: number, seed = 12345): string {
  let x = seed;
  const units: number[] = [];
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    units.push(x % 65536);
  }
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
  return out;
}

const MEGABYTE = 1_000_000;
const oneLine = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length));

test('an empty string is an empty report', () => {
  const report = analyzeText('');
  assert.deepEqual(
    { year: report.year, sections: report.sections, findings: report.findings, tableGrowthMismatches: report.tableGrowthMismatches },
    { year: null, sections: [], findings: [], tableGrowthMismatches: [] },
  );
});

test('blank lines, spaces, ideographic and no-break spaces only', () => {
  const report = analyzeSafely('\n\n   \n\u3000\u3000\n\u00a0\t\n\r\n\r');
  assert.deepEqual(report.findings, []);
  assert.deepEqual(report.sections, []);
});

test('a string of NULs', () => {
  assert.deepEqual(analyzeSafely('\u0000'.repeat(10000)).findings, []);
});

test('NULs and control characters inside report text do not break the lines around them', () => {
  const report = analyzeSafely(['三、2021年重点工作\u0000\u0001', '\u0000\u0007生产总值增长8%以上\u0000，新建停车场50个\u001b'].join('\n'));
  expectQuantity(report, '8%以上', { value: 8, unit: '%', comparator: '>=', deadline: '2021-12-31' });
  expectQuantity(report, '50个', { value: 50, unit: '个', comparator: '=' });
});

test('binary garbage: bytes read as Latin-1', () => {
  let bytes = '';
  for (let k = 0; k < 64; k++) for (let b = 0; b < 256; b++) bytes += String.fromCharCode((b * 31 + k) % 256);
  analyzeSafely(bytes);
});

test('binary garbage: random UTF-16 code units with lone surrogates', () => {
  analyzeSafely(garbage(200_000));
});

test('garbage spliced into a report leaves the report readable', () => {
  const report = analyzeSafely(['三、2021年重点工作', garbage(5000, 7), '城镇登记失业率控制在4.5%以内。', garbage(5000, 8)].join('\n'));
  expectQuantity(report, '4.5%以内', { value: 4.5, unit: '%', comparator: '<=', deadline: '2021-12-31' });
});

test('CRLF and lone CR end lines as LSP counts them', () => {
  const report = analyzeSafely('三、2021年重点工作\r\n生产总值增长8%以上\r新建停车场50个\n');
  expectQuantity(report, '8%以上', { line: 2, value: 8 });
  expectQuantity(report, '50个', { line: 3, value: 50 });
});

test('a 1 MB line of report sentences without a newline returns', () => {
  const report = analyzeSafely(oneLine('今年全市生产总值增长8%以上，新建停车场50个、新增泊位12680个，3月底前完成老旧小区改造120个。'));
  assert.ok(report.findings.length > 0);
});

test('a 1 MB line with no punctuation at all returns', () => {
  analyzeSafely(oneLine('新建停车场50个新增泊位12680个10亿元以上重大项目80个'));
});

test('a 1 MB line dense with quantities returns', () => {
  analyzeSafely(oneLine('10亿元以上'));
});

test('a 1 MB line of one character, of digits, of pipes, of dashes returns', () => {
  for (const unit of ['洛', '1', '|', '——', '、', '。']) analyzeSafely(oneLine(unit));
});

test('an absurdly long number gives no infinite value, in prose or in a table', () => {
  analyzeSafely(['三、2021年重点工作', `新建停车场${'9'.repeat(400)}个，新增投资${'9'.repeat(400)}.5亿元`].join('\n'));
  analyzeSafely([
    '洛阳市洛龙区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    '指 标 | 2020年 基 数 | 2025年 目 标 | 年均增长 (%) |',
    `1 | 粮食综合生产能力(亿斤) | ${'9'.repeat(400)} | 0.5 | 1.68 |`,
  ].join('\n'));
});

test('a broken table: missing cells, stray pipes, no header, garbage cells', () => {
  const table = [
    '洛阳市洛龙区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    '(四)主要目标',
    '专栏1-1 “十四五”主要指标 |',
    '| | |',
    '1 | 地区生产总值(亿元) | 451.9 |',
    '指 标 | 2020年 基 数 | 2025年 目 标 | 年均增长 (%) |',
    '|||||||||||||||||||||',
    '2 | 人均地区生产总值(元) | 71757 |',
    '3 | 全员劳动生产率(万元/人 | 14.4 | 18 | | | | | | 9 | 9 |',
    '4 | (%) | — | <4 | —',
    '5 | 城镇化率(%) | 88.06 | 90 | 1.5 | 预期性 | 约束性 | 12 | 13 |',
    '6 | 粮食综合生产能力(亿斤) | 0.46 | | 0 |',
    '7 | 研发经费投入强度(%) | 0 | 0 | 0 |',
    '8 | 单位GDP能耗(吨标准煤/万元) | -1 | -2 | -3 |',
    '| 地区生产总值(亿元) | abc | 1e309 | NaN | Infinity |',
    '指 标 | 2025年 目 标 |',
    '指 标 | 基 数 | 目 标 | 年均增长 |',
    '指 标 | 2020年 基 数 | 2020年 目 标 | 年均增长 (%) |',
    '9 | 地区生产总值(亿元) | 451.9 | 820 | 9.8 |',
    '|',
    'a|b',
    '||',
  ].join('\n');
  analyzeSafely(table);
});
