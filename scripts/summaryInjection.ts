/**
 * Copies of the faithful summaries (test/fixtures/summaries/) with errors injected, the way a
 * hurried writer makes them: a changed number, % for 个百分点, 以下 for 以上, another indicator's
 * name, another year. Deterministic: the same summaries always give the same copies and manifest.
 *
 * Each faithful quantity's source finding is the one the checker pairs it with on the faithful
 * summary, which has no problem (eval fails otherwise); the manifest records both, to inspect.
 * `scripts/injectSummaryErrors.ts` writes the copies; `npm run eval` reads and re-derives them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { read, toReport } from '../server/src/core';
import type { Segmenter } from '../server/src/core';
import { checkSummaryText } from '../server/src/core';
import { findSourceLink } from '../server/src/core';
import type { CheckedQuantity } from '../server/src/core';
import type { Finding, Reading, Report } from '../server/src/core';
import { canonicalIndicator } from '../server/src/core';
import { roundingTolerance, unitFamily } from '../server/src/core';

export const ROOT = path.join(__dirname, '..');
export const SUMMARIES_DIR = path.join(ROOT, 'test', 'fixtures', 'summaries');
export const INJECTED_DIR = path.join(SUMMARIES_DIR, 'injected');
export const MANIFEST = path.join(INJECTED_DIR, 'manifest.json');

export const ERROR_TYPES = ['value', 'unit', 'comparator', 'indicator', 'year'] as const;
export type ErrorType = (typeof ERROR_TYPES)[number];

/** Injections per copy: at most one per line, so that each error stands on its own. */
const PER_COPY = 6;

export interface Injection {
  /** The injected copy, relative to the repository. */
  file: string;
  /** The faithful summary it was made from. */
  summary: string;
  type: ErrorType;
  /** Where the quantity that is now wrong stands in the copy: 1-based line, 0-based columns. */
  line: number;
  start: number;
  end: number;
  text: string;
  /** The words changed, before and after. */
  before: string;
  after: string;
  /** The source finding the faithful quantity restates. */
  sourceLine: number;
  sourceText: string;
}

export interface InjectedCopy {
  file: string;
  text: string;
}

export interface Faithful {
  file: string;
  text: string;
  sourceFile: string;
  sourceText: string;
  source: Report;
  reading: Reading;
}

/** The faithful summaries (.md, .txt) and their sources, in name order. */
export function readFaithful(segmenter: Segmenter): Faithful[] {
  return readdirSync(SUMMARIES_DIR)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => {
      const file = path.join(SUMMARIES_DIR, name);
      const text = readFileSync(file, 'utf8');
      const link = findSourceLink(text);
      if (!link) throw new Error(`${name}: no source link`);
      const sourceFile = path.resolve(SUMMARIES_DIR, link.path);
      const sourceText = readFileSync(sourceFile, 'utf8');
      const reading = read(sourceText, { segmenter });
      return { file, text, sourceFile, sourceText, reading, source: toReport(reading) };
    });
}

interface Edit {
  type: ErrorType;
  quantity: CheckedQuantity;
  /** Column range in the line to replace, and the replacement. */
  from: number;
  to: number;
  replacement: string;
}

