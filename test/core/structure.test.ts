/**
 * The outline of a report: headings of every level, nested into sections with a tense each, and the
 * report's year (its 今年) read from the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Section, Tense } from '../../server/src/core/types';
import { parseOutline, tenseOfTitle } from '../../server/src/core/structure';
import { readReportContext } from '../../server/src/core/reportYear';
import { analyzeText, expectDate, expectQuantity } from './reportFixtures';

const ANNUAL_REPORT = [
  /* 1 */ '洛阳市2021年政府工作报告',
  /* 2 */ '——2021年2月7日在洛阳市第十五届人民代表大会第六次会议上',
  /* 3 */ '各位代表：',
  /* 4 */ '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。',
  /* 5 */ '一、2020年工作回顾',
  /* 6 */ '（一）经济运行稳中向好。全年地区生产总值增长3.4%，一般公共预算收入增长2.5%。',
  /* 7 */ '1.项目建设扎实推进。全年实施省市重点项目300个，完成投资1200亿元。',
  /* 8 */ '2、产业转型步伐加快。新增规模以上工业企业120家。',
  /* 9 */ '(二)民生保障有力有效。城镇新增就业11万人，新建城市书房50座。',
  /* 10 */ '二、过去五年主要成就',
  /* 11 */ '五年来，全市生产总值年均增长6.8%。',
  /* 12 */ '三、2021年重点工作',
  /* 13 */ '今年全市经济社会发展的主要预期目标是：生产总值增长8%以上，城镇新增就业6万人。',
  /* 14 */ '（一）持续加快产业转型升级，构筑全国先进制造业基地。新建停车场50个、新增泊位12680个。',
  /* 15 */ '1、培育壮大新兴产业。培育高新技术企业100家。',
  /* 16 */ '四、二〇三五年远景目标',
  /* 17 */ '展望二〇三五年，全市经济实力、科技实力大幅跃升，基本实现社会主义现代化。',
].join('\n');

const FIVE_YEAR_PLAN = [
  /* 1 */ '洛阳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
  /* 2 */ '第一章 发展基础',
  /* 3 */ '第一节 “十三五”时期主要成就',
  /* 4 */ '“十三五”期间，全市生产总值年均增长7.1%，常住人口城镇化率提高到58%。',
  /* 5 */ '专栏1-1 “十三五”主要指标完成情况',
  /* 6 */ '指 标 | 2015年 基 数 | 2020年 目 标 | 年均增长 (%) | 属性 |',
  /* 7 */ '地区生产总值(亿元) | 3469 | 5128 | 8 | 预期性 |',
  /* 8 */ '第二章 远景目标和主要目标',
  /* 9 */ '第一节 远景目标',
  /* 10 */ '到二〇三五年，基本实现社会主义现代化。',
  /* 11 */ '第二节 “十四五”主要目标',
  /* 12 */ '——经济实力更强。地区生产总值达到6000亿元，年均增长7%左右。',
  /* 13 */ '——创新能力更强。研发经费投入强度达到2.5%。',
].join('\n');

const DIGEST = [
  /* 1 */ '回首2020，洛阳留下了哪些鲜明印记？',
  /* 2 */ '众志成城战疫情',
  /* 3 */ '关键词',
  /* 4 */ '作为一个有着720万人口、交通四通八达、旅游业举世闻名的大城市，洛阳用不到一个月的时间实现本地新增确诊病例清零。',
  /* 5 */ '凝神聚力抓发展',
  /* 6 */ '全年地区生产总值增长3%以上，规上工业增加值增长3.5%，固定资产投资增长6.5%，社会消费品零售总额下降1%左右。',
].join('\n');

type Shape = Pick<Section, 'title' | 'level' | 'line' | 'endLine' | 'tense'>;
const shape = (s: Section): Shape => ({ title: s.title, level: s.level, line: s.line, endLine: s.endLine, tense: s.tense });

function sectionTitled(sections: readonly Section[], title: string): Shape {
  const found = sections.filter((s) => s.title === title);
  assert.equal(found.length, 1, `one section titled ${title}; sections:\n${sections.map((s) => `  ${s.line} ${s.title}`).join('\n')}`);
  return shape(found[0]!);
}

