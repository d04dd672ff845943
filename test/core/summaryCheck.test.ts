import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, read } from '../../server/src/core/analyze';
import { checkSummaryText } from '../../server/src/core';
import { roundingTolerance } from '../../server/src/core/summary/compare';
import type { CheckedQuantity, SummaryCheck } from '../../server/src/core/summary/types';
import { loadSegmenter } from '../../scripts/segmenterForScripts';

const segmenter = loadSegmenter();

/** A small annual report for 2021: a review of 2020, the plan's five-year goals, and the year's plan. */
const SOURCE_TEXT = [
  '一、2020年工作回顾',
  '全年地区生产总值增长3.4%，规上工业增加值增长5.1%，全年优良天数达256天、同比增加69天。',
  '累计减免税费近4亿元，全年市场主体数量逆势增长18.6%。',
  '二、“十四五”时期主要目标',
  '“十四五”时期，地区生产总值年均增长7.5%左右，森林覆盖率达到40%。',
  '三、2021年重点工作',
  '今年全市经济社会发展的主要预期目标是：生产总值增长8.5%以上，规模以上工业增加值增长8%以上，社会消费品零售总额增长10%以上，城镇登记失业率控制在4.5%以内，居民消费价格涨幅控制在3%左右，常住人口城镇化率提高近2个百分点。',
  '新建停车场50个、新增泊位12680个，改造背街小巷20条、老旧小区片区88个、棚户区38个。',
  '力争农村劳动力转移就业1.6万人以上，全年完成投资34567亿元，年内完成造林32万亩。',
  '全年新增楼宇企业90家以上，其中注册资金超100万元企业50家以上。',
].join('\n');
const SOURCE = read(SOURCE_TEXT, { segmenter });

function check(summary: string): SummaryCheck {
  return checkSummaryText(summary, SOURCE, { segmenter });
}

/** The checked quantity written as `text` in the summary. */
function quantity(result: SummaryCheck, text: string): CheckedQuantity {
  const found = result.checked.find((c) => c.quantity.text === text);
  assert.ok(found, `no quantity ${text} in ${result.checked.map((c) => c.quantity.text).join(' ')}`);
  return found;
}

function assertAgrees(summary: string, text: string, sourceText: string): void {
  const q = quantity(check(summary), text);
  assert.equal(q.source?.text, sourceText, `${text} restates ${sourceText}`);
  assert.deepEqual(q.differences, [], `${text} says what ${sourceText} says`);
}

function assertDiffers(summary: string, text: string, sourceText: string, differences: string[]): void {
  const q = quantity(check(summary), text);
  assert.equal(q.source?.text, sourceText, `${text} is matched to ${sourceText}, not left unsupported`);
  assert.deepEqual(q.differences, differences);
}

test('a summary may round: 约1.3万 for 12680, 1.6万 for 16000, 约3.5万亿 for 34567亿', () => {
  assertAgrees('新增泊位约1.3万个。', '约1.3万个', '12680个');
  assertAgrees('农村劳动力转移就业1.6万人以上。', '1.6万人以上', '1.6万人以上');
  assertAgrees('全年完成投资约3.5万亿元。', '约3.5万亿元', '34567亿元');
  assertAgrees('全年完成投资3.46万亿元。', '3.46万亿元', '34567亿元');
});

test('rounding goes as far as the written digits: 3.4万亿 and 3万亿多 are not 34567亿, nor 1.5万人 16000', () => {
  assertDiffers('全年完成投资3.4万亿元。', '3.4万亿元', '34567亿元', ['value']);
  assertDiffers('农村劳动力转移就业1.5万人以上。', '1.5万人以上', '1.6万人以上', ['value']);
  assertDiffers('新增泊位1.2万个。', '1.2万个', '12680个', ['value']);
});

test('the tolerance is half a step of the last digit written, two significant digits for round numbers', () => {
  const [tenThousands, plain, round] = analyze('泊位约1.3万个，停车场50个，投资3000亿元。', { segmenter }).findings;
  assert.equal(roundingTolerance(tenThousands!), 500 + 13000 * 1e-9);
  assert.equal(roundingTolerance(plain!), 0.5 + 50 * 1e-9);
  assert.equal(roundingTolerance(round!), 50e8 + 3000e8 * 1e-9);
});

