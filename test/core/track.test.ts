/**
 * Tracking: a report's targets paired with the next year's results (docs/tracking.md), the status
 * rule for every comparator, bands, ceiling indicators, estimates, unit mismatch and unreported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze, trackReports, type TrackedTarget, type TrackInput } from '../../server/src/core';

/** An annual report of 青川市 for `year`: a review of the year before and a list of targets. */
function report(year: number, review: string, targets: string): TrackInput {
  const text = [
    `${year}年青川市政府工作报告`,
    `——${year}年1月12日在青川市第十五届人民代表大会第三次会议上`,
    `一、${year - 1}年工作回顾`,
    review,
    `二、${year}年主要目标任务`,
    `全市经济社会发展的主要预期目标是：${targets}`,
  ].join('\n');
  return { file: `青川市-${year}.txt`, report: analyze(text) };
}

/** The one tracked target of a pair whose earlier report sets `target` and later reports `result`. */
function trackOne(target: string, result: string): TrackedTarget {
  const rows = trackReports([report(2023, '地区生产总值增长4%。', target), report(2024, `${result}。`, '地区生产总值增长5%左右。')]);
  assert.equal(rows.length, 1, JSON.stringify(rows.map((r) => r.target.text)));
  return rows[0]!;
}

const outcome = (target: string, result: string) => {
  const t = trackOne(target, result);
  return [t.status, t.gap];
};

test('>= and >: met when the result satisfies the comparison, else missed', () => {
  assert.deepEqual(outcome('一般公共预算收入增长5%以上。', '一般公共预算收入增长5.2%'), ['met', 0.2]);
  assert.deepEqual(outcome('一般公共预算收入增长5%以上。', '一般公共预算收入增长5%'), ['met', 0]);
  assert.deepEqual(outcome('一般公共预算收入增长5%以上。', '一般公共预算收入增长3.1%'), ['missed', -1.9]);
  assert.deepEqual(outcome('实际使用外资增长超过10%。', '实际使用外资增长10%'), ['missed', 0]);
});

test('<= and <: a bound held or broken', () => {
  assert.deepEqual(outcome('城镇调查失业率控制在5.5%以内。', '城镇调查失业率5.2%'), ['met', -0.3]);
  assert.deepEqual(outcome('城镇调查失业率控制在5.5%以内。', '城镇调查失业率5.8%'), ['missed', 0.3]);
  assert.deepEqual(outcome('城镇调查失业率不到5%。', '城镇调查失业率5%'), ['missed', 0]);
});

test('~ and =: met within ±0.5 percentage point of a rate, missed outside', () => {
  assert.deepEqual(outcome('地区生产总值增长6%左右。', '地区生产总值增长5.5%'), ['met', -0.5]);
  assert.deepEqual(outcome('地区生产总值增长6%左右。', '地区生产总值增长5.4%'), ['missed', -0.6]);
  assert.deepEqual(outcome('地区生产总值增长7.5%。', '地区生产总值增长4.5%'), ['missed', -3]);
  // Above the band is outside it too: the spec's band is two-sided.
  assert.deepEqual(outcome('规模以上工业增加值增长7%。', '规模以上工业增加值增长7.6%'), ['missed', 0.6]);
});

test('~ and = on other units: ±5 % of the value, the gap in the unit', () => {
  const near = trackOne('城镇新增就业4.5万人左右。', '城镇新增就业4.3万人');
  assert.deepEqual([near.status, near.gap, near.gapUnit], ['met', -2000, '人']);
  const far = trackOne('城镇新增就业4.5万人左右。', '城镇新增就业4.2万人');
  assert.deepEqual([far.status, far.gap, far.gapUnit], ['missed', -3000, '人']);
});

test('range: met between its ends, missed outside, the gap to the nearer end', () => {
  assert.deepEqual(outcome('外贸进出口总额增长3%—5%。', '外贸进出口总额增长4.1%'), ['met', 0]);
  assert.deepEqual(outcome('外贸进出口总额增长3%—5%。', '外贸进出口总额增长2.2%'), ['missed', -0.8]);
});

