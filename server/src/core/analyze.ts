import type { Finding, Kind, Report, Section, Tense } from './types';
import { toReport, type Evidence, type Reading, type Span, type Statement } from './read/reading';
import type { Segmenter } from './segmenter';
import { createVocabularySegmenter } from './segmenter';
import { POLICY_TERMS } from './vocabulary';
import { splitLines, execAll, CLAUSE_BREAK, LIST_BREAK, SENTENCE_BREAKS, clauseStart, indentWidth, isNounStart, titleMask } from './text';
import { scanQuantities, type Quantity } from './quantities';
import { dateFinding, scanDates, isoDate, planPeriodContaining, type DateMention } from './dates';
import { parseOutline } from './structure';
import { readReportContext, type ReportContext } from './reportYear';
import { readPlace } from './place';
import { parseChineseNumber } from './numerals';
import { CHANGE_FROM, INDICATOR_WORDS, STEP, readIndicator, readIndicatorBefore, splitIndicatorList } from './indicators';
import { classifyQuantity } from './classify';
import { readTables } from './tables';
import { readLine, readsAsPrinted, writtenColumn, type ReadLine } from './read/normalize';
import { describeStatements } from './read/describe';
import { reportsResults, lastTenseCue, sentencePrior, tenseCues, WEAK_PAST_ANYWHERE, type TenseCue } from './read/tense';

export interface AnalyzeOptions {
  /** Word segmenter for indicators; defaults to the policy vocabulary alone. */
  segmenter?: Segmenter;
  /** The year to read 今年 as when the text does not say (a summary takes its source's). */
  defaultYear?: number;
  /** Whether to read each quantity's subject, which only the summary checker needs (default true). */
  subjects?: boolean;
}

let fallbackSegmenter: Segmenter | null = null;

/**
 * Words every segmenter must keep whole: the policy vocabulary and the verbs the indicator reader
 * looks for (a trimmed jieba dictionary cuts 脱贫 and 开园 into characters).
 */
export const SEGMENTATION_WORDS: readonly string[] = [...new Set([...POLICY_TERMS, ...INDICATOR_WORDS])]
  // Single characters stand alone anyway; inserted into jieba they would only outweigh real words.
  // 新增城镇就业 is known as a variant, but cut apart its 新增 is the change (城镇就业 + 新增).
  .filter((word) => word.length > 1 && !(word.startsWith('新增') && word.length > 2));

/** What analyze() segments with when given no segmenter: the words above, and nothing else. */
export function vocabularySegmenter(): Segmenter {
  return (fallbackSegmenter ??= createVocabularySegmenter(SEGMENTATION_WORDS));
}

/** Report text in, findings out: the findings.md shape of `read`. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return toReport(read(text, { subjects: false, ...options }));
}

/** One reading of a report: every finding with the evidence that decided it. */
export function read(text: string, options: AnalyzeOptions = {}): Reading {
  const segmenter = options.segmenter ?? vocabularySegmenter();
  const written = splitLines(text);
  const printed = readsAsPrinted(written);
  const reads = written.map((line) => readLine(line, printed));
  const lines = reads.map((r) => r.text);
  const read = readReportContext(lines);
  const context = read.year === null && options.defaultYear !== undefined ? { ...read, year: options.defaultYear } : read;
  const { sections, sectionOfLine, titledTense } = parseOutline(lines, context.documentTense, context.year);
  const tables = readTables(lines, context.year);
  const sectionAt = (line: number): Section | undefined => sections[sectionOfLine[line]!];

  const statements: Statement[] = tables.findings.map((f) => {
    const section = sectionAt(f.line - 1);
    const finding = { ...f, section: section?.title ?? '' };
    return { finding, sentence: { start: 0, end: written[f.line - 1]!.length }, evidence: tableEvidence(finding, section), subject: null };
  });
  let frame: TenseCue | null = null;
  // A horizon that frames the paragraphs after it (今后五年的发展目标：…), until a heading or 今年.
  let horizon: string | null = null;
  const deadlines = defaultDeadlines(context, sections);
  for (let n = 0; n < lines.length; n++) {
    if (tables.lines.has(n)) continue;
    const section = sectionAt(n);
    const tense = section?.tense ?? context.documentTense;
    const deadlineByDefault = deadlines.get(section)!;
    // A frame ending in a colon (今年…主要预期目标是：) governs the list items after it. Where no
    // heading says review or plan (a news report, a digest), a frame holds until the next one.
    const titled = section !== undefined && titledTense[sectionOfLine[n]!]!;
    if (frame && titled && !(frame.colon && isListItem(lines[n]!))) frame = null;
    if (titled && section.line === n + 1) frame = null;
    if (section?.line === n + 1) horizon = null;
    // Where no heading says which way it looks, a paragraph reporting results reads as a review.
    const results = titled ? null : tense === 'review' ? context.documentResults : reportsResults(lines[n]!);
    const read = analyzeLine(lines[n]!, n + 1, results ? 'review' : tense, section?.title ?? '', deadlineByDefault, context, segmenter, frame, horizon, results);
    horizon = read.horizon;
    // One at a time: spreading a long line's findings into push() can overflow the stack.
    for (const statement of read.statements) statements.push(statement);
    if (read.frame?.colon) frame = read.frame;
    else if (!titled) frame = read.paragraphFrame;
    else if (lines[n]!.trim() !== '' && frame && !isListItem(lines[n]!)) frame = null;
  }
  statements.sort((a, b) => a.finding.line - b.finding.line || a.finding.start - b.finding.start);
  if (options.subjects !== false) describeStatements(statements, lines, context.year, segmenter);
  for (const s of statements) {
    const n = s.finding.line - 1;
    if (reads[n]!.changed) placeAsWritten(s, reads[n]!, written[n]!);
  }
  for (const section of sections) {
    const n = section.line - 1;
    if (reads[n]!.changed) section.title = asWrittenSpan(section.title, reads[n]!, written[n]!);
  }
  return { lines: written, year: context.year, period: context.period, place: readPlace(lines), sections, statements, tableGrowthMismatches: tables.mismatches };
}

