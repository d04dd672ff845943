/**
 * What kind of report this is and which year it plans for (its 今年), read from the text:
 * `2021年重点工作`, the meeting's date line, `刚刚过去的2020年`, a plan's 2021–2025 period.
 */
import type { Tense } from './types';
import { planPeriodNamed } from './dates';
import { parseChineseNumber } from './numerals';
import { execAll, stretchesAround } from './text';
import { reviewsThroughout } from './read/tense';

export interface ReportContext {
  /** The report's 今年. */
  year: number | null;
  /** For a five-year plan, its period; annual reports plan one year. */
  period: { start: number; end: number } | null;
  /** The tense of text before (or without) any heading. */
  documentTense: Tense;
  /** Where the whole text reads as a review for what its paragraphs report: their result words. */
  documentResults: string | null;
}

interface Clue {
  pattern: RegExp;
  /** Added to the year the pattern captures: a review of 2020 is written in 2021. */
  offset: number;
  weight: number;
  /** The year described (2025年是“十四五”收官之年): the report's own, or the one before in a text that only reviews. */
  described?: true;
}

const CLUES: Clue[] = [
  { pattern: /(\d{4})年(?:全[市区县省州旗])?(?:政府)?(?:重点工作|工作安排|工作任务|主要任务)/g, offset: 0, weight: 5 },
  // (not 2025年各项目标任务的圆满完成, a year's tasks done)
  { pattern: /(\d{4})年[^。\n]{0,4}(?:工作)?(?:总体要求|目标任务)(?![^。\n，,]{0,6}完成)/g, offset: 0, weight: 4 },
  { pattern: /(\d{4})年[^。\n，,]{0,12}(?:增长)?目标(?:为|是)/g, offset: 0, weight: 3 },
  { pattern: /(\d{4})年[^。\n，,]{0,12}实事/g, offset: 0, weight: 4 },
  { pattern: /(\d{4})年[^。\n，,]{0,12}(?:重点|重大)(?:工程|项目)(?:计划|清单|名单|安排)?/g, offset: 0, weight: 2 },
  { pattern: /(?:回顾了?|回望|盘点)(\d{4})年/g, offset: 1, weight: 3 },
  { pattern: /(\d{4})年\d{1,2}月\d{1,2}日在[^。\n]{0,30}(?:人民代表大会|人大)/g, offset: 0, weight: 4 },
  { pattern: /^[^\n]{0,20}?(?:发布时间|发表于|生成日期|发布日期)?[:：]?\s*(\d{4})(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)/gm, offset: 0, weight: 1 },
  { pattern: /(\d{4})年[^。\n]{0,20}主要预期目标/g, offset: 0, weight: 5 },
  { pattern: /(\d{4})年[^。\n]{0,12}政府工作报告/g, offset: 0, weight: 3 },
  { pattern: /——\s*(\d{4})年\d{1,2}月\d{1,2}日在/g, offset: 0, weight: 3 },
  { pattern: /(\d{4})年(?:政府)?(?:工作)?回顾/g, offset: 1, weight: 3 },
  { pattern: /(\d{4})年(?:国民经济和社会发展)?计划(?:草案|安排)/g, offset: 0, weight: 4 },
  { pattern: /(\d{4})年(?:国民经济和社会发展)?计划执行情况/g, offset: 1, weight: 3 },
  { pattern: /(\d{4})年(?:经济社会发展)?主要(?:预期)?目标/g, offset: 0, weight: 4 },
  { pattern: /刚刚过去的(\d{4})年/g, offset: 1, weight: 3 },
  { pattern: /回首(\d{4})/g, offset: 1, weight: 2 },
  // 报告确定了2024年将筹措资金…: a year that something will be done in is the one planned for (not 到2035年将).
  { pattern: /(?<![到至于在])(\d{4})年(?:将|计划|拟)(?!的)/g, offset: 0, weight: 2 },
  { pattern: /(\d{4})年是[^。\n]{0,30}(?:开局之年|起步之年|关键之年|收官之年|第一年|最后一年)/g, offset: 0, weight: 1, described: true },
  // 2025年是极不平凡的一年, 2025年极不平凡: only ever said looking back.
  { pattern: /(\d{4})年(?:是)?[^。\n]{0,6}不平凡/g, offset: 1, weight: 2 },
];