/** [title, level, first line, last line, tense] of the annual report's sections, in order. */
const ANNUAL_SECTIONS: ReadonlyArray<Shape> = [
  { title: '一、2020年工作回顾', level: 1, line: 5, endLine: 9, tense: 'review' },
  { title: '（一）经济运行稳中向好', level: 2, line: 6, endLine: 8, tense: 'review' },
  { title: '1.项目建设扎实推进', level: 3, line: 7, endLine: 7, tense: 'review' },
  { title: '2、产业转型步伐加快', level: 3, line: 8, endLine: 8, tense: 'review' },
  { title: '(二)民生保障有力有效', level: 2, line: 9, endLine: 9, tense: 'review' },
  { title: '二、过去五年主要成就', level: 1, line: 10, endLine: 11, tense: 'review' },
  { title: '三、2021年重点工作', level: 1, line: 12, endLine: 15, tense: 'plan' },
  { title: '（一）持续加快产业转型升级，构筑全国先进制造业基地', level: 2, line: 14, endLine: 15, tense: 'plan' },
  { title: '1、培育壮大新兴产业', level: 3, line: 15, endLine: 15, tense: 'plan' },
  { title: '四、二〇三五年远景目标', level: 1, line: 16, endLine: 17, tense: 'vision' },
];

for (const expected of ANNUAL_SECTIONS) {
  test(`annual report heading ${expected.title}: level ${expected.level}, lines ${expected.line}–${expected.endLine}, ${expected.tense}`, () => {
    assert.deepEqual(sectionTitled(analyzeText(ANNUAL_REPORT).sections, expected.title), expected);
  });
}

test('the meeting date line and the address are not sections', () => {
  const titles = analyzeText(ANNUAL_REPORT).sections.map((s) => s.title);
  for (const line of ANNUAL_REPORT.split('\n').slice(1, 4)) assert.ok(!titles.some((t) => line.startsWith(t)), line);
});

test('the annual report has exactly these sections, in order; its title line is none', () => {
  assert.deepEqual(analyzeText(ANNUAL_REPORT).sections.map((s) => s.title), ANNUAL_SECTIONS.map((s) => s.title));
});

const PLAN_SECTIONS: ReadonlyArray<Shape> = [
  { title: '第一章 发展基础', level: 1, line: 2, endLine: 7, tense: 'review' },
  { title: '第一节 “十三五”时期主要成就', level: 2, line: 3, endLine: 7, tense: 'review' },
  { title: '专栏1-1 “十三五”主要指标完成情况', level: 3, line: 5, endLine: 7, tense: 'review' },
  { title: '第二章 远景目标和主要目标', level: 1, line: 8, endLine: 13, tense: 'plan' },
  { title: '第一节 远景目标', level: 2, line: 9, endLine: 10, tense: 'vision' },
  { title: '第二节 “十四五”主要目标', level: 2, line: 11, endLine: 13, tense: 'plan' },
  { title: '——经济实力更强', level: 3, line: 12, endLine: 12, tense: 'plan' },
  { title: '——创新能力更强', level: 3, line: 13, endLine: 13, tense: 'plan' },
];

for (const expected of PLAN_SECTIONS) {
  test(`five-year plan heading ${expected.title}: level ${expected.level}, lines ${expected.line}–${expected.endLine}, ${expected.tense}`, () => {
    assert.deepEqual(sectionTitled(analyzeText(FIVE_YEAR_PLAN).sections, expected.title), expected);
  });
}

test('a short line followed by its paragraph is a heading; a 关键词 label is not', () => {
  const { sections } = analyzeText(DIGEST);
  assert.deepEqual(sections.map(shape), [
    { title: '众志成城战疫情', level: 1, line: 2, endLine: 4, tense: 'review' },
    { title: '凝神聚力抓发展', level: 1, line: 5, endLine: 6, tense: 'review' },
  ]);
});

test('parseOutline maps each line to its innermost section', () => {
  const lines = ANNUAL_REPORT.split('\n');
  const { sections, sectionOfLine } = parseOutline(lines, 'plan');
  const titleOfLine = (line: number) => sections[sectionOfLine[line - 1]!]?.title ?? null;
  assert.equal(titleOfLine(7), '1.项目建设扎实推进');
  assert.equal(titleOfLine(9), '(二)民生保障有力有效');
  assert.equal(titleOfLine(13), '三、2021年重点工作');
  assert.equal(titleOfLine(15), '1、培育壮大新兴产业');
});

