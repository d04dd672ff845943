/**
 * What a quantity measures: the indicator (a noun phrase as written) and the change verb, read
 * from the words around the number with a segmenter, so that verbs are only found on word
 * boundaries (建设 is a verb, 建设用地 is not).
 */
import type { Segmenter } from './segmenter';
import type { Quantity } from './quantities';
import { takesFollowingNoun } from './units';
import { CLAUSE_BREAK, LIST_BREAK, isNounStart } from './text';
import { PROVINCE_NAMES } from './place';
import { POLICY_TERMS } from './vocabulary';

/** Rate words: the change of an indicator, not a level (增长8% vs 达到8%). */
const RATE_WORDS = ['年均增长', '年均增速', '平均增速', '平均增长', '增长', '增速', '增幅', '涨幅', '降幅', '提高', '降低',
  '下降', '减少', '增加', '新增', '倍增', '提升', '上涨', '微降', '微涨'];
const RATE_WORD_SET = new Set(RATE_WORDS);
/** Level verbs: the value is the indicator's level, so `change` is null. */
const LEVEL_VERBS = new Set(['控制在', '稳定在', '保持在', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增长到',
  '增长至', '下降到', '下降至', '降低到', '降低至', '降至', '降到', '达到', '达', '实现', '为', '在', '是', '达成', '超过',
  '突破', '高于', '低于', '不低于', '不超过', '保持', '稳定', '上升至', '上升到', '扩大到', '扩大至', '拥有', '有着',
  '共有', '现有', '至', '到', '增至', '缩小至', '缩小到', '收窄至', '收窄到', '缩小', '收窄', '迈上', '跨上', '跃上', '跃升到', '跃升至', '攀升到', '攀升至', '连跨', '跨越', '跨过']);
/** Words that carry no part of the indicator before it: modals, time and scope. */
const LEADING_NOISE = new Set(['力争', '确保', '争取', '努力', '全年', '年内', '今年', '当年', '明年',
  '我市', '我区', '我县', '本市', '其中', '拟', '按', '拟按', '把', '对', '向', '用', '以', '由', '给', '被', '即', '累计', '共', '总计', '分别', '预计', '计划', '要', '将', '再', '还',
  '均', '都', '同比', '比上年', '进一步', '持续', '同时', '并', '上半年', '下半年', '年底前', '年底', '到', '力争实现', '继续',
  '包括', '好', '预期', '双双', '去年', '连续', '首次', '再次', '逆势', '年均', '稳步', '大幅']); // 好 of 实施好200项…: a verb's complement; 预期 of 预期增长5%
/** Verbs of delivery: 新建停车场50个, 实施61个重大产业合作项目. Compounds (新建改扩建) join adjacent ones. */
const DELIVERY_VERBS = new Set(['新建', '新增', '净增', '改建', '扩建', '改扩建', '改造', '培育', '建成', '投用', '投产', '建设', '开工',
  '完成', '实施', '打造', '创建', '引进', '签约', '开展', '办理', '推进', '提升', '联建', '发展', '推动', '上市', '落地',
  '竣工', '启动', '谋划', '招引', '认定', '争创', '创成', '建立', '组建', '设立', '淘汰', '关停', '整治', '治理', '退出',
  '修复', '盘活', '征收', '处置', '化解', '办结', '安置', '发放', '投入', '配建', '打通', '提质',
  '累计', '新打造', '达产', '紧盯', '聚焦', '围绕', '抓好', '脱贫', '开园', '招生', '通车', '运营', '建成投用', '开工建设', '改造提升',
  '竣工投用', '启动实施', '推进实施', '谋划实施', '谋划推进', '退城入园', '绿化', '顺利完成', '引导', '支持', '扶持', '吸引',
  '新创建', '到位', '开通', '举办', '承办', '新开工', '续建', '签订', '认证', '评定', '创建为', '晋升', '带动',
  '接待', '销售', '种植', '养殖', '收储', '流转', '整合', '清理', '拆除', '搬迁', '铺设', '安装', '提供',
  '增设', '布设', '设置', '开设', '发射', '加装', '完工', '筹集', '增补', '排险', '聘请', '招聘', '招募', '选派', '派驻', '帮扶', '减免', '减负', '安排', '取得']);