test('a restatement says the same: 增速不低于 for 增长…以上, 控制在…以内 for 以内, a plain figure for one with 以上', () => {
  assertAgrees('今年GDP增速不低于8.5%。', '不低于8.5%', '8.5%以上');
  assertAgrees('今年城镇登记失业率不超过4.5%。', '不超过4.5%', '4.5%以内');
  assertAgrees('今年社零额增长超过10%。', '超过10%', '10%以上');
  // Digests drop 以上 and 左右: the figure named is still the source's.
  assertAgrees('今年规上工业增加值增长8%。', '8%', '8%以上');
  assertAgrees('今年CPI涨幅约3%。', '约3%', '3%左右');
});

test('百分点 is not %: the same number in another unit is a unit difference', () => {
  assertDiffers('常住人口城镇化率提高2%。', '2%', '近2个百分点', ['unit']);
  assertDiffers('今年生产总值增长8.5个百分点以上。', '8.5个百分点以上', '8.5%以上', ['unit']);
});

test('a comparator the other way round is a comparator difference', () => {
  assertDiffers('今年生产总值增长8.5%以下。', '8.5%以下', '8.5%以上', ['comparator']);
  assertDiffers('城镇登记失业率控制在4.5%以上。', '4.5%以上', '4.5%以内', ['comparator']);
  assertDiffers('新建停车场50个以上。', '50个以上', '50个', ['comparator']);
  assertDiffers('常住人口城镇化率提高2个百分点以上。', '2个百分点以上', '近2个百分点', ['comparator']);
});

test('a changed year is a period difference, for targets and achievements alike', () => {
  assertDiffers('2022年，生产总值增长8.5%以上。', '8.5%以上', '8.5%以上', ['period']);
  assertDiffers('明年规上工业增加值增长8%以上。', '8%以上', '8%以上', ['period']);
  assertDiffers('2019年，全市地区生产总值增长3.4%。', '3.4%', '3.4%', ['period']);
  assertAgrees('2020年，全市地区生产总值增长3.4%。', '3.4%', '3.4%');
  assertAgrees('去年全市地区生产总值增长3.4%。', '3.4%', '3.4%');
  assertAgrees('2021年，生产总值增长8.5%以上。', '8.5%以上', '8.5%以上');
  assertAgrees('“十四五”时期，GDP年均增长7.5%左右。', '7.5%左右', '7.5%左右');
  assertDiffers('“十三五”时期，GDP年均增长7.5%左右。', '7.5%左右', '7.5%左右', ['period']);
});

test('synonyms and abbreviations name the same indicator: GDP, 规上, 社零, CPI', () => {
  assertAgrees('今年GDP增长8.5%以上。', '8.5%以上', '8.5%以上');
  assertAgrees('今年规上工业增加值增长8%以上。', '8%以上', '8%以上');
  assertAgrees('今年社零增长10%以上。', '10%以上', '10%以上');
  assertAgrees('今年CPI涨幅控制在3%左右。', '3%左右', '3%左右');
  assertAgrees('去年全市GDP增长3.4%，规模以上工业增加值增长5.1%。', '5.1%', '5.1%');
});

test('Chinese numerals round as far as their digits: 近两成 for 18.6%', () => {
  assertAgrees('去年市场主体数量逆势增长近两成。', '近两成', '18.6%');
  assertDiffers('去年市场主体数量逆势增长三成。', '三成', '18.6%', ['value']);
});

test('an abbreviation keeps the order of the characters it takes: 减税 for 减免税费, 固投 for 固定资产投资', () => {
  assertAgrees('义马这一年：减税近4亿元。', '近4亿元', '近4亿元');
  assertDiffers('义马这一年：减税近5亿元。', '近5亿元', '近4亿元', ['value']);
});

test('a subject stands before its year: 规模以上工业增加值2021年增长8%以上', () => {
  assertAgrees('规模以上工业增加值2021年增长8%以上。', '8%以上', '8%以上');
  assertDiffers('规模以上工业增加值2022年增长8%以上。', '8%以上', '8%以上', ['period']);
});