/** Words of the reading at `at`, quoted as the line writes them (地區(qū)生產(chǎn)總值, 個). */
function writtenWords(read: ReadLine, line: string, at: number, length: number): string {
  return line.slice(writtenColumn(read, at), writtenColumn(read, at + length - 1) + 1);
}

/** A heading's title as written. */
function asWrittenSpan(words: string, read: ReadLine, line: string): string {
  const at = read.text.indexOf(words);
  return at < 0 || words === '' ? words : writtenWords(read, line, at, words.length);
}

/** A table cell's kind comes from its column: the base year's, the target year's. */
function tableEvidence(finding: Finding, section: Section | undefined): Evidence {
  return { tense: finding.kind === 'baseline' ? 'review' : 'plan', from: 'table', text: section?.title ?? null, line: finding.line, start: null };
}

/** A statement read from a simplified line, placed and quoted in the line as written. */
function placeAsWritten(s: Statement, read: ReadLine, line: string): void {
  const column = (c: number) => writtenColumn(read, c);
  Object.assign(s.finding, asWritten(s.finding, read, line));
  const span = (from: Span): Span => ({ start: column(from.start), end: from.end === from.start ? column(from.start) : column(from.end - 1) + 1 });
  s.sentence = span(s.sentence);
  if (s.subject) s.subject = { ...s.subject, lead: span(s.subject.lead), quote: span(s.subject.quote) };
  const e = s.evidence;
  if (e.start !== null && e.text !== null && e.line === s.finding.line) {
    s.evidence = { ...e, start: column(e.start), text: writtenWords(read, line, e.start, e.text.length) };
  }
}

/** A finding on the reading of a line, placed and quoted in the line as written. */
function asWritten(f: Finding, read: ReadLine, line: string): Partial<Finding> {
  const start = writtenColumn(read, f.start);
  const end = writtenColumn(read, f.end - 1) + 1;
  // Where the reading found the word: before the value, else (10件民生實事, a noun it counts) after it.
  const asWrittenNear = (word: string | null, from: number, to: number, orAfter = false): string | null => {
    if (word === null || word === '') return word;
    let at = read.text.lastIndexOf(word, to);
    if (at < from && orAfter) at = read.text.indexOf(word, f.end);
    return at < from ? word : writtenWords(read, line, at, word.length);
  };
  return {
    start, end, text: line.slice(start, end),
    indicator: asWrittenNear(f.indicator, 0, f.start, true),
    change: asWrittenNear(f.change, 0, f.start),
    unit: asWrittenNear(f.unit, f.start, f.end - (f.unit?.length ?? 0)),
  };
}

/**
 * Plan items with no time words of their own are due at the end of the report's year or plan
 * period, or of a later period a heading over them names (二、“十五五”时期的主要目标和重点任务 in an
 * annual report): each section's, in one walk of the outline.
 */
function defaultDeadlines(context: ReportContext, sections: readonly Section[]): Map<Section | undefined, string | null> {
  const yearEnd = context.year === null ? null : isoDate(context.year, 12, 31);
  const out = new Map<Section | undefined, string | null>([[undefined, context.period ? isoDate(context.period.end, 12, 31) : yearEnd]]);
  // The headings over the current one, each with the horizon it or a heading over it names.
  const open: { section: Section; horizon: string | null }[] = [];
  for (const section of sections) {
    while (open.length > 0 && (open.at(-1)!.section.level >= section.level || open.at(-1)!.section.endLine < section.line)) open.pop();
    const horizon = (section.tense === 'review' ? null : laterHorizon(section.title, context.year)) ?? open.at(-1)?.horizon ?? null;
    open.push({ section, horizon });
    if (section.tense === 'vision' && /2035|二〇三五/.test(section.title)) out.set(section, '2035-12-31');
    else out.set(section, context.period ? isoDate(context.period.end, 12, 31) : context.year === null ? null : horizon ?? yearEnd);
  }
  return out;
}

