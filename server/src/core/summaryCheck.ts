/**
 * The summary check: every quantity of a hand-written summary (a digest, a newspaper's reading)
 * matched to the finding of its source report it restates, and compared with it.
 *
 * Matching never asks for the same value, or a changed number (the commonest error) would read as
 * a quantity with no source. It scores each source finding by indicator (canonical names, segmented
 * words, character bigrams), the change verb, looking back or forward, the years it is about and the
 * words of its clause; among the candidates close to the best it prefers one that agrees, so that
 * 生产总值增长8% finds the year's 8% rather than the plan's 7.5% average.
 */
import type { Finding, Report } from './types';
import type { Segmenter } from './segmenter';
import type { CheckedQuantity, Difference, SummaryCheck } from './summaryTypes';
import { analyze, vocabularySegmenter } from './analyze';
import { CLAUSE_BREAK, SENTENCE_END, splitLines } from './text';
import { readIndicatorBefore } from './indicators';
import { canonicalIndicator } from './vocabulary';
import { findSourceLink } from './summaryLink';
import { comparatorAgrees, sameUnit, unitFamily, valueAgrees } from './summaryCompare';
import {
  type YearSpan, bigrams, contextAround, dice, overlaps, plainSummary, quoteOf, sentenceAround, writtenColumns,
  withoutTimeWords, yearsBefore, yearsOnLine,
} from './summaryText';

export interface SummaryCheckOptions {
  /** Word segmenter for indicators (jieba in the server and the CLI); defaults to the policy vocabulary. */
  segmenter?: Segmenter;
  /**
   * The source report's text. With it the words around each source quantity help matching, and the
   * source's quotes and sentences are its own; without it only the findings are compared.
   */
  sourceText?: string;
}

/** A quantity with what matching reads from its text. */
interface Statement {
  finding: Finding;
  line: string;
  indicator: string;
  indicatorWords: Set<string>;
  indicatorGrams: Set<string>;
  /**
   * Its name, and its change and name as one phrase (减免税费), with where their words start: what an
   * abbreviation (规上, 减税) may shorten.
   */
  longNames: Array<{ name: string; wordStarts: number[] }>;
  change: string | null;
  context: Set<string>;
  /**
   * Its sentence up to it and its clause after it, indicator names canonical: where a topic named
   * once stands (北露天矿坑…，年内完成80%), or a name read on the other side (完成80%以上土方工程).
   */
  sentence: string;
  /** An achievement or baseline (looking back), rather than a target or commitment. */
  backward: boolean;
}

interface SourceStatement extends Statement {
  /** The years it may be about: its deadline and the time words of its paragraph, or the reviewed year. */
  periods: YearSpan[];
}

interface SummaryStatement extends Statement {
  /** The years its own sentence names, or null when it names none (then it is about what the source says). */
  period: YearSpan | null;
}

interface Candidate {
  source: SourceStatement;
  score: number;
  indicator: number;
  context: number;
  differences: Difference[];
}

const TIME_IN_NAME = /年内|年底前|年底|今年|明年|去年|全年|当年|上年|\d{4}年/g;

/** Below this no source finding is the quantity's counterpart. */
const MATCH_THRESHOLD = 0.5;
/** Candidates this close to the best are as good a reading; one that agrees is then preferred. */
const TIE_MARGIN = 0.1;

