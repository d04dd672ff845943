/**
 * Dates and deadlines: time expressions found by their own scanner and resolved to the last
 * day by which something is due, against the report's year.
 */
import type { Finding } from './types';
import { parseChineseNumber } from './numerals';
import { matcherStartingWith } from './text';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, or null when the expression needs a year the text does not give. */
  deadline: string | null;
  /**
   * Relative to the report's year (年内, 上半年, 3月底前, “七一”前): a deadline only in plan text.
   * Absolute expressions (到2025年, “十四五”时期) look forward wherever they stand.
   */
  relative: boolean;
  /** A year or month named without 到/底/前: forward only when it lies beyond the report's year. */
  bare: boolean;
}

/** Festivals used as deadlines: “七一”前 is due on 1 July itself. */
const FIXED_FESTIVALS: Readonly<Record<string, string>> = {
  元旦: '01-01', 五一: '05-01', 七一: '07-01', 八一: '08-01', 十一: '10-01', 国庆: '10-01', 国庆节: '10-01',
  // The China Luoyang Peony Culture Festival opens on 1 April.
  牡丹文化节: '04-01', 汛期: '06-01', 主汛期: '07-01', 汛: '06-01', 清明: '04-04', 清明节: '04-04',
};
/** Lunar festivals move every year. */
const LUNAR_FESTIVALS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  春节: { 2018: '02-16', 2019: '02-05', 2020: '01-25', 2021: '02-12', 2022: '02-01', 2023: '01-22', 2024: '02-10',
    2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26', 2029: '02-13', 2030: '02-03' },
  端午: { 2018: '06-18', 2019: '06-07', 2020: '06-25', 2021: '06-14', 2022: '06-03', 2023: '06-22', 2024: '06-10',
    2025: '05-31', 2026: '06-19', 2027: '06-09', 2028: '05-28', 2029: '06-16', 2030: '06-05' },
  中秋: { 2018: '09-24', 2019: '09-13', 2020: '10-01', 2021: '09-21', 2022: '09-10', 2023: '09-29', 2024: '09-17',
    2025: '10-06', 2026: '09-25', 2027: '09-15', 2028: '10-03', 2029: '09-22', 2030: '09-12' },
};

const CN_YEAR = '[〇零一二三四五六七八九]{4}';
const CN_MONTH = '十[一二]?|[一二三四五六七八九]';
const DATES = matcherStartingWith(
  // Every alternative starts with one of these (add a new one's first character here too).
  '到至截0123456789〇零一二三四五六七八九十两前第年全当上下明元国春端中清牡主汛“"',
  [
    // 到2025年, 2022年底前, 2021年6月底前, 二〇三五年, 2023年度
    `(?<absPrefix>到|至|截至|截止到)?(?<absYear>\\d{4}|${CN_YEAR})年(?:(?<absMonth>\\d{1,2})月(?<absMonthEdge>底前|底|末|前)?|(?<absEdge>年底前|底前|底|末|前|上半年|下半年|度))?`,
    // 2023.01-2023.12 (a project table's construction period): due at the end of its last month
    `(?<spanYear>\\d{4})\\.(?<spanMonth>\\d{1,2})\\s*[-—–~～至到]\\s*(?<spanEndYear>\\d{4})\\.(?<spanEndMonth>\\d{1,2})(?![\\d.])`,
    // “十四五”时期, 十四五末
    `(?<planOpen>[“"])?十(?<planNo>[一二三四五六七八九])五(?<planClose>[”"])?(?<planEdge>时期|期间|末|期末)`,
    // 3月底前, 六月底, 9月前
    `(?<month>\\d{1,2}|${CN_MONTH})月(?<monthEdge>底前|底|末前|末|份前|前|中旬前|上旬前|下旬前)`,
    `(?<quarter>前三季度|第?[一二三四]季度末?)`,
    // 3年内, 两年内: a horizon counted from the report's year, which is the first of them
    `(?<horizon>\\d{1,2}|[一二两三四五六七八九十])年内`,
    `(?<rel>年底前|年底|年内|全年|当年|上半年|下半年|年中|明年)`,
    // “七一”前, 国庆节前, 牡丹文化节前
    `(?<festOpen>[“"])?(?<festival>七一|五一|八一|十一|元旦|国庆节?|春节|端午节?|中秋节?|清明节?|牡丹文化节|主汛期|汛期|汛)(?<festClose>[”"])?前`,
  ].join('|'),
);

