/**
 * Numbers as the reports write them: Arabic (decimals, thousands separators, full width), Chinese
 * numerals, magnitudes, ranges, approximations and bounds, units. Each case goes through analyze()
 * in the plan section of a 2021 report, so every finding is also due at the end of 2021.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/core/types';
import { parseChineseNumber, readArabicNumber, readMagnitude } from '../../server/src/core/numerals';
import { scanQuantities } from '../../server/src/core/quantities';
import { scanDates } from '../../server/src/core/dates';
import { expectQuantity, planReport } from './reportFixtures';

type Expected = Pick<Finding, 'unit' | 'comparator'> & Partial<Pick<Finding, 'value' | 'min' | 'max' | 'change'>>;

/** [a sentence of a plan, the quantity as written, what a reader takes it to mean] */
const CASES: ReadonlyArray<readonly [string, string, Expected]> = [
  // Arabic numbers: decimals, thousands separators, full-width digits
  ['全市生产总值增长6.5%左右', '6.5%左右', { value: 6.5, unit: '%', comparator: '~' }],
  ['新建停车场50个、新增泊位12,680个', '12,680个', { value: 12680, unit: '个', comparator: '=' }],
  ['高端石化产业实现营业收入1,200亿元以上', '1,200亿元以上', { value: 120000000000, unit: '元', comparator: '>=' }],
  ['新建城市社区综合服务站５０个', '５０个', { value: 50, unit: '个', comparator: '=' }],
  // A bare count of ten thousands names the people after it (seed convention 17).
  ['“以旧换新”政策惠及76万群众', '76万', { value: 760000, unit: '人', comparator: '=' }],
  ['为70万适龄妇女提供免费筛查', '70万', { value: 700000, unit: '人', comparator: '=' }],
  ['发放助学金1.5亿资助困难学生', '1.5亿', { value: 150000000, unit: '元', comparator: '=' }],
  ['劳动年龄人口平均受教育年限达到11.5年', '11.5年', { value: 11.5, unit: '年', comparator: '=' }],
  ['为80万重点群体提供就业帮扶', '80万', { value: 800000, unit: '人', comparator: '=' }],
  ['全年新增40.8万青年留渝来渝', '40.8万', { value: 408000, unit: '人', comparator: '=' }],
  ['育儿补贴惠及120余万婴幼儿', '120余万', { value: 1200000, unit: '人', comparator: '~' }],
  ['上千家配套企业落户', '上千家', { value: 1000, unit: '家', comparator: '>=' }],
  ['举办文化活动超千场', '超千场', { value: 1000, unit: '场', comparator: '>' }],
  ['监测鱼类增长1倍多', '1倍多', { value: 1, unit: '倍', comparator: '>' }],
  ['跨境公路班车开行量突破1.2万车次', '突破1.2万车次', { value: 12000, unit: '车次', comparator: '>' }],
  ['让242万偏远农村居民喝上干净水', '242万', { value: 2420000, unit: '人', comparator: '=' }],
  ['全省30万以上参保孕产妇受益', '30万以上', { value: 300000, unit: '人', comparator: '>=' }],
  ['提供科技辅具服务5000例', '5000例', { value: 5000, unit: '例', comparator: '=' }],
  ['开设老年教育课程100门', '100门', { value: 100, unit: '门', comparator: '=' }],
  ['举办亲子关系成长课堂1万期', '1万期', { value: 10000, unit: '期', comparator: '=' }],
  ['发射卫星137颗', '137颗', { value: 137, unit: '颗', comparator: '=' }],
  ['2款一类创新药集中获批上市', '2款', { value: 2, unit: '款', comparator: '=' }],
  ['建成9兆瓦时储能系统', '9兆瓦时', { value: 9, unit: '兆瓦时', comparator: '=' }],
  ['城市低保标准提高至842元/月', '842元/月', { value: 842, unit: '元/月', comparator: '=' }],
  ['建成10万吨级码头', '10万吨级', { value: 100000, unit: '吨', comparator: '>=' }],
  ['国内首制万吨级纯电动智能海船下水', '万吨级', { value: 10000, unit: '吨', comparator: '>=' }],
  ['整车出口突破百万辆', '突破百万辆', { value: 1000000, unit: '辆', comparator: '>' }],
  ['带动就业超百万人', '超百万人', { value: 1000000, unit: '人', comparator: '>' }],
  ['争取中央资金1.2亿对全市老旧小区进行改造', '1.2亿', { value: 1.2e8, unit: '元', comparator: '=' }], // 对 the preposition
  ['国际友城达到96对', '96对', { value: 96, unit: '对', comparator: '=' }],
  ['监测生物物种1.36万种', '1.36万种', { value: 13600, unit: '种', comparator: '=' }],
  ['食品安全抽检超5万批次', '超5万批次', { value: 50000, unit: '批次', comparator: '>' }],
  ['地铁单日最高客运量分别达1409万、1305万人次', '1409万', { value: 14090000, unit: '人次', comparator: '=' }],
  ['新能源汽车产量占全国9成', '9成', { value: 90, unit: '%', comparator: '=' }],
  ['民营企业贡献7成以上', '7成以上', { value: 70, unit: '%', comparator: '>=' }],
  ['南山港服务科考船2152航次', '2152航次', { value: 2152, unit: '航次', comparator: '=' }],
  ['算力规模达到11.4万P', '11.4万P', { value: 114000, unit: 'P', comparator: '=' }],
  ['城镇调查失业率控制在５．５％以内', '５．５％以内', { value: 5.5, unit: '%', comparator: '<=' }],

  // Chinese numerals that measure something
  ['规上工业增加值实现两位数增长', '两位数', { value: 10, unit: '%', comparator: '>=', change: '增长' }],
  ['高新技术产业增加值占规模以上工业比重达到四成', '四成', { value: 40, unit: '%', comparator: '=' }],
  ['战略性新兴产业增加值占规上工业比重超四成', '超四成', { value: 40, unit: '%', comparator: '>' }],
  ['企业开办时间压缩至不到一个月', '不到一个月', { value: 1, unit: '月', comparator: '<' }],
  ['工程建设项目审批时间压减至不到一个半月', '不到一个半月', { value: 1.5, unit: '月', comparator: '<' }],

  // Magnitudes folded into the value: 万, 亿, 千亿, 万亿, 百万
  ['全年为市场主体减轻负担1.6万亿元以上', '1.6万亿元以上', { value: 1.6e12, unit: '元', comparator: '>=' }],
  ['拟安排地方政府专项债券3.65万亿元', '3.65万亿元', { value: 3.65e12, unit: '元', comparator: '=' }],
  ['粮食总产稳定在45亿斤以上', '45亿斤以上', { value: 4.5e9, unit: '斤', comparator: '>=' }],
  ['粮食产量保持在1.3万亿斤以上', '1.3万亿斤以上', { value: 1.3e12, unit: '斤', comparator: '>=' }],
  ['着力打造5千亿级装备制造产业集群', '5千亿级', { value: 5e11, unit: '元', comparator: '>=' }],
  ['推动石化产业营业收入突破千亿元', '突破千亿元', { value: 1e11, unit: '元', comparator: '>' }],
  ['力争全省生产总值突破万亿元', '突破万亿元', { value: 1e12, unit: '元', comparator: '>' }],
  ['加快建设年产百万吨乙烯项目', '百万吨', { value: 1e6, unit: '吨', comparator: '=' }],
  ['新增城镇保障性住房1.2万套', '1.2万套', { value: 12000, unit: '套', comparator: '=' }],
  ['新增发电装机容量60万千瓦', '60万千瓦', { value: 600000, unit: '千瓦', comparator: '=' }],

  // Ranges: the two ends, no single value
  ['新增上市企业1-2家', '1-2家', { value: null, min: 1, max: 2, unit: '家', comparator: 'range' }],
  ['建设3—5个产业研究院', '3—5个', { value: null, min: 3, max: 5, unit: '个', comparator: 'range' }],
  ['新建乡镇综合文化站2至3个', '2至3个', { value: null, min: 2, max: 3, unit: '个', comparator: 'range' }],
  ['新建5G基站2至3万个', '2至3万个', { value: null, min: 20000, max: 30000, unit: '个', comparator: 'range' }],
  ['新增高新技术企业30～50家', '30～50家', { value: null, min: 30, max: 50, unit: '家', comparator: 'range' }],
  ['每年建设支出需要80亿—100亿元', '80亿—100亿元', { value: null, min: 8e9, max: 1e10, unit: '元', comparator: 'range' }],

  // Approximations and bounds
  ['城镇新增就业1100万人以上', '1100万人以上', { value: 1.1e7, unit: '人', comparator: '>=' }],
  ['城镇登记失业率控制在4.5%以内', '4.5%以内', { value: 4.5, unit: '%', comparator: '<=' }],
  ['城镇登记失业率控制在4%以下', '4%以下', { value: 4, unit: '%', comparator: '<=' }],
  ['城镇调查失业率5.5%左右', '5.5%左右', { value: 5.5, unit: '%', comparator: '~' }],
  ['常住人口城镇化率提高近2个百分点', '近2个百分点', { value: 2, unit: '百分点', comparator: '~', change: '提高' }],
  ['新引进信息产业企业20家，企业总数接近500家', '接近500家', { value: 500, unit: '家', comparator: '~' }],
  ['谋划实施总投资约120亿元的重大水利项目', '约120亿元', { value: 1.2e10, unit: '元', comparator: '~' }],
  ['文化旅游产业营业收入超200亿元', '超200亿元', { value: 2e10, unit: '元', comparator: '>' }],
  ['旅游综合收入突破60亿元', '突破60亿元', { value: 6e9, unit: '元', comparator: '>' }],
  ['新增市场主体5000余家', '5000余家', { value: 5000, unit: '家', comparator: '~' }],
  ['新建公共充电桩1000多个', '1000多个', { value: 1000, unit: '个', comparator: '>' }],
  ['粮食播种面积不低于120万亩', '不低于120万亩', { value: 1.2e6, unit: '亩', comparator: '>=' }],
  ['培育国家级专精特新“小巨人”企业至少5家', '至少5家', { value: 5, unit: '家', comparator: '>=' }],
  ['政府负债率不超过60%', '不超过60%', { value: 60, unit: '%', comparator: '<=' }],
  ['力争一般公共预算收入增长6%', '6%', { value: 6, unit: '%', comparator: '=', change: '增长' }],
  ['确保城镇登记失业率控制在4.5%以内', '4.5%以内', { value: 4.5, unit: '%', comparator: '<=' }],

  // Units and measure words, after folding magnitudes
  ['研发经费投入强度提高0.2个百分点', '0.2个百分点', { value: 0.2, unit: '百分点', comparator: '=', change: '提高' }],
  ['村集体经济收入全部达到5万元以上', '5万元以上', { value: 50000, unit: '元', comparator: '>=' }],
  ['全年接待游客2000万人次以上', '2000万人次以上', { value: 2e7, unit: '人次', comparator: '>=' }],
  ['新建改造农村公路320公里', '320公里', { value: 320, unit: '公里', comparator: '=' }],
  ['新增高标准农田15万亩', '15万亩', { value: 150000, unit: '亩', comparator: '=' }],
  ['铁路货运集装箱发送量达到3.2万标箱', '3.2万标箱', { value: 32000, unit: '标箱', comparator: '=' }],
  ['细颗粒物(PM2.5)年均浓度控制在每立方米48微克以下', '每立方米48微克以下', { value: 48, unit: '微克/立方米', comparator: '<=' }],
];

