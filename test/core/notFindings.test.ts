/**
 * Numbers that measure nothing are not findings: ordinals and ranks, names with digits, slogans of
 * the form N大X, the length of a named policy, meeting dates and the furniture of a scraped page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyzeText, describeFindings, expectNothingAt, expectQuantity, planReport, reviewReport, type Analyzed,
} from './reportFixtures';

/** [a sentence, the part of it that must give no finding] — in the plan section of a 2021 report. */
const IN_PLAN: ReadonlyArray<readonly [string, string]> = [
  ['高标准办好第十五届中国洛阳牡丹文化节', '第十五届'],
  ['加快地铁1号线、2号线建设', '1号线'],
  ['加快地铁1号线、2号线建设', '2号线'],
  ['谋划实施一批“十四五”重大项目', '“十四五”'],
  ['加快5G网络、数据中心等新型基础设施建设', '5G'],
  ['全面落实“9+2”工作布局', '“9+2”'],
  ['持续深化“97193”工作布局', '“97193”'],
  ['完善“1+N”政策体系', '“1+N”'],
  ['深入实施“13445工程”', '“13445工程”'],
  ['PM2.5平均浓度持续下降', 'PM2.5'],
  ['坚决打好三大攻坚战', '三大攻坚战'],
  ['加快构建现代产业9大体系', '9大体系'],
  ['对新落户企业给予5年过渡期', '5年过渡期'],
  ['实施城市更新三年行动', '三年行动'],
  ['推动主要经济指标增速进入全省前十名', '前十名'],
  ['深入学习贯彻市委十一届十四次全会精神', '十一届十四次全会'],
  ['完成《洛龙区乡村振兴战略规划(2018—2022年)》修编', '《洛龙区乡村振兴战略规划(2018—2022年)》'],
  ['加快推进污水处理厂一期、二期工程建设', '一期'],
  ['加快推进污水处理厂一期、二期工程建设', '二期'],
  ['新建三级综合医院1所', '三级'],
  ['推进“五个百万亩”工程建设', '“五个百万亩”'],
  ['加快千亿强区建设', '千亿'],
  ['实现规上工业企业研发活动全覆盖、境内外上市企业零突破', '零突破'],
  ['新开工10亿元以上重大项目80个', '10亿元以上'],
  ['实施投资2000万元以上的技改项目3000个', '2000万元以上'],
  ['新创建国家3A级以上旅游景区2家', '3A级以上'],
  ['每千人口拥有3岁以下婴幼儿托位数达到4.5个', '3岁以下'],
  ['为孕产妇、0—6岁儿童免费提供健康服务', '0—6岁'],
  ['为70周岁以上老人提供居家服务1万人次', '70周'],
  ['为65岁以上老年人免费体检', '65岁以上'],
  ['引进百万人才', '百万人'],
  ['投入1200万帮扶困难群众', '1200万'], // money with no unit, not people
  ['实施1对1帮扶', '1对'],
  ['全市新开2000余门店', '2000余门'],
  ['建成万亩良田', '万亩'],
  // A figure inside the name of the rate measured after it.
  ['公交与轨道50米内换乘比例提升至93%', '50米'],
  ['15分钟生活圈覆盖率达到90%', '15分钟'],
  ['《纲要草案》具体部署了13项任务举措', '13项'],
  ['设定了五大类24个主要指标，包括16个预期性指标', '24个'],
  // A Latin unit is a word of its own: the P of 10PB is no computing power.
  ['新增数据存储能力10PB', '10PB'],
  ['设定了五大类24个主要指标，包括16个预期性指标', '16个'],
  ['三次产业结构比调整至0.9:21.5:77.6', '0.9:21.5:77.6'],
  ['迭代升级我省“民营经济32条”', '32条'],
  ['建设社区健身路径或3人制篮球场250个', '3人制'],
  ['落实国家促进民间投资“13条政策”', '13条'],
  ['65岁及以上老年人医养结合服务率达到40%以上', '65岁'],
];