/**
 * The end of a period after the report's year that a heading names (“十五五”时期, 到2030年), or null.
 * A heading over both (“十五五”时期目标任务和2026年工作安排) keeps the year's: the plan's goals carry
 * their own horizon (《纲要（草案）》…, 今后五年…).
 */
function laterHorizon(title: string, year: number | null): string | null {
  if (year === null) return null;
  const dates = scanDates(title, year);
  // The year's own date, unless it starts a span (从今年到2030年的主要目标).
  const yearEnd = isoDate(year, 12, 31);
  if (dates.some((d) => d.deadline === yearEnd && !/^[到至—\-–~]/.test(title.slice(d.end)))) return null;
  return dates.find((d) => !d.relative && d.deadline !== null && Number(d.deadline.slice(0, 4)) > year)?.deadline ?? null;
}

/** Words that give a result as an estimate: 预计增长4.5%, 初步核算，地区生产总值增长4.1%. */
const ESTIMATE_CUE = /预计|初步核算|初步预计|初步统计|预估|估计/;

/** How far before a quantity its tense cue may stand, in characters. */
const CUE_REACH = 300;

/** The last cue that ends at or before `column` (cues are in line order). */
function lastCueBefore(cues: readonly TenseCue[], column: number): TenseCue | undefined {
  let found: TenseCue | undefined;
  for (const cue of cues) {
    if (cue.start + cue.text.length > column) break;
    found = cue;
  }
  return found;
}