/** Scans one line for time expressions; `year` is the report's year (its 今年). */
export function scanDates(line: string, year: number | null): DateMention[] {
  const found: DateMention[] = [];
  for (const m of DATES(line)) {
    const start = m.index;
    const g = m.groups ?? {};
    const prev = line[start - 1] ?? '';
    const mention = (deadline: string | null, relative: boolean, bare = false): DateMention => ({
      start, end: start + m[0].length, text: m[0], deadline, relative, bare,
    });
    if (g.absYear !== undefined) {
      const after = line.slice(start + m[0].length);
      // 2012年以来: where a span starts, not when anything is due (达到2012年以来最高水平).
      if (/\d/.test(prev) || /^价格|^基数|^以来/.test(after)) continue;
      // 2021年2月7日: a calendar day (a meeting, a publication) is no deadline unless 前 follows.
      if (g.absMonth !== undefined && /^\d{1,2}[日号](?!前)/.test(after)) continue;
      const y = /\d/.test(g.absYear) ? Number(g.absYear) : parseChineseNumber(g.absYear);
      if (y === null || y < 1949 || y > 2100) continue;
      const month = g.absMonth !== undefined ? Number(g.absMonth) : null;
      const edge = g.absMonthEdge ?? g.absEdge ?? '';
      found.push(mention(absoluteDeadline(y, month, edge), false, g.absPrefix === undefined && (edge === '' || edge === '度')));
    } else if (g.spanEndYear !== undefined) {
      const [from, to, month] = [Number(g.spanYear), Number(g.spanEndYear), Number(g.spanEndMonth)];
      if (/[\d.]/.test(prev) || to < from || month < 1 || month > 12 || Number(g.spanMonth) > 12) continue;
      found.push(mention(monthDeadline(to, month, ''), false));
    } else if (g.planNo !== undefined) {
      if (line.startsWith('乃至', start + m[0].length)) continue; // “十四五”乃至更长时期 is open-ended
      const n = 10 + (parseChineseNumber(g.planNo) ?? 0);
      found.push(mention(`${planPeriod(n).end}-12-31`, false));
    } else if (g.month !== undefined) {
      if (/\d/.test(prev) || prev === '年') continue; // part of an absolute date, or 2021年3月
      const month = /\d/.test(g.month) ? Number(g.month) : parseChineseNumber(g.month);
      if (month === null || month < 1 || month > 12) continue;
      found.push(mention(year === null ? null : monthDeadline(year, month, g.monthEdge ?? ''), true));
    } else if (g.quarter !== undefined) {
      const q = g.quarter.startsWith('前三') ? 3 : (parseChineseNumber(g.quarter.replace(/[^一二三四]/g, '')) ?? 4);
      found.push(mention(year === null ? null : isoDate(year, q * 3, lastDay(year, q * 3)), true));
    } else if (g.horizon !== undefined) {
      if (/[\d.一二三四五六七八九十两]/.test(prev)) continue; // 1.5年内, 二十年内: not a plan's horizon
      const years = /\d/.test(g.horizon) ? Number(g.horizon) : g.horizon === '两' ? 2 : parseChineseNumber(g.horizon);
      if (years === null || years < 1 || years > 15) continue;
      found.push(mention(year === null ? null : isoDate(year + years - 1, 12, 31), true));
    } else if (g.rel !== undefined) {
      if (/[\d一二三四五六七八九十两年]/.test(prev)) continue; // 5年内, 十年内, 2021年底 (read above)
      // 完成全年预期目标, 做好全年工作: the year's goals as a noun, not a deadline.
      if (/^(?:全年|当年)$/.test(g.rel) && /^(?:的)?(?:各项)?(?:预期)?(?:目标|任务|工作|计划)/.test(line.slice(start + m[0].length, start + m[0].length + 8))) continue;
      found.push(mention(year === null ? null : relativeYearDeadline(year, g.rel), true));
    } else if (g.festival !== undefined) {
      found.push(mention(year === null ? null : festivalDeadline(year, g.festival), true));
    }
  }
  return found;
}

/** The date finding for a time expression (its line and section are the caller's). */
export function dateFinding(d: Pick<DateMention, 'start' | 'end' | 'text' | 'deadline'>, line: number, section: string): Finding {
  return {
    line, section, kind: 'date', start: d.start, end: d.end, text: d.text, indicator: null, change: null,
    value: null, min: null, max: null, unit: null, comparator: null, deadline: d.deadline,
  };
}

/** The N-th five-year plan: 十四五 is 2021–2025. */
export function planPeriod(n: number): { start: number; end: number } {
  const start = 1966 + 5 * (n - 3);
  return { start, end: start + 4 };
}

/** The plan “十X五” names by its digit X (四 → “十四五”, 2021–2025). */
export function planPeriodNamed(digit: string): { start: number; end: number } {
  return planPeriod(10 + (parseChineseNumber(digit) ?? 0));
}

/** The five-year plan period `year` falls in (2026 → “十五五”, 2026–2030). */
export function planPeriodContaining(year: number): { start: number; end: number } {
  return planPeriod(Math.floor((year - 1966) / 5) + 3);
}

function absoluteDeadline(year: number, month: number | null, edge: string): string {
  if (month !== null && month >= 1 && month <= 12) return monthDeadline(year, month, edge);
  if (edge === '上半年') return isoDate(year, 6, 30);
  return isoDate(year, 12, 31);
}

function monthDeadline(year: number, month: number, edge: string): string {
  if (edge === '' || edge.startsWith('底') || edge.startsWith('末') || edge === '份前') {
    return isoDate(year, month, lastDay(year, month));
  }
  if (edge.startsWith('中旬')) return isoDate(year, month, 10);
  if (edge.startsWith('下旬')) return isoDate(year, month, 20);
  return isoDate(year, month, 1); // X月前, X月上旬前: due when the month begins
}

function relativeYearDeadline(year: number, word: string): string {
  if (word === '上半年' || word === '年中') return isoDate(year, 6, 30);
  if (word === '明年') return isoDate(year + 1, 12, 31);
  return isoDate(year, 12, 31);
}

function festivalDeadline(year: number, festival: string): string | null {
  const fixed = FIXED_FESTIVALS[festival];
  if (fixed) return `${year}-${fixed}`;
  const lunar = (LUNAR_FESTIVALS[festival] ?? LUNAR_FESTIVALS[festival.replace(/节$/, '')])?.[year];
  return lunar ? `${year}-${lunar}` : null;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