/** Words that end a noun phrase read after a count: 24座中小型水库前期工作 → 中小型水库. */
const NOUN_STOP = new Set(['等', '和', '及', '与', '或', '的', '前期工作', '前期', '建设', '工作', '全面', '正式', '综合治理',
  '综合整治', '达到', '年内', '当年', '全部', '顺利', '基本', '主体', '如期', '集中', '攻坚', '管控', '监管',
  '退城', '开园', '招生', '无组织', '实现', '达标', '顺利完成', '扬尘', '油烟', '排放', '免费', '在', '纳入',
  '获评', '获得', '获', '入选', '稳定', '消除', '进行']); // 6个项目获评…, 89万监测对象稳定消除…, 1万名儿童进行评估: the verb ends the noun
/** Verbs whose value counts the people a measure reaches: 惠及390万人, 覆盖120万户. */
const REACH_VERBS = new Set(['惠及', '覆盖', '受益']);
/** Heads of a name that a verb before them modifies: 乡村运营人才, 农业种植大户, 招商服务专员. */
const NAME_HEADS = new Set(['人才', '人员', '队伍', '团队', '专员', '大户', '主体', '企业', '机构', '基地', '中心', '平台', '站点', '园区']);
/** Modals that open a name of things to be done: 拟竣工投产项目, 待开发土地. */
const NAME_MODALS = new Set(['拟', '待', '将']);
/** Measures that name a verb's own extent and cannot stand alone: 化解率, 运营里程, 运营线路, 完成率. */
const VERB_MEASURES = new Set(['率', '量', '额', '数', '值', '度', '面积', '里程', '线路', '规模', '人数', '次数', '总量', '总额', '比例', '比重', '占比']);
/** Words that separate the names of a list: 普及率、覆盖率; 城镇和农村. */
const LIST_WORDS = new Set(['、', '和', '及', '以及', '与']);
/** Where a change starts: 从, 由, 从2020年的, 从每人每月 (before the base value of 从X提高到Y). */
export const CHANGE_FROM = '(?:由|从)(?:\\d{4}年(?:的|末|底)?|每人每月|每人每年|每人|每月|每年)?';
/** A class threshold may open the noun phrase after a count: 5家3A级以上乡村旅游景区. */
const CLASS_PREFIX = /^\d+(?:\.\d+)?(?:[A-Z]+级|[千百十]?[万亿]元|亿元|万元)(?:以上|以下)?/;

/** A step crossed (迈上…台阶, 突破…大关): the words after a level, or after a count of steps. */
export const STEP = /^(?:新|大)?(?:台阶|大关)/;

/** Every word the indicator reader looks for, so that a vocabulary segmenter can find them too. */
export const INDICATOR_WORDS: readonly string[] = [...RATE_WORDS, ...LEVEL_VERBS, ...LEADING_NOISE, ...DELIVERY_VERBS, ...NOUN_STOP, ...REACH_VERBS];

export interface IndicatorReading {
  indicator: string | null;
  change: string | null;
}

interface ReadingBefore extends IndicatorReading {
  /** The indicator stood before the verb, nothing after it: 地区生产总值完成137.1亿元. */
  beforeVerb: boolean;
}

export interface IndicatorContext {
  line: string;
  quantity: Quantity;
  /** Where the text that can describe this quantity starts: after the last break or quantity. */
  from: number;
  segmenter: Segmenter;
}

/** 由51家整合为33家: what follows the base is its change, not a noun it counts. */
const CHANGED_TO = /^(?:提高|增加|增长|提升|扩大|上升|下降|降低|减少|缩小|整合|压减|精简|调整)(?:到|至|为)/;

/** Verbs that raise or set aside money (筹措890.59亿元, 安排资金5亿元): a budget, not a result or a level. */
export const ALLOCATION_VERBS = '筹措|筹集|安排|下达|统筹';
/** Money raised or set aside for what follows 实施/用于/支持: 筹措7亿元实施就业惠民工程. */
const ALLOCATED = new RegExp(`(?:${ALLOCATION_VERBS})(?:各类|财政|专项)?(?:资金)?$`);
const PURPOSE = /^(?:实施|用于|支持)([^，,。；;：:]{2,30})/;

