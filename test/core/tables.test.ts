/**
 * Indicator tables (专栏1-1 of a five-year plan): each row gives a baseline, a target due at the
 * header's year and a growth target; the stated average growth is checked against baseline → target.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/core/types';
import { readTables } from '../../server/src/core/tables';
import { analyzeText, describeFindings, expectDate, expectNoDate, expectNothingAt, expectQuantity } from './reportFixtures';

const PLAN = [
  /* 1 */ '洛阳市洛龙区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
  /* 2 */ '(四)主要目标',
  /* 3 */ '专栏1-1 “十四五”洛龙区经济社会发展主要指标 | ||||||',
  /* 4 */ '指 标 | 2020年 基 数 | 2025年 目 标 | 年均增长 (%) | 属性 | 类别 |',
  /* 5 */ '一、经济发展 | ||||||',
  /* 6 */ '1 | 地区生产总值(亿元) | 451.9 | 820 | 9.8 | 预期性 | |',
  /* 7 */ '2 | 人均地区生产总值(元) | 71757 | 114500 | 9.8 | 预期性 | |',
  /* 8 */ '3 | 全员劳动生产率(万元/人,2020年价格) | 14.4 | 18 | — | 预期性 | |',
  /* 9 */ '4 | 城镇登记失业率(%) | — | <4 | — | 预期性 | |',
  /* 10 */ '5 | 粮食综合生产能力(亿斤) | 0.46 | 0.5 | 1.68 | 预期性 |',
  /* 11 */ '二、绿色生态 | ||||||',
  /* 12 */ '6 | 单位GDP能源消耗降幅(%) | -5.54 | 控制在下达目标内 | 约束性 | ||',
  /* 13 */ '7 | 城市空气优良天数比率(%) | 70.77 | 控制在下达目标内 | 约束性 | ||',
  /* 14 */ '8 | 居民人均可支配收入(元) | 32679 | 49000 | 8.5 | 预期性 | |',
  /* 15 */ '到2025年，地区生产总值达到820亿元。',
].join('\n');

const report = analyzeText(PLAN);
const DUE = '2025-12-31';

/** [the row's text, the cell, what it gives] */
const CELLS: ReadonlyArray<readonly [string, number, Partial<Finding>]> = [
  // The 2020 column: baselines, magnitude and unit from the row header.
  ['451.9', 0, { kind: 'baseline', indicator: '地区生产总值', change: null, value: 45190000000, unit: '元', comparator: '=', deadline: null }],
  ['71757', 0, { kind: 'baseline', indicator: '人均地区生产总值', value: 71757, unit: '元', comparator: '=', deadline: null }],
  ['14.4', 0, { kind: 'baseline', indicator: '全员劳动生产率', value: 144000, unit: '元/人', comparator: '=', deadline: null }],
  ['0.46', 0, { kind: 'baseline', indicator: '粮食综合生产能力', value: 46000000, unit: '斤', comparator: '=', deadline: null }],
  ['-5.54', 0, { kind: 'baseline', indicator: '单位GDP能源消耗降幅', value: -5.54, unit: '%', comparator: '=', deadline: null }],
  ['70.77', 0, { kind: 'baseline', indicator: '城市空气优良天数比率', value: 70.77, unit: '%', deadline: null }],
  // The 2025 column: targets due at the end of 2025.
  ['820', 0, { kind: 'target', indicator: '地区生产总值', change: null, value: 82000000000, unit: '元', comparator: '=', deadline: DUE }],
  ['114500', 0, { kind: 'target', indicator: '人均地区生产总值', value: 114500, unit: '元', comparator: '=', deadline: DUE }],
  ['18', 0, { kind: 'target', indicator: '全员劳动生产率', value: 180000, unit: '元/人', comparator: '=', deadline: DUE }],
  ['<4', 0, { kind: 'target', indicator: '城镇登记失业率', value: 4, unit: '%', comparator: '<', deadline: DUE }],
  ['0.5', 0, { kind: 'target', indicator: '粮食综合生产能力', value: 50000000, unit: '斤', comparator: '=', deadline: DUE }],
  ['49000', 0, { kind: 'target', indicator: '居民人均可支配收入', value: 49000, unit: '元', deadline: DUE }],
  // The 年均增长(%) column: targets on the growth rate.
  ['9.8', 0, { kind: 'target', indicator: '地区生产总值', change: '年均增长', value: 9.8, unit: '%', comparator: '=', deadline: DUE }],
  ['9.8', 1, { kind: 'target', indicator: '人均地区生产总值', change: '年均增长', value: 9.8, unit: '%', comparator: '=', deadline: DUE }],
  ['1.68', 0, { kind: 'target', indicator: '粮食综合生产能力', change: '年均增长', value: 1.68, unit: '%', deadline: DUE }],
  ['8.5', 0, { kind: 'target', indicator: '居民人均可支配收入', change: '年均增长', value: 8.5, unit: '%', deadline: DUE }],
];

