/**
 * Reading reports nobody tuned for: the kind from the clause's own words, the report's year from
 * the text's own dates, traditional characters and a mirror's or a PDF's noise read through.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read } from '../../server/src/core/analyze';
import { analyzeText, describeFindings, locate } from './reportFixtures';
import type { Finding } from '../../server/src/core/types';

const at = (report: { findings: Finding[] }, text: string, occurrence = 0) => {
  const found = report.findings.filter((f) => f.text === text)[occurrence];
  assert.ok(found, `no finding ${text}:\n${describeFindings(report.findings)}`);
  return found;
};

const NEWS = [
  '1月23日上午,广东省十四届人大二次会议在广州开幕。省长向大会作政府工作报告。',
  '报告指出:',
  '●2023年广东地区生产总值达到13.57万亿元、增长4.8%;',
  '●地方一般公共预算收入达1.39万亿元、增长4.3%;',
  '报告提出,今年广东经济社会发展的主要预期目标是:',
  '◆地区生产总值增长5%;',
  '◆城镇调查失业率5.5%左右,城镇新增就业人数110万人以上;',
  '报告指出,广东将坚决扛起责任。',
].join('\n');

test('a news report of a report: last year’s results and this year’s targets, without headings', () => {
  const report = analyzeText(NEWS);
  assert.equal(report.year, 2024, 'the 14th provincial congress’s second session sits in 2024');
  for (const text of ['13.57万亿元', '4.8%', '1.39万亿元', '4.3%']) assert.equal(at(report, text).kind, 'achievement', text);
  for (const text of ['5%', '5.5%左右', '110万人以上']) {
    assert.equal(at(report, text).kind, 'target', text);
    assert.equal(at(report, text).deadline, '2024-12-31', text);
  }
  assert.equal(at(report, '今年').kind, 'date');
});

test('one paragraph that reports last year and then sets this year’s target', () => {
  const report = analyzeText('政府工作报告提出,2020年全区地区生产总值增长3.7%,2021年全区生产总值增长目标为7.5%以上。');
  assert.equal(report.year, 2021);
  assert.equal(at(report, '3.7%').kind, 'achievement');
  assert.equal(at(report, '7.5%以上').kind, 'target');
  assert.equal(at(report, '2021年').kind, 'date');
});

test('今年 opening the clause of the year’s goals is a date; a title’s year and 今年是… are not', () => {
  const news = analyzeText('1月20日上午,福建省第十三届人民代表大会第六次会议在福州开幕。初步统计,去年全省地区生产总值增长8.0%,今年全省地区生产总值预期增长6.5%。');
  assert.equal(at(news, '今年').kind, 'date');
  const tasks = analyzeText('2026年重庆市政府工作报告\n各位代表！今年，我们将接续办好15件市级重点民生实事，包括：完成老旧小区改造600个。');
  assert.equal(at(tasks, '今年').deadline, '2026-12-31');
  const digest = analyzeText('2022年政府工作报告(摘要)\n今年是“十四五”规划实施的关键之年。');
  assert.deepEqual(digest.findings.filter((f) => f.kind === 'date'), [], describeFindings(digest.findings));
});

test('the year right after the place a plan is for: in a title and before 拟, not where the list is described', () => {
  const list = analyzeText('苏州市2021年实事项目公示\n1、新建城市书房10家。');
  assert.equal(at(list, '2021年').deadline, '2021-12-31');
  const news = analyzeText('2023年漳州为民办实事项目\n据悉,拟列入我市2023年为民办实事项目清单的内容涵盖充电桩安装工程等热点项目。根据清单,我市2023年拟新建200个以上电动汽车公共充电桩。');
  const dates = news.findings.filter((f) => f.kind === 'date' && f.line === 2);
  assert.deepEqual(dates.map((f) => f.start), [news.source.split('\n')[1]!.lastIndexOf('2023年')], describeFindings(news.findings));
});

test('an estimate is an achievement; 今年…预计 is an expectation for the year', () => {
  const review = analyzeText('辽宁省第十三届人民代表大会第三次会议开幕。回顾2019年,一年来,预计地区生产总值增长5.8%左右。');
  assert.equal(review.year, 2020);
  assert.equal(at(review, '5.8%左右').kind, 'achievement');
  const headline = analyzeText('今年河北预计实现全省生产总值增长6.5%左右目标\n河北省第十三届人民代表大会第二次会议开幕。2018年全省生产总值增长6.6%。');
  assert.equal(at(headline, '6.5%左右').kind, 'target');
});

test('争取 and 确保 in a review are not goals', () => {
  const report = analyzeText('一、2020年工作回顾\n对接争取省直部门31项配套政策落地,谋划推进亿元以上重点项目1137个。\n二、2021年重点工作\n新建停车场50个。');
  assert.equal(at(report, '31项').kind, 'achievement');
  assert.equal(at(report, '1137个').kind, 'achievement');
  assert.equal(at(report, '50个').kind, 'commitment');
});

test('the hover’s evidence: the words that decided, as written', () => {
  const reading = read('遼寧省第十三屆人民代表大會第三次會議開幕。預計地區生產總值增長5.8%左右。2019年,糧食產量486億斤。');
  const estimate = reading.statements.find((s) => s.finding.text === '5.8%左右')!;
  assert.deepEqual([estimate.finding.kind, estimate.evidence.from, estimate.evidence.text], ['achievement', 'clause', '預計']);
  const grain = reading.statements.find((s) => s.finding.text === '486億斤')!;
  assert.equal(grain.evidence.text, '2019年');
});

test('traditional characters and pinyin glosses are read as simplified, quoted as written', () => {
  const line = '2024年,全省生產(chǎn)總值增長5.5%左右,城鎮新增就業47.5萬人。';
  const report = analyzeText(`浙江省十四屆人大三次會議召開。\n${line}`);
  const gdp = at(report, '5.5%左右');
  assert.equal(gdp.kind, 'achievement');
  assert.equal(line.slice(gdp.start, gdp.end), '5.5%左右');
  assert.match(gdp.indicator ?? '', /生產\(chǎn\)總值$/, 'the indicator as written, glosses and all');
  const jobs = at(report, '47.5萬人');
  assert.deepEqual([jobs.value, jobs.unit], [475000, '人']);
  assert.deepEqual(locate(report.source, '47.5萬人'), { line: jobs.line, start: jobs.start, end: jobs.end });
});

test('a counted noun after a traditional-character value is quoted as written too', () => {
  const report = analyzeText('三、2020年重點工作\n辦好民生10件實事。');
  assert.equal(at(report, '10件').indicator, '實事');
});

test('a PDF’s spaces inside numbers and units are read through; one spaced figure on a forum line is left alone', () => {
  const report = analyzeText([
    '2022 年 2 月 15 日在平湖市第十六届人民代表大会第一次会议上',
    '一 、2021 年主要工作',
    '2021 年,生产总值 907.5 亿元,增长 9.2%;一般公共预算收入 96.6 亿元。',
  ].join('\n'));
  assert.equal(report.year, 2022);
  assert.deepEqual([at(report, '907.5 亿元').value, at(report, '907.5 亿元').kind], [90750000000, 'achievement']);
  assert.equal(at(report, '9.2%').kind, 'achievement');
  const forum = analyzeText('三、2021年重点工作\n  • 签到天数: 4 天');
  assert.equal(forum.findings.filter((f) => f.line === 2).length, 0, describeFindings(forum.findings));
});

test('the report year: null when nothing in the text says it, never a guess', () => {
  assert.equal(analyzeText('各位代表:\n20XX年工作回顾\n预计实现地区生产总值391亿元。').year, null);
  assert.equal(analyzeText('苏州市2021年实事项目\n1、新建、改扩建40所学校。').year, 2021);
  const list = analyzeText('苏州市2021年实事项目\n1、新建、改扩建40所学校。');
  assert.equal(at(list, '40所').deadline, '2021-12-31');
});

test('a heading whose span starts this year keeps its horizon: 从今年到2030年的主要目标', () => {
  const report = analyzeText('2026年某省政府工作报告\n二、从今年到2030年的主要目标\n全省地区生产总值年均增长5%左右。');
  assert.equal(at(report, '5%左右').deadline, '2030-12-31');
});

test('a heading over the five-year goals and the year’s work keeps the year’s deadline; the plan’s goals carry their own', () => {
  const report = analyzeText('辽宁省2026年政府工作报告\n二、“十五五”时期目标任务和2026年工作安排\n《纲要（草案）》明确了经济社会发展主要指标：地区生产总值年均增长5%左右，预期性指标19项。\n今年是“十五五”开局之年。全省经济社会发展的主要预期目标是：地区生产总值增长4.5%左右，城镇新增就业45万人以上。\n今年，我们继续安排20件民生实事。');
  assert.equal(at(report, '5%左右').deadline, '2030-12-31');
  assert.equal(at(report, '4.5%左右').deadline, '2026-12-31');
  assert.equal(at(report, '45万人以上').deadline, '2026-12-31');
  assert.equal(at(report, '20件').deadline, '2026-12-31');
  assert.equal(report.findings.find((f) => f.text === '19项'), undefined, 'a count of the plan’s own indicators is no finding');
});

test('a count of deliverables with 以上 is a commitment; a level with 以上 is a target', () => {
  const report = analyzeText('2026年广东省政府工作报告\n三、2026年重点工作\n新建低空起降设施2500个、汽车充电设施50万个以上。粮食产量1300万吨以上。新建改造地下管网1250公里以上。打造2千亿级特色新材料产业集群。');
  assert.deepEqual(['2500个', '50万个以上', '1300万吨以上', '1250公里以上', '2千亿级'].map((text) => at(report, text).kind),
    ['commitment', 'commitment', 'target', 'commitment', 'target']);
  const kept = analyzeText('2026年重庆市政府工作报告\n三、2026年重点工作\n中欧班列（成渝）年开行量保持在4800列以上。');
  assert.equal(at(kept, '4800列以上').kind, 'target', 'a count kept at a level is a target');
});

test('a date that is a clause of its own frames the rest of its sentence', () => {
  const report = analyzeText('《长江三角洲区域一体化发展规划纲要》\n从科创产业领域看,到2025年,研发投入强度达到3%以上,科技进步贡献率达到65%。');
  assert.equal(at(report, '3%以上').deadline, '2025-12-31');
  assert.equal(at(report, '65%').deadline, '2025-12-31');
  const span = analyzeText('2026年广东省政府工作报告\n二、“十五五”时期目标任务\n“十五五”时期的主要目标是：地区生产总值年均增长5%左右。展望未来，从党的二十大到二〇三五年，全省经济总量实现倍增。');
  assert.equal(at(span, '5%左右').deadline, '2030-12-31');
  assert.equal(at(span, '倍增').deadline, '2035-12-31', 'a span from a starting point to 2035 frames its sentence');
});

test('a comparison measures the gap, not the goal; 由X增长到Y starts from a baseline', () => {
  const report = analyzeText('三、2021年重点工作\n生产总值增长6%左右,比去年上调0.5个百分点,增速高于全国1个百分点。\n一、2020年工作回顾\n高新技术企业由2017年929家增长到3605家。');
  assert.deepEqual(report.findings.filter((f) => f.unit === '百分点'), [], describeFindings(report.findings));
  assert.equal(at(report, '6%左右').kind, 'target');
  assert.equal(at(report, '929家').kind, 'baseline');
  assert.equal(at(report, '3605家').kind, 'achievement');
});

test('从X增加到Y and 较…的X增加Z: X is the baseline, and every value keeps the subject named before it', () => {
  const report = analyzeText([
    '2026年甘肃省政府工作报告',
    '一、2025年工作回顾',
    '地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元。规模以上工业企业从1832户增加到3382户。一般公共预算收入从874.6亿元增加到1112.4亿元。',
  ].join('\n'));
  const read = (text: string) => [at(report, text).kind, at(report, text).indicator];
  assert.deepEqual(read('9323.1亿元'), ['baseline', '地区生产总值']);
  assert.deepEqual(read('4374.4亿元'), ['achievement', '地区生产总值']);
  assert.deepEqual(read('1832户'), ['baseline', '规模以上工业企业']);
  assert.deepEqual(read('3382户'), ['achievement', '规模以上工业企业']);
  assert.deepEqual(read('874.6亿元'), ['baseline', '一般公共预算收入']);
  assert.deepEqual(read('1112.4亿元'), ['achievement', '一般公共预算收入']);
  const labs = analyzeText('2026年浙江省政府工作报告\n一、2025年工作回顾\n全国重点实验室从15家跃升到38家。');
  assert.deepEqual(['15家', '38家'].map((text) => [at(labs, text).kind, at(labs, text).indicator]), [
    ['baseline', '全国重点实验室'], ['achievement', '全国重点实验室'],
  ]);
  const care = analyzeText('2026年云南省政府工作报告\n一、2025年工作回顾\n每千人口托位数从0.5个增至4.8个。');
  assert.deepEqual([at(care, '0.5个').kind, at(care, '4.8个').kind], ['baseline', 'achievement']);
  const income = analyzeText('2026年浙江省政府工作报告\n一、2025年工作回顾\n人均地区生产总值从2020年的10.5万元提高到2025年的14万元左右。');
  assert.deepEqual([at(income, '10.5万元').kind, at(income, '10.5万元').indicator], ['baseline', '人均地区生产总值']);
  const pairs = analyzeText('2026年广东省政府工作报告\n三、2026年重点工作\n困难残疾人生活补贴、重度残疾人护理补贴分别从每人每月209元、280元提高到217元、290元。');
  assert.deepEqual(['209元', '280元', '217元', '290元'].map((text) => [at(pairs, text).kind, at(pairs, text).indicator]), [
    ['baseline', '困难残疾人生活补贴'], ['baseline', '重度残疾人护理补贴'], ['commitment', '困难残疾人生活补贴'], ['commitment', '重度残疾人护理补贴'],
  ]);
  const allowance = analyzeText('2026年广东省政府工作报告\n三、2026年重点工作\n孤儿基本生活保障最低标准从每人每月2375元提高到2423元。');
  assert.deepEqual([at(allowance, '2375元').kind, at(allowance, '2375元').indicator], ['baseline', '孤儿基本生活保障最低标准']);
  assert.deepEqual([at(allowance, '2423元').kind, at(allowance, '2423元').indicator], ['commitment', '孤儿基本生活保障最低标准']);
});

test('densities, concentrations and daily capacities keep their denominators', () => {
  const report = analyzeText('三、2021年重点工作\n铁路网密度达到507公里/万平方公里,PM2.5年平均浓度36微克/立方米,新增污水处理规模每天20万吨,集装箱吞吐量2218万标准箱。');
  assert.equal(at(report, '507公里/万平方公里').unit, '公里/万平方公里');
  assert.equal(at(report, '36微克/立方米').unit, '微克/立方米');
  assert.deepEqual([at(report, '每天20万吨').unit, at(report, '每天20万吨').value], ['吨/天', 200000]);
  assert.equal(at(report, '2218万标准箱').unit, '标准箱');
});

test('a full report’s review of a five-year plan: 从2020年到2025年 is past, subheads keep their heading’s tense', () => {
  const report = analyzeText([
    '2026年贵州省政府工作报告',
    '一、2025年和“十四五”时期工作回顾',
    '（三）坚定不移大抓产业。从2020年到2025年，工业投资占固定资产投资比重从17.9%提升到35.5%。',
    '——底线任务牢牢守住。新增就业3个百分点以上的地区达3个。',
    '二、“十五五”时期主要目标任务',
    '——高质量发展取得显著成效。居民人均可支配收入增长与经济增长同步，常住人口城镇化率达到62%。',
  ].join('\n'));
  assert.equal(report.year, 2026);
  assert.equal(at(report, '17.9%').kind, 'baseline');
  assert.equal(at(report, '35.5%').kind, 'achievement');
  assert.equal(at(report, '3个').kind, 'achievement', 'a subhead with 任务 under the review stays in the review');
  assert.equal(at(report, '62%').kind, 'target', 'a subhead with 取得 under the plan stays in the plan');
});

test('a range whose ends both carry the percent is one range: 年均增速4.5%-5%', () => {
  const report = analyzeText('三、2026年重点工作\n地区生产总值年均增速4.5%-5%。');
  assert.deepEqual([at(report, '4.5%-5%').min, at(report, '4.5%-5%').max, at(report, '4.5%-5%').comparator], [4.5, 5, 'range']);
});

test('这五年 under a review part title is the review, not the plan', () => {
  const report = analyzeText('2026年内蒙古自治区政府工作报告\n“十四五”时期发展成就和2025年工作回顾\n——这五年综合经济实力大幅提升。地区生产总值突破2.8万亿元。\n各位代表！五年历程极不寻常，成绩来之不易。\n“十五五”时期主要目标和2026年重点工作\n“十五五”时期是内蒙古高质量发展、加快闯新路的关键时期，是在推进中国式现代化中书写内蒙古篇章的重要阶段，必须坚持稳中求进、以进促稳，全力以赴推动各项事业取得新进展。\n——地区生产总值年均增长5%左右。');
  assert.equal(at(report, '突破2.8万亿元').kind, 'achievement');
  assert.equal(at(report, '5%左右').kind, 'target');
});

test('each quantity’s subject: a bare change takes the figure before it, and the years it is about', () => {
  const reading = read(['一、2020年工作回顾', '全年优良天数达256天、同比增加69天。', '二、2021年重点工作', '规模以上工业增加值2021年达到82亿元，新建停车场50个。'].join('\n'));
  const subject = (text: string) => {
    const s = reading.statements.find((x) => x.finding.text === text);
    assert.ok(s?.subject, `no quantity ${text}`);
    return s.subject;
  };
  assert.equal(subject('69天').indicator, '优良天数');
  assert.equal(subject('69天').change, '增加');
  assert.deepEqual(subject('256天').periods, [{ from: 2020, to: 2020 }]);
  assert.equal(subject('82亿元').indicator, '规模以上工业增加值', 'the name read across its year');
  assert.deepEqual(subject('82亿元').namedYears, { from: 2021, to: 2021 });
  const line = reading.lines[3]!;
  const quote = subject('50个').quote;
  assert.equal(line.slice(quote.start, quote.end), '新建停车场50个');
  assert.ok(reading.statements.filter((s) => s.finding.kind === 'date').every((s) => s.subject === null), 'dates have no subject');
});

test('a traditional-character quantity is quoted as written and read as simplified', () => {
  const reading = read('今年主要預期目標是：新建停車場50個。');
  const s = reading.statements.find((x) => x.finding.text === '50個');
  assert.ok(s?.subject);
  assert.equal(s.subject.indicator, '停车场');
  assert.equal(s.subject.unit, '个');
  assert.equal(reading.lines[0]!.slice(s.subject.quote.start, s.subject.quote.end), '新建停車場50個');
});

test('a review paragraph quoted without its heading reads as results; a plan paragraph still as plan', () => {
  const review = read('2026年江苏省政府工作报告\n全省地区生产总值增长5.2%，新增上市公司10家，完成造林341万亩，养老机构增至1125家、居全国首位。');
  for (const s of review.statements) assert.equal(s.finding.kind, 'achievement', `${s.finding.text} is a result`);
  assert.equal(review.statements[0]!.evidence.from, 'paragraph');
  assert.match(review.statements[0]!.evidence.text ?? '', /完成|增至|居全国/);
  const plan = read('2026年江苏省政府工作报告\n持续实施专项行动，加快建设重大项目，深化改革，推动城乡融合，完善体系，新增公路通车里程1500公里，建成公路2条。');
  for (const s of plan.statements) assert.notEqual(s.finding.kind, 'achievement', `${s.finding.text} is planned`);
});

test('实现…目标, 预期寿命 and 行动计划 are things done or measured, not goals that make a review a plan', () => {
  const review = read('2026年云南省政府工作报告\n居民人均可支配收入年均增长6.1%，获评全球最佳减贫案例25个，完成适老化改造7.4万户，实现消除疟疾目标，人均预期寿命增量居全国前列，启动实施三年行动计划。');
  for (const s of review.statements) assert.equal(s.finding.kind, 'achievement', `${s.finding.text} is a result`);
});

test('a plan paragraph of 建成, 实现 and 完成 stays a plan: a plan says those of its aims too', () => {
  const plan = read('2026年海南省政府工作报告\n建成示范项目，实现核电机组并网发电，加快建设第三回500千伏交流线路工程，加快2条在建国际海缆建设，完成供水工程建设。');
  for (const s of plan.statements) assert.notEqual(s.finding.kind, 'achievement', `${s.finding.text} is planned`);
});

test('这五年 and 这一年 open a review paragraph: the figures after them are results', () => {
  const report = analyzeText('2026年云南省政府工作报告\n这五年，我们深入践行以人民为中心的发展思想，民生福祉得到新改善。城镇新增就业261.6万人。');
  assert.equal(at(report, '261.6万人').kind, 'achievement');
});

test('力争到2030年，…: the horizon after a resolve word governs its sentence', () => {
  const report = analyzeText('2026年重庆市政府工作报告\n力争到2030年，全市地区生产总值迈上4万亿元新台阶，全社会研发经费投入强度达到3.25%。');
  assert.equal(at(report, '4万亿元').deadline, '2030-12-31');
  assert.equal(at(report, '4万亿元').indicator, '全市地区生产总值');
  assert.equal(at(report, '3.25%').deadline, '2030-12-31');
});

test('a horizon that opens a sentence is the deadline of the paragraph’s goals after it', () => {
  const report = analyzeText('2026年江苏省政府工作报告\n“十五五”时期经济社会发展的主要目标是：在高质量发展上继续走在前列。地区生产总值年均增长5%左右，全社会研发经费投入年均增长7%左右。今年新建停车场50个。');
  assert.equal(at(report, '5%左右').deadline, '2030-12-31');
  assert.equal(at(report, '7%左右').deadline, '2030-12-31');
  assert.equal(at(report, '50个').deadline, '2026-12-31');
});

test('under a heading that names the plan period, goals are due at its end; under the year’s work, at the year’s', () => {
  const report = analyzeText('2026年广东省政府工作报告\n二、“十五五”时期的主要目标和重点任务\n（一）主要目标\n地区生产总值年均增长5%左右。\n三、2026年工作安排\n新建低空起降设施2500个。');
  assert.equal(at(report, '5%左右').deadline, '2030-12-31');
  assert.equal(at(report, '2500个').deadline, '2026-12-31');
});

test('an age class (65岁及以上老年人) names a group; 从15个县（市）扩大到57个 starts from a baseline', () => {
  const report = analyzeText('2026年广东省政府工作报告\n三、2026年工作安排\n65岁及以上老年人医养结合服务率达到40%以上。推动县中托管帮扶从15个县（市）扩大到57个县（市）。');
  assert.ok(!report.findings.some((f) => f.text.startsWith('65岁')), describeFindings(report.findings));
  assert.equal(at(report, '40%以上').kind, 'target');
  assert.equal(at(report, '15个').kind, 'baseline');
  assert.equal(at(report, '57个').kind, 'commitment');
});

test('a heading both ways (发展成就和…主要目标) leaves the kind to each paragraph’s words', () => {
  const report = analyzeText('2026年北京市政府工作报告\n二、“十四五”时期发展成就和“十五五”时期主要目标任务\n“十四五”时期是极不平凡的五年，地区生产总值年均增长5.2%。\n这五年，公园总数达1136个。\n“十五五”时期是基本实现社会主义现代化的关键时期。\n《纲要草案》设置了29项主要指标，包括：地区生产总值年均增速4.5%-5%，彩化率达24.2%。');
  assert.equal(at(report, '5.2%').kind, 'achievement');
  assert.equal(at(report, '1136个').kind, 'achievement');
  assert.equal(at(report, '4.5%-5%').kind, 'target');
  assert.equal(at(report, '4.5%-5%').deadline, '2030-12-31');
  assert.equal(at(report, '24.2%').kind, 'target');
});

test('“十四五”时期 looks back in 2026 and ahead in 2021; 2025年主要工作 in 2026 is a review', () => {
  const late = analyzeText('2026年浙江省政府工作报告\n“十四五”时期，全省生产总值年均增长5.5%。');
  assert.equal(at(late, '5.5%').kind, 'achievement');
  const titled = analyzeText('2026年浙江省政府工作报告\n一、2025年主要工作和“十四五”发展成就\n（一）全省科技创新投入7232亿元、增长5.6%。');
  assert.equal(at(titled, '7232亿元').kind, 'achievement');
  const early = analyzeText('2021年浙江省政府工作报告\n“十四五”时期，全省生产总值年均增长5.5%。');
  assert.equal(at(early, '5.5%').kind, 'target');
});

test('高于预期目标 reports a result; 不低于当地上年度…水平 names a base, not the past', () => {
  const review = analyzeText('2026年广西壮族自治区政府工作报告\n——经济增长稳中有进。全区地区生产总值增长5.1%，增速高于预期目标、高于全国。');
  assert.equal(at(review, '5.1%').kind, 'achievement');
  const plan = analyzeText('2026年广东省政府工作报告\n三、2026年工作安排\n农村低保标准占城镇低保标准的最低比例从77%提高到80%以上，城乡低保补差水平不低于当地上年度城乡低保补差水平。集中供养孤儿基本生活保障标准从每人每月2375元提高到2423元。');
  assert.equal(at(plan, '80%以上').kind, 'target');
  assert.notEqual(at(plan, '2423元').kind, 'achievement');
});

test('a paragraph of figures to the decimal, none bounded as a target, reports measurements', () => {
  const review = read('2026年江西省政府工作报告\n一是经济增长好于预期。地区生产总值增长5.2%，规模以上工业增加值增长7.5%，固定资产投资增长1.6%，“2030启航计划”启动实施，新增产业集群66个。');
  for (const s of review.statements) assert.equal(s.finding.kind, 'achievement', `${s.finding.text} is a result`);
  assert.equal(review.statements[0]!.evidence.from, 'paragraph');
  const targets = read('2026年江西省政府工作报告\n地区生产总值增长5.5%左右，居民消费价格涨幅2.5%左右，研发投入强度达到2.4%。');
  for (const s of targets.statements) assert.equal(s.finding.kind, 'target', `${s.finding.text} is an aim`);
});

test('这是…的五年 opens a review of the five years', () => {
  const report = analyzeText('2026年甘肃省政府工作报告\n——这是追赶进位、综合实力快速跃升的五年。全省地区生产总值达到13697.5亿元，新建抽水蓄能电站8个。');
  assert.equal(at(report, '13697.5亿元').kind, 'achievement');
  assert.equal(at(report, '8个').kind, 'achievement');
});

test('the year of a report’s title dates the document and frames nothing', () => {
  const reading = read('2026年江苏省政府工作报告\n全省地区生产总值增长5.2%。');
  assert.notEqual(reading.statements.find((s) => s.finding.text === '5.2%')?.evidence.text, '2026年');
});

test('a provincial session dates a news report within its term, an extra session included', () => {
  assert.equal(read('本报讯 1月12日，福建省十三届人大五次会议开幕。报告指出，今年地区生产总值增长6.5%左右。').year, 2022);
  assert.equal(read('福建省第十三届人民代表大会第六次会议开幕。报告指出，2021年全省地区生产总值增长8%。').year, 2022,
    'the review of 2021 settles the year within the 2018–2022 term');
  assert.equal(read('某市第十三届人民代表大会第五次会议开幕。今年新建停车场50个。').year, null, 'a city’s terms are elected in other years');
});

test('今年 heading a list is a date even where no year is known, its day unknown', () => {
  const report = analyzeText('政府工作报告\n悠悠万事，民生为大，今年要继续办好“十件民生实事”。（1）开展职业技能培训30万人次。');
  assert.equal(report.year, null);
  const date = report.findings.find((f) => f.kind === 'date' && f.text === '今年');
  assert.ok(date, describeFindings(report.findings));
  assert.equal(date.deadline, null);
});

test('the latest plenum a report cites dates it when nothing else does', () => {
  assert.equal(read('全面贯彻党的十九大和十九届二中、三中、四中全会精神，较好地完成了县十七届人大三次会议确定的目标任务。').year, 2020);
  assert.equal(read('按照党的二十届四中全会部署，今年地区生产总值预期增长5%左右。').year, 2026);
  assert.equal(read('按照党的二十届四中全会部署，2023年经济社会发展的主要预期目标是：地区生产总值增长5%左右。').year, 2023, 'a year the text names comes first');
});

test('the national congress keeps the common numbering, whichever delegation attends it; a prefecture’s is local', () => {
  assert.equal(read('上海代表团参加十四届全国人大二次会议审议。今年要新建停车场50个。').year, 2024);
  assert.equal(read('重庆代表团在十四届全国人大二次会议上发言。今年要新建停车场50个。').year, 2024);
  assert.equal(read('青海省海南藏族自治州第十五届人民代表大会第二次会议开幕。今年新建停车场50个。').year, null);
});

test('the municipalities, 海南, 宁夏 and 西藏 number their congresses from their own founding', () => {
  assert.equal(read('上海市十五届人大二次会议今天上午在世博中心开幕。一年来，全市生产总值增长6.6%。').year, 2019);
  assert.equal(read('重庆市第六届人民代表大会第三次会议开幕。今年地区生产总值预期增长6%左右。').year, 2025);
  assert.equal(read('海南省第七届人民代表大会第四次会议开幕。今年地区生产总值预期增长8%左右。').year, 2026);
  assert.equal(read('河北省第十四届人民代表大会第二次会议开幕。今年地区生产总值预期增长5.5%左右。').year, 2024);
});

test('a year something will be done in is the year planned for; 到2035年将 is a horizon', () => {
  const list = analyzeText('梧州市政府工作報告確定了2024年將籌措資金60億元以上。今年的為民辦實事項目共57個。\n1.新建公辦幼兒園3所。');
  assert.equal(list.year, 2024);
  assert.equal(at(list, '3所').deadline, '2024-12-31');
  const vision = analyzeText('到2035年将基本实现社会主义现代化。新建公办幼儿园3所。');
  assert.equal(vision.year, null);
});

test('money raised for this year’s projects, exact to the cent, is a commitment, not a measured result', () => {
  const report = analyzeText('2026年广西壮族自治区政府工作报告\n（十）办好民生实事。深入推进三年行动，筹措890.59亿元实施十大为民办实事工程项目。筹措7亿元实施就业惠民工程，开展稳岗扩容提质行动。筹措280.44亿元实施社保惠民工程，推进医保改革。筹措310.33亿元实施健康惠民工程，加强基层医疗。');
  for (const text of ['890.59亿元', '7亿元', '280.44亿元', '310.33亿元']) assert.equal(at(report, text).kind, 'commitment', text);
  const review = analyzeText('政府工作报告\n全年地区生产总值增长5.2%，规上工业增加值增长6.1%，社会消费品零售总额增长4.6%，筹措12.5亿元实施惠民工程。');
  assert.equal(at(review, '12.5亿元').kind, 'achievement');
});