export function checkSummary(summaryText: string, source: Report, options: SummaryCheckOptions = {}): SummaryCheck {
  const segmenter = options.segmenter ?? vocabularySegmenter();
  const link = findSourceLink(summaryText);
  const plain = plainSummary(summaryText, new Set(link ? [link.line] : []));
  const summary = analyze(plain.text, { segmenter, ...(source.year !== null ? { defaultYear: source.year } : {}) });
  const summaryLines = splitLines(plain.text);

  const sourceStatements = readSourceStatements(source, options.sourceText, segmenter);
  const checked: CheckedQuantity[] = [];
  const matched = new Set<Finding>();
  const quantities = summary.findings.filter((f) => f.kind !== 'date');
  const claims = quantities.filter((f) => !namesClass(f, quantities, summaryLines[f.line - 1] ?? ''));
  for (const [finding, subject] of withSubjects(claims, summaryLines, segmenter)) {
    const line = summaryLines[finding.line - 1] ?? '';
    const statement = readSummary(finding, subject, line, summary.year ?? source.year, segmenter);
    const best = bestCandidate(statement, sourceStatements);
    const quantity = writtenColumns(finding, plain);
    const quote = quoteOf(line, finding);
    if (!best) {
      checked.push({ quantity, source: null, differences: [], quote, sourceQuote: null, sourceSentence: null });
      continue;
    }
    matched.add(best.source.finding);
    const sourceFinding = best.source.finding;
    checked.push({
      quantity,
      source: sourceFinding,
      differences: best.differences,
      quote,
      sourceQuote: quoteOf(best.source.line, sourceFinding),
      sourceSentence: best.source.line ? sentenceAround(best.source.line, sourceFinding.start, sourceFinding.end) : null,
    });
  }
  const missing = source.findings.filter((f) => (f.kind === 'target' || f.kind === 'commitment') && !matched.has(f));
  return { checked, missing };
}

interface SourceReading {
  text: string | undefined;
  segmenter: Segmenter;
  statements: SourceStatement[];
}

/** A source read once for all the checks against it (a summary is checked again at every edit). */
const sourceReadings = new WeakMap<Report, SourceReading>();

function readSourceStatements(source: Report, text: string | undefined, segmenter: Segmenter): SourceStatement[] {
  const cached = sourceReadings.get(source);
  if (cached && cached.text === text && cached.segmenter === segmenter) return cached.statements;
  const lines = text === undefined ? null : splitLines(text);
  const statements = withSubjects(source.findings.filter((f) => f.kind !== 'date'), lines, segmenter)
    .map(([f, subject]) => readSource(f, subject, lines, source, segmenter));
  sourceReadings.set(source, { text, segmenter, statements });
  return statements;
}

/** The best-scoring source finding above the threshold, preferring among near equals one that agrees. */
function bestCandidate(statement: SummaryStatement, sources: readonly SourceStatement[]): Candidate | null {
  const candidates: Candidate[] = [];
  for (const source of sources) {
    const candidate = score(statement, source);
    if (candidate) candidates.push(candidate);
  }
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  if (!best) return null;
  // Near equals share the indicator: context alone must not make another indicator's equal figure win.
  const near = candidates.filter((c) => c.score >= best.score - TIE_MARGIN && c.indicator >= best.indicator - TIE_MARGIN);
  // The one that differs least is the likeliest restated: 5%左右 is the year's 5%左右 rather than the
  // plan's 5%以下. A figure is the most specific thing a sentence says, so one that agrees counts
  // most: “十三五”时期年均增长7.5% restates the plan's 7.5% with a wrong period, not last year's 3.4%.
  const rank = (c: Candidate) => c.score - c.differences.length + (c.differences.includes('value') ? 0 : 0.3)
    + (c.source.finding.comparator === statement.finding.comparator ? 0.05 : 0);
  return near.reduce((a, b) => (rank(b) > rank(a) ? b : a));
}