for (const [sentence, text, expected] of CASES) {
  test(`${text} in 「${sentence}」`, () => {
    const report = planReport(sentence);
    expectQuantity(report, text, { ...expected, deadline: '2021-12-31' });
  });
}

const CHINESE_NUMBERS: ReadonlyArray<readonly [string, number | null]> = [
  ['十', 10], ['十四', 14], ['二十', 20], ['一百二十', 120], ['三百六十五', 365], ['两', 2], ['零', 0],
  ['二〇三五', 2035], ['二〇二一', 2021],
  ['十二万', 120000], ['百万', 1e6], ['一千二百万', 12000000], ['千亿', 1e11], ['三千亿', 3e11],
  ['万亿', 1e12], ['一万亿', 1e12], ['一亿五千万', 150000000], ['十三亿', 1.3e9],
  ['', null], ['十四五x', null],
];

for (const [written, value] of CHINESE_NUMBERS) {
  test(`Chinese numeral ${JSON.stringify(written)} → ${value}`, () => {
    assert.equal(parseChineseNumber(written), value);
  });
}

test('Arabic numbers: decimals, thousands separators, full-width digits', () => {
  assert.deepEqual(readArabicNumber('12,680个', 0), { value: 12680, end: 6 });
  assert.deepEqual(readArabicNumber('1,200,000元', 0), { value: 1200000, end: 9 });
  assert.deepEqual(readArabicNumber('增长6.5%', 2), { value: 6.5, end: 5 });
  assert.deepEqual(readArabicNumber('５０个', 0), { value: 50, end: 2 });
  assert.deepEqual(readArabicNumber('５．５％', 0), { value: 5.5, end: 3 });
  // A comma that does not group three digits is a list separator: 1,23 reads as 1.
  assert.deepEqual(readArabicNumber('1,23', 0), { value: 1, end: 1 });
  assert.equal(readArabicNumber('亿元', 0), null);
});

