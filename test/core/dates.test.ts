/**
 * Dates and deadlines, resolved to a calendar day against the report's year: each time expression
 * is a date finding, and it sets the deadline of the targets and commitments of its clause.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planPeriod, scanDates } from '../../server/src/core/dates';
import {
  analyzeText, dateFindings, locate, describeFindings, expectDate, expectNoDate, expectQuantity, fiveYearPlan, planReport, reviewReport,
} from './reportFixtures';

/**
 * [a sentence of a 2021 plan, the time expression, its deadline, the quantity it governs]. The
 * quantity takes the same deadline.
 */
const GOVERNING: ReadonlyArray<readonly [string, string, string, string]> = [
  ['3月底前完成集中供暖管网改造20公里', '3月底前', '2021-03-31', '20公里'],
  ['6月底前建成投用城市书房10座', '6月底前', '2021-06-30', '10座'],
  ['上半年开工建设总投资2.5亿元的智能装备产业园', '上半年', '2021-06-30', '2.5亿元'],
  ['下半年新开通城市公交线路5条', '下半年', '2021-12-31', '5条'],
  ['年内新建停车场50个', '年内', '2021-12-31', '50个'],
  ['年底前完成老旧小区改造120个', '年底前', '2021-12-31', '120个'],
  ['全年完成造林12万亩', '全年', '2021-12-31', '12万亩'],
  ['“七一”前建成党史教育基地3个', '“七一”前', '2021-07-01', '3个'],
  ['国庆节前完成主干道提升改造8条', '国庆节前', '2021-10-01', '8条'],
  ['春节前为困难群众发放慰问金1200万元', '春节前', '2021-02-12', '1200万元'],
  ['牡丹文化节前完成环城绿化提升工程15项', '牡丹文化节前', '2021-04-01', '15项'],
  ['到2025年，全市新建中试基地5个', '到2025年', '2025-12-31', '5个'],
  ['力争“十四五”末全市生产总值突破8000亿元', '“十四五”末', '2025-12-31', '突破8000亿元'],
  ['“十四五”时期，全市生产总值年均增长7%左右', '“十四五”时期', '2025-12-31', '7%左右'],
  ['2022年底前实现城乡供水一体化覆盖率100%', '2022年底前', '2022-12-31', '100%'],
  ['2021年6月底前建成5G基站3000个', '2021年6月底前', '2021-06-30', '3000个'],
];

for (const [sentence, when, deadline, quantity] of GOVERNING) {
  test(`${when} → ${deadline}, and it governs ${quantity}: 「${sentence}」`, () => {
    const report = planReport(sentence);
    expectDate(report, when, deadline);
    expectQuantity(report, quantity, { deadline });
  });
}

test('春节前 is the spring festival of the report year', () => {
  const line = '春节前足额发放农民工工资';
  expectDate(analyzeText(['三、2021年重点工作', line].join('\n')), '春节前', '2021-02-12');
  expectDate(analyzeText(['三、2022年重点工作', line].join('\n')), '春节前', '2022-02-01');
});

test('the long-range years of a vision: 到2035年, 2035年, 二〇三五年', () => {
  expectDate(fiveYearPlan('到2035年，基本实现社会主义现代化'), '到2035年', '2035-12-31');
  expectDate(fiveYearPlan('展望2035年，我区将基本实现社会主义现代化'), '2035年', '2035-12-31');
  expectDate(fiveYearPlan('展望二〇三五年，我区将基本实现社会主义现代化'), '二〇三五年', '2035-12-31');
});

test('the report year heading its plan part is a date; a title or a description of the year is not', () => {
  expectDate(planReport('新建停车场50个'), '2021年', '2021-12-31');
  expectDate(analyzeText('二、2025年主要目标任务\n新建停车场50个'), '2025年', '2025-12-31');
  const title = analyzeText('2022年平湖市政府工作报告\n2022年是“十四五”的关键一年。\n三、2022年重点工作\n新建停车场50个');
  assert.deepEqual(dateFindings(title).map((f) => f.line), [3], describeFindings(title.findings));
});

