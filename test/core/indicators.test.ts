/**
 * Indicators and changes: what a quantity measures, read from the words around the number, and the
 * verb that makes it a change rather than a level. Each case runs with the vocabulary segmenter
 * (the language server's first answer) and with nodejieba (once loaded, and in the CLI).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Segmenter } from '../../server/src/core/segmenter';
import { vocabularySegmenter } from '../../server/src/core/analyze';
import { canonicalIndicator } from '../../server/src/core/vocabulary';
import { expectQuantity, fiveYearPlan, jiebaOrSkip, planReport, reviewReport } from './reportFixtures';

const jieba = jiebaOrSkip();
const SEGMENTERS: ReadonlyArray<{ name: string; segmenter: Segmenter | null; skip: string | false }> = [
  { name: 'vocabulary', segmenter: vocabularySegmenter(), skip: false },
  { name: 'jieba', ...jieba },
];

/** [a sentence of a 2021 plan, a quantity in it, its indicator, its change] */
const CASES: ReadonlyArray<readonly [string, string, string, string | null]> = [
  ['生产总值增长8%以上', '8%以上', '生产总值', '增长'],
  ['可再生能源装机占比达56.2%', '56.2%', '可再生能源装机占比', null],
  ['民间投资逆势增长2.7%', '2.7%', '民间投资', '增长'],
  ['江北国际机场年旅客吞吐量首次突破5000万人次', '突破5000万人次', '江北国际机场年旅客吞吐量', null],
  ['城镇新增就业年均60万人以上', '60万人以上', '城镇新增就业', '新增'],
  ['城市建成区绿地率达到43%', '43%', '城市建成区绿地率', null],
  ['◆地区生产总值增长5%', '5%', '地区生产总值', '增长'],
  ['不良贷款率较年初降低0.28个百分点', '0.28个百分点', '不良贷款率', '降低'],
  ['一般公共预算收入同口径增长5.5%左右', '5.5%左右', '一般公共预算收入', '增长'],
  ['居民人均可支配收入增长8%，扣除价格因素后实际增长7.1%', '7.1%', '居民人均可支配收入', '增长'],
  ['一般公共预算收入2652亿元，增长1.4%，考虑政策性减收因素同比增长11.9%', '11.9%', '一般公共预算收入', '增长'],
  ['城乡居民收入比缩小至2.1∶1左右', '2.1∶1左右', '城乡居民收入比', null],
  ['地区生产总值迈上4万亿元新台阶', '4万亿元', '地区生产总值', null],
  ['居民消费价格上涨3%左右', '3%左右', '居民消费价格', '上涨'],
  ['汽车产量继续增长40%以上', '40%以上', '汽车产量', '增长'],
  ['一般公共预算收入增长6%', '6%', '一般公共预算收入', '增长'],
  ['社会消费品零售总额增长10%左右', '10%左右', '社会消费品零售总额', '增长'],
  ['城镇登记失业率控制在4.5%以内', '4.5%以内', '城镇登记失业率', null],
  ['城镇调查失业率5.5%左右', '5.5%左右', '城镇调查失业率', null],
  ['公交与轨道50米内换乘比例提升至93%', '93%', '公交与轨道50米内换乘比例', null],
  ['滚动实施1500个以上省重点技改项目', '1500个以上', '省重点技改项目', '实施'],
  ['实施好200项以上工业战略性新兴产业项目', '200项以上', '工业战略性新兴产业项目', '实施'],
  ['为超8000名孤独症儿童免费提供康复服务', '超8000名', '孤独症儿童', null],
  ['吸纳超100万名高校毕业生在粤就业创业', '超100万名', '高校毕业生', null],
  ['为1万名留守儿童进行心理健康评估干预', '1万名', '留守儿童', null],
  ['引育1000名乡村运营人才', '1000名', '乡村运营人才', null],
  ['新增心智障碍及重度残疾人帮扶性就业2000人', '2000人', '心智障碍及重度残疾人帮扶性就业', '新增'],
  ['提供公益家庭教育指导服务1万户次', '1万户次', '公益家庭教育指导服务', '提供'],
  ['安排省级财政资金1053.8亿元', '1053.8亿元', '省级财政资金', '安排'],
  ['筹措7亿元实施就业惠民工程，开展稳岗扩容提质行动', '7亿元', '就业惠民工程', '筹措'],
  ['统筹4416.6亿元支持巩固拓展脱贫攻坚成果和乡村全面振兴', '4416.6亿元', '巩固拓展脱贫攻坚成果和乡村全面振兴', '统筹'],
  ['取得重大科技成果100项以上', '100项以上', '重大科技成果', '取得'],
  ['争取100个以上项目纳入国家用地保障范围', '100个以上', '项目', null],
  ['抓好赛得利纤维等3500多个拟竣工投产项目', '3500多个', '拟竣工投产项目', '抓好'],
  ['城镇更新改造惠及390万人', '390万人', '城镇更新改造', '惠及'],
  ['城乡居民人均可支配收入分别增长7%左右和8%左右', '8%左右', '城乡居民人均可支配收入', '增长'],
  ['加快2条在建国际海缆建设', '2条', '在建国际海缆', '建设'],
  ['主要指标包括地区生产总值年均增长5%左右', '5%左右', '地区生产总值', '年均增长'],
  ['居民消费价格涨幅控制在3%左右', '3%左右', '居民消费价格', '涨幅'],
  ['赤字率拟按3%安排', '3%', '赤字率', null],
  ['粮食产量保持在1.3万亿斤以上', '1.3万亿斤以上', '粮食产量', null],
  ['研发经费投入强度达到2.5%', '2.5%', '研发经费投入强度', null],
  ['农村生活污水处理率提高到50%', '50%', '农村生活污水处理率', null],
  ['常住人口城镇化率提高1.5个百分点', '1.5个百分点', '常住人口城镇化率', '提高'],
  ['城镇新增就业6万人', '6万人', '城镇新增就业', '新增'],
  ['新建停车场50个、新增泊位12680个', '50个', '停车场', '新建'],
  ['新建停车场50个、新增泊位12680个', '12680个', '泊位', '新增'],
  ['实施61个重大产业合作项目', '61个', '重大产业合作项目', '实施'],
  ['培育高新技术企业100家', '100家', '高新技术企业', '培育'],
  ['完成造林32万亩', '32万亩', '造林', '完成'],
  ['新开工10亿元以上重大项目80个', '80个', '10亿元以上重大项目', '新开工'],
  ['规模以上工业增加值、固定资产投资分别增长8%和10%', '8%', '规模以上工业增加值', '增长'],
  ['规模以上工业增加值、固定资产投资分别增长8%和10%', '10%', '固定资产投资', '增长'],
  ['学前三年毛入园率、九年义务教育巩固率分别达到92%、96.5%', '92%', '学前三年毛入园率', null],
  ['学前三年毛入园率、九年义务教育巩固率分别达到92%、96.5%', '96.5%', '九年义务教育巩固率', null],
  // 普及率 keeps its 及, 治理率 its verb: a measure of a verb is one name with it.
  ['农村卫生厕所普及率、生活污水治理率分别提高到88%、87.5%', '88%', '农村卫生厕所普及率', null],
  ['农村卫生厕所普及率、生活污水治理率分别提高到88%、87.5%', '87.5%', '生活污水治理率', null],
  ['生活污水治理率和垃圾处置率分别达到87.5%、90%', '87.5%', '生活污水治理率', null],
  ['不动产登记历史遗留问题化解率达到99.95%', '99.95%', '不动产登记历史遗留问题化解率', null],
  ['城市轨道交通运营线路增至14条、运营里程超过580公里', '14条', '城市轨道交通运营线路', null],
  ['城市轨道交通运营线路增至14条、运营里程超过580公里', '超过580公里', '运营里程', null],
  ['地区生产总值达到6000亿元，年均增长7%左右', '6000亿元', '地区生产总值', null],
  ['地区生产总值达到6000亿元，年均增长7%左右', '7%左右', '地区生产总值', '年均增长'],
  // A year heading a clause is its time, not its subject; the subject carries over from before.
  ['七是完成困难重度残疾人家庭无障碍改造5000户', '5000户', '困难重度残疾人家庭无障碍', '改造'],
  ['改造建设100个乡镇综合养老服务中心', '100个', '乡镇综合养老服务中心', '改造建设'],
  ['新增6.6万户经营主体', '6.6万户', '经营主体', '新增'],
  ['建成紧密型县域医共体33个', '33个', '紧密型县域医共体', '建成'],
  ['老楼加装电梯800台以上', '800台以上', '电梯', '加装'],
  ['筹集各类保障性住房89.6万套', '89.6万套', '各类保障性住房', '筹集'],
  ['6个项目获评全国城市更新典型案例', '6个', '项目', null], // the verb after the noun ends it
  ['23项经验做法获全国推广', '23项', '经验做法', null],
  ['上海港集装箱吞吐量达4900万标准箱', '4900万标准箱', '上海港集装箱吞吐量', null], // a port keeps its city
  ['粮食产量连续十一年稳定在1000万吨以上', '1000万吨以上', '粮食产量', null],
  ['食品抽检合格率达到98.5%', '98.5%', '食品抽检合格率', null],
  ['江苏地区生产总值增长5.8%', '5.8%', '地区生产总值', '增长'], // the place is not what is measured
  ['广西全区地区生产总值增长3.7%', '3.7%', '全区地区生产总值', '增长'],
  ['去年全省地区生产总值增长8%', '8%', '全省地区生产总值', '增长'],
  ['工业投资连续36个月保持两位数增长', '两位数', '工业投资', '增长'], // a streak is no part of the name
  ['全市生产总值年均增长6.8%，2025年达到4500亿元', '4500亿元', '全市生产总值', null], // 全市 as written (most labels keep it)
  ['新建5G基站1.2万个', '1.2万个', '5G基站', '新建'],
  // Time words before the subject are its deadline, not part of its name.
  ['一季度末重点项目开工率达到60%', '60%', '重点项目开工率', null],
  ['农机作业服务面积达到60万亩次以上', '60万亩次以上', '农机作业服务面积', null],
  // 接近 is a comparator, not the end of the indicator.
  ['企业总数接近500家', '接近500家', '企业总数', null],
];