test('the last of a list of one-paragraph items ends with its paragraph; what follows is the parent\'s', () => {
  const lines = [
    '一、2025年和“十四五”时期工作回顾',
    '（一）着力推动“四稳”政策落地。面对供强需弱叠加化债的复杂局面，全市生产总值增长5.5%。',
    '（二）着力推动科技创新。新增国家级专精特新“小巨人”企业50家，高新技术企业突破1万家。',
    '（三）着力推动政府治理提效。压紧压实全面从严治党政治责任，依法接受人大监督。',
    '',
    '五年来，我们坚持创新引领、制造强市，产业发展迈出新步伐，地区生产总值跨过3万亿元。',
    '二、2026年工作安排',
    '（一）多措并举扩大内需。社会消费品零售总额增长5%左右。',
    '新建城市停车位5万个，更新改造老旧小区1000个。',
  ];
  const { sections, sectionOfLine } = parseOutline(lines, 'plan');
  const titleOfLine = (line: number) => sections[sectionOfLine[line - 1]!]?.title ?? null;
  assert.equal(titleOfLine(4), '（三）着力推动政府治理提效');
  assert.equal(titleOfLine(6), '一、2025年和“十四五”时期工作回顾');
  // A list of one item with two paragraphs keeps both.
  assert.equal(titleOfLine(9), '（一）多措并举扩大内需');
});

test('a subhead whose title alone disagrees with all its siblings takes their tense', () => {
  const lines = [
    '——经济保持平稳增长。全年地区生产总值增长4.9%。',
    '——产业结构不断优化。工业增加值增长6%。',
    '——底线任务牢牢守住。全年未发生重大以上生产安全事故。',
    '——民生福祉持续增进。城镇新增就业31万人。',
  ];
  const { sections } = parseOutline(lines, 'review');
  assert.deepEqual(sections.map((s) => s.tense), ['review', 'review', 'review', 'review']);
  // In a list of two neither outvotes the other.
  assert.deepEqual(parseOutline(['（一）2025年工作回顾', '（二）2026年工作安排'], 'review').sections.map((s) => s.tense), ['review', 'plan']);
});

test('a report’s unnumbered part titles each mean what they say: a review between two plan titles stays a review', () => {
  const lines = [
    '2026年甘肃省政府工作报告',
    '“十四五”时期工作回顾',
    '——这是追赶进位、综合实力快速跃升的五年。地区生产总值年均增长5.8%。',
    '“十五五”时期的主要目标任务',
    '“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。今后五年，地区生产总值年均增长5%以上。',
    '今年重点工作任务',
    '今年是“十五五”开局之年，做好今年工作意义重大。今年地区生产总值增长5%左右，城镇新增就业33万人以上。',
  ];
  const { sections } = parseOutline(lines, 'plan', 2026);
  assert.deepEqual(sections.map((s) => [s.title.slice(0, 12), s.tense]), [
    ['“十四五”时期工作回顾', 'review'], ['——这是追赶进位、综合实', 'review'], ['“十五五”时期的主要目标', 'plan'], ['今年重点工作任务', 'plan'],
  ]);
});

test('the preface before the first heading is in no section', () => {
  const lines = ANNUAL_REPORT.split('\n');
  const { sectionOfLine } = parseOutline(lines, 'plan');
  assert.equal(sectionOfLine[3], -1);
});

test('a finding names the innermost section it stands in', () => {
  const report = analyzeText(ANNUAL_REPORT);
  expectQuantity(report, '12680个', { section: '（一）持续加快产业转型升级，构筑全国先进制造业基地' });
  expectQuantity(report, '100家', { section: '1、培育壮大新兴产业' });
});

/** Section titles and the tense their words give. */
const TENSES: ReadonlyArray<readonly [string, Tense]> = [
  ['一、2020年工作回顾', 'review'],
  ['一、“十三五”时期取得的主要成就', 'review'],
  ['一、过去五年工作回顾', 'review'],
  ['过去五年的主要工作', 'review'],
  ['三、2021年重点工作', 'plan'],
  ['二、今年经济社会发展的主要预期目标', 'plan'],
  ['今年的主要任务', 'plan'],
  ['第二章 “十四五”时期经济社会发展的主要目标', 'plan'],
  ['第一节 二〇三五年远景目标', 'vision'],
  ['二、2035年远景目标', 'vision'],
  ['展望2035年', 'vision'],
];

for (const [title, tense] of TENSES) {
  test(`tense of 「${title}」 is ${tense}`, () => {
    assert.equal(tenseOfTitle(title), tense);
  });
}

test('a heading without tense words takes its parent’s tense', () => {
  const { sections } = analyzeText(ANNUAL_REPORT);
  assert.equal(sectionTitled(sections, '(二)民生保障有力有效').tense, 'review');
  assert.equal(sectionTitled(sections, '1、培育壮大新兴产业').tense, 'plan');
});