for (const [sentence, text] of IN_PLAN) {
  test(`no finding for ${text} in 「${sentence}」`, () => {
    expectNothingAt(planReport(sentence), text);
  });
}

/** [a sentence of a review of 2020, the part of it that must give no finding] */
const IN_REVIEW: ReadonlyArray<readonly [string, string]> = [
  ['营商环境评价连续两年居全省第一', '连续两年'],
  ['营商环境评价连续两年居全省第一', '第一'],
  ['在全市各县(市区)排名第4位', '第4位'],
  ['荣获2020年度全省县域经济高质量发展先进县称号', '2020年度'],
  ['三次产业结构比预计调整至0.9:21.5:77.6', '0.9:21.5:77.6'],
  // A ranking's peer group: the class it ranks in, not an amount of its own.
  ['地区生产总值达到13.57万亿元,是全国首个突破13万亿元的省份', '突破13万亿元'],
  ['社会消费品零售总额达4.7万亿元,深圳成为广东第二个万亿元消费城市', '万亿元消费城市'],
  // Steps crossed tell a story; the level reached is the value.
  ['地区生产总值连续迈上4个万亿元台阶、达14.2万亿元', '4个'],
  ['地区生产总值连续迈上4个万亿元台阶、达14.2万亿元', '万亿元台阶'],
];

for (const [sentence, text] of IN_REVIEW) {
  test(`no finding for ${text} in the review 「${sentence}」`, () => {
    expectNothingAt(reviewReport(sentence), text);
  });
}

test('a size in a list summed after 等 stays a value: 平凉7亿吨级冶镁白云岩等35处', () => {
  const report = reviewReport('新探明玉门超40吨金矿、平凉7亿吨级冶镁白云岩等大中型矿产地35处。');
  assert.deepEqual(report.findings.filter((f) => f.kind === 'achievement').map((f) => f.text), ['超40吨', '7亿吨级', '35处']);
});

test('a class threshold followed by a count gives only the count: 10亿元以上重大项目80个', () => {
  const report = planReport('新开工10亿元以上重大项目80个');
  expectQuantity(report, '80个', { value: 80, unit: '个', comparator: '=', deadline: '2021-12-31' });
  assert.equal(report.findings.filter((f) => f.kind !== 'date').length, 1, describeFindings(report.findings));
});

test('the measured value stays when a name with digits stands next to it', () => {
  const report = planReport('新建5G基站3000个，每千人口拥有3岁以下婴幼儿托位数达到4.5个');
  expectQuantity(report, '3000个', { value: 3000, unit: '个', comparator: '=' });
  expectQuantity(report, '4.5个', { value: 4.5, unit: '个', comparator: '=' });
  assert.equal(report.findings.filter((f) => f.kind !== 'date').length, 2, describeFindings(report.findings));
});

function assertNoFindingsOnLines(report: Analyzed, lines: readonly string[]): void {
  const numbers = report.source.split('\n').flatMap((l, n) => (lines.includes(l) ? [n + 1] : []));
  assert.equal(numbers.length, lines.length, 'test bug: every line is in the source');
  const found = report.findings.filter((f) => numbers.includes(f.line));
  assert.equal(found.length, 0, `these lines measure nothing:\n${describeFindings(found)}`);
}

test('the title, meeting date line and address of a report give no finding', () => {
  const head = [
    '政府工作报告(摘要)',
    '——2021年2月7日在洛阳市第十五届人民代表大会第四次会议上',
    '洛阳市人民政府市长 刘宛康',
    '2021-02-09',
    '各位代表：',
    '现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。',
  ];
  const report = analyzeText([...head, '三、2021年重点工作', '今年全市经济社会发展的主要预期目标是：生产总值增长8%以上。'].join('\n'));
  assertNoFindingsOnLines(report, head);
  expectQuantity(report, '8%以上', { value: 8, unit: '%', comparator: '>=', deadline: '2021-12-31' });
});