export function injectErrors(faithful: readonly Faithful[], segmenter: Segmenter): { copies: InjectedCopy[]; manifest: Injection[] } {
  const copies: InjectedCopy[] = [];
  const manifest: Injection[] = [];
  for (const summary of faithful) {
    const check = checkSummaryText(summary.text, summary.reading, { segmenter });
    const lines = summary.text.split('\n');
    const name = path.basename(summary.file);
    for (const type of ERROR_TYPES) {
      const edits: Edit[] = [];
      const usedLines = new Set<number>();
      const order = [...check.checked].sort((a, b) => hash(`${name}:${type}:${key(a)}`) - hash(`${name}:${type}:${key(b)}`));
      for (const quantity of order) {
        if (edits.length >= PER_COPY || usedLines.has(quantity.quantity.line) || !quantity.source || quantity.differences.length > 0) continue;
        const edit = EDITORS[type](quantity, lines[quantity.quantity.line - 1] ?? '', summary.source);
        if (!edit) continue;
        edits.push(edit);
        usedLines.add(quantity.quantity.line);
      }
      if (edits.length === 0) continue;
      const copyName = name.replace(/\.(md|txt)$/, `.${type}.$1`);
      const copyFile = path.join(INJECTED_DIR, copyName);
      const copyLines = [...lines];
      for (const edit of edits) {
        const n = edit.quantity.quantity.line - 1;
        const line = copyLines[n]!;
        copyLines[n] = line.slice(0, edit.from) + edit.replacement + line.slice(edit.to);
        const q = edit.quantity.quantity;
        // The quantity's columns after the edit: an edit before it shifts it, one inside it resizes it.
        const delta = edit.replacement.length - (edit.to - edit.from);
        const start = edit.to <= q.start ? q.start + delta : q.start;
        const end = edit.from >= q.end ? q.end : q.end + delta;
        manifest.push({
          file: rel(copyFile), summary: rel(summary.file), type, line: q.line, start, end,
          text: copyLines[n]!.slice(start, end), before: line.slice(edit.from, edit.to), after: edit.replacement,
          sourceLine: edit.quantity.source!.line, sourceText: edit.quantity.source!.text,
        });
      }
      relink(copyLines, summary, copyFile);
      copies.push({ file: rel(copyFile), text: copyLines.join('\n') });
    }
  }
  manifest.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { copies, manifest };
}

type Editor = (quantity: CheckedQuantity, line: string, source: Report) => Edit | null;

