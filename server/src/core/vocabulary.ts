/**
 * The policy vocabulary: indicator names and domain nouns that government work reports and
 * development plans count or measure. Segmenters keep these words whole, so the terms leave out
 * rate and delivery verbs (涨幅, 改造, 新开工): those belong to `change`, not to the indicator.
 */
import { simplify } from './read/normalize';

/** Abbreviations and variants → canonical indicator names (see `canonicalIndicator`). */
export const INDICATOR_SYNONYMS: ReadonlyMap<string, string> = new Map([
  // 地区生产总值
  ['GDP', '地区生产总值'],
  ['生产总值', '地区生产总值'],
  ['国内生产总值', '地区生产总值'],
  ['经济总量', '地区生产总值'],
  ['GDP总量', '地区生产总值'],
  ['人均GDP', '人均地区生产总值'],
  ['人均生产总值', '人均地区生产总值'],
  // 规模以上
  ['规上', '规模以上'],
  ['规模工业', '规模以上工业'],
  // consumption, investment, trade
  ['社零', '社会消费品零售总额'],
  ['社零额', '社会消费品零售总额'],
  ['社会消费品零售额', '社会消费品零售总额'],
  ['消费品零售总额', '社会消费品零售总额'],
  ['固投', '固定资产投资'],
  ['固定资产投资额', '固定资产投资'],
  ['固定资产投资总额', '固定资产投资'],
  ['全社会固定资产投资', '固定资产投资'],
  ['进出口总额', '进出口总值'],
  ['外贸进出口', '进出口总值'],
  ['外贸进出口总额', '进出口总值'],
  ['外贸进出口总值', '进出口总值'],
  ['跨境电子商务交易额', '跨境电商交易额'],
  ['实际利用外资', '实际使用外资'],
  // fiscal
  ['财政一般公共预算收入', '一般公共预算收入'],
  ['地方一般公共预算收入', '一般公共预算收入'],
  ['公共财政预算收入', '一般公共预算收入'],
  ['一般预算收入', '一般公共预算收入'],
  ['财政一般公共预算支出', '一般公共预算支出'],
  // prices and employment
  ['CPI', '居民消费价格'],
  ['居民消费价格指数', '居民消费价格'],
  ['PPI', '工业生产者出厂价格'],
  ['新增城镇就业', '城镇新增就业'],
  ['全体居民人均可支配收入', '居民人均可支配收入'],
  // population
  ['城镇化率', '常住人口城镇化率'],
  ['户籍人口城镇化率', '户籍人口城镇化率'], // itself, so that its 城镇化率 is left alone
  // innovation
  ['R&D', '研发'],
  ['R&D经费投入强度', '研发经费投入强度'],
  ['R&D投入强度', '研发经费投入强度'],
  ['研发投入强度', '研发经费投入强度'],
  ['研究与试验发展经费投入强度', '研发经费投入强度'],
  ['全社会研发经费投入强度', '研发经费投入强度'],
  // agriculture, environment
  ['粮食总产', '粮食总产量'],
  ['粮食产量', '粮食总产量'],
  ['单位GDP能耗', '单位地区生产总值能耗'],
  ['单位生产总值能耗', '单位地区生产总值能耗'],
]);

/** Leading scope words that do not change which indicator is meant: 全市地区生产总值 = 地区生产总值. */
const SCOPE_PREFIX = /^(?:全市|全区|全县|全省|全镇|全乡|全国)/;