test('ceiling indicators: a price rise, unemployment, energy use below the band is within target', () => {
  assert.deepEqual(outcome('居民消费价格涨幅3%左右。', '居民消费价格上涨0.4%'), ['met', -2.6]);
  assert.deepEqual(outcome('居民消费价格涨幅3%左右。', '居民消费价格上涨3.8%'), ['missed', 0.8]);
  assert.deepEqual(outcome('城镇调查失业率5.5%左右。', '城镇调查失业率4.9%'), ['met', -0.6]);
  // A fall 0.6 points deeper than the 3% aimed at: met, +0.6 in the target's own direction.
  assert.deepEqual(outcome('单位地区生产总值能耗下降3%左右。', '单位地区生产总值能耗下降3.6%'), ['met', 0.6]);
  assert.deepEqual(outcome('单位地区生产总值能耗下降3%左右。', '单位地区生产总值能耗下降1.2%'), ['missed', -1.8]);
});

test('a floor below the band is missed; an indicator of no known direction is unclear', () => {
  assert.deepEqual(outcome('社会消费品零售总额增长7%左右。', '社会消费品零售总额下降1.3%'), ['missed', -8.3]);
  assert.deepEqual(outcome('人口自然增长率5‰左右。', '人口自然增长率3.2‰'), ['unclear', -1.8]);
});

test('a fall aimed at: 下降3%以上 is met by a deeper fall, missed by a shallower one', () => {
  assert.deepEqual(outcome('单位地区生产总值能耗下降3%以上。', '单位地区生产总值能耗下降3.5%'), ['met', 0.5]);
  assert.deepEqual(outcome('单位地区生产总值能耗下降3%以上。', '单位地区生产总值能耗下降2%'), ['missed', -1]);
});

test('an estimate is compared by its value and marked', () => {
  const estimated = trackOne('地区生产总值增长6.5%左右。', '预计全市地区生产总值增长5.8%');
  assert.deepEqual([estimated.status, estimated.gap, estimated.result?.estimate], ['missed', -0.7, true]);
  const approximate = trackOne('社会消费品零售总额增长7%左右。', '社会消费品零售总额增长6.8%左右');
  assert.deepEqual([approximate.status, approximate.result?.estimate], ['met', true]);
  const firm = trackOne('社会消费品零售总额增长7%左右。', '社会消费品零售总额增长6.8%');
  assert.equal(firm.result?.estimate, false);
});

test('units must agree after folding magnitudes: 万人 meets 人, 斤 never meets 吨', () => {
  assert.equal(trackOne('城镇新增就业4.5万人以上。', '城镇新增就业46200人').status, 'met');
  const mismatch = trackOne('粮食总产量稳定在30亿斤以上。', '粮食总产量148万吨');
  assert.deepEqual([mismatch.status, mismatch.result, mismatch.gap], ['unreported', null, null]);
});

test('unreported: no result for the indicator', () => {
  const t = trackOne('实际使用外资增长10%以上。', '一般公共预算收入增长3.1%');
  assert.deepEqual([t.status, t.result, t.gap, t.gapUnit], ['unreported', null, null, null]);
});

test('indicators pair by canonical name: GDP = 生产总值 = 地区生产总值, 规上 = 规模以上', () => {
  const t = trackOne('全市生产总值增长6%左右。', '全年GDP增长6.1%');
  assert.deepEqual([t.indicator, t.status], ['地区生产总值', 'met']);
  assert.equal(trackOne('规上工业增加值增长7%。', '规模以上工业增加值增长7.3%').status, 'met');
});

test('pairing goes by place and year: another place or a gap year gives nothing', () => {
  const earlier = report(2023, '地区生产总值增长4%。', '地区生产总值增长6%左右。');
  const later = report(2024, '地区生产总值增长5.8%。', '地区生产总值增长5%左右。');
  const elsewhere: TrackInput = { file: 'x.txt', report: { ...later.report, place: '绿水县' } };
  const twoYearsOn: TrackInput = { file: 'y.txt', report: { ...later.report, year: 2025 } };
  assert.equal(trackReports([earlier, later]).length, 1);
  assert.deepEqual(trackReports([earlier, elsewhere]), []);
  assert.deepEqual(trackReports([earlier, twoYearsOn]), []);
  // No place said: such a report cannot be told from another place's, so it is not paired.
  assert.deepEqual(trackReports([{ ...earlier, report: { ...earlier.report, place: null } }, { ...later, report: { ...later.report, place: null } }]), []);
});