function analyzeLine(
  line: string,
  lineNumber: number,
  sectionTense: Tense,
  sectionTitle: string,
  deadlineByDefault: string | null,
  context: ReportContext,
  segmenter: Segmenter,
  frameIn: TenseCue | null,
  /** The deadline a horizon in an earlier paragraph set for goals that name no time of their own. */
  horizonIn: string | null,
  /** The result words that make the paragraph a review where no heading says (`reportsResults`). */
  paragraphResults: string | null = null,
): { statements: Statement[]; frame: TenseCue | null; paragraphFrame: TenseCue | null; horizon: string | null } {
  const inTitle = titleMask(line);
  const quantities = scanQuantities(line, inTitle);
  const dates = scanDates(line, context.year).filter((d) => !inTitle[d.start]);
  let frame: TenseCue | null = frameIn;
  // The frame the next paragraph inherits: one that opens its sentence (一年来，… / 2023年，…), not
  // one met in passing (…到2035年的远景目标).
  let paragraphFrame: TenseCue | null = frameIn;
  if (quantities.length === 0 && dates.length === 0 && !/今年|\d{4}年/.test(line)) {
    const own = lineFrame(line, lineNumber, context.year);
    return { statements: [], frame: own ?? frame, paragraphFrame: own?.head ? own : paragraphFrame, horizon: yearsAheadHorizon(line, context.year) ?? horizonIn };
  }
  const out: Statement[] = [];

  let nextQuantity = 0;
  let nextDate = 0;
  // “十五五”时期…主要目标是：… / 到2030年，…: a horizon that opens a sentence is the deadline of the
  // paragraph's goals after it that name no time of their own.
  let paragraphDeadline: string | null = horizonIn;
  // Of these, the years ahead (今后五年) frame the paragraphs after this one too; 到2030年 only its own.
  let carried = horizonIn;
  for (const sentence of sentencesOf(line)) {
    const sentenceText = line.slice(sentence.start, sentence.end);
    // Every cue of the sentence, read once; a quantity's is the last that ends before it.
    const cues = tenseCues(sentenceText, sentence.start, context.year, sectionTense);
    const prior = frame?.tense ?? sentencePrior(cues, sectionTense);
    const frameNow = frame;
    const weak = WEAK_PAST_ANYWHERE.exec(sentenceText);
    /** The tense at a column of the sentence: the nearest cue before it, else the frame, else the prior. */
    const evidenceAt = (column: number): Evidence => {
      // A cue counts within reach only, so that a sentence as long as a file stays linear.
      const cue = lastCueBefore(cues, column);
      if (cue && cue.start >= column - CUE_REACH) return { tense: cue.tense, from: 'clause', text: cue.text, line: lineNumber, start: cue.start };
      if (frameNow) return { tense: frameNow.tense, from: 'frame', text: frameNow.text, line: frameNow.line ?? lineNumber, start: frameNow.line === undefined || frameNow.line === lineNumber ? frameNow.start : null };
      const weakAt = weak ? sentence.start + weak.index : -1;
      if (sectionTense !== 'review' && weak && weakAt + weak[0].length <= column && weakAt >= column - CUE_REACH) {
        return { tense: 'review', from: 'clause', text: weak[0], line: lineNumber, start: weakAt };
      }
      if (prior !== sectionTense) return { tense: prior, from: 'clause', text: null, line: lineNumber, start: null };
      if (paragraphResults) return { tense: prior, from: 'paragraph', text: paragraphResults, line: lineNumber, start: null };
      return { tense: prior, from: 'section', text: sectionTitle || null, line: lineNumber, start: null };
    };
    const tenseAt = (column: number): Tense => evidenceAt(column).tense;
    // Quantities and dates are in line order: walk them with the sentences, so a long line stays linear.
    const sentenceQuantities: Quantity[] = [];
    while (nextQuantity < quantities.length && quantities[nextQuantity]!.start < sentence.end) {
      sentenceQuantities.push(quantities[nextQuantity++]!);
    }
    const sentenceDates: DateMention[] = [];
    while (nextDate < dates.length && dates[nextDate]!.start < sentence.end) {
      const d = dates[nextDate++]!;
      if (isForwardDate(d, tenseAt(d.end) !== 'review', context, line)) sentenceDates.push(d);
    }
    const listHead = listHeadDate(line, sentence, context.year);
    if (listHead && tenseAt(sentence.end) !== 'review' && !sentenceDates.some((d) => d.start === listHead.start)) sentenceDates.unshift(listHead);
    for (const d of sentenceDates) {
      out.push({ finding: dateFinding(d, lineNumber, sectionTitle), sentence, evidence: evidenceAt(d.end), subject: null });
    }
    const horizon = sentenceDates.find((d) => opensSentenceAt(line, sentence.start, d.start));
    if (horizon && !horizon.relative && context.year !== null && Number(horizon.deadline!.slice(0, 4)) > context.year) paragraphDeadline = horizon.deadline;
    // 今年…, 年底前…: the year's own work again.
    else if (sentenceDates.some((d) => d.relative) || sentenceText.includes('今年')) [paragraphDeadline, carried] = [null, null];
    else {
      const ahead = yearsAheadHorizon(sentenceText, context.year);
      if (ahead) [paragraphDeadline, carried] = [ahead, ahead];
    }

    const kept = sentenceQuantities.filter((q, k, all) => !isClassName(line, q, all[k - 1], all[k + 1]) && !qualifiesRate(line, q, all[k + 1]) && !isAgeOfGroup(line, q) && !isMilestone(line, q));
    let previous: Finding | null = null;
    let previousQuantity: Quantity | null = null;
    let governing = 0; // index into sentenceDates of the first date not yet passed
    for (let k = 0; k < kept.length; k++) {
      const q = kept[k]!;
      while (governing < sentenceDates.length && sentenceDates[governing]!.end <= q.start) governing++;
      const clause = Math.max(clauseStart(line, q.start), sentence.start);
      let from = listItemStart(line, q.start, clause);
      if (previousQuantity && previousQuantity.end > from) from = previousQuantity.end;
      // 一季度末重点项目开工率: the time words before the subject are its deadline, not its name.
      const timeBefore = sentenceDates[governing - 1];
      if (timeBefore && timeBefore.end > from && timeBefore.end <= q.start) from = timeBefore.end;
      let { indicator, change } =
        respectivelyIndicator(line, kept, k, clause, segmenter) ?? readIndicator({ line, quantity: q, from, segmenter });
      change = q.change ?? change;
      const sharesClause = previous !== null && previousQuantity !== null && previousQuantity.end >= clause;
      // 增加至21.9亿元，年均增速达7.4%: a value with no subject of its own measures the previous one.
      if (indicator === null && previous !== null) indicator = previous.indicator;
      // 净增各类经营主体155万户、总量达474万户: a bare measure word measures the previous subject.
      const ofPrevious = indicator !== null && previous?.indicator && BARE_MEASURES.has(indicator) && !previous.indicator.endsWith(indicator);
      if (ofPrevious) indicator = previous!.indicator + indicator!;
      // 地区生产总值连续迈上4个万亿元台阶、达14.2万亿元: …or the subject of the steps before it.
      if (indicator === null && previous === null) indicator = subjectOfSteps(line.slice(clause, q.start), segmenter);
      if (sharesClause && change === null && !ofPrevious && /^[、和及]?$/.test(line.slice(previousQuantity!.end, from).trim())) {
        change = previous!.change;
      }
      const evidence = evidenceAt(q.start);
      const before = line.slice(clause, q.start);
      // In a plan the gap to a reference is no goal; in a review it is a result (快于全国2.4个百分点).
      if (evidence.tense !== 'review' && isComparison(before)) continue;
      // A gap to a reference measures what its clause names before the comparison (…收入增速高于全国1.2个百分点),
      // else the result before it (增长7.6%，高于全国1.7个百分点).
      if (q.unitClass === 'rate' && isComparison(before)) {
        const own = previousQuantity !== null && previousQuantity.end > clause ? previousQuantity.end - clause : 0;
        const named = readIndicatorBefore(before.slice(own, lastIndexOf(before, COMPARED_WITH)), segmenter).indicator;
        [indicator, change] = [named ?? previous?.indicator ?? indicator, null];
      }
      if (isPeerGroup(before, line.slice(q.end, q.end + 12))) continue;
      // 预期性指标19项, 约束性指标9项: a count of the document's own indicators (like 29项主要指标).
      if ((q.unit === '项' || q.unit === '个') && indicator !== null && /指标$/.test(indicator)) continue;
      const kind: Kind = isBaseOfChange(before, line.slice(q.end, q.end + 30))
        ? 'baseline' : classifyQuantity(evidence.tense, q, indicator, change, before);
      const due = kind === 'target' || kind === 'commitment'
        ? governingDeadline(line, sentenceDates, governing, clause, sentence.start) ?? paragraphDeadline ?? deadlineByDefault : null;
      const finding: Finding = {
        kind, line: lineNumber, start: q.start, end: q.end, text: q.text, indicator, change,
        value: q.value, min: q.min, max: q.max, unit: q.unit || null, comparator: q.comparator,
        deadline: due, section: sectionTitle,
      };
      if (kind === 'achievement' && ESTIMATE_CUE.test(line.slice(sentence.start, q.start))) finding.estimate = true;
      out.push({ finding, sentence, evidence, subject: null });
      previous = finding;
      previousQuantity = q;
    }
    const cue = cues.at(-1);
    if (cue?.frame) {
      frame = { ...cue, colon: /[:：]\s*$/.test(sentenceText), line: lineNumber, head: opensSentence(line, sentence.start, cue.start) };
      if (frame.head || frame.colon) paragraphFrame = frame;
    }
  }
  return { statements: out, frame, paragraphFrame, horizon: carried };
}

