/**
 * Kinds: target, commitment, achievement, baseline and date, from the section's tense and the
 * clause's own words (力争, 确保, 完成了, 达到, 一年来, “十三五”期间).
 */
import { test } from 'node:test';
import type { Kind } from '../../server/src/core/types';
import { analyzeText, expectDate, expectQuantity, fiveYearPlan, planReport, reviewReport, type Analyzed } from './reportFixtures';

/** Two paragraphs of a review: the first has two figures and no past-only word, the second more. */
const REVIEW_STRETCH = [
  '政府工作报告',
  '——经济保持平稳增长。出台“开门红”系列政策举措，推动经济企稳回升，全年地区生产总值增长4.9%，一般公共预算收入增长2.5%。',
  '——民生福祉持续增进。城镇新增就业62.6万人。城镇和农村常住居民人均可支配收入分别增长3.9%和5.7%。',
].join('\n');

/** A 2026 report on the five-year plan's draft, then on its own year. */
const NEXT_FIVE_YEARS = [
  '2026年北京市政府工作报告',
  '《纲要草案》明确了今后五年的发展目标：一是首都功能持续提升，二是高质量发展迈上新台阶。',
  '主要指标包括：地区生产总值年均增速4.5%-5%，全社会研发投入占比6%以上。',
  '今年，城镇新增就业26万人以上。',
].join('\n');