/** Reads indicator and change for one quantity. */
export function readIndicator({ line, quantity, from, segmenter }: IndicatorContext): IndicatorReading {
  const allocated = quantity.unitClass === 'money' ? ALLOCATED.exec(line.slice(from, quantity.start)) : null;
  const purpose = allocated ? PURPOSE.exec(line.slice(quantity.end)) : null;
  if (allocated && purpose) return { indicator: cleanIndicator(purpose[1]!), change: allocated[0].replace(/资金$/, '') };
  const before = segmenter.cut(line.slice(from, quantity.start));
  const pre = readBefore(before);
  const next = line[quantity.end];
  // 粮食产量跃上500亿斤台阶: a step is no noun the value counts.
  const nounAfter = ((isNounStart(next) && !/^[的等和及与或]/.test(next!)) || CLASS_PREFIX.test(line.slice(quantity.end, quantity.end + 12))) &&
    !STEP.test(line.slice(quantity.end, quantity.end + 4)) && !CHANGED_TO.test(line.slice(quantity.end, quantity.end + 5));
  const countFollowedByNoun = nounAfter && !quantity.isClassMarker && takesFollowingNoun(quantity.unitClass);
  // 设立100亿元的制造业高质量发展基金: with nothing after its verb, the 的 phrase names the amount.
  const ofPhrase = next === '的' && pre.beforeVerb;
  // 滚动实施1500个以上省重点技改项目, 惠及超3万名学生: a bound kept as a value (not a class name) counts the noun after it.
  const boundedCountOfNoun = nounAfter && quantity.isClassMarker && takesFollowingNoun(quantity.unitClass);
  if (countFollowedByNoun || pre.indicator === null || ofPhrase || boundedCountOfNoun) {
    const after = readAfter(line, quantity.end, segmenter, quantity.unitClass === 'measure');
    if (after.indicator !== null) {
      return { indicator: after.indicator, change: pre.change ?? after.change };
    }
  }
  return pre;
}

/** Indicator and change from the text before a value alone (the names before 分别). */
export function readIndicatorBefore(text: string, segmenter: Segmenter): IndicatorReading {
  return readBefore(segmenter.cut(text));
}

/** 生产总值增长 → 生产总值 + 增长; 新建停车场 → 停车场 + 新建; 居民消费价格涨幅控制在 → 居民消费价格 + 涨幅. */
function readBefore(words: string[]): ReadingBefore {
  const w = joinKnownWords(words);
  // 七是完成…改造5000户: the item's ordinal is no part of the name.
  if (w.length > 2 && /^[一二三四五六七八九十]{1,2}$/.test(w[0]!) && w[1] === '是') w.splice(0, 2);
  // 城镇更新改造惠及390万人: what reaches the people is the whole phrase before 惠及, verbs and all.
  if (w.length > 1 && REACH_VERBS.has(w[w.length - 1]!)) {
    const subject = w.slice(0, -1);
    while (subject.length > 0 && LEADING_NOISE.has(subject[0]!)) subject.shift();
    stripTrailing(subject, (x) => LEADING_NOISE.has(x)); // 城镇更新改造累计惠及
    return { indicator: cleanIndicator(subject.join('')), change: w[w.length - 1]!, beforeVerb: true };
  }
  let change: string | null = null;
  stripTrailing(w, (x) => LEVEL_VERBS.has(x) || LEADING_NOISE.has(x));
  const rate = takeTrailingRate(w);
  if (rate) {
    change = rate;
    stripTrailing(w, (x) => x === '同比' || x === '比上年' || LEADING_NOISE.has(x));
  }
  // The last delivery verb ends what is not the indicator: 全年完成|项目; 高端石化产业园实现|营业收入.
  let verbEnd = -1;
  for (let k = w.length - 1; k >= 0; k--) {
    if (DELIVERY_VERBS.has(w[k]!) && measuresVerb(w, k)) continue;
    if (DELIVERY_VERBS.has(w[k]!) || LEVEL_VERBS.has(w[k]!)) {
      verbEnd = k;
      break;
    }
  }
  if (verbEnd >= 0) {
    let verbStart = verbEnd;
    while (verbStart > 0 && DELIVERY_VERBS.has(w[verbStart - 1]!)) verbStart--;
    const verb = w.slice(verbStart, verbEnd + 1).filter((x) => !LEVEL_VERBS.has(x)).join('');
    if (change === null && verb.length > 0) change = verb;
  }
  let noun = w.slice(verbEnd + 1);
  // 国家工程实验室等国家级科技研发平台, 纪检监察机关共立案, 主要指标包括地区生产总值: the head noun follows 等, 共 and 包括.
  const head = Math.max(noun.lastIndexOf('等'), noun.lastIndexOf('共'), noun.lastIndexOf('合计'), noun.lastIndexOf('包括'));
  if (head >= 0 && head < noun.length - 1) noun = noun.slice(head + 1);
  // 地区生产总值完成137.1亿元: nothing after the verb, so the indicator is what stands before it.
  const beforeVerb = noun.length === 0 && verbEnd > 0;
  if (beforeVerb) noun = w.slice(0, verbEnd).filter((x) => !DELIVERY_VERBS.has(x) && !LEVEL_VERBS.has(x));
  while (noun.length > 0 && LEADING_NOISE.has(noun[0]!)) noun.shift();
  const indicator = cleanIndicator(noun.join(''));
  // 城镇新增就业: the indicator's own 新增 is its change.
  if (change === null && indicator?.includes('新增')) change = '新增';
  return { indicator, change, beforeVerb };
}

