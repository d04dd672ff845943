/**
 * The text around a quantity, as the summary check reads it: a summary's Markdown taken off (with
 * the columns kept), the clause and sentence of a quantity, its quote, and the years it is about.
 */
import type { Finding } from './types';
import { CLAUSE_BREAK, SENTENCE_END, isCJK, isTableRow } from './text';
import { planPeriod } from './dates';
import { parseChineseNumber } from './numerals';
import { canonicalIndicator } from './vocabulary';

/** A summary with its Markdown markup removed; `columns[line][i]` is the written column of column i. */
export interface PlainSummary {
  text: string;
  columns: number[][];
}

/** Markup that is not prose: emphasis, code marks, heading and list markers, quotes, comments, link targets. */
const MARKUP: ReadonlyArray<RegExp> = [
  /<!--.*?(?:-->|$)/g,
  /^\s*(?:#{1,6}|>|[-*+]|\d{1,2}\.)(?=\s)/g,
  /\*\*|__|~~|`/g,
  /\]\([^)]*\)/g,
  /\[(?=[^\]]*\]\()/g,
];

/** Takes the Markdown off a summary and drops the lines in `skip` (its source link), keeping every column traceable. */
export function plainSummary(text: string, skip: ReadonlySet<number>): PlainSummary {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: string[] = [];
  const columns: number[][] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = skip.has(n) ? '' : lines[n]!;
    const drop = new Uint8Array(line.length);
    for (const markup of MARKUP) {
      for (const m of line.matchAll(markup)) drop.fill(1, m.index, m.index + m[0].length);
    }
    let plain = '';
    const map: number[] = [];
    for (let i = 0; i < line.length; i++) {
      if (drop[i]) continue;
      plain += line[i];
      map.push(i);
    }
    map.push(line.length);
    out.push(plain);
    columns.push(map);
  }
  return { text: out.join('\n'), columns };
}

/** The finding with its columns moved back to where the summary writes them. */
export function writtenColumns(finding: Finding, plain: PlainSummary): Finding {
  const map = plain.columns[finding.line - 1];
  if (!map) return finding;
  const start = map[finding.start] ?? finding.start;
  const end = (map[Math.max(finding.start, finding.end - 1)] ?? finding.end - 1) + 1;
  return { ...finding, start, end };
}

/**
 * The words around [start, end) that say what it measures: up to 16 characters before it within
 * its sentence (a list's subject may stand one clause back: 优良天数达256天，比上年增加69天) and the
 * rest of its clause after it (完成80%以上土方工程). The quantity itself is left out; a table cell
 * has its row for context.
 */
export function contextAround(line: string, start: number, end: number): string {
  // A table cell is read by its row: the indicator, its unit and its kind of target stand in the first cells.
  if (isTableRow(line)) return line.replace(/[|｜]/g, ' ');
  let from = start;
  while (from > 0 && start - from < 16 && !SENTENCE_END.test(line[from - 1]!)) from--;
  let to = end;
  while (to < line.length && to - end < 12 && !CLAUSE_BREAK.has(line[to]!)) to++;
  return line.slice(from, start) + '|' + line.slice(end, to);
}


/** The sentence holding [start, end), cut to `limit` characters around the quantity. */
export function sentenceAround(line: string, start: number, end: number, limit = 160): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(line[from - 1]!)) from--;
  let to = end;
  while (to < line.length && !SENTENCE_END.test(line[to - 1] ?? '')) to++;
  from = Math.max(from, start - limit / 2);
  to = Math.min(to, end + limit / 2);
  return line.slice(from, to).trim();
}

/** Character bigrams of the CJK and Latin runs of a text, after its indicator names are made canonical. */
export function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  const canonical = canonicalIndicator(text);
  for (const run of canonical.split(/[^\p{Script=Han}A-Za-z]+/u)) {
    for (let i = 0; i + 1 < run.length; i++) grams.add(run.slice(i, i + 2));
    if (run.length === 1 && isCJK(run)) grams.add(run);
  }
  return grams;
}

/** Dice's coefficient of two sets: 1 for the same, 0 for nothing shared. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Words the check quotes with a quantity when they stand just before it: 控制在4.5%以内. */
const LEVEL_WORDS = /(?:控制在|稳定在|保持在|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|达到|降至|降到|下降到|下降至)$/;

/**
 * The quantity as a reader quotes it: with its change verb when that stands close before it
 * (`增长8%以上`, `新建停车场50个`), else with a level verb next to it (`控制在4.5%以内`), else as written.
 */
export function quoteOf(line: string, finding: Finding): string {
  const text = line.slice(finding.start, finding.end) || finding.text;
  const windowStart = Math.max(0, finding.start - 14);
  const before = line.slice(windowStart, finding.start);
  if (finding.change) {
    const at = before.lastIndexOf(finding.change);
    const gap = at < 0 ? '' : before.slice(at + finding.change.length);
    // Not across another figure or list item (5G in 新建5G基站 is a name, not a figure).
    if (at >= 0 && gap.length <= 8 && !/[\d０-９](?![A-Za-z])|、/.test(gap) && ![...gap].some((ch) => CLAUSE_BREAK.has(ch))) {
      return before.slice(at) + text;
    }
  }
  const level = LEVEL_WORDS.exec(before);
  return level ? level[0] + text : text;
}

/** A span of years a statement is about: 2021 → 2021–2021, “十三五”期间 → 2016–2020. */
export interface YearSpan {
  from: number;
  to: number;
}

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
const TOPIC_END = /[。！!？?]/;
/**
 * The years the time words before `pos` say its statement is about, resolved against the report's
 * year. A time word speaks for its own clause (增加到2025年的820亿元) and, when it opens a clause
 * (2019年，…；规上工业增加值增长10.2%), for the rest of the sentence too; the nearest one wins.
 */
export function yearsBefore(line: string, pos: number, reportYear: number | null): YearSpan | null {
  let from = pos;
  while (from > 0 && !TOPIC_END.test(line[from - 1]!)) from--;
  let clause = pos;
  while (clause > from && !CLAUSE_BREAK.has(line[clause - 1]!)) clause--;
  let found: YearSpan | null = null;
  for (const m of line.slice(from, pos).matchAll(TIME_WORDS)) {
    const at = from + m.index!;
    let opens = at;
    while (opens > from && !CLAUSE_BREAK.has(line[opens - 1]!)) opens--;
    const governs = at >= clause || isClauseOpening(line.slice(opens, at));
    if (governs) found = resolveTimeWord(m, reportYear) ?? found;
  }
  return found;
}

/** Only a label, a list marker or 到/在/截至 stands before the time word in its clause. */
function isClauseOpening(before: string): boolean {
  const text = before.replace(/【[^】]*】|\*\*|__|^[\s\u3000>#*+-]+|^\d{1,2}[.、]\s*/g, '').trim();
  return /^(?:到|在|截至|截止|于|至)?$/.test(text);
}

/** Every time word on a line before `pos` (any sentence): what a source paragraph as a whole is about. */
export function yearsOnLine(line: string, pos: number, reportYear: number | null): YearSpan[] {
  const spans: YearSpan[] = [];
  for (const m of line.slice(0, pos).matchAll(TIME_WORDS)) {
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
  if (m[3] !== undefined) return toSpan(planPeriod(10 + (parseChineseNumber(m[3]) ?? 0)));
  if (reportYear === null) return null;
  if (m[4] !== undefined) return { from: reportYear - 5, to: reportYear - 1 };
  const offset: Record<string, number> = { 今年: 0, 本年: 0, 年内: 0, 年底前: 0, 年底: 0, 明年: 1, 去年: -1, 上年: -1, 前年: -2 };
  const year = reportYear + (offset[m[2] ?? ''] ?? 0);
  return { from: year, to: year };
}

function toSpan(period: { start: number; end: number }): YearSpan {
  return { from: period.start, to: period.end };
}

export function overlaps(a: YearSpan, b: YearSpan): boolean {
  return a.from <= b.to && b.from <= a.to;
}