function score(s: SummaryStatement, t: SourceStatement): Candidate | null {
  const family = unitFamily(s.finding.unit);
  if (family !== unitFamily(t.finding.unit)) return null;
  const indicator = indicatorSimilarity(s, t);
  const context = dice(s.context, t.context);
  if (indicator < 0.4 && context < 0.35) return null;
  const periodAgrees = s.period === null || t.periods.length === 0 || t.periods.some((p) => overlaps(p, s.period!));
  // Which way a summary looks is sure when its sentence names years; read from its tense alone, less so.
  const direction = s.backward === t.backward ? 1 : s.period === null ? 0.5 : 0;
  // Where a name is missing or misread on either side, the words around it still say something.
  const total = 0.45 * Math.max(indicator, 0.5 * context) + 0.25 * context + 0.1 * changeSimilarity(s.change, t.change)
    + 0.12 * direction + 0.08 * (periodAgrees ? 1 : 0);
  if (total < MATCH_THRESHOLD) return null;
  const differences: Difference[] = [];
  const sameUnits = sameUnit(s.finding, t.finding);
  // 8个百分点 and 8% are both rates, but not the same one; their numbers are still compared.
  if (!sameUnits) differences.push('unit');
  if (!valueAgrees(s.finding, t.finding)) differences.push('value');
  if (!comparatorAgrees(s.finding, t.finding)) differences.push('comparator');
  if (!periodAgrees) differences.push('period');
  return { source: t, score: total, indicator, context, differences: order(differences) };
}

const DIFFERENCE_ORDER: readonly Difference[] = ['value', 'unit', 'comparator', 'period'];

function order(differences: Difference[]): Difference[] {
  return DIFFERENCE_ORDER.filter((d) => differences.includes(d));
}

/**
 * 注册资金超100万元的企业50家以上: a threshold with 的 before a noun counted in the same clause names
 * a class of the things counted (the analyzer keeps 的 phrases, for 设立100亿元的基金 is an amount).
 */
function namesClass(f: Finding, all: readonly Finding[], line: string): boolean {
  if ((f.comparator !== '>' && f.comparator !== '>=') || line[f.end] !== '的') return false;
  return all.some((other) => other.line === f.line && other.start > f.end
    && ![...line.slice(f.end, other.start)].some((ch) => CLAUSE_BREAK.has(ch) || ch === '、'));
}

/** What a quantity measures, once a change read into its name is taken out and a bare change has its subject. */
interface Subject {
  indicator: string | null;
  change: string | null;
}

/** 同比增加, 比上年增长: a comparison read as a name. */
const COMPARISON_NAME = /(?:同比|比上年|比去年|较上年|较去年)?(增加|增长|提高|提升|下降|减少|降低)$/;

/** Words the analyzer may take for a name that name nothing: 由71757元增至11.45万元, 2025年目标32.18亿元. */
const NOT_A_NAME = /^(?:目标|增至|增加到|增长到|提高到|提高至|达到|降至|由|从|年均|同比)$/;

/**
 * The subject of each quantity: 优良天数达256天、同比增加69天 counts days of good air twice, the
 * second time as a change, and 规模以上工业增加值2025年达到82亿元 names its subject before its year.
 * A quantity whose name is only a comparison or a verb takes the previous quantity's in its sentence.
 */
function withSubjects(findings: readonly Finding[], lines: readonly string[] | null, segmenter: Segmenter): Array<[Finding, Subject]> {
  const out: Array<[Finding, Subject]> = [];
  let previous: Finding | null = null;
  let previousSubject: Subject | null = null;
  for (const f of findings) {
    let indicator = f.indicator !== null && NOT_A_NAME.test(f.indicator) ? null : f.indicator;
    let change = f.change;
    const comparison = indicator === null ? null : COMPARISON_NAME.exec(indicator);
    if (comparison) {
      indicator = indicator!.slice(0, comparison.index) || null;
      change ??= comparison[1]!;
    }
    const line = lines?.[f.line - 1];
    const sameLine = previous !== null && previous.line === f.line;
    if (line !== undefined && (indicator === null || withoutTimeWords(indicator) !== null)) {
      const reread = readAcrossTimeWords(line, f, sameLine ? previous!.end : 0, segmenter);
      if (reread.indicator !== null) {
        indicator = reread.indicator;
        change ??= reread.change;
      }
    }
    const between = sameLine && line !== undefined ? line.slice(previous!.end, f.start) : null;
    if (indicator === null && previousSubject?.indicator && between !== null && between.length <= 16 && !SENTENCE_END.test(between)) {
      indicator = previousSubject.indicator;
    }
    const subject: Subject = { indicator, change };
    out.push([f, subject]);
    previous = f;
    previousSubject = subject;
  }
  return out;
}