/** 《纲要草案》: the five-year plan laid before the same session, whose goals are due at its end. */
const PLAN_DRAFT = /纲要(?:草案|[（(]草案[)）])/;

/** The end of the years ahead `text` speaks of (今后五年, 《纲要草案》: 2030-12-31 in a report on 2026), or null. */
function yearsAheadHorizon(text: string, year: number | null): string | null {
  if (year === null) return null;
  const m = NEXT_YEARS.exec(text);
  const years = m ? parseChineseNumber(m[1] ?? m[2]!) : null;
  const period = planPeriodContaining(year);
  // In a plan's last year (2025), the next five years are the next plan's (2026–2030).
  if (years === 5) return isoDate(period.end === year ? year + 5 : period.start === year ? period.end : year + 4, 12, 31);
  if (years !== null) return isoDate(year + years - 1, 12, 31);
  return PLAN_DRAFT.test(text) ? isoDate(period.end, 12, 31) : null;
}

/** A line's own time frame, for a line with no quantities: 今年…主要预期目标是： */
function lineFrame(line: string, lineNumber: number, year: number | null): TenseCue | null {
  const cue = lastTenseCue(line, 0, year, 'plan');
  return cue?.frame ? { ...cue, colon: /[:：]\s*$/.test(line), line: lineNumber, head: opensSentence(line, 0, cue.start) } : null;
}

/** A cue in the first clause of its sentence, or right after who said it (报告指出，/ 他表示，). */
function opensSentence(line: string, sentenceStart: number, cueStart: number): boolean {
  const before = line.slice(sentenceStart, cueStart);
  return !/[，,；;：:]/.test(before.replace(/^[^，,]{0,12}(?:指出|提出|表示|强调|称|说)[，,：:]/, ''));
}

/** Words that name a measure but not of what: 总量, 总数, 规模. */
const BARE_MEASURES = new Set(['总量', '总数', '总规模', '规模', '余额', '总额']);

/** Where a comparison's reference starts: 高于全国, 比上年, 较全省. */
const COMPARED_WITH = /高于|低于|快于|慢于|高出|低出|超出|比|较/g;

/** Where the last match of a global `pattern` in `text` starts, or 0. */
function lastIndexOf(text: string, pattern: RegExp): number {
  return execAll(pattern, text).at(-1)?.index ?? 0;
}

/**
 * A comparison measures the gap, not the goal: 比去年上调0.5个百分点, 高于全国1个百分点, 上调0.5个百分点.
 */
