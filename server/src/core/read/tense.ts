/**
 * Which way a clause looks, from its own words: a year before the report's, 去年, 一年来 or 预计
 * report the past; 预期目标, 力争, 今年 or 到2025年 set goals. The nearest cue before a quantity
 * decides; a sentence that opens with a time frame (一年来，… / 今年…目标是：) carries it to the
 * sentences after it; the section's tense is only the prior.
 */
import type { Tense } from '../types';
import { matcherStartingWith } from '../text';
import { planPeriodNamed } from '../dates';
import { ALLOCATION_VERBS } from '../indicators';

export interface TenseCue {
  tense: Tense;
  /** The words that decided, as written in the reading, and where they stand in the line. */
  text: string;
  start: number;
  /** A time frame (一年来, 今年, 2023年，) carries to the following sentences of its paragraph. */
  frame: boolean;
  /** The frame's sentence ends in a colon: it governs the list items on the lines after it. */
  colon?: boolean;
  /** The 1-based line the frame was set on. */
  line?: number;
  /** It opens its sentence, so it frames the paragraphs after it too. */
  head?: boolean;
}

/**
 * Time frames and explicit goal words: the nearest one before a quantity decides. Every cue starts
 * with one of the first characters listed (add a new cue's there too).
 */
const STRONG_CUES = matcherStartingWith('一过五去上刚回这“十预初已创再完实达建新增取超突高好快主目今明到力确争计拟12', [
  // review frames
  // (比去年, 不低于当地上年度…水平, 按上年 name a comparison's base, not the time spoken of)
  '(?<![比较与同于按照]|当地)(?<pastFrame>一年来|这一年|这五年|过去一年|过去的一年|过去这一年|过去五年|五年来|去年|上一年|上年度|刚刚过去|回顾|回望|“?十[一二三]五”?(?:期间|以来|时期)|“?十[四五六]五”?以来|这是[^，,。；;]{1,24}的(?:五|一)年)',
  // “十四五”时期, “十五五”规划: the past in a 2026 report, the plan in a 2021 one (midway, neither)
  '(?<planPeriod>“?十(?<planNo>[四五六])五”?(?:期间|时期|规划))',
  // estimates and results
  '(?<past>预计|初步核算|初步预计|初步统计|已累计|创历史新高|再创新高|(?:完成|实现|达到|建成|新增|增长|取得|超过|突破)了|(?:高于|好于|快于|超过|超出|超额完成)(?:全年)?(?:预期|目标|预期目标))',
  // goals
  '(?<plan>主要预期目标|预期目标|目标(?:是|为)|今年|明年|新的一年)',
  // 到2025年: ahead of the report's year a horizon, before it (从2020年到2025年 in 2026) the past
  '(?<until>到(20\\d\\d)年)',
  // resolve words: goals in plan text, but 争取…资金, 确保了… in a review
  '(?<resolve>力争|确保|争取|计划|拟)',
  // a year as the topic of its clause: 2023年广东地区生产总值…, 2025年，浙江将… (not a title's:
  // 2026年江苏省政府工作报告 dates the document; 做好2020年工作 is the year's work ahead)
  '(?<year>(?:19|20)\\d\\d)(?<=(?:^|[，,。；;：:●◆■▲•·\\s在】了、]|报告(?:指出|提出)[，,:：]?|做好)\\d{4})年(?![度底末前])(?![^，,。；;：:]{0,16}(?:政府工作报告|工作报告|规划纲要|会议|全会))',
].join('|'));

/** Weaker evidence, used when nothing else speaks: 比上年, 同比 name a base, mostly in reviews. */
export const WEAK_PAST_ANYWHERE = /比上年|同比|较上年/;