/** The indicator read from the quantity's clause with its time words taken out (and 由/从 …的 of a base). */
function readAcrossTimeWords(line: string, f: Finding, previousEnd: number, segmenter: Segmenter): Subject {
  let from = f.start;
  while (from > previousEnd && !CLAUSE_BREAK.has(line[from - 1]!)) from--;
  const text = withoutTimeWords(line.slice(from, f.start));
  if (text === null) return { indicator: null, change: null };
  return readIndicatorBefore(text.replace(/(?:由|从)?的?$/, ''), segmenter);
}

function readStatement(finding: Finding, subject: Subject, line: string, segmenter: Segmenter): Statement {
  // 北露天矿坑年内, 2020年GDP: time words read into a name do not name anything.
  const indicator = subject.indicator ? canonicalIndicator(subject.indicator).replace(TIME_IN_NAME, '') : '';
  const words = new Set(segmenter.cut(indicator).map((w) => w.trim()).filter((w) => w.length > 0 && !/^[的和及与、]$/.test(w)));
  // Without the source's text, its indicator and change are all the context there is.
  const clause = line ? contextAround(line, finding.start, finding.end) : `${subject.indicator ?? ''}${subject.change ?? ''}`;
  return {
    finding,
    line,
    indicator,
    indicatorWords: words,
    indicatorGrams: bigrams(indicator),
    longNames: [indicator, subject.change && !indicator.includes(subject.change) ? canonicalIndicator(subject.change) + indicator : '']
      .filter((name) => name.length > 2)
      .map((name) => ({ name, wordStarts: wordStarts(segmenter.cut(name)) })),
    change: changeClass(subject.change),
    context: bigrams(clause.replace(/[\d.０-９%％]+/g, '|')),
    sentence: line ? canonicalIndicator(line.slice(sentenceStartOf(line, finding.start), clauseEndOf(line, finding.end))) : '',
    backward: finding.kind === 'achievement' || finding.kind === 'baseline',
  };
}

function readSource(finding: Finding, subject: Subject, lines: readonly string[] | null, report: Report, segmenter: Segmenter): SourceStatement {
  const line = lines?.[finding.line - 1] ?? '';
  const statement = readStatement(finding, subject, line, segmenter);
  return { ...statement, periods: sourcePeriods(statement, report) };
}

/**
 * A target is about its deadline, or any period its paragraph names (an average growth under a
 * “十四五”时期 heading); an achievement about the years its sentence or section names, else the
 * year the report looks back on.
 */
function sourcePeriods(s: Statement, report: Report): YearSpan[] {
  const f = s.finding;
  const year = report.year;
  if (!s.backward) {
    if (f.deadline === null) return [];
    const due = Number(f.deadline.slice(0, 4));
    return [{ from: due, to: due }, ...(s.line ? yearsOnLine(s.line, f.start, year) : [])];
  }
  const own = s.line ? yearsBefore(s.line, f.start, year) : null;
  if (own) return [own];
  const around = [...(s.line ? yearsOnLine(s.line, f.start, year) : []), ...yearsOnLine(f.section, f.section.length, year)];
  // 2020年工作回顾及“十三五”主要成就: a figure with no time words of its own is the year's.
  const years = around.filter((span) => span.from === span.to);
  if (years.length > 0) return years;
  if (around.length > 0) return around;
  return year === null ? [] : [{ from: year - 1, to: year - 1 }];
}

function readSummary(finding: Finding, subject: Subject, line: string, reportYear: number | null, segmenter: Segmenter): SummaryStatement {
  const statement = readStatement(finding, subject, line, segmenter);
  // Only the years a sentence names count (全年 and 年内 are the year the source is about, whichever it is).
  const period = yearsBefore(line, finding.start, reportYear);
  // The years a sentence names say which way it looks better than its tense does (回顾2020 opening
  // a digest makes the analyzer read its 今年 targets as achievements): before the report's year, back.
  const backward = period !== null && reportYear !== null ? period.to < reportYear : statement.backward;
  return { ...statement, backward, period };
}