function isComparison(before: string): boolean {
  return /(?:(?:比|较)(?:去年|上年|上一年|全国|全省)[^，,。；;]{0,8}|^|[，,、])(?:上调|下调|调高|调低)$|(?:高于|低于|快于|慢于|高出|低出|超出)(?:全国|全省|全市)[^，,。；;\d]{0,6}$|(?:比|较)(?:全国|全省)(?:平均水平)?(?:高|低|快|慢)(?:出)?$/.test(before);
}

/**
 * A ranking's peer group names a class, not an amount: 全国首个突破13万亿元的省份, 广东第二个万亿元消费城市,
 * 第二个规模以上工业总产值突破3万亿元的城市.
 */
function isPeerGroup(before: string, after: string): boolean {
  return /(?:首个|第[一二三四五六七八九十\d]{1,2}个|唯一)[^，,。；;\d]{0,16}$/.test(before) && /^的?[\u4e00-\u9fff]{0,6}?(?:省份|省|城市|地级市|市|县|地区|国家|经济体)(?![级域])(?![\u4e00-\u9fff]{0,2}(?:场|民|委|政府))/.test(after);
}

/** 由2017年929家增长到3605家, 从X提高到Y: the first value is where the change started. */
const LISTED_VALUE = '[\\d.]+[^，,。；;、\\d]{0,3}';
/** The verbs of a change from a base: 提高到, 增加至, 下降到 (with 到/至), 增加4374.4亿元 (by an amount). */
const CHANGE_VERB = '(?:提高|增加|增长|提升|扩大|上升|跃升|攀升|下降|降低|减少|缩小|整合|压减|精简|调整|降|增)';
const BASE_FROM = new RegExp(`(?:^|[^自])${CHANGE_FROM}(?:${LISTED_VALUE}、)*$`);
const CHANGE_TO = new RegExp(`^(?:、${LISTED_VALUE})*[^，,。；;\\d]{0,8}?${CHANGE_VERB}(?:到|至|为)`);
const CHANGE_BY = new RegExp(`^${CHANGE_VERB}`);

function isBaseOfChange(before: string, after: string): boolean {
  // 从15个县（市）扩大到57个: a short name may stand between the base and its verb. 分别从每人每月209元、
  // 280元提高到217元、290元: each listed value before the verb is a base.
  if (BASE_FROM.test(before)) return CHANGE_TO.test(after);
  // 较“十三五”末的9323.1亿元增加4374.4亿元: the level compared with, then the change by.
  return /(?:较|比)[^，,。；;\d]{1,10}的$/.test(before) && CHANGE_BY.test(after);
}

/** A bullet or a numbered item of a list: ◆…, ●…, 1、…, （一）…, 一是… */
const LIST_MARK = '[\\s\\u00a0\\u3000]*(?:[●◆■▲•·\\-—*]+|\\d{1,2}[、.．)）]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]是)';
const LIST_ITEM = new RegExp(`^${LIST_MARK}`);
/** A list mark at most, before a date that opens its sentence (——到2030年). */
const ONLY_LIST_MARK = new RegExp(`^(?:${LIST_MARK})?[\\s\\u3000]*$`);

/**
 * 今后五年的发展目标是：…, 未来五年，…: goals for the years ahead, where the words frame what follows
 * (a colon after the goals, or a sentence they open), not in passing (深入研究未来五年发展目标).
 */
const NEXT_YEARS = new RegExp(`(?:^(?:${LIST_MARK})?[\\s\\u3000]*(?:今后|未来)([两三五十]|\\d{1,2})年[，,])|(?:今后|未来)([两三五十]|\\d{1,2})年的?(?:发展|主要|奋斗)?目标(?:是|为)?[:：]`);

function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

