/**
 * The years a statement is about, from the time words before it: 2021年, 今年, 去年, “十三五”期间,
 * 过去五年, resolved against the report's year.
 */
import { CLAUSE_BREAK, breakIndexOf, execAll } from '../text';
import { planPeriodNamed } from '../dates';
import type { YearSpan } from './reading';

/**
 * Words that say which year a statement is about. A year that dates a document or a meeting
 * (2021年政府工作报告) is not one; neither is a day (2021年2月7日), nor the base of a comparison (比上年).
 */
const TIME_WORDS =
  /(\d{4})年(?!\d{1,2}月\d{1,2}日|[^，,。；;：:]{0,8}(?:政府工作报告|工作报告|报告|规划|纲要|会议|全会|建议))|(今年|明年|(?<![比较于])去年|(?<![比较于])上年|前年|本年|年内|年底前|年底)|[“"]?十([一二三四五六七八九])五[”"]?(?:时期|期间|以来|末|期末)|(五年来|过去五年|近五年)/g;

/** The text without its time words: 规模以上工业增加值2025年达到 → 规模以上工业增加值达到. */
export function withoutTimeWords(text: string): string | null {
  const stripped = text.replace(TIME_WORDS, '');
  return stripped === text ? null : stripped;
}

/** Ends the scope of a topic year: 2019年，…；…；规上工业增加值增长10.2%。 is about 2019 throughout. */
const TOPIC_END = new Set(['。', '！', '!', '？', '?']);
const TOPIC_REACH = 1000;
/**
 * The years the time words before `pos` say its statement is about, resolved against the report's
 * year. A time word speaks for its own clause (增加到2025年的820亿元) and, when it opens a clause
 * (2019年，…；规上工业增加值增长10.2%), for the rest of the sentence too; the nearest one wins.
 */
export function yearsBefore(line: string, pos: number, reportYear: number | null): YearSpan | null {
  // Within reach, so that a line with no full stop stays linear.
  const from = breakIndexOf(line, TOPIC_END).after(pos, Math.max(0, pos - TOPIC_REACH));
  const clauses = breakIndexOf(line, CLAUSE_BREAK);
  const clause = clauses.after(pos, from);
  let found: YearSpan | null = null;
  for (const m of timeWordsIn(line, from, pos)) {
    const at = m.index!;
    const governs = at >= clause || isClauseOpening(line.slice(clauses.after(at, from), at));
    if (governs) found = resolveTimeWord(m, reportYear) ?? found;
  }
  return found;
}

/** Only a label, a list marker or 到/在/截至 stands before the time word in its clause. */
function isClauseOpening(before: string): boolean {
  const text = before.replace(/【[^】]*】|\*\*|__|^[\s\u3000>#*+-]+|^\d{1,2}[.、]\s*/g, '').trim();
  return /^(?:到|在|截至|截止|于|至)?$/.test(text);
}

/** Every time word of a text: what a section title, or a source paragraph as a whole, is about. */
export function yearsIn(text: string, reportYear: number | null): YearSpan[] {
  return yearsOf(execAll(TIME_WORDS, text), reportYear);
}

/** The time words of the line read last: each of its quantities asks for those before it. */
let lastLine: string | null = null;
let lastMatches: RegExpMatchArray[] = [];

/** The time words of a line within [from, pos), the line scanned once however many quantities ask. */
function timeWordsIn(line: string, from: number, pos: number): RegExpMatchArray[] {
  if (line !== lastLine) {
    lastLine = line;
    lastMatches = execAll(TIME_WORDS, line);
  }
  let lo = 0;
  let hi = lastMatches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lastMatches[mid]!.index! < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < lastMatches.length && lastMatches[end]!.index! + lastMatches[end]![0].length <= pos) end++;
  return lastMatches.slice(lo, end);
}

/** Every time word of a line in [from, pos), resolved. */
export function yearsOnLine(line: string, from: number, pos: number, reportYear: number | null): YearSpan[] {
  return yearsOf(timeWordsIn(line, from, pos), reportYear);
}

function yearsOf(matches: readonly RegExpMatchArray[], reportYear: number | null): YearSpan[] {
  const spans: YearSpan[] = [];
  for (const m of matches) {
    const span = resolveTimeWord(m, reportYear);
    if (span) spans.push(span);
  }
  return spans;
}

function resolveTimeWord(m: RegExpMatchArray, reportYear: number | null): YearSpan | null {
  if (m[1] !== undefined) {
    const year = Number(m[1]);
    return year >= 1949 && year <= 2100 ? { from: year, to: year } : null;
  }
  if (m[3] !== undefined) return toSpan(planPeriodNamed(m[3]));
  if (reportYear === null) return null;
  if (m[4] !== undefined) return { from: reportYear - 5, to: reportYear - 1 };
  const offset: Record<string, number> = { 今年: 0, 本年: 0, 年内: 0, 年底前: 0, 年底: 0, 明年: 1, 去年: -1, 上年: -1, 前年: -2 };
  const year = reportYear + (offset[m[2] ?? ''] ?? 0);
  return { from: year, to: year };
}

function toSpan(period: { start: number; end: number }): YearSpan {
  return { from: period.start, to: period.end };
}