const EDITORS: Record<ErrorType, Editor> = {
  /** 8% → 9%, 1.6万 → 2.6万, 273 → 373: the leading digit moves by one, beyond any rounding. */
  value(quantity, line) {
    const q = quantity.quantity;
    const text = line.slice(q.start, q.end);
    const number = /\d+(?:\.\d+)?/.exec(text);
    if (!number || q.comparator === 'range') return null;
    const digit = /[1-9]/.exec(number[0]);
    if (!digit) return null;
    const at = q.start + number.index + digit.index;
    const next = digit[0] === '9' ? '8' : String(Number(digit[0]) + 1);
    return { type: 'value', quantity, from: at, to: at + 1, replacement: next };
  },

  /** 8% → 8个百分点 and back; 亿元 → 亿美元. */
  unit(quantity, line) {
    const q = quantity.quantity;
    const text = line.slice(q.start, q.end);
    const swap = ([['个百分点', '%'], ['%', '个百分点'], ['％', '个百分点'], ['元', '美元']] as const)
      .find(([from]) => text.includes(from) && !(from === '元' && text.includes('美元')));
    if (!swap) return null;
    const at = q.start + text.indexOf(swap[0]);
    return { type: 'unit', quantity, from: at, to: at + swap[0].length, replacement: swap[1] };
  },

  /** The other bound than the source's: 以上 → 以下, 4.5%以内 → 4.5%以上, 11万人 → 11万人以下. */
  comparator(quantity, line) {
    const q = quantity.quantity;
    const source = quantity.source!;
    const text = line.slice(q.start, q.end);
    const number = /\d+(?:\.\d+)?/.exec(text);
    // A rounded figure (约1.3万个 for 12680个) may hold under either bound: only exact restatements are flipped.
    if (!number || q.comparator === 'range' || source.comparator === 'range' || q.value !== source.value) return null;
    const bare = text.replace(/^(?:不低于|不少于|至少|不超过|不高于|超过|突破|不到|不足|低于|高于|接近|超|近|约)/, '')
      .replace(/(?:以上|以内|以下|之内|左右|上下)$/, '').replace(/[余多]/, '');
    const up = source.comparator === '>=' || source.comparator === '>' || /余/.test(source.text);
    const down = source.comparator === '<=' || source.comparator === '<' || /^(?:近|接近)/.test(source.text);
    const bound = up ? 'down' : down ? 'up' : hash(text) % 2 === 0 ? 'up' : 'down';
    // Before a word 以上, 以下 and 超过 name a class (49%以下提高到52% reads “the under-49% raised”,
    // as 超百亿企业 does): there the bound is 不低于, 不超过.
    const prefix = /[\p{Script=Han}A-Za-z“"]/u.test(line[q.end] ?? '');
    const replacement = prefix ? (bound === 'up' ? '不低于' : '不超过') + bare : bare + (bound === 'up' ? '以上' : '以下');
    return { type: 'comparator', quantity, from: q.start, to: q.end, replacement };
  },

  /** 规上工业增加值增长8% → 社会消费品零售总额增长8%, where the source gives that indicator another value. */
  indicator(quantity, line, source) {
    const q = quantity.quantity;
    if (!q.indicator || /分别/.test(line)) return null;
    const before = line.slice(Math.max(0, q.start - 30), q.start);
    const at = before.lastIndexOf(q.indicator);
    if (at < 0) return null;
    const from = q.start - before.length + at;
    const own = canonicalIndicator(q.indicator);
    const tolerance = roundingTolerance(q);
    const candidates = source.findings.filter((f) => f.kind !== 'date' && f.indicator && isName(f.indicator)
      && unitFamily(f.unit) === unitFamily(q.unit) && f.unit === q.unit && f.kind === quantity.source!.kind
      && !canonicalIndicator(f.indicator).includes(own) && !own.includes(canonicalIndicator(f.indicator))
      && !says(source, f.indicator, q, tolerance));
    if (candidates.length === 0) return null;
    const other = candidates[hash(`${q.line}:${q.start}`) % candidates.length]!;
    return { type: 'indicator', quantity, from, to: from + q.indicator.length, replacement: other.indicator! };
  },

  /**
   * 2021年 → 2022年, 2019年 → 2018年, 今年 → 明年, 去年 → 前年, “十三五” → “十二五”: a time word of
   * the quantity's own clause, or one that opens its sentence (2019年，…；…).
   */
  year(quantity, line, source) {
    const q = quantity.quantity;
    let from = q.start;
    while (from > 0 && !/[。！？!?]/.test(line[from - 1]!)) from--;
    let clause = q.start;
    while (clause > from && !/[，,；;：:。]/.test(line[clause - 1]!)) clause--;
    const sentence = line.slice(from, q.start);
    const words = [...sentence.matchAll(/(\d{4})年(?![^，。；：]{0,8}(?:报告|规划|纲要|会议))|今年|明年|去年|十([三四])五/g)]
      .filter((m) => from + m.index! >= clause || /^(?:[-*>#\s]|【[^】]*】|\*\*[^*]*\*\*[：:]?)*(?:到|在)?[“"]?$/.test(sentence.slice(0, m.index!)));
    const last = words[words.length - 1];
    if (!last) return null;
    const at = from + last.index!;
    const year = source.year ?? 0;
    let replacement: string;
    if (last[1]) replacement = `${Number(last[1]) < year ? Number(last[1]) - 1 : Number(last[1]) + 1}年`;
    else if (last[2]) replacement = last[2] === '三' ? '十二五' : '十五五';
    else replacement = ({ 今年: '明年', 明年: '今年', 去年: '前年' } as Record<string, string>)[last[0]]!;
    return { type: 'year', quantity, from: at, to: at + last[0].length, replacement };
  },
};

/** An indicator name to put in a sentence: a short noun phrase, no verbs or figures in it. */
function isName(indicator: string): boolean {
  return /^[\p{Script=Han}A-Za-z]{3,12}$/u.test(indicator)
    && !/[的了是在已]|同比|增加|增长|以上|以下|^(?:市级|区级|省级|县级)/.test(indicator);
}

/** The source does give `indicator` the summary's value (then naming it would not be an error). */
function says(source: Report, indicator: string, q: Finding, tolerance: number): boolean {
  const name = canonicalIndicator(indicator);
  return source.findings.some((f) => f.indicator && canonicalIndicator(f.indicator) === name && f.unit === q.unit
    && f.value !== null && q.value !== null && Math.abs(f.value - q.value) <= tolerance);
}

/** The copy sits one folder deeper: its link names the same source from there. */
function relink(lines: string[], summary: Faithful, copyFile: string): void {
  const link = findSourceLink(summary.text)!;
  const from = path.relative(path.dirname(copyFile), summary.sourceFile).split(path.sep).join('/');
  lines[link.line] = lines[link.line]!.replace(link.path, from);
}

function key(q: CheckedQuantity): string {
  return `${q.quantity.line}:${q.quantity.start}`;
}

function rel(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** FNV-1a: a fixed order that does not depend on the platform or a random seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
