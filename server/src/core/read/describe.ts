/**
 * What each quantity of a reading measures and which years it is about: the subject a summary is
 * matched on. Read once with the report, on the lines as read (simplified), before the findings
 * are placed back in the written columns.
 */
import type { Finding } from '../types';
import type { Segmenter } from '../segmenter';
import type { Span, Statement, Subject, YearSpan } from './reading';
import { CLAUSE_BREAK, SENTENCE_END, breakIndexOf } from '../text';
import { readIndicatorBefore } from '../indicators';
import { withoutTimeWords, yearsBefore, yearsIn, yearsOnLine } from './years';

/** 同比增加, 比上年增长: a comparison read as a name. */
const COMPARISON_NAME = /(?:同比|比上年|比去年|较上年|较去年)?(增加|增长|提高|提升|下降|减少|降低)$/;

/** Words the analyzer may take for a name that name nothing: 由71757元增至11.45万元, 2025年目标32.18亿元. */
const NOT_A_NAME = /^(?:目标|增至|增加到|增长到|提高到|提高至|达到|降至|由|从|年均|同比)$/;

/**
 * How far a sentence or clause is read from its quantity: the corpus's longest sentence is under 500
 * characters, and without a bound a line with no punctuation makes every quantity read the whole line.
 */
const MAX_SENTENCE = 1000;

/** Gives each quantity of `statements` (in line order) its subject; dates keep none. */
export function describeStatements(statements: readonly Statement[], lines: readonly string[], year: number | null, segmenter: Segmenter): void {
  const quantities = statements.filter((s) => s.finding.kind !== 'date');
  let previous: Statement | null = null;
  for (let k = 0; k < quantities.length; k++) {
    const s = quantities[k]!;
    const f = s.finding;
    const line = lines[f.line - 1] ?? '';
    const sameLine = previous !== null && previous.finding.line === f.line;
    const { indicator, change } = subjectOf(f, line, sameLine ? previous! : null, segmenter);
    // Its sentence as the reader split it, read at most MAX_SENTENCE either way.
    const lead = { start: Math.max(s.sentence.start, f.start - MAX_SENTENCE), end: clauseEndOf(line, f.end, s.sentence.end) };
    const subject: Subject = {
      indicator,
      change,
      unit: f.unit,
      lead,
      quote: quoteOf(line, f),
      context: s.evidence.from === 'table' ? line.replace(/[|｜]/g, ' ') : contextAround(line, f.start, f.end),
      namedYears: yearsBefore(line, f.start, year),
      periods: [],
      namesClass: namesClass(f, quantities[k + 1]?.finding, line),
    };
    subject.periods = periodsOf(f, subject, line, year);
    s.subject = subject;
    previous = s;
  }
}

/**
 * 优良天数达256天、同比增加69天 counts days of good air twice, the second time as a change, and
 * 规模以上工业增加值2025年达到82亿元 names its subject before its year. A quantity whose name is
 * only a comparison or a verb takes the previous quantity's in its sentence.
 */
function subjectOf(f: Finding, line: string, previous: Statement | null, segmenter: Segmenter): { indicator: string | null; change: string | null } {
  let indicator = f.indicator !== null && NOT_A_NAME.test(f.indicator) ? null : f.indicator;
  let change = f.change;
  const comparison = indicator === null ? null : COMPARISON_NAME.exec(indicator);
  if (comparison) {
    indicator = indicator!.slice(0, comparison.index) || null;
    change ??= comparison[1]!;
  }
  if (indicator === null || withoutTimeWords(indicator) !== null) {
    const reread = readAcrossTimeWords(line, f, previous?.finding.end ?? 0, segmenter);
    if (reread.indicator !== null) {
      indicator = reread.indicator;
      change ??= reread.change;
    }
  }
  const between = previous ? line.slice(previous.finding.end, f.start) : null;
  const previousName = previous?.subject?.indicator;
  if (indicator === null && previousName && between !== null && between.length <= 16 && !SENTENCE_END.test(between)) {
    indicator = previousName;
  }
  return { indicator, change };
}

