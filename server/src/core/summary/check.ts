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
import type { Finding } from '../types';
import type { Segmenter } from '../segmenter';
import type { Reading, Statement as ReadStatement, YearSpan } from '../read/reading';
import type { SummaryReading } from '../read/summary';
import type { CheckedQuantity, Difference, SummaryCheck } from './types';
import { canonicalIndicator } from '../vocabulary';
import { comparatorAgrees, sameUnit, unitFamily, valueAgrees } from './compare';
import { bigrams, dice, overlaps, sentenceAround } from './similarity';

export interface SummaryCheckOptions {
  /** Word segmenter for the words of indicator names (jieba in the server and the CLI). */
  segmenter: Segmenter;
}

/** A quantity with what matching compares: its subject's names, words and context as sets. */
interface Statement {
  read: ReadStatement;
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
  /** The source: years it may be about; the summary: only those its sentence names (null: what the source says). */
  periods: YearSpan[];
}

interface Candidate {
  source: Statement;
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

/** Each quantity of the summary matched to the source statement it restates, and compared with it. */
export function checkSummary(summary: SummaryReading, source: Reading, options: SummaryCheckOptions): SummaryCheck {
  const sourceStatements = matchable(source, options.segmenter);
  const checked: CheckedQuantity[] = [];
  const matched = new Set<Finding>();
  for (const read of summary.statements) {
    if (!read.subject || read.subject.namesClass) continue;
    const statement = summaryStatement(read, summary, options.segmenter);
    const best = bestCandidate(statement, sourceStatements);
    const quantity = summary.asWritten(read.finding);
    const quote = quoteText(statement);
    if (!best) {
      checked.push({ quantity, source: null, differences: [], quote, sourceQuote: null, sourceSentence: null });
      continue;
    }
    const sourceFinding = best.source.read.finding;
    matched.add(sourceFinding);
    checked.push({
      quantity,
      source: sourceFinding,
      differences: best.differences,
      quote,
      sourceQuote: quoteText(best.source),
      sourceSentence: sentenceAround(best.source.line, sourceFinding.start, sourceFinding.end),
    });
  }
  const missing = source.statements.map((s) => s.finding)
    .filter((f) => (f.kind === 'target' || f.kind === 'commitment') && !matched.has(f));
  return { checked, missing };
}

/** A source's statements as matching reads them, once for all the checks against it (a summary is checked at every edit). */
const sourceStatements = new WeakMap<Reading, { segmenter: Segmenter; statements: Statement[] }>();

function matchable(source: Reading, segmenter: Segmenter): Statement[] {
  const cached = sourceStatements.get(source);
  if (cached && cached.segmenter === segmenter) return cached.statements;
  const statements = source.statements.filter((s) => s.subject !== null)
    .map((s) => statementOf(s, source.lines[s.finding.line - 1] ?? '', segmenter, s.subject!.periods));
  sourceStatements.set(source, { segmenter, statements });
  return statements;
}

function summaryStatement(read: ReadStatement, summary: SummaryReading, segmenter: Segmenter): Statement {
  const named = read.subject!.namedYears;
  const statement = statementOf(read, summary.lines[read.finding.line - 1] ?? '', segmenter, named ? [named] : []);
  // The years a sentence names say which way it looks better than its tense does (回顾2020 opening
  // a digest makes the analyzer read its 今年 targets as achievements): before the report's year, back.
  const backward = named !== null && summary.year !== null ? named.to < summary.year : statement.backward;
  return { ...statement, backward };
}

function quoteText(s: Statement): string {
  const quote = s.read.subject!.quote;
  return s.line.slice(quote.start, quote.end) || s.finding.text;
}

/** The best-scoring source finding above the threshold, preferring among near equals one that agrees. */
function bestCandidate(statement: Statement, sources: readonly Statement[]): Candidate | null {
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

function score(s: Statement, t: Statement): Candidate | null {
  const family = unitFamily(s.finding.unit);
  if (family !== unitFamily(t.finding.unit)) return null;
  const indicator = indicatorSimilarity(s, t);
  const context = dice(s.context, t.context);
  if (indicator < 0.4 && context < 0.35) return null;
  const period = s.periods[0];
  const periodAgrees = period === undefined || t.periods.length === 0 || t.periods.some((p) => overlaps(p, period));
  // Which way a summary looks is sure when its sentence names years; read from its tense alone, less so.
  const direction = s.backward === t.backward ? 1 : period === undefined ? 0.5 : 0;
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

function statementOf(read: ReadStatement, line: string, segmenter: Segmenter, periods: YearSpan[]): Statement {
  const finding = read.finding;
  const subject = read.subject!;
  // 北露天矿坑年内, 2020年GDP: time words read into a name do not name anything.
  const indicator = subject.indicator ? canonicalIndicator(subject.indicator).replace(TIME_IN_NAME, '') : '';
  const words = new Set(segmenter.cut(indicator).map((w) => w.trim()).filter((w) => w.length > 0 && !/^[的和及与、]$/.test(w)));
  return {
    read,
    // Compared as read: 50個 is 50个.
    finding: { ...finding, unit: subject.unit },
    line,
    indicator,
    indicatorWords: words,
    indicatorGrams: bigrams(indicator),
    longNames: [indicator, subject.change && !indicator.includes(subject.change) ? canonicalIndicator(subject.change) + indicator : '']
      .filter((name) => name.length > 2)
      .map((name) => ({ name, wordStarts: wordStarts(segmenter.cut(name)) })),
    change: changeClass(subject.change),
    context: bigrams(subject.context.replace(/[\d.０-９%％]+/g, '|')),
    sentence: canonicalIndicator(line.slice(subject.lead.start, subject.lead.end)),
    backward: finding.kind === 'achievement' || finding.kind === 'baseline',
    periods,
  };
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