/** The words after the verb at `k`, up to the next listed name, are one of its measures (化解|率). */
function measuresVerb(w: string[], k: number): boolean {
  let end = k + 1;
  while (end < w.length && !LIST_WORDS.has(w[end]!)) end++;
  return VERB_MEASURES.has(w.slice(k + 1, end).join(''));
}

/** The longest word joinKnownWords can make. */
const LONGEST_JOINED = Math.max(...[...RATE_WORDS, ...LEVEL_VERBS].map((word) => word.length));

/** Segmenters split 增加至 and 年均增速; joined, they are the words the lists know. */
function joinKnownWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    if (word.trim().length === 0) continue;
    const last = out[out.length - 1];
    const joined = last !== undefined && last.length + word.length <= LONGEST_JOINED ? last + word : '';
    if (joined && (LEVEL_VERBS.has(joined) || RATE_WORD_SET.has(joined))) out[out.length - 1] = joined;
    else out.push(word);
  }
  return out;
}

function stripTrailing(w: string[], drop: (word: string) => boolean): void {
  while (w.length > 0 && drop(w[w.length - 1]!)) w.pop();
}

/** A trailing rate word, joined with 年均/平均 when the segmenter split them. */
function takeTrailingRate(w: string[]): string | null {
  const last = w[w.length - 1];
  if (last === undefined) return null;
  const rate = RATE_WORDS.find((r) => last === r || (last.endsWith(r) && last.length <= r.length + 2 && /^(年均|平均)/.test(last)));
  if (!rate) return null;
  w.pop();
  const prev = w[w.length - 1];
  if (prev === '年均' || prev === '平均') {
    w.pop();
    return prev + last;
  }
  return last;
}

/** 61个重大产业合作项目 → 重大产业合作项目; 2家企业上市 → 企业 + 上市; 不到一个月的时间 → 时间. */
function readAfter(line: string, from: number, segmenter: Segmenter, namesProduct: boolean): IndicatorReading {
  let end = from;
  while (end < line.length && end - from < 30 && !CLAUSE_BREAK.has(line[end]!) && !LIST_BREAK.has(line[end]!)) end++;
  let text = line.slice(from, end);
  const of = text.lastIndexOf('的');
  if (of >= 0 && of < 20) text = text.slice(of + 1); // 总投资超9000亿元的重大项目 → 重大项目
  const classPrefix = CLASS_PREFIX.exec(text)?.[0] ?? '';
  const words = segmenter.cut(text.slice(classPrefix.length));
  const noun: string[] = classPrefix ? [classPrefix] : [];
  let k = 0;
  for (; k < words.length; k++) {
    const word = words[k]!;
    if (NOUN_STOP.has(word) || /\d/.test(word)) break;
    // 从1832户增加到3382户: a change verb right after the count, so no noun follows it.
    if (noun.length === 0 && (LEVEL_VERBS.has(word) || RATE_WORD_SET.has(word))) break;
    // A verb ends the phrase, unless it opens it (支持事项, 新建项目 are names) or follows a modal
    // that makes the verbs a name (3500多个拟竣工投产项目).
    const opensWithModal = noun.length > 0 && NAME_MODALS.has(noun[0]!) && noun.every((w, i) => i === 0 || DELIVERY_VERBS.has(w));
    const modifiesHead = DELIVERY_VERBS.has(word) && NAME_HEADS.has(wordsUpToStop(words, k + 1).join(''));
    if (DELIVERY_VERBS.has(word) && noun.length > 0 && !opensWithModal && !modifiesHead) break;
    noun.push(word);
  }
  let change: string | null = null;
  const rest = words.slice(k).filter((x) => !/^(年内|当年|全部|顺利|正式|全面|基本)$/.test(x));
  const verbs: string[] = [];
  for (const word of rest) {
    if (!DELIVERY_VERBS.has(word)) break;
    verbs.push(word);
  }
  if (verbs.length > 0) change = verbs.join('');
  let indicator = noun.join('');
  // A capacity names its product, not the project: 60万吨工业三苯项目 → 工业三苯.
  if (namesProduct && indicator.length > 2) indicator = indicator.replace(/(项目|工程)$/, '');
  return { indicator: cleanIndicator(indicator), change };
}