test('magnitude words, and units that only look like one', () => {
  const cases: Array<[string, number, number]> = [
    ['万亿元', 1e12, 2], ['千亿元', 1e11, 2], ['百亿级', 1e10, 2], ['亿斤', 1e8, 1], ['百万吨', 1e6, 2],
    ['万人次', 1e4, 1], ['万元', 1e4, 1], ['千米', 1, 0], ['千瓦', 1, 0], ['千克', 1, 0], ['百分点', 1, 0], ['个', 1, 0],
  ];
  for (const [written, factor, length] of cases) assert.deepEqual(readMagnitude(written, 0), { factor, length }, written);
});

test('二〇三五年 is a year, a date and not a quantity', () => {
  const line = '展望二〇三五年，基本实现社会主义现代化';
  assert.deepEqual(scanQuantities(line), []);
  const dates = scanDates(line, 2021);
  assert.equal(dates.length, 1);
  assert.deepEqual({ text: dates[0]!.text, deadline: dates[0]!.deadline }, { text: '二〇三五年', deadline: '2035-12-31' });
});

test('the scanner reads value, unit and comparator without the analyzer around it', () => {
  const [q] = scanQuantities('粮食总产稳定在45亿斤以上');
  assert.ok(q);
  assert.deepEqual(
    { text: q.text, value: q.value, unit: q.unit, comparator: q.comparator },
    { text: '45亿斤以上', value: 4.5e9, unit: '斤', comparator: '>=' },
  );
  const [range] = scanQuantities('建设3—5个产业研究院');
  assert.ok(range);
  assert.deepEqual(
    { text: range.text, value: range.value, min: range.min, max: range.max, unit: range.unit, comparator: range.comparator },
    { text: '3—5个', value: null, min: 3, max: 5, unit: '个', comparator: 'range' },
  );
});