const PLAN_TITLE = /五年规划|规划纲要|规划和二〇三五年|“十[一二三四五六七八九]五”[^\n]{0,20}规划|规划\s*[（(]\s*20\d\d\s*[-—–至]\s*20\d\d/;
const REVIEW_OPENING = /回首|回顾|铭记|盘点|一年来|五年来|刚刚过去|过去(?:的)?(?:一|五)年|这五年/;

export function readReportContext(lines: readonly string[]): ReportContext {
  const opening = lines.slice(0, 40).join('\n');
  const firstLines = lines.filter((l) => l.trim().length > 0).slice(0, 3);
  // A plan names itself in its title, a short line at the top; a report may mention plans anywhere.
  const titles = firstLines.map(titleOf).join('\n');
  const period = PLAN_TITLE.test(titles) && !/政府工作报告/.test(titles) ? planPeriodOf(opening) : null;
  // A digest that opens by looking back (回首2020, 刚刚过去的一年) reviews; a report's own headings say the rest.
  const beforeHeadings = firstLines.filter((l) => !/^\s*[一二三四五六七八九十]+、/.test(l)).join('\n');
  const documentResults = period === null ? reviewsThroughout(lines) : null;
  const documentTense: Tense = period === null && (REVIEW_OPENING.test(beforeHeadings) || documentResults !== null) ? 'review' : 'plan';
  return { year: period?.start ?? inferYear(lines, documentResults !== null), period, documentTense, documentResults };
}

/** 《…纲要》 opening a line, or a short line with no sentence in it. */
function titleOf(line: string): string {
  const text = line.trim();
  const book = /^《[^》]{1,80}》/.exec(text);
  if (book) return book[0];
  return text.length <= 60 && !text.includes('。') ? text : '';
}

function planPeriodOf(text: string): { start: number; end: number } | null {
  const m = /十([一二三四五六七八九])五|第十([一二三四五六七八九])个五年/.exec(text);
  if (m) return planPeriodNamed(m[1] ?? m[2] ?? '');
  const span = /(20\d\d)\s*[-—–至]\s*(20\d\d)年?/.exec(text);
  if (span && Number(span[2]) - Number(span[1]) === 4) return { start: Number(span[1]), end: Number(span[2]) };
  return null;
}

/** Years the text names without digits: 今年是建党100周年, “十四五”开局之年. */
const ANCHORED: Array<{ pattern: RegExp; year: (m: RegExpMatchArray) => number | null }> = [
  { pattern: /今年是[^。\n]{0,20}?(新中国成立|建党|中国共产党成立|改革开放)(\d{2,3})周年/g,
    year: (m) => ({ 新中国成立: 1949, 建党: 1921, 中国共产党成立: 1921, 改革开放: 1978 })[m[1]!]! + Number(m[2]) },
  { pattern: /(?:今年|明年)是[^。\n]{0,10}?“?十([三四五六])五”?(?:规划)?(?:的)?[^。\n，,]{0,4}?(开局之年|起步之年|第一年|收官之年|最后一年)/g,
    year: (m) => {
      const period = planPeriodNamed(m[1]!);
      return /开局|起步|第一/.test(m[2]!) ? period.start : period.end;
    } },
  // 确保“十五五”开好局起好步: the work of the plan's first year, ahead.
  { pattern: /(?:确保|推动|力争|全力推动|奋力推动)“?十([三四五六])五”?(?:规划)?开好局/g,
    year: (m) => planPeriodNamed(m[1]!).start },
];

/** `十四届人大二次会议`, `第十三届人民代表大会第六次会议`: a congress's term and session. */
const SESSION = /(?:第)?(十[一二三四五六七八九]?|[一二三四五六七八九])届(?:全国)?(?:人民代表大会|人大)(?:第)?([一二三四五六七])次会议/g;
/** A city's or county's congress is elected in other years; the four municipalities are provinces. */
const LOCAL_CONGRESS = /(?<!北京|上海|天津|重庆)[市县区旗镇州盟]$/;
/**
 * The term each congress elected in 2023, where it is not the fourteenth (the national congress's and
 * most provinces'): the municipalities, 海南 and 宁夏 and 西藏 count from their own founding.
 */
const TERM_OF_2023: Readonly<Record<string, number>> = { 北京: 16, 上海: 16, 天津: 18, 重庆: 6, 海南: 7, 宁夏: 13, 西藏: 12 };
const OWN_TERMS = new RegExp(`(${Object.keys(TERM_OF_2023).join('|')})\\p{Script=Han}{0,6}$`, 'u');

/**
 * The years of a provincial (or national) congress's term: terms are elected every five years
 * (in 2023 the fourteenth, unless TERM_OF_2023 says otherwise); `sessionYear` is its session's year
 * when each year had one session (a term may hold an extra one: 福建省第十三届…第六次会议 sat in 2022).
 */
function sessionTerm(text: string): { from: number; to: number; sessionYear: number } | null {
  for (const m of text.matchAll(SESSION)) {
    if (LOCAL_CONGRESS.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const term = parseChineseNumber(m[1]!);
    const session = parseChineseNumber(m[2]!);
    if (term === null || session === null) continue;
    // The national congress (十四届全国人大) keeps the common numbering whoever attends it.
    const own = m[0].includes('全国') ? undefined : OWN_TERMS.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
    if (own === undefined && term < 11) continue;
    const from = 2023 + 5 * (term - (own === undefined ? 14 : TERM_OF_2023[own]!));
    return { from, to: from + 4, sessionYear: Math.min(from + session - 1, from + 4) };
  }
  return null;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 二〇二四年 as 2024年 (and 零 as 〇), so that written-out years vote like digits. */
function withDigitYears(text: string): string {
  let out = '';
  let kept = 0;
  for (let at = text.indexOf('年', 4); at !== -1; at = text.indexOf('年', at + 1)) {
    let digits = '';
    for (let i = at - 4; i < at; i++) {
      const digit = CHINESE_DIGITS.indexOf(text[i] === '零' ? '〇' : text[i]!);
      if (digit < 0) break;
      digits += digit;
    }
    if (digits.length < 4) continue;
    out += text.slice(kept, at - 4) + digits;
    kept = at;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** Weighted vote of the clues, each counted once per occurrence in the first part of the report. */
function inferYear(lines: readonly string[], reviewsThroughout: boolean): number | null {
  // 二〇二四年 votes like 2024年.
  const text = withDigitYears(lines.slice(0, 400).join('\n').slice(0, 200_000));
  const votes = new Map<number, number>();
  for (const { pattern, year } of ANCHORED) {
    for (const m of text.matchAll(pattern)) {
      const y = year(m);
      if (y !== null) votes.set(y, (votes.get(y) ?? 0) + 3);
    }
  }
  const term = sessionTerm(text.slice(0, 2000));
  if (term !== null) {
    // The session's year is in its term: a year the text names, or the one after a year it reviews.
    for (const m of text.matchAll(/((?:19|20)\d\d)年/g)) {
      for (const year of [Number(m[1]), Number(m[1]) + 1]) if (year >= term.from && year <= term.to) votes.set(year, (votes.get(year) ?? 0) + 2);
    }
    votes.set(term.sessionYear, (votes.get(term.sessionYear) ?? 0) + 1);
  }
  // A clue that holds a year (under 10 characters into it, under 70 long) runs only where one stands.
  const yearStretches = stretchesAround(text, /\d{4}年/g, 10, 60);
  for (const clue of CLUES) {
    const stretches = clue.pattern.source.includes('(\\d{4})年') && !clue.pattern.multiline ? yearStretches : [text];
    for (const m of stretches.flatMap((stretch) => execAll(clue.pattern, stretch))) {
      const year = Number(m[1]) + clue.offset + (clue.described && reviewsThroughout ? 1 : 0);
      if (year < 1978 || year > 2100) continue;
      votes.set(year, (votes.get(year) ?? 0) + clue.weight);
    }
  }
  let best: number | null = null;
  for (const [year, score] of votes) if (best === null || score > votes.get(best)!) best = year;
  return best ?? (reviewsThroughout ? yearAfterLatest(text) : null) ?? yearAfterPlenum(text);
}

/** The years of the Party central committees' plenums, first to last, by the committee's term. */
const PLENUM_YEARS: Readonly<Record<string, readonly number[]>> = {
  十八: [2012, 2013, 2013, 2014, 2015, 2016, 2017],
  十九: [2017, 2018, 2018, 2019, 2020, 2021, 2022],
  二十: [2022, 2023, 2024, 2025],
};
/** 十九届二中、三中、四中全会精神: the plenums a report cites, the latest last. */
const PLENUMS = /(十八|十九|二十)届((?:[一二三四五六七]中(?:全会)?[、，,和及与]?)+)全会/g;

/** A report is written in the year after the latest plenum it cites (十九届四中全会, October 2019 → 2020). */
function yearAfterPlenum(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(PLENUMS)) {
    for (const n of m[2]!.matchAll(/([一二三四五六七])中/g)) {
      const year = PLENUM_YEARS[m[1]!]![parseChineseNumber(n[1]!)! - 1];
      if (year !== undefined) latest = Math.max(latest ?? 0, year);
    }
  }
  return latest === null ? null : latest + 1;
}

/** A review that names no report year is written the year after the latest it reviews (从2020年…到2025年 → 2026). */
function yearAfterLatest(text: string): number | null {
  let latest: number | null = null;
  // 到2035年 is a horizon, 较2020年 a base, 《…规划（2021—2035年）》 a title and 2035年远景目标 a vision,
  // but 增长到2025年的4.93万亿元 is a level reached.
  const untitled = text.replace(/《[^》\n]*》/g, '');
  for (const m of untitled.matchAll(/(?<!到|至|较|比|与|同|[—\-–~])((?:19|20)\d\d)年(?!底前|前|远景)|(?<=到|至)((?:19|20)\d\d)年的/g)) latest = Math.max(latest ?? 0, Number(m[1] ?? m[2]));
  return latest === null ? null : latest + 1;
}