/** Every strong cue in `text` (a stretch of one line starting at `offset`), in order. */
export function tenseCues(text: string, offset: number, reportYear: number | null, prior: Tense): TenseCue[] {
  const cues: TenseCue[] = [];
  for (const m of STRONG_CUES(text)) {
    const g = m.groups!;
    const last = cues.at(-1);
    let tense: Tense;
    let frame = false;
    if (g.pastFrame) [tense, frame] = ['review', true];
    // 今年…预计实现: an expectation for the coming year, not an estimate of the last.
    else if (g.past) {
      if (g.past === '预计' && last?.tense === 'plan' && last.frame) continue;
      tense = 'review';
    }
    else if (g.planPeriod) {
      const period = planPeriodNamed(g.planNo!);
      if (reportYear === null || (period.end >= reportYear && period.start < reportYear)) continue;
      [tense, frame] = [period.end < reportYear ? 'review' : 'plan', true];
    }
    else if (g.plan) [tense, frame] = ['plan', /^(今年|明年|新的一年|主要预期目标|预期目标)/.test(g.plan)];
    else if (g.until) {
      // Without the report's year, 到2025年 in a review is where a change ended, not a horizon.
      if (reportYear === null && prior === 'review') continue;
      const until = Number(/\d{4}/.exec(g.until)![0]);
      tense = reportYear !== null && until < reportYear ? 'review' : 'plan';
      frame = true;
    } else if (g.resolve) {
      if (prior === 'review') continue;
      tense = 'plan';
    }
    else {
      if (reportYear === null) continue;
      tense = Number(g.year) < reportYear ? 'review' : 'plan';
      frame = true;
    }
    cues.push({ tense, text: m[0], start: offset + m.index, frame });
  }
  return cues;
}

// 民生实事全面完成。, 如期兑现，: said at the end of a clause, with no object after it, it is done (a plan
// says 全面完成…改造, 确保…如期完成).
const DONE_BARE = '(?:全面|如期|圆满|全部|顺利|超额)(?:完成|兑现)(?=[，,。；;、！!]|$)';
/** Results only a review reports: honours won, records, ranks and comparisons with the year before. */
const PAST_ONLY = '入选|获批|获评|荣获|落户|创历史|创新高|居全国|位居|稳居|同比|比上年|较上年';

/**
 * Words that report what was done (完成, 达到, 增至, 突破, 入选, 同比): a paragraph that has several
 * and no goal word reports results, even where no heading says so (a review quoted on its own).
 */