/** The indicator read from the quantity's clause with its time words taken out (and 由/从 …的 of a base). */
function readAcrossTimeWords(line: string, f: Finding, previousEnd: number, segmenter: Segmenter): { indicator: string | null; change: string | null } {
  const from = breakIndexOf(line, CLAUSE_BREAK).after(f.start, Math.max(previousEnd, f.start - MAX_SENTENCE));
  const text = withoutTimeWords(line.slice(from, f.start));
  if (text === null) return { indicator: null, change: null };
  return readIndicatorBefore(text.replace(/(?:由|从)?的?$/, ''), segmenter);
}

/**
 * 注册资金超100万元的企业50家以上: a threshold with 的 before a noun counted in the same clause names
 * a class of the things counted (the analyzer keeps 的 phrases, for 设立100亿元的基金 is an amount).
 */
function namesClass(f: Finding, next: Finding | undefined, line: string): boolean {
  if ((f.comparator !== '>' && f.comparator !== '>=') || line[f.end] !== '的') return false;
  return next !== undefined && next.line === f.line
    && ![...line.slice(f.end, next.start)].some((ch) => CLAUSE_BREAK.has(ch) || ch === '、');
}

/**
 * A target is about its deadline, or any period its paragraph names (an average growth under a
 * “十四五”时期 heading); an achievement about the years its sentence or section names, else the
 * year the report looks back on.
 */
function periodsOf(f: Finding, subject: Subject, line: string, year: number | null): YearSpan[] {
  const paragraphYears = () => yearsOnLine(line, Math.max(0, f.start - MAX_SENTENCE), f.start, year);
  if (f.kind === 'target' || f.kind === 'commitment') {
    if (f.deadline === null) return [];
    const due = Number(f.deadline.slice(0, 4));
    return [{ from: due, to: due }, ...paragraphYears()];
  }
  if (subject.namedYears) return [subject.namedYears];
  const around = [...paragraphYears(), ...yearsIn(f.section, year)];
  // 2020年工作回顾及“十三五”主要成就: a figure with no time words of its own is the year's.
  const years = around.filter((span) => span.from === span.to);
  if (years.length > 0) return years;
  if (around.length > 0) return around;
  return year === null ? [] : [{ from: year - 1, to: year - 1 }];
}

/** Ends the lead of a quantity: its clause, or its item of a list. */
const LEAD_END = new Set(['，', ',', '；', ';', '。', '！', '!', '？', '?', '、']);

function clauseEndOf(line: string, pos: number, sentenceEnd: number): number {
  return breakIndexOf(line, LEAD_END).before(pos, Math.min(sentenceEnd, pos + MAX_SENTENCE));
}

/**
 * The words around [start, end) that say what it measures: up to 16 characters before it within
 * its sentence (a list's subject may stand one clause back: 优良天数达256天，比上年增加69天) and the
 * rest of its clause after it (完成80%以上土方工程). The quantity itself is left out. (A table cell
 * is read by its row: the indicator, its unit and its kind of target stand in the first cells.)
 */
function contextAround(line: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 16 && !SENTENCE_END.test(line[from - 1]!)) from--;
  let to = end;
  while (to < line.length && to - end < 12 && !CLAUSE_BREAK.has(line[to]!)) to++;
  return line.slice(from, start) + '|' + line.slice(end, to);
}

/** Words quoted with a quantity when they stand just before it: 控制在4.5%以内. */
const LEVEL_WORDS = /(?:控制在|稳定在|保持在|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|达到|降至|降到|下降到|下降至)$/;

/**
 * The quantity as a reader quotes it: with its change verb when that stands close before it
 * (`增长8%以上`, `新建停车场50个`), else with a level verb next to it (`控制在4.5%以内`), else as written.
 */
function quoteOf(line: string, finding: Finding): Span {
  const windowStart = Math.max(0, finding.start - 14);
  const before = line.slice(windowStart, finding.start);
  const quoted = (from: number): Span => ({ start: from, end: finding.end });
  if (finding.change) {
    const at = before.lastIndexOf(finding.change);
    const gap = at < 0 ? '' : before.slice(at + finding.change.length);
    // Not across another figure or list item (5G in 新建5G基站 is a name, not a figure).
    if (at >= 0 && gap.length <= 8 && !/[\d０-９](?![A-Za-z])|、/.test(gap) && ![...gap].some((ch) => CLAUSE_BREAK.has(ch))) {
      return quoted(windowStart + at);
    }
  }
  const level = LEVEL_WORDS.exec(before);
  return quoted(level ? windowStart + level.index : finding.start);
}