/** [how the text is framed, the report, a quantity in it, its kind, its deadline] */
const CASES: ReadonlyArray<readonly [string, () => Analyzed, string, Kind, string | null]> = [
  // Plan sections: levels and rates of indicators are targets, deliverables are commitments.
  ['plan: a rate of growth', () => planReport('生产总值增长8%以上'), '8%以上', 'target', '2021-12-31'],
  ['plan: a level held under a bound', () => planReport('城镇登记失业率控制在4.5%以内'), '4.5%以内', 'target', '2021-12-31'],
  ['plan: a level held above a floor', () => planReport('粮食总产稳定在45亿斤以上'), '45亿斤以上', 'target', '2021-12-31'],
  ['plan: a level reached (达到)', () => planReport('森林覆盖率达到32%'), '32%', 'target', '2021-12-31'],
  ['plan: jobs created', () => planReport('城镇新增就业6万人'), '6万人', 'target', '2021-12-31'],
  ['plan: a volume reached (…量达到)', () => planReport('西部陆海新通道货运量达到50万标箱'), '50万标箱', 'target', '2021-12-31'],
  ['plan: 力争 a revenue', () => planReport('力争高端石化产业实现营业收入800亿元'), '800亿元', 'target', '2021-12-31'],
  ['plan: 确保 a bound', () => planReport('确保城镇调查失业率控制在5.5%以内'), '5.5%以内', 'target', '2021-12-31'],
  ['plan: things to build', () => planReport('新建停车场50个'), '50个', 'commitment', '2021-12-31'],
  ['plan: forest to plant', () => planReport('完成造林32万亩'), '32万亩', 'commitment', '2021-12-31'],
  ['plan: firms to foster', () => planReport('培育高新技术企业100家'), '100家', 'commitment', '2021-12-31'],
  ['plan: investment of a project', () => planReport('开工建设总投资2.5亿元的智能装备产业园'), '2.5亿元', 'commitment', '2021-12-31'],
  ['plan: a project capacity', () => planReport('加快建设年产百万吨乙烯项目'), '百万吨', 'commitment', '2021-12-31'],

  // Review sections: what was reached is an achievement, with no deadline.
  ['review: growth of the past year', () => reviewReport('全年地区生产总值增长3.4%'), '3.4%', 'achievement', null],
  ['review: jobs created', () => reviewReport('城镇新增就业11万人'), '11万人', 'achievement', null],
  ['review: things built', () => reviewReport('新建停车场45个，新增泊位1.1万个'), '45个', 'achievement', null],
  ['review: an estimate is still an achievement', () => reviewReport('预计生产总值同比增长3%以上'), '3%以上', 'achievement', null],
  ['review: a cumulative stock', () => reviewReport('累计建成城市书房204座'), '204座', 'achievement', null],
  ['review: a background figure is a baseline', () => reviewReport('作为一个有着720万人口的大城市，洛阳统筹推进疫情防控和经济社会发展'),
    '720万', 'baseline', null],

  // The clause's own words override the section's tense.
  ['plan section, but 一年来 reports the past', () => planReport('一年来，全市新增城镇就业6.5万人'), '6.5万人', 'achievement', null],
  ['plan section, but 过去一年 reports the past', () => planReport('过去一年，我们完成了固定资产投资1200亿元'), '1200亿元', 'achievement', null],
  ['plan document, but “十三五”期间 reports the past', () => fiveYearPlan('“十三五”期间，全区累计新增就业人数35012人'),
    '35012人', 'achievement', null],
  ['no heading, and 完成了 reports the past', () => analyzeText('洛阳市2021年政府工作报告\n全市完成了造林12万亩，建成了农村公路320公里。'),
    '12万亩', 'achievement', null],
  // A review stretch quoted on its own: one paragraph reports results and nothing anywhere sets a goal.
  ['no heading, no goal word anywhere, and a sibling paragraph reports results', () => analyzeText(REVIEW_STRETCH), '4.9%', 'achievement', null],
  ['no heading, and 稳预期 (steadying expectations) is no goal word', () => analyzeText(`${REVIEW_STRETCH}\n——紧紧围绕稳就业、稳预期，组织开展65个专项行动。`), '65个', 'achievement', null],
  ['no heading, 过去五年 opens a review, and 到2025年 there ends a change, not a horizon', () => analyzeText(
    '政府工作报告\n过去五年，是极不平凡的五年，我们要牢记嘱托。\n这五年，全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。'),
    '4.93万亿元', 'achievement', null],
  ['a review paragraph on its own: 民生实事全面完成, then what was built', () => analyzeText(
    '政府工作报告\n民心工程和民生实事全面完成。新增养老床位3852张、认知障碍照护床位3326张，建成社区长者食堂57家。'),
    '3852张', 'achievement', null],
  ['a review paragraph on its own: 如期兑现, and 营养改善计划 names a programme, not a plan', () => analyzeText(
    '政府工作报告\n五是民生福祉持续增进。10件民生实事如期兑现。义务教育营养改善计划提质扩面，建成公办幼儿园120所。'),
    '120所', 'achievement', null],
  ['no heading, but a goal word in the text keeps the plan', () => analyzeText(`${REVIEW_STRETCH}\n——今年要新建停车场50个。`), '4.9%', 'target', null],
  ['a heading on the year before the report’s looks back', () => analyzeText(
    '关于2024年计划执行情况与2025年计划草案的报告\n一、2024年计划执行情况\n全年实施省市重点项目286个，完成投资1200余亿元。\n二、2025年主要目标\n新建停车场50个。'),
    '286个', 'achievement', null],
  ['a heading with no tense words in a report that opens with its review still plans', () => analyzeText(
    '政府工作报告\n一、2020年工作回顾\n城镇新增就业11万人。\n四、加快建设人民满意的服务型政府\n年内新建政务服务站50个。'),
    '50个', 'commitment', '2021-12-31'],
  ['the plan section after it still plans', () => analyzeText(
    '关于2024年计划执行情况与2025年计划草案的报告\n一、2024年计划执行情况\n全年实施省市重点项目286个，完成投资1200余亿元。\n二、2025年主要目标\n新建停车场50个。'),
    '50个', 'commitment', '2025-12-31'],
  ['review section, but 力争 sets a goal', () => reviewReport('新的一年，力争全市生产总值增长7%以上'), '7%以上', 'target', '2021-12-31'],
  ['review section, but 今年 sets a goal', () => reviewReport('今年，全市城镇新增就业6万人以上'), '6万人以上', 'target', '2021-12-31'],

  ['a news report: 做好2020年工作 turns from last year’s results to this year’s work', () => analyzeText(
    '辽宁省第十三届人民代表大会第三次会议开幕。\n过去一年，辽宁地区生产总值增长5.5%。\n做好2020年工作，省长提出八个方面的重点工作。\n办好民生10件实事'),
    '10件', 'commitment', '2020-12-31'],
  // 今后五年 in an annual report: the goals after it are the five-year plan's, until 今年 comes back.
  ['the years ahead (今后五年) frame the next paragraph', () => analyzeText(NEXT_FIVE_YEARS), '6%以上', 'target', '2030-12-31'],
  ['今年 after them is the year’s own again', () => analyzeText(NEXT_FIVE_YEARS), '26万人以上', 'target', '2026-12-31'],
  ['the five-year plan’s draft (《纲要草案》) sets goals due at the end of its period', () => analyzeText(
    '2026年福建省政府工作报告\n二、一张蓝图绘到底\n《纲要草案》据此细化设定了主要指标，包括地区生产总值年均增长5%左右。\n三、2026年重点工作\n城镇新增就业50万人。'),
    '5%左右', 'target', '2030-12-31'],
  ['the year’s own work after it is due at the year’s end', () => analyzeText(
    '2026年福建省政府工作报告\n二、一张蓝图绘到底\n《纲要草案》据此细化设定了主要指标，包括地区生产总值年均增长5%左右。\n三、2026年重点工作\n城镇新增就业50万人。'),
    '50万人', 'target', '2026-12-31'],

  ['the years ahead reset at any heading', () => analyzeText('2026年政府工作报告\n各位代表：\n今后五年，地区生产总值年均增长5%左右。\n一、扩大内需\n新建学校10所。'),
    '10所', 'commitment', '2026-12-31'],
  ['未来五年 in passing sets no horizon', () => analyzeText('2025年政府工作报告\n（一）谋划长远\n科学编制“十五五”规划，深入研究未来五年发展目标，谋划一批重大项目。\n新建学校10所。'),
    '10所', 'commitment', '2025-12-31'],
  ['未来五年 in a plan’s last year are the next plan’s', () => analyzeText('2025年政府工作报告\n未来五年，地区生产总值年均增长5%左右。'),
    '5%左右', 'target', '2030-12-31'],
  ['a text that looks back first and then plans keeps the year it describes', () => analyzeText(
    '过去一年，全市地区生产总值增长5.2%。\n2025年是“十四五”规划收官之年。全市地区生产总值预期增长5%左右。\n新建学校10所。'),
    '5%左右', 'target', '2025-12-31'],
  ['高质量完成…, 落地见效 are a plan’s words', () => analyzeText(
    '高质量完成“十四五”规划目标任务，推动重大项目落地见效，完成固定资产投资1000亿元。\n新建学校10所，建成老旧小区200个。'),
    '1000亿元', 'commitment', null],
  ['a peer group needs a place, not 省级', () => reviewReport('获批全省唯一试点，累计争取中央资金3亿元省级资金5亿元'), '3亿元', 'achievement', null],

  // A five-year plan and its vision.
  ['five-year plan: a target for its period', () => fiveYearPlan('地区生产总值达到820亿元'), '820亿元', 'target', '2025-12-31'],
  ['five-year plan: a commitment for its period', () => fiveYearPlan('到2025年，新建中试基地5个'), '5个', 'commitment', '2025-12-31'],
  ['vision section: due in 2035', () => analyzeText(['三、2021年重点工作', '生产总值增长8%以上。', '四、二〇三五年远景目标', '人均地区生产总值比2020年翻一番'].join('\n')), '翻一番', 'target', '2035-12-31'],
];

for (const [what, report, text, kind, deadline] of CASES) {
  test(`${what}: ${text} is a ${kind}`, () => {
    expectQuantity(report(), text, { kind, deadline });
  });
}

test('a time expression that sets a deadline is a date finding of its own', () => {
  const report = planReport('年底前完成老旧小区改造120个，“十四五”时期新增城镇就业30万人');
  expectDate(report, '年底前', '2021-12-31');
  expectDate(report, '“十四五”时期', '2025-12-31');
  expectQuantity(report, '120个', { kind: 'commitment', deadline: '2021-12-31' });
  expectQuantity(report, '30万人', { kind: 'target', deadline: '2025-12-31' });
});