test('every occurrence of a time expression is its own date finding', () => {
  const report = planReport('全年新建停车场50个，全年新增城镇就业6万人，全年完成造林12万亩');
  assert.equal(dateFindings(report).filter((f) => f.line === 2).length, 3, describeFindings(report.findings));
  for (let k = 0; k < 3; k++) expectDate(report, '全年', '2021-12-31', k);
});

test('a plan item without time words is due at the end of the report year', () => {
  const report = planReport('新建停车场50个、新增泊位12680个，生产总值增长8%以上');
  expectQuantity(report, '50个', { kind: 'commitment', deadline: '2021-12-31' });
  expectQuantity(report, '12680个', { kind: 'commitment', deadline: '2021-12-31' });
  expectQuantity(report, '8%以上', { kind: 'target', deadline: '2021-12-31' });
  assert.equal(dateFindings(report).filter((f) => f.line === 2).length, 0, 'no time words, no date finding');
});

test('in a five-year plan, a plan item without time words is due at the end of the plan period', () => {
  const report = fiveYearPlan('新建中试基地5个，培育新型研发机构3家');
  expectQuantity(report, '5个', { kind: 'commitment', deadline: '2025-12-31' });
  expectQuantity(report, '3家', { kind: 'commitment', deadline: '2025-12-31' });
});

test('a deadline governs its own sentence only', () => {
  const report = planReport('3月底前完成集中供暖管网改造20公里。新建公园绿地15处。');
  expectQuantity(report, '20公里', { deadline: '2021-03-31' });
  expectQuantity(report, '15处', { deadline: '2021-12-31' });
});

test('in a review 全年 is the year under review, not a deadline', () => {
  const report = reviewReport('全年地区生产总值增长3.4%，城镇新增就业11万人。');
  expectNoDate(report, '全年');
  expectQuantity(report, '3.4%', { kind: 'achievement', deadline: null, value: 3.4, unit: '%' });
  expectQuantity(report, '11万人', { kind: 'achievement', deadline: null, value: 110000, unit: '人' });
});

/** [a sentence of a 2021 plan, a time word in it that sets no deadline] */
const NOT_DATES: ReadonlyArray<readonly [string, string]> = [
  ['“十四五”乃至更长时期，坚持把发展经济着力点放在实体经济上', '“十四五”乃至更长时期'],
  ['全员劳动生产率按2020年价格计算达到18万元/人', '2020年价格'],
  ['以2020年为基数，单位生产总值能耗下降13.5%', '2020年'],
  ['认真落实2021年2月7日市十五届人大四次会议通过的各项决议', '2021年2月7日'],
];

for (const [sentence, text] of NOT_DATES) {
  test(`no date finding for ${text} in 「${sentence}」`, () => {
    expectNoDate(planReport(sentence), text);
  });
}

const SCANNED: ReadonlyArray<readonly [string, number, string, string]> = [
  ['3月底前', 2021, '3月底前', '2021-03-31'],
  ['6月底前', 2020, '6月底前', '2020-06-30'],
  ['2月底前', 2024, '2月底前', '2024-02-29'],
  ['上半年', 2021, '上半年', '2021-06-30'],
  ['下半年', 2021, '下半年', '2021-12-31'],
  ['年内', 2020, '年内', '2020-12-31'],
  ['力争5年内实现城乡供水一体化', 2021, '5年内', '2025-12-31'],
  ['争取两年内完成', 2026, '两年内', '2027-12-31'],
  ['年底前', 2021, '年底前', '2021-12-31'],
  ['全年', 2021, '全年', '2021-12-31'],
  ['“七一”前', 2021, '“七一”前', '2021-07-01'],
  ['国庆节前', 2021, '国庆节前', '2021-10-01'],
  ['春节前', 2021, '春节前', '2021-02-12'],
  ['牡丹文化节前', 2021, '牡丹文化节前', '2021-04-01'],
  ['到2025年', 2021, '到2025年', '2025-12-31'],
  ['“十四五”末', 2021, '“十四五”末', '2025-12-31'],
  ['“十四五”时期', 2021, '“十四五”时期', '2025-12-31'],
  ['到二〇三五年', 2021, '到二〇三五年', '2035-12-31'],
];