const RESULT_WORDS = new RegExp(`${DONE_BARE}|完成|达到|增至|增加到|提高到|提升到|提高至|缩小至|降至|突破|实现|${PAST_ONLY}|建成|投用|投入使用|首次|累计`, 'g');
/** Result words a plan does not use of its own aims (a plan says 建成…, 完成…, 实现… too). */
const PAST_ONLY_WORDS = new RegExp(`${DONE_BARE}|${PAST_ONLY}`);
// 实现…目标, 预期寿命, 稳预期, 远超预期, 行动计划 and 营养改善计划 name things done, measured, steadied or named, not goals ahead.
const GOAL_WORDS = /力争|确保|争取|(?<!(?:实现|完成|达到|达成)[^，,。；;]{0,16})目标|(?<![好高低超快慢]于|超出|超过|超|稳|提振|改善|引导|社会)预期(?!寿命)|今年|年内|年底前|明年|新的一年|(?<!行动|专项|工作|发展|改善|扩容|支持|招生|培养|年)计划(?![”"，,。；;、的])|拟|(?<![主重必需纲提])要(?![求素点闻件害])|将(?!军)|到20\d\d年(?!的)/;
/** What a plan asks (推动, 深化, 加快): reviews use them too, but a plan paragraph is full of them. */
const ACTION_WORDS = /推动|推进|深化|实施|加快|坚持|打造|强化|扩大|拓展|用好|优化|健全|完善|支持|培育|提升|持续|加强|做好|抓好|着力|大力|积极|全面|统筹|聚焦/g;
/** Fewer distinct result words than this say too little to set a paragraph's tense. */
const RESULT_WORDS_NEEDED = 2;
/** At most this many action words per result word: more, and the paragraph asks rather than reports. */
const ACTIONS_PER_RESULT = 3;

/** The result words of a paragraph that reads as a review (the first few, as evidence), or null. */
export function reportsResults(paragraph: string): string | null {
  if (GOAL_WORDS.test(paragraph)) return null;
  const measured = measuredFigures(paragraph);
  if (measured) return measured;
  const found = paragraph.match(RESULT_WORDS) ?? [];
  const words = [...new Set(found)];
  if (words.length < RESULT_WORDS_NEEDED || !words.some((word) => PAST_ONLY_WORDS.test(word))) return null;
  const actions = paragraph.match(ACTION_WORDS)?.length ?? 0;
  return actions <= ACTIONS_PER_RESULT * found.length ? words.slice(0, 3).join('、') : null;
}

/**
 * The result words that make a whole text a review: a review stretch quoted on its own has no
 * goal word anywhere, and where one of its paragraphs reports results, the others beside it,
 * which say less, report them too.
 */
export function reviewsThroughout(paragraphs: readonly string[]): string | null {
  if (paragraphs.some((paragraph) => GOAL_WORDS.test(paragraph))) return null;
  for (const paragraph of paragraphs) {
    const results = reportsResults(paragraph);
    if (results) return results;
  }
  return null;
}

/** A figure given to the decimal (5.2%, 13697.5亿元, 62.6万人): what statistics measured, not a round aim. */
// (?<![\d.]): one try per run of digits, so that a line of digits stays linear.
const FIGURE_UNIT = '(?:%|％|个百分点|万|亿|倍|元|吨|千瓦)';
const PRECISE_FIGURE = new RegExp(`(?<![\\d.])\\d+\\.\\d+${FIGURE_UNIT}`, 'g');
const FIGURE = new RegExp(`(?<![\\d.])\\d+(?:\\.\\d+)?${FIGURE_UNIT}`, 'g');
/** Words a target carries (5%左右, 3%以内, 不低于): where they stand, a paragraph's figures may be aims. */
const BOUNDED = /左右|以内|不低于|不超过|不少于/;
/** Fewer precise figures than this say too little about a paragraph. */
const PRECISE_FIGURES_NEEDED = 3;

/** Money raised or set aside for a purpose (筹措890.59亿元实施…): a budget's figure, exact but not measured. */
const ALLOCATION = new RegExp(`(?:${ALLOCATION_VERBS})(?:各类|财政|专项)?(?:资金)?(?<![\\d.])\\d+(?:\\.\\d+)?(?:万|亿)?元`, 'g');

/** Figures mostly to the decimal and none bounded as a target: the paragraph reports measurements. */
function measuredFigures(paragraph: string): string | null {
  if (BOUNDED.test(paragraph)) return null;
  paragraph = paragraph.replace(ALLOCATION, '');
  const precise = paragraph.match(PRECISE_FIGURE) ?? [];
  if (precise.length < PRECISE_FIGURES_NEEDED) return null;
  return 2 * precise.length >= (paragraph.match(FIGURE)?.length ?? 0) ? precise.slice(0, 3).join('、') : null;
}

/** The last strong cue in `text`. */
export function lastTenseCue(text: string, offset: number, reportYear: number | null, prior: Tense): TenseCue | null {
  return tenseCues(text, offset, reportYear, prior).at(-1) ?? null;
}

/**
 * A sentence's tense when no cue stands before a quantity: in a review, a goal word anywhere
 * without a past one makes it a plan; elsewhere, a past word anywhere makes it a review.
 */
export function sentencePrior(cues: readonly TenseCue[], sectionTense: Tense): Tense {
  const has = (tense: Tense) => cues.some((c) => c.tense === tense);
  if (sectionTense === 'review') return has('plan') && !has('review') ? 'plan' : 'review';
  return has('review') ? 'review' : sectionTense;
}