function sentencesOf(line: string): Span[] {
  const spans: Span[] = [];
  let start = indentWidth(line);
  for (const m of execAll(SENTENCE_BREAKS, line)) {
    if (m.index < start) continue;
    spans.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  if (start < line.length) spans.push({ start, end: line.length });
  return spans;
}

function listItemStart(line: string, pos: number, clause: number): number {
  for (let i = pos - 1; i >= clause; i--) if (LIST_BREAK.has(line[i]!)) return i + 1;
  return clause;
}

/**
 * Relative dates count in an annual report's plan text only (in a five-year plan 全年 means "a
 * year's worth"); absolute ones when they look forward from the report's year.
 */
function isForwardDate(d: DateMention, forward: boolean, context: ReportContext, line: string): boolean {
  const year = context.year;
  // 2022年是…之年, “十四五”时期是…关键时期: a description of the period, no deadline.
  if (line[d.end] === '是') return false;
  // 全年开展培训… where the text never gives its year: a date still, due on a day nobody knows.
  if (d.relative) return forward && context.period === null;
  if (d.deadline === null) return false;
  const dueYear = Number(d.deadline.slice(0, 4));
  if (year === null) return forward;
  // The report's own year names the period its plans are for (2021年全区生产总值增长目标为…), unless it
  // is the base of a comparison (比2021年).
  if (d.bare && dueYear === year) return forward && isTopicYear(line, d);
  return d.bare ? dueYear > year : dueYear >= year;
}

/**
 * 今年 or the report's year opening the clause of the year's goals: 今年经济社会发展的主要预期目标是,
 * 今年，我们将…, 今年全省地区生产总值预期增长6.5% (not 今年是…, a title's 2022年政府工作报告(摘要)).
 */
const LIST_HEAD = /(?:^\s*|[，,：:了]|提出|明确|(?:对|對|关|關)[于於])(今年|\d{4}年)(?![是以])(?![^。，,；;]{0,30}报告)[，,]?[^。，,；;]{0,30}?(?:目标|指标|预期|力争|计划|(?<!摘)要(?![求素点])|将)/;

/**
 * The report's year as the topic of its clause (2021年全区生产总值增长目标为…, 提出了2024年工作总体要求),
 * not a title (2022年…政府工作报告), a description (2022年是…之年) or a comparison's base (比2021年).
 */
function isTopicYear(line: string, d: DateMention): boolean {
  const before = line.slice(Math.max(0, d.start - 1), d.start);
  const after = line.slice(d.end, d.end + 30);
  if (/^[^，,。；;]*(?:工作报告|发展计划|发展规划)/.test(after)) return false;
  if (/^$|[，,。；;：:●◆■▲•·】\s了、\-—]/.test(before)) return true;
  // 对于2025年的目标任务, 关于2025年工作: the year the clause is about.
  if (/^(?:对|對|关|關)[于於]$/.test(line.slice(Math.max(0, d.start - 2), d.start))) return true;
  // 苏州市2021年实事项目 (a title), 我市2023年拟新建… (a plan): the year right after the place it is for.
  return /[市省县区州旗]/.test(before) && (line.trim().length <= 30 || /^(?:拟|将|要|计划|力争)/.test(after));
}

/** A heading line that names the year's work: 今年重点工作, 今年市本级为民办实事“十大”工程. */
const HEADING_OF_YEAR = /^\s*(今年)(?![是以])[^。，,；;：:]{2,28}$/;

/** 今年 (or the report's own year) heading the list of the year's targets. */
function listHeadDate(line: string, sentence: Span, year: number | null): DateMention | null {
  const sentenceStart = sentence.start;
  const m = LIST_HEAD.exec(line.slice(sentenceStart, Math.min(sentence.end, sentenceStart + 60))) ?? HEADING_OF_YEAR.exec(line);
  if (!m || (m[1] !== '今年' && (year === null || m[1] !== `${year}年`))) return null;
  const start = sentenceStart + m.index + m[0].indexOf(m[1]!);
  // Where no year is known, 今年 still heads the list: a date whose day is unknown.
  return { start, end: start + m[1]!.length, text: m[1]!, deadline: year === null ? null : isoDate(year, 12, 31), relative: true, bare: false };
}

const RESOLVE_LEAD = /(?:力争|争取|确保|预计|计划|努力)$/;
/** The resolve word right before `at` (力争到2030年), or ''. */
const resolveLead = (line: string, sentenceStart: number, at: number) => RESOLVE_LEAD.exec(line.slice(Math.max(sentenceStart, at - 2), at))?.[0] ?? '';

/** A date that opens its sentence, after a list mark or a resolve word at most (——到2030年, 力争到2030年). */
function opensSentenceAt(line: string, sentenceStart: number, at: number): boolean {
  return ONLY_LIST_MARK.test(line.slice(sentenceStart, at - resolveLead(line, sentenceStart, at).length));
}

/**
 * The time words that govern a quantity: the nearest before it in its clause, else a date that
 * opens the sentence as its topic (到2025年，…).
 */
function governingDeadline(line: string, dates: DateMention[], passed: number, clause: number, sentenceStart: number): string | null {
  const nearest = dates[passed - 1];
  if (nearest && nearest.start >= clause) return nearest.deadline;
  // 从科创产业领域看，到2025年，…: a date that is a clause of its own frames the rest of the sentence
  // (力争到2030年，…: a resolve word before it changes nothing).
  for (let k = passed - 1; k >= 0; k--) {
    const topic = dates[k]!;
    let from = topic.start - resolveLead(line, sentenceStart, topic.start).length;
    // 从党的二十大到二〇三五年，…: the span's start is part of the date's clause.
    const start = Math.max(clauseStart(line, from), sentenceStart);
    if (/^(?:从|自)[^，,。；;\d]{1,12}$/.test(line.slice(start, from))) from = start;
    const opensClause = from === sentenceStart || CLAUSE_BREAK.has(line[from - 1] ?? '');
    if (opensClause && CLAUSE_BREAK.has(line[topic.end] ?? '')) return topic.deadline;
  }
  return null;
}

/** 轨道50米内换乘比例提升至93%, 15分钟生活圈覆盖率达到90%: the rest of a rate's name, then the rate. */
const RATE_NAME_THEN_LEVEL = /^(?:内|以内)?[\u4e00-\u9fff“”"]{1,16}?(?:率|比例|比重|占比)(?:提升|提高|达到|达|稳定在|保持在|增至|超过)/;

/** A quantity that is part of the name of the rate measured right after it, not a value of its own. */
function qualifiesRate(line: string, q: Quantity, next: Quantity | undefined): boolean {
  return next !== undefined && next.unitClass === 'rate' && RATE_NAME_THEN_LEVEL.test(line.slice(q.end, next.start));
}

/**
 * 迈上4个万亿元台阶: the steps (4个) and their size (万亿元) tell a story; the level reached
 * (达14.2万亿元, 突破1000万人次大关) is the value.
 */
function isMilestone(line: string, q: Quantity): boolean {
  const after = line.slice(q.end, q.end + 12);
  if (q.unit === '个') return STEP.test(after.replace(/^[千百]?[万亿]+元?级?/, ''));
  return line[q.start - 1] === '个' && STEP.test(after);
}

function subjectOfSteps(before: string, segmenter: Segmenter): string | null {
  const steps = /\d|[一二两三四五六七八九十]个/.exec(before);
  return steps && /台阶|大关/.test(before.slice(steps.index)) ? readIndicatorBefore(before.slice(0, steps.index), segmenter).indicator : null;
}

/** 0—6岁儿童, 70周岁以上老人: an age before a noun names a group (人均预期寿命达到79岁 is a value). */
function isAgeOfGroup(line: string, q: Quantity): boolean {
  const after = line.slice(q.end, q.end + 8);
  const age = q.unit === '岁' ? after : q.unit === '周' && after.startsWith('岁') ? after.slice(1) : null;
  // 由78.3岁提高到79.5岁: a change's verb after the age is no noun.
  return age !== null && !CHANGE_BY.test(age) && /^(?:及?以[上下])?(?:的|[\u4e00-\u9fff])/.test(age);
}

/**
 * A class threshold followed by a noun names a group when its list item also counts something:
 * 10亿元以上重大项目80个, 超百亿企业达到14家, 10万元以上达到80%.
 */
function isClassName(line: string, q: Quantity, before: Quantity | undefined, after: Quantity | undefined): boolean {
  if (!q.isClassMarker || !isNounStart(line[q.end])) return false;
  // 2000万元以上的技改项目 is a class; 1000多个总投资超9000亿元的重大项目 totals the projects.
  if (line[q.end] === '的' && !/(?:以上|以下)$/.test(q.text)) return false;
  const itemStart = listItemStart(line, q.start, clauseStart(line, q.start));
  let itemEnd = q.end;
  while (itemEnd < line.length && itemEnd - q.end < 80 && !CLAUSE_BREAK.has(line[itemEnd]!) && !LIST_BREAK.has(line[itemEnd]!)) itemEnd++;
  // 平凉7亿吨级冶镁白云岩等35处: the count after 等 sums a list, whose items keep their sizes.
  const countsAfter = after !== undefined && after.start < itemEnd && !line.slice(q.end, after.start).includes('等');
  return (before !== undefined && before.start >= itemStart) || countsAfter;
}

/** 学前三年毛入园率、九年义务教育巩固率分别达90.5%、97%: the k-th value takes the k-th name. */
function respectivelyIndicator(line: string, all: Quantity[], k: number, clause: number, segmenter: Segmenter) {
  const at = line.slice(clause, all[k]!.start).lastIndexOf('分别');
  if (at < 0) return null;
  let first = k;
  while (first > 0 && all[first - 1]!.start > clause + at) first--;
  let last = k;
  while (last + 1 < all.length && clauseStart(line, all[last + 1]!.start) === clause) last++;
  const run = all.slice(first, last + 1);
  const index = k - first;
  if (run.length < 2) return null;
  const head = readIndicatorBefore(line.slice(clause, clause + at), segmenter);
  const names = head.indicator === null ? [] : splitIndicatorList(head.indicator, segmenter);
  // 分别从209元、280元提高到217元、290元: two names, their bases, then their new levels.
  if (names.length < 2 || run.length % names.length !== 0) return null;
  // 分别增长8%和10%: the rate word may stand after 分别.
  const tail = readIndicatorBefore(line.slice(clause + at + 2, run[0]!.start), segmenter);
  return { indicator: names[index % names.length] ?? null, change: head.change ?? tail.change };
}