for (const [line, year, text, deadline] of SCANNED) {
  test(`scanDates: ${line} in ${year} → ${deadline}`, () => {
    const found = scanDates(line, year);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual({ text: found[0]!.text, deadline: found[0]!.deadline }, { text, deadline });
  });
}

test('a relative date needs the report year; an absolute one does not', () => {
  assert.equal(scanDates('3月底前', null)[0]?.deadline, null);
  assert.equal(scanDates('到2025年', null)[0]?.deadline, '2025-12-31');
});

test('five-year plan periods', () => {
  assert.deepEqual(planPeriod(13), { start: 2016, end: 2020 });
  assert.deepEqual(planPeriod(14), { start: 2021, end: 2025 });
  assert.deepEqual(planPeriod(15), { start: 2026, end: 2030 });
});

test('全年 as the year’s goals (完成全年预期目标, 做好全年工作) is no deadline', () => {
  const report = planReport('确保完成全年预期目标，做好全年工作，全年新建停车场50个');
  assert.deepEqual(dateFindings(report).filter((f) => f.line === 2).map((f) => f.start), [locate(report.source, '全年新建').start]);
});

test('a project table’s construction period 2023.01-2023.12 is due at the end of its last month', () => {
  const [found] = scanDates('2023.01-2023.12', 2023);
  assert.deepEqual({ text: found?.text, deadline: found?.deadline }, { text: '2023.01-2023.12', deadline: '2023-12-31' });
  assert.equal(scanDates('2023.01-2024.06', 2023)[0]?.deadline, '2024-06-30');
  assert.deepEqual(scanDates('版本1.2023.01-2023.13', 2023), []);
});

test('the report year’s 年度 heading its plan figures is a date; an award’s 年度 is not', () => {
  expectDate(analyzeText('2023年度中心城市建设重点工程 计划实施项目220个'), '2023年度', '2023-12-31');
  expectNoDate(planReport('荣膺“2020年度中国夜游名城”称号'), '2020年度');
});

test('达到2012年以来最高水平 names where a span starts: no date, even where the report’s year is unknown', () => {
  const report = analyzeText('——粮食生产稳中有进\n粮食产量达到2012年以来最高水平');
  assert.deepEqual(dateFindings(report), [], describeFindings(report.findings));
});

test('where the text never gives its year, a plan’s 全年 is still a date, due on a day unknown', () => {
  const report = analyzeText('（六）加大保障和改善民生力度\n实施培训行动，全年开展职业技能培训10万人次以上。');
  const [date] = dateFindings(report);
  assert.deepEqual({ text: date?.text, deadline: date?.deadline }, { text: '全年', deadline: null }, describeFindings(report.findings));
  expectNoDate(analyzeText('一、过去一年工作回顾\n全年地区生产总值增长3.4%。'), '全年');
});

test('今年 heading the year’s list is a date: a subhead, after 提出, or after 对于', () => {
  for (const source of [
    '    今年预期目标\n生产总值增长5%左右。\n    今年重点工作\n新建停车场50个。',
    '报告提出今年全市主要预期目标\n生产总值增长5%左右。',
    '对于今年的目标任务，市长表示，主要预期目标为生产总值增长5%左右。',
    '今年市本级为民办实事“十大”工程\n新建停车场50个。',
  ]) {
    const report = analyzeText(`2021年政府工作报告\n${source}`);
    assert.ok(dateFindings(report).some((f) => f.text === '今年' && f.deadline === '2021-12-31'), `${source}\n${describeFindings(report.findings)}`);
  }
  expectNoDate(planReport('今年是“十四五”开局之年'), '今年');
});

test('对于2025年的目标任务: the year the sentence is about is a date', () => {
  expectDate(analyzeText('2025年政府工作报告\n对于2025年的目标任务，省长表示，主要预期目标为生产总值增长5.5%左右。'), '2025年', '2025-12-31', 1);
});