test('the page furniture of a forum scrape gives no finding; the report in it does', () => {
  const furniture = [
    '设为首页收藏本站',
    '查看: 1847|回复: 0',
    '[河南] 2020年洛阳市西工区政府工作报告',
    '[复制链接]',
    '  • TA的每日心情',
    '    开心',
    '    2023-3-1 17:41',
    '  • 签到天数: 4 天',
    '    [LV.2]偶尔看看I',
    '    2966',
    '    主题',
    '    2975',
    '    帖子',
    '    2万',
    '    积分',
    '    Rank: 7Rank: 7Rank: 7',
  ];
  const footer = [
    '    您需要登录后才可以回帖 登录 | 立即注册',
    '    在线时间:',
    '    周一~周五',
    '    9:00-18:00',
    '    联系电话:',
    '    010-63691786',
    '    Powered by quyushuju X3.4 Licensed© 2008-2018 quyushuju Inc.',
  ];
  const body = '      2020年全区经济社会发展的主要预期目标为：地区生产总值增长6.5%左右，城镇新增就业1.2万人。';
  const report = analyzeText([...furniture, body, ...footer].join('\n'));
  assertNoFindingsOnLines(report, [...furniture, ...footer]);
  assert.equal(report.year, 2020);
  expectQuantity(report, '6.5%左右', { value: 6.5, unit: '%', comparator: '~', deadline: '2020-12-31' });
  expectQuantity(report, '1.2万人', { value: 12000, unit: '人', comparator: '=', deadline: '2020-12-31' });
});

test('counts of a plan’s own parts are not findings: 从6个维度设置了29项主要指标', () => {
  const report = analyzeText('“十五五”规划纲要从6个维度设置了29项主要指标，今年新建停车场50个。');
  assert.deepEqual(report.findings.filter((f) => f.kind !== 'date').map((f) => f.text), ['50个']);
});

test('a ratio to one is one quantity; a three-part ratio is none', () => {
  const report = analyzeText('今年城乡居民收入比缩小到2.2∶1以内，三次产业结构调整为8.3∶41.4∶50.3，安全事故死亡率控制在0.6人/百亿元以下。');
  const ratio = report.findings.find((f) => f.text === '2.2∶1以内');
  assert.ok(ratio, report.findings.map((f) => f.text).join(' '));
  assert.equal(ratio.value, 2.2);
  assert.equal(ratio.unit, null);
  assert.equal(ratio.comparator, '<=');
  assert.ok(!report.findings.some((f) => /41\.4|50\.3|8\.3/.test(f.text)), 'no part of 8.3∶41.4∶50.3');
  const rate = report.findings.find((f) => f.text.startsWith('0.6'));
  assert.equal(rate?.unit, '人/百亿元');
  assert.equal(rate?.value, 0.6);
  const clock = analyzeText('2022-01-20 08:30 来源：东南网');
  assert.ok(!clock.findings.some((f) => f.text.includes('08') || f.text.includes(':30')), 'a clock time is no ratio');
});

test('a ratio named before a bare value is one quantity without a unit; a bare number elsewhere is none', () => {
  const report = analyzeText('五年来，城乡收入比缩小至2.12，新改建农村公路4.5万公里，第2批试点启动。');
  const ratio = report.findings.find((f) => f.text === '2.12');
  assert.ok(ratio, report.findings.map((f) => f.text).join(' '));
  assert.equal(ratio.unit, null);
  assert.equal(ratio.indicator, '城乡收入比');
  assert.deepEqual(report.findings.filter((f) => f.kind !== 'date').map((f) => f.text), ['2.12', '4.5万公里']);
});

test('an item number glued to a year at the start of a line is no quantity; the year and the count after it are read', () => {
  const report = planReport(['名词解释', '20.2026年10件民生实事：加大重点群体就业创业支持力度。']);
  expectNothingAt(report, '20.');
  assert.ok(report.findings.every((f) => f.value !== 20.2026), describeFindings(report.findings));
  expectQuantity(report, '10件', { kind: 'commitment', value: 10 });
  expectQuantity(planReport('受教育年限达到11.5年'), '11.5年', { value: 11.5, unit: '年' });
});