test('three years: each report answers the year before; the targets of the last stay unpaired', () => {
  const rows = trackReports([
    report(2022, '地区生产总值增长3%。', '地区生产总值增长5%左右。'),
    report(2023, '地区生产总值增长4.1%。', '地区生产总值增长6%左右。'),
    report(2024, '地区生产总值增长5.8%。', '地区生产总值增长5%左右。'),
  ]);
  assert.deepEqual(rows.map((r) => [r.period, r.target.file, r.result?.file, r.status]), [
    [2022, '青川市-2022.txt', '青川市-2023.txt', 'missed'],
    [2023, '青川市-2023.txt', '青川市-2024.txt', 'met'],
  ]);
});

test('a review of the five years before is not the result of one year', () => {
  const later = analyze([
    '2024年青川市政府工作报告', '——2024年1月12日在青川市第十五届人民代表大会第三次会议上',
    '一、过去五年工作回顾', '五年来，地区生产总值年均增长6.2%。',
    '二、2023年工作回顾', '全市地区生产总值增长5.1%。',
    '三、2024年主要目标任务', '主要预期目标是：地区生产总值增长5%左右。',
  ].join('\n'));
  const rows = trackReports([report(2023, '地区生产总值增长4%。', '地区生产总值增长6%左右。'), { file: 'later.txt', report: later }]);
  assert.deepEqual(rows.map((r) => [r.result?.text, r.status]), [['5.1%', 'missed']]);
});

test('the fixture pair: every case of the spec, with positions of findings.md', () => {
  const dir = path.join(__dirname, '..', 'fixtures', 'tracking');
  const inputs = ['青川市-2023.txt', '青川市-2024.txt'].map((file) => ({ file, report: analyze(readFileSync(path.join(dir, file), 'utf8')) }));
  const rows = trackReports(inputs);
  const byIndicator = new Map(rows.map((r) => [r.indicator, r]));
  const gdp = byIndicator.get('地区生产总值')!;
  assert.deepEqual([gdp.place, gdp.period, gdp.target.text, gdp.result?.text, gdp.result?.estimate, gdp.status, gdp.gap, gdp.gapUnit],
    ['青川市', 2023, '6.5%左右', '5.8%', true, 'missed', -0.7, '百分点']);
  const line = readFileSync(path.join(dir, '青川市-2024.txt'), 'utf8').split('\n')[gdp.result!.line - 1]!;
  assert.equal(line.slice(gdp.result!.start, gdp.result!.end), '5.8%');
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  // 完成投资600亿元以上 is a deliverable (a commitment, as the seeds label it), so tracking does not pair it.
  assert.deepEqual(Object.fromEntries(counts), { met: 7, missed: 3, unclear: 1, unreported: 2 });
  assert.equal(byIndicator.get('粮食总产量')?.status, 'unreported');
  assert.equal(byIndicator.get('居民消费价格')?.status, 'met');
});

test('real pairs: 安徽 and 浙江, 2025 targets against the 2026 reports, statuses checked by hand', () => {
  const root = path.join(__dirname, '..');
  const files = [
    'corpus/docs/anhui-gwr-2025-digest.txt', 'corpus/docs/zhejiang-gwr-2025-news-trad.txt',
    'fixtures/tracking/real/anhui-gwr-2026-review.txt', 'fixtures/tracking/real/zhejiang-gwr-2026-review.txt',
  ];
  const rows = trackReports(files.map((file) => ({ file, report: analyze(readFileSync(path.join(root, file), 'utf8')) })));
  assert.deepEqual(rows.map((r) => [r.place, r.period, r.indicator, r.result?.text ?? null, r.status]), [
    ['安徽省', 2025, '地区生产总值', '5.5%', 'met'],
    ['安徽省', 2025, '固定资产投资', null, 'unreported'],
    ['安徽省', 2025, '规模以上工业增加值', '9.4%', 'missed'],
    ['安徽省', 2025, '社会消费品零售总额', '4.2%', 'missed'],
    ['安徽省', 2025, '进出口总值', '17.3%', 'missed'],
    ['浙江省', 2025, '地区生产总值', '5.5%', 'met'],
    ['浙江省', 2025, '城镇调查失业率', '4.6%', 'met'],
    ['浙江省', 2025, '居民消费价格', null, 'unreported'],
    ['浙江省', 2025, '社会消费品零售总额', '4%', 'missed'],
  ]);
});