for (const [cell, occurrence, expected] of CELLS) {
  test(`table cell ${cell}${occurrence ? ` (#${occurrence + 1})` : ''} → ${expected.kind} ${expected.value} ${expected.unit}`, () => {
    expectQuantity(report, cell, expected, occurrence);
  });
}

test('the header’s target year is a date finding; the base year and a price base are not', () => {
  expectDate(report, '2025年', DUE);
  expectNoDate(report, '2020年');
  expectNoDate(report, '2020年价格');
});

test('cells with — or 控制在下达目标内 give nothing', () => {
  expectNothingAt(report, '控制在下达目标内');
  // A row gives exactly its numeric cells.
  const texts = (line: number) => report.findings.filter((f) => f.line === line).map((f) => f.text);
  assert.deepEqual(texts(8), ['14.4', '18']);
  assert.deepEqual(texts(9), ['<4']);
  assert.deepEqual(texts(12), ['-5.54']);
  assert.deepEqual(texts(13), ['70.77']);
});

test('group rows, row numbers, the box title and the header give no quantity', () => {
  for (const line of [3, 5, 11]) {
    const found = report.findings.filter((f) => f.line === line);
    assert.equal(found.length, 0, `line ${line}:\n${describeFindings(found)}`);
  }
  assert.deepEqual(report.findings.filter((f) => f.line === 4).map((f) => f.kind), ['date']);
  const rowNumbers = report.findings.filter((f) => f.line >= 6 && f.line <= 14 && f.start === 0);
  assert.equal(rowNumbers.length, 0, describeFindings(rowNumbers));
});

test('group rows are not sections', () => {
  const titles = report.sections.map((s) => s.title);
  assert.ok(!titles.some((t) => t.startsWith('一、经济发展') || t.startsWith('二、绿色生态')), titles.join(' / '));
});

test('prose after the table is read as prose again', () => {
  expectDate(report, '到2025年', DUE);
  expectQuantity(report, '820亿元', { kind: 'target', value: 82000000000, unit: '元', deadline: DUE });
});

test('a row whose stated growth disagrees with baseline → target is reported; consistent rows are not', () => {
  assert.equal(report.tableGrowthMismatches.length, 1, JSON.stringify(report.tableGrowthMismatches));
  const [mismatch] = report.tableGrowthMismatches;
  assert.ok(mismatch);
  const { impliedGrowth, ...rest } = mismatch;
  assert.deepEqual(rest, { line: 6, indicator: '地区生产总值', baseline: 451.9, target: 820, years: 5, statedGrowth: 9.8 });
  // (820 / 451.9) ^ (1/5) − 1 = 12.66 %
  assert.ok(Math.abs(impliedGrowth - 12.66) < 0.1, `implied growth ${impliedGrowth}`);
});

test('readTables marks every table line so that prose scanning skips them', () => {
  const reading = readTables(PLAN.split('\n'), 2021);
  assert.deepEqual([...reading.lines].sort((a, b) => a - b), [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  assert.equal(reading.mismatches.length, 1);
});

/** A Markdown table as many plans print it: year columns without 基数/目标, and [累计] cells. */
const MARKDOWN_PLAN = [
  '某市国民经济和社会发展第十四个五年规划纲要',
  '专栏1 “十四五”时期经济社会发展主要指标',
  '| 类别 | 指标 | 2020年 | 2025年 | 年均增长[累计] | 属性 |',
  '| --- | --- | --- | --- | --- | --- |',
  '| 经济发展 | 地区生产总值（亿元） | 3200 | 4500 | 7左右 | 预期性 |',
  '| | 常住人口城镇化率（%） | 62.1 | 67 | [4.9] | 预期性 |',
  '| 创新驱动 | 每万人口高价值发明专利拥有量（件） | 3.1 | 6 | [2.9] | 预期性 |',
].join('\n');

test('a Markdown table: the earlier year is the base, the later the target, the category column is no indicator', () => {
  const plan = analyzeText(MARKDOWN_PLAN);
  expectQuantity(plan, '3200', { kind: 'baseline', indicator: '地区生产总值', value: 320000000000, unit: '元', deadline: null });
  expectQuantity(plan, '4500', { kind: 'target', indicator: '地区生产总值', value: 450000000000, unit: '元', deadline: DUE });
  expectQuantity(plan, '7左右', { kind: 'target', change: '年均增长', value: 7, unit: '%', comparator: '~', deadline: DUE });
  expectQuantity(plan, '62.1', { kind: 'baseline', indicator: '常住人口城镇化率', value: 62.1, unit: '%' });
  expectDate(plan, '2025年', DUE);
  expectNothingAt(plan, '2020年');
});

test('[累计] cells are changes over the whole period, in the row’s unit, and not checked as yearly growth', () => {
  const plan = analyzeText(MARKDOWN_PLAN);
  expectQuantity(plan, '[4.9]', { kind: 'target', indicator: '常住人口城镇化率', change: '累计', value: 4.9, unit: '百分点' });
  expectQuantity(plan, '[2.9]', { kind: 'target', indicator: '每万人口高价值发明专利拥有量', change: '累计', value: 2.9, unit: '件' });
  assert.deepEqual(plan.tableGrowthMismatches, []);
});