/** The words from `start` up to the first noun stop. */
function wordsUpToStop(words: readonly string[], start: number): readonly string[] {
  let end = start;
  while (end < words.length && !NOUN_STOP.has(words[end]!)) end++;
  return words.slice(start, end);
}

const TRAILING_CHANGE_FROM = new RegExp(`(?<=.)(?:分别)?${CHANGE_FROM}$`);
const LEADING_PROVINCE = new RegExp(`^(?:${PROVINCE_NAMES.join('|')})`);

/**
 * 江苏地区生产总值, 广西全区…: the place a figure is for is not what it measures (全省, 全区 stay), where
 * a term or 全… follows; 上海港集装箱吞吐量 names the port.
 */
function withoutProvince(name: string): string {
  const rest = name.slice(LEADING_PROVINCE.exec(name)?.[0].length ?? 0);
  return rest !== name && (rest.startsWith('全') || POLICY_TERMS.some((term) => term.length > 1 && rest.startsWith(term))) ? rest : name;
}

/** 扣除价格因素后, 考虑政策性减收因素, 按可比价格计算: how a figure is counted, not what it measures. */
const COUNTING_CONDITION = /^(?:扣除|剔除|考[虑慮]|按|若|如)[^，,。；;]{0,20}(?:因素[后後]?|[后後]|计算|計算|口径|口徑)(?:实际|實際)?$/;

function cleanIndicator(s: string): string | null {
  // 比2020年 and 比上年 name the base of a comparison, not the indicator.
  const named = s
    .replace(/^[●◆■▲•·\-—*\s]+/, '') // a bullet before a leading year (●2023年广东地区生产总值)
    .replace(/^[“"]([^”"]*)$|^([^“"]*)[”"]$/, '$1$2') // a quote the phrase cut in half
    .replace(/比(?:\d{4}年|上年|去年)$/, '')
    // 较“十三五”末的 (the level compared with) and 从/由 (where a change started) are no part of the name.
    .replace(/(?:比|较|較)(?:\d{4}年(?:末|底)?|上年(?:末|底)?|去年|同期|年初|“?十[一二三四五]五”?(?:末|期末))的?$/, '')
    .replace(/(?<=.)同口[径徑]$/, '') // 一般公共预算收入同口径增长
    .replace(TRAILING_CHANGE_FROM, '')
    .replace(/(?<=[比率重量额])达$/, '') // 占比达: the segmenter keeps 比达 whole, so its 达 comes along
    .replace(/[一二三四五六七八九十]期$/, '') // 絮凝剂二期: the phase names the project, not the product
    // A span or a streak of time: 资产总额五年增长, 工业投资连续36个月保持…, 粮食产量连续十一年稳定在…
    .replace(/(?:连续|近|过去|这)?(?<![\d〇零一二三四五六七八九十])(?:\d{1,3}|[一二两三四五六七八九十]{1,3})个?(?:月|年|季度)(?:来|间|累计|保持)?$/, '')
    .replace(/^(?:到|至|截至)?\d{4}年(?:底|末)?|(?<!\d)\d{4}年(?:底|末)?$/, ''); // 2020年达到…, …增加值2025年达到…: a time, not the subject
  const t = withoutProvince(named)
    .replace(/^(?:[的是了、，,●◆■▲•·\-—*\s]|在(?!建))+|[的了]+$/g, '') // 在建 (under construction) keeps its 在
    .trim();
  // 分别增长7%左右和8%左右: a conjunction between two values names nothing.
  if (t.length === 0 || COUNTING_CONDITION.test(t) || /^[\d.%]+$/.test(t) || LIST_WORDS.has(t)) return null;
  return t;
}

/** 规模以上工业增加值、固定资产投资额 (before 分别) → one indicator per listed value; 普及率 keeps its 及. */
export function splitIndicatorList(indicator: string, segmenter: Segmenter): string[] {
  const names: string[] = [''];
  for (const word of segmenter.cut(indicator)) {
    if (LIST_WORDS.has(word)) names.push('');
    else names[names.length - 1] += word;
  }
  return names.filter((s) => s.length > 0);
}