const INDICATOR_TERMS = [
  // output and structure
  '地区生产总值', '人均地区生产总值', '第一产业增加值', '第二产业增加值', '第三产业增加值',
  '工业增加值', '规模以上工业增加值', '规上工业增加值', '服务业增加值', '建筑业增加值',
  '高技术产业增加值', '高新技术产业增加值', '战略性新兴产业增加值', '数字经济核心产业增加值',
  '三次产业结构', '产业结构', '服务业增加值占比', '全员劳动生产率', '工业总产值', '产值', '年产值',
  '营业收入', '主营业务收入', '利润总额', '规模以上工业企业', '规模以上企业', '规上企业',
  // investment
  '固定资产投资', '工业投资', '民间投资', '基础设施投资', '房地产开发投资', '工业技改投资',
  '技改投资', '招商引资', '实际使用外资', '实际到位省外资金', '重点项目', '重大项目',
  '续建项目', '总投资', '年度投资', '融资规模',
  // consumption and trade
  '社会消费品零售总额', '进出口总值', '出口总额', '进口总额', '跨境电商交易额', '网络零售额',
  '电子商务交易额', '旅游总收入', '旅游综合收入', '游客接待量',
  // fiscal and finance
  '一般公共预算收入', '一般公共预算支出', '税收收入', '税收占比', '民生支出', '民生支出占比',
  '政府性基金收入', '赤字率', '赤字规模', '专项债券', '政府债务', '金融机构存款余额', '金融机构贷款余额', '存款余额', '贷款余额', '上市企业',
  // prices, jobs, incomes
  '居民消费价格', '工业生产者出厂价格', '城镇新增就业', '城镇登记失业率',
  '城镇调查失业率', '失业率', '农村劳动力转移就业', '失业人员再就业', '就业困难人员',
  '居民人均可支配收入', '城镇居民人均可支配收入', '农村居民人均可支配收入',
  '城乡居民人均可支配收入', '人均可支配收入', '村集体经济收入', '集体经济收入',
  // population
  '常住人口', '户籍人口', '常住人口城镇化率', '户籍人口城镇化率', '人口自然增长率', '人均预期寿命',
  // innovation
  '研发经费投入强度', '研发经费', '研发投入', '研发经费投入', '高新技术企业', '科技型中小企业', '专精特新', '专精特新企业',
  '小巨人企业', '瞪羚企业', '独角兽企业', '新型研发机构', '研发平台', '重点实验室',
  '工程技术研究中心', '企业技术中心', '技术合同成交额', '有效发明专利', '发明专利拥有量',
  '每万人口发明专利拥有量', '高新技术产业', '战略性新兴产业', '数字经济', '市场主体',
  '龙头企业', '产业集群', '产业园区', '孵化器', '众创空间',
  // agriculture and villages
  '粮食总产量', '粮食播种面积', '粮食综合生产能力', '高标准农田', '农业产业化龙头企业',
  '农民专业合作社', '家庭农场', '新型农业经营主体', '现代农业产业园', '行政村', '贫困村',
  '贫困人口', '脱贫人口', '农村公路', '农村生活污水处理率', '卫生厕所普及率',
  // transport
  '集装箱吞吐量', '旅客吞吐量', '货物吞吐量', '港口吞吐量', '货运量', '客运量', '通车里程',
  '高速公路', '高速铁路', '轨道交通', '城市道路', '断头路', '停车场', '停车位', '充电桩', '充电站',
  '新能源汽车', '公共交通',
  // housing and city
  '老旧小区', '棚户区', '城中村', '背街小巷', '保障性住房',
  '保障性租赁住房', '公租房', '安置房', '城市更新', '城市绿化率', '建成区绿化覆盖率', '建成区绿地率', '建成区',
  '人均公园绿地面积', '绿化面积', '城市绿地', '口袋公园', '小游园', '集中供热率', '燃气普及率',
  '污水处理率', '生活垃圾无害化处理率', '生活垃圾分类', '湿地公园',
  // environment and energy
  '空气质量优良天数', '超低排放', '超低排放改造', '优良天数比例', '重污染天数', '细颗粒物', '可吸入颗粒物', 'PM2.5', 'PM10',
  '森林覆盖率', '森林蓄积量', '造林', '单位地区生产总值能耗', '单位地区生产总值二氧化碳排放',
  '碳排放强度', '化学需氧量', '氨氮', '二氧化硫', '氮氧化物', '主要污染物排放总量',
  '地表水', '水质达标率', '饮用水水源地', '耕地保有量', '永久基本农田', '用水总量',
  '非化石能源', '燃煤锅炉', '露天矿山',
  // social services
  '基本养老保险', '基本养老保险参保率', '基本医疗保险参保率', '参保率', '养老机构', '养老床位',
  '护理型床位', '公办幼儿园', '普惠性幼儿园', '学前三年毛入园率', '高中阶段毛入学率',
  '九年义务教育巩固率', '劳动年龄人口平均受教育年限', '每千人拥有执业医师数',
  '每千人口执业医师数', '每千人口医疗卫生机构床位数', '婴幼儿托位', '托位数', '村卫生室',
  '乡镇卫生院', '家庭医生签约服务', '城市书房', '博物馆', '职业技能培训', '低保', '特困人员',
  '退役军人', '5G基站',
  // rates whose first word is also a verb (开工, 完成, 处理 …), so that no segmenter splits them there
  '开工率', '完成率', '覆盖率', '达标率', '利用率', '处理率', '普及率', '入园率', '入学率', '巩固率',
  '建成率', '结案率', '办结率', '满意率', '参保率', '回收率', '转化率', '投产率', '履约率', '资金到位率',
];

/** Domain nouns and slogans that jieba's general dictionary lacks or trims away. */
const DOMAIN_TERMS = [
  '十三五', '十四五', '十五五', '小康社会', '乡村振兴', '脱贫攻坚', '高质量发展', '营商环境',
  '放管服', '一网通办', '碳达峰', '碳中和', '新基建', '党建', '宜居', '短板', '电商', '跨境电商', '在建', '在校', '在线', '在岗', '在读',
  '经营主体', '创新主体', '医共体', '医联体',
  // X性 adjectives, whose 性 jieba would join to the noun after it (帮扶|性就业)
  '帮扶性', '保障性', '普惠性', '公益性', '兜底性', '托底性', '援助性', '过渡性', '政策性', '经营性',
];

/** Every word a segmenter should keep whole: the terms above, their variants and canonical forms. */
export const POLICY_TERMS: readonly string[] = [
  ...new Set([...INDICATOR_TERMS, ...DOMAIN_TERMS, ...INDICATOR_SYNONYMS.keys(), ...INDICATOR_SYNONYMS.values()]),
];

const canonicalForms = new Set(INDICATOR_SYNONYMS.values());
const longestName = Math.max(...[...INDICATOR_SYNONYMS.keys(), ...canonicalForms].map((name) => name.length));

/**
 * Rewrites an indicator name to its canonical form, so 规上工业增加值 and 规模以上工业增加值 (or
 * GDP and 全市生产总值) compare equal. Variants are replaced leftmost-longest, and canonical forms
 * stand for themselves, so 地区生产总值 does not become 地区地区生产总值.
 */
export function canonicalIndicator(name: string): string {
  // 地區生產總值 is 地区生产总值: names are compared as simplified characters.
  const text = simplify(name.normalize('NFKC')).toUpperCase().trim().replace(SCOPE_PREFIX, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const [canonical, length] = variantAt(text, i) ?? [text[i], 1];
    out += canonical;
    i += length;
  }
  return out;
}

/** The longest variant or canonical form starting at `start`, as [canonical form, length]. */
function variantAt(text: string, start: number): [string, number] | null {
  for (let length = Math.min(longestName, text.length - start); length > 1; length--) {
    const word = text.slice(start, start + length);
    const canonical = INDICATOR_SYNONYMS.get(word) ?? (canonicalForms.has(word) ? word : undefined);
    if (canonical !== undefined) return [canonical, length];
  }
  return null;
}