for (const { name, segmenter, skip } of SEGMENTERS) {
  for (const [sentence, text, indicator, change] of CASES) {
    test(`${name}: ${text} in 「${sentence}」 → ${indicator} / ${change}`, { skip }, () => {
      expectQuantity(planReport(sentence, { segmenter: segmenter! }), text, { indicator, change });
    });
  }

  test(`${name}: 规上工业增加值 and 规模以上工业增加值 are one indicator`, { skip }, () => {
    const short = expectQuantity(planReport('规上工业增加值增长7%', { segmenter: segmenter! }), '7%', {
      indicator: '规上工业增加值', change: '增长',
    });
    const full = expectQuantity(planReport('规模以上工业增加值增长7%', { segmenter: segmenter! }), '7%', {
      indicator: '规模以上工业增加值', change: '增长',
    });
    assert.equal(canonicalIndicator(short.indicator!), canonicalIndicator(full.indicator!));
  });

  test(`${name}: a capacity names its product: 建成年产30万吨乙二醇项目`, { skip }, () => {
    expectQuantity(planReport('建成年产30万吨乙二醇项目', { segmenter: segmenter! }), '30万吨', {
      kind: 'commitment', indicator: '乙二醇', value: 300000, unit: '吨',
    });
  });

  test(`${name}: an implied subject is carried over: …增加至21.9亿元，年均增速达7.4%`, { skip }, () => {
    const report = reviewReport('“十三五”期间，一般公共预算收入增加至21.9亿元，年均增速达7.4%。', { segmenter: segmenter! });
    expectQuantity(report, '21.9亿元', { indicator: '一般公共预算收入', change: null, value: 2.19e9, unit: '元' });
    expectQuantity(report, '7.4%', { indicator: '一般公共预算收入', change: '年均增速', value: 7.4, unit: '%' });
  });

  test(`${name}: a span of years and a gap to the nation measure the result before them`, { skip }, () => {
    const report = reviewReport('一般公共预算收入累计完成3.7万亿元，5年增长18.7%。国资监管企业资产总额五年增长64.1%。规上工业增加值增长7.6%，高于全国1.7个百分点；全社会研发投入年均增长11.5%、高于全国1个百分点。', { segmenter: segmenter! });
    expectQuantity(report, '18.7%', { indicator: '一般公共预算收入', change: '增长' });
    expectQuantity(report, '64.1%', { indicator: '国资监管企业资产总额', change: '增长' });
    expectQuantity(report, '1.7个百分点', { kind: 'achievement', indicator: '规上工业增加值', change: null });
    expectQuantity(report, '11.5%', { indicator: '全社会研发投入', change: '年均增长' });
    expectQuantity(report, '1个百分点', { kind: 'achievement', indicator: '全社会研发投入', change: null });
    const own = reviewReport('地区生产总值增长6.1%，城镇居民人均可支配收入增速高于全国1.2个百分点。', { segmenter: segmenter! });
    expectQuantity(own, '1.2个百分点', { indicator: '城镇居民人均可支配收入', change: null });
  });

  test(`${name}: a bare measure measures the subject before it; a base's change is no noun it counts`, { skip }, () => {
    const report = reviewReport('累计净增各类经营主体155万户、总量达474万户。市属重点国企由51家整合为33家。', { segmenter: segmenter! });
    expectQuantity(report, '155万户', { indicator: '各类经营主体', change: '累计净增' });
    expectQuantity(report, '474万户', { indicator: '各类经营主体总量', change: null });
    expectQuantity(report, '51家', { kind: 'baseline', indicator: '市属重点国企' });
    expectQuantity(report, '33家', { kind: 'achievement', indicator: '市属重点国企' });
    const gap = reviewReport('民间投资逆势增长2.7%，高出全国平均水平9.1个百分点。', { segmenter: segmenter! });
    expectQuantity(gap, '9.1个百分点', { kind: 'achievement', indicator: '民间投资', change: null });
  });

  test(`${name}: the level reached after steps crossed measures the subject of the steps`, { skip }, () => {
    const report = reviewReport('地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%。粮食产量跃上500亿斤台阶。', { segmenter: segmenter! });
    expectQuantity(report, '14.2万亿元', { indicator: '地区生产总值' });
    expectQuantity(report, '5.7%', { indicator: '地区生产总值', change: '年均增长' });
    expectQuantity(report, '500亿斤', { indicator: '粮食产量' });
  });

  test(`${name}: a level crossed (突破…大关) and an age that starts a change are values`, { skip }, () => {
    const report = reviewReport('接待游客突破1000万人次大关。人均预期寿命由78.3岁提高到79.5岁。', { segmenter: segmenter! });
    expectQuantity(report, '突破1000万人次', { kind: 'achievement', value: 1e7, unit: '人次', comparator: '>' });
    expectQuantity(report, '78.3岁', { kind: 'baseline', indicator: '人均预期寿命' });
    expectQuantity(report, '79.5岁', { kind: 'achievement', indicator: '人均预期寿命' });
  });

  test(`${name}: a five-year plan's targets: 高技术产业增加值年均增速12%`, { skip }, () => {
    const report = fiveYearPlan('高技术产业增加值年均增速12%，文化旅游综合收入占GDP比重达到11.5%。', { segmenter: segmenter! });
    expectQuantity(report, '12%', { indicator: '高技术产业增加值', change: '年均增速', deadline: '2025-12-31' });
    expectQuantity(report, '11.5%', { indicator: '文化旅游综合收入占GDP比重', change: null, deadline: '2025-12-31' });
  });
}