/**
 * How far a sentence or clause is read from its quantity: the corpus's longest sentence is under 500
 * characters, and without a bound a line with no punctuation makes every quantity read the whole line.
 */
const MAX_SENTENCE = 1000;

function clauseEndOf(line: string, pos: number): number {
  let to = pos;
  const end = Math.min(line.length, pos + MAX_SENTENCE);
  while (to < end && !/[，,；;。！!？?、]/.test(line[to]!)) to++;
  return to;
}

function sentenceStartOf(line: string, pos: number): number {
  let from = pos;
  const start = Math.max(0, pos - MAX_SENTENCE);
  while (from > start && !SENTENCE_END.test(line[from - 1]!)) from--;
  return from;
}

/** Names this short (项目, 企业) stand in too many sentences to say which one a quantity belongs to. */
const MENTION_MIN_LENGTH = 3;

function indicatorSimilarity(a: Statement, b: Statement): number {
  if (!a.indicator || !b.indicator) return 0;
  if (a.indicator === b.indicator) return 1;
  const [shorter, longer] = a.indicator.length <= b.indicator.length ? [a.indicator, b.indicator] : [b.indicator, a.indicator];
  const contained = longer.includes(shorter) ? 0.5 + 0.4 * (shorter.length / longer.length) : 0;
  // One side names as its indicator the topic the other's sentence opened with.
  const mentioned = (a.indicator.length >= MENTION_MIN_LENGTH && b.sentence.includes(a.indicator))
    || (b.indicator.length >= MENTION_MIN_LENGTH && a.sentence.includes(b.indicator)) ? 0.7 : 0;
  const abbreviated = abbreviates(a.indicator, b) || abbreviates(b.indicator, a) ? 0.75 : 0;
  return Math.max(contained, mentioned, abbreviated, dice(a.indicatorWords, b.indicatorWords), dice(a.indicatorGrams, b.indicatorGrams));
}

/**
 * 规上 for 规模以上, 固投 for 固定资产投资, 减税 for 减免税费: a short name whose characters stand
 * in order in the other's name (or change and name), from the start of one of its words.
 */
function abbreviates(short: string, other: Statement): boolean {
  if (short.length < 2) return false;
  return other.longNames.some(({ name, wordStarts }) =>
    short.length < name.length && wordStarts.some((at) => name[at] === short[0] && inOrder(short, name.slice(at))));
}

function wordStarts(words: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const word of words) {
    starts.push(at);
    at += word.length;
  }
  return starts;
}

function inOrder(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

const RATE_CHANGES = new Set(['average', 'growth', 'raise', 'fall']);

/** Rate verbs by what they say (增速 = 增长, 提升 = 提高); delivery verbs as written. */
function changeClass(change: string | null): string | null {
  if (!change) return null;
  if (/^(年均|平均)/.test(change)) return 'average';
  if (/增长|增速|增幅|涨幅/.test(change)) return 'growth';
  if (/提高|提升|上升|增加/.test(change)) return 'raise';
  if (/下降|降低|减少|降幅|压减|压缩/.test(change)) return 'fall';
  return change;
}

function changeSimilarity(a: string | null, b: string | null): number {
  if (a === b) return 1;
  if (a === null || b === null) return 0.5;
  const rateA = RATE_CHANGES.has(a);
  const rateB = RATE_CHANGES.has(b);
  if (rateA && rateB) {
    if (a === 'fall' || b === 'fall') return 0;
    return a === 'average' || b === 'average' ? 0.6 : 0.7;
  }
  if (rateA !== rateB) return 0.2;
  // 新建 and 新建改建, 建成 and 建成投用: delivery verbs sharing a character say much the same.
  return [...a].some((ch) => b.includes(ch)) ? 0.8 : 0.5;
}