/** [what the report says, the year it plans for] */
const YEARS: ReadonlyArray<readonly [string, string[], number]> = [
  // A review stretch on its own: the year it describes is the one before the report's.
  ['a review stretch opening 2025年是“十四五”收官之年', [
    '政府工作报告', '2025年是“十四五”收官之年。我们顶压前行，地区生产总值增长5%，一般公共预算收入增长13.3%，规上工业增加值增长7.2%，社会消费品零售总额增长3.9%。',
  ], 2026],
  ['今年是“十五五”开局起步之年', ['政府工作报告', '今年是“十五五”开局起步之年。政府工作总体要求是：坚持稳中求进工作总基调。'], 2026],
  ['2026年是“十五五”第一年', ['政府工作报告', '2026年是“十五五”第一年，开好局起好步十分重要。'], 2026],
  ['确保“十五五”开好局起好步', ['政府工作报告', '政府工作的总体要求是：着力推动高质量发展，确保“十五五”开好局起好步。'], 2026],
  ['2025年极不平凡, said only looking back', ['政府工作报告', '2025年极不平凡。地区生产总值增长7%，固定资产投资增长17.2%。'], 2026],
  ['a review stretch that names no report year: the year after the latest it reviews', [
    '政府工作报告', '全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元，一般公共预算收入增长7.2%、11.5%、17.4%，较2020年翻一番。',
  ], 2026],
  ['2026年目标任务, but not 2025年各项目标任务的圆满完成', ['各位代表！2025年各项目标任务的圆满完成，标志着“十四五”圆满收官。', '2026年目标任务是：地区生产总值增长5%。'], 2026],
  ['a plan heading 2021年重点工作', ['各位代表：', '三、2021年重点工作', '坚持稳中求进工作总基调。'], 2021],
  ['今年…主要预期目标 with the meeting date line', [
    '政府工作报告(摘要)',
    '——2021年2月7日在洛阳市第十五届人民代表大会第四次会议上',
    '今年全市经济社会发展的主要预期目标是：生产总值增长8%以上。',
  ], 2021],
  ['2020年…主要预期目标', ['2020年全区经济社会发展的主要预期目标为：地区生产总值增长6.5%左右。'], 2020],
  ['a review heading 2020年工作回顾 (the report is written in 2021)', ['一、2020年工作回顾', '全年地区生产总值增长3.4%。'], 2021],
  ['a digest of 刚刚过去的2020年', ['“十三五”规划收官……刚刚过去的2020年，注定是极不平凡的一年。'], 2021],
  ['a plan titled 第十四个五年规划', ['洛阳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', '第一章 发展基础'], 2021],
  ['a plan titled with its period (2021—2025年)', ['洛阳市新型城镇化规划(2021—2025年)', '第一章 发展基础'], 2021],
  ['a plan titled “十四五”…规划', ['洛阳市“十四五”生态环境保护规划', '第一章 发展基础'], 2021],
];

for (const [what, lines, year] of YEARS) {
  test(`report year ${year} from ${what}`, () => {
    assert.equal(readReportContext(lines).year, year);
    assert.equal(analyzeText(lines.join('\n')).year, year);
  });
}

test('a review naming no report year is not dated by a plan title’s years', () => {
  const context = readReportContext(['政府工作报告', '全市地区生产总值同比增长5.2%，突破3000亿元，居全国第10位。《国土空间总体规划（2021—2035年）》获国务院批复。']);
  assert.equal(context.year, null);
});

test('a five-year plan knows its period and plans forward', () => {
  const context = readReportContext(FIVE_YEAR_PLAN.split('\n'));
  assert.deepEqual(context, { year: 2021, period: { start: 2021, end: 2025 }, documentTense: 'plan', documentResults: null });
});

test('a plan titled with its period (2021—2025年) knows its period', () => {
  const context = readReportContext(['洛阳市新型城镇化规划(2021—2025年)', '第一章 发展基础']);
  assert.deepEqual(context.period, { start: 2021, end: 2025 });
});

test('an annual report is no five-year plan, even when it names one', () => {
  const context = readReportContext(ANNUAL_REPORT.split('\n'));
  assert.deepEqual({ year: context.year, period: context.period }, { year: 2021, period: null });
});

test('the 今年 heading a list of targets is a date finding due at the end of the year', () => {
  const report = analyzeText(ANNUAL_REPORT);
  expectDate(report, '今年', '2021-12-31');
});

test('a text without any year clue has no year, and its relative dates no deadline', () => {
  const report = analyzeText('年底前完成老旧小区改造120个。');
  assert.equal(report.year, null);
});