test('a threshold that names a class of what is counted is no claim of its own', () => {
  const result = check('今年新增楼宇企业90家以上，其中注册资金超100万元的企业50家以上。');
  assert.deepEqual(result.checked.map((c) => c.quantity.text), ['90家以上', '50家以上']);
  assert.ok(result.checked.every((c) => c.differences.length === 0 && c.source !== null));
});

test('a changed number is a mismatch of the finding it restates, not a quantity without source', () => {
  assertDiffers('今年GDP增长9.5%以上。', '9.5%以上', '8.5%以上', ['value']);
  assertDiffers('新建停车场60个。', '60个', '50个', ['value']);
  assertDiffers('年内完成造林42万亩。', '42万亩', '32万亩', ['value']);
});

test('among findings of one indicator the one whose figure and period agree is preferred', () => {
  assertAgrees('今年生产总值增长8.5%以上。', '8.5%以上', '8.5%以上');
  assertAgrees('十四五时期，生产总值年均增长7.5%左右。', '7.5%左右', '7.5%左右');
  assertAgrees('2020年全市优良天数256天，比上年增加69天。', '69天', '69天');
});

test('another indicator of the source with the same figure is still a mismatch', () => {
  // 充电桩 is no 棚户区, however alike the words around them.
  const q = quantity(check('改造背街小巷20条、老旧小区片区88个、充电桩38个。'), '38个');
  assert.notDeepEqual(q.differences, []);
});

test('a quantity the source does not have is unsupported', () => {
  const result = check('今年人口自然增长率控制在5‰以内，新建5G基站1200个。');
  assert.equal(quantity(result, '5‰以内').source, null);
  assert.equal(quantity(result, '1200个').source, null);
});

test('the source link and Markdown markup are not read, and columns stay as written', () => {
  const summary = '来源：../reports/2021-report.txt\n\n- **GDP**增长**8.5%以上**\n';
  const result = check(summary);
  assert.equal(result.checked.length, 1, 'the link names no quantity');
  const [q] = result.checked;
  assert.equal(q!.quantity.line, 3);
  assert.equal(summary.split('\n')[2]!.slice(q!.quantity.start, q!.quantity.end), '8.5%以上');
  assert.deepEqual(q!.differences, []);
  assert.equal(q!.quote, '增长8.5%以上');
  assert.equal(q!.sourceQuote, '增长8.5%以上');
  assert.match(q!.sourceSentence ?? '', /主要预期目标是：生产总值增长8\.5%以上/);
});

test('missing lists the source targets and commitments no quantity restates', () => {
  const result = check('今年GDP增长8.5%以上，新建停车场50个。');
  const missing = result.missing.map((f) => f.text);
  assert.ok(!missing.includes('8.5%以上'));
  assert.ok(!missing.includes('50个'));
  for (const text of ['8%以上', '10%以上', '4.5%以内', '12680个', '32万亩']) assert.ok(missing.includes(text), text);
  assert.ok(result.missing.every((f) => f.kind === 'target' || f.kind === 'commitment'), 'achievements are not missed');
});

test('a summary in simplified characters matches its traditional-character source', () => {
  const source = read(SOURCE_TEXT.split('\n').slice(5).join('\n')
    .replace('生产总值', '生產總值').replace('规模以上工业增加值', '規模以上工業增加值').replace('新建停车场50个', '新建停車場50個'), { segmenter });
  const result = checkSummaryText('今年规上工业增加值增长8%以上，地区生产总值增长9.5%以上，新建停车场50个。', source, { segmenter });
  assert.equal(quantity(result, '8%以上').source?.text, '8%以上');
  assert.deepEqual(quantity(result, '8%以上').differences, []);
  assert.deepEqual(quantity(result, '9.5%以上').differences, ['value']);
  assert.equal(quantity(result, '9.5%以上').sourceQuote, '增长8.5%以上');
  assert.equal(quantity(result, '50个').sourceQuote, '新建停車場50個');
});
