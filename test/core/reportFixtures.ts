/**
 * Helpers for the analyzer tests: small report snippets run through analyze(), and assertions that
 * name a finding by the text a reader sees in the report ("8%以上") rather than by its position.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { analyze, type AnalyzeOptions } from '../../server/src/core/analyze';
import type { Finding, Report } from '../../server/src/core/types';
import type { Segmenter } from '../../server/src/core/segmenter';
import { loadSegmenter } from '../../scripts/segmenterForScripts';

/** A plan section of an annual report for 2021: its heading gives the report year and the plan tense. */
export const PLAN_HEADING = '三、2021年重点工作';
/** A review section of the same report (2020年工作回顾 also says the report plans for 2021). */
export const REVIEW_HEADING = '一、2020年工作回顾';

/** A report analysed together with its source, so that findings can be named by their text. */
export interface Analyzed extends Report {
  source: string;
}

export function analyzeText(source: string, options: AnalyzeOptions = {}): Analyzed {
  return { ...analyze(source, options), source };
}

/** An annual report for 2021 whose only section is its plan: `三、2021年重点工作` and the given lines. */
export function planReport(lines: string | string[], options: AnalyzeOptions = {}): Analyzed {
  return analyzeText([PLAN_HEADING, ...[lines].flat()].join('\n'), options);
}

/** A 2021 report with a review of 2020 holding the given lines, followed by a plan section. */
export function reviewReport(lines: string | string[], options: AnalyzeOptions = {}): Analyzed {
  return analyzeText([REVIEW_HEADING, ...[lines].flat(), PLAN_HEADING, '坚持稳中求进工作总基调，扎实做好各项工作。'].join('\n'), options);
}

/** A five-year plan (2021–2025) whose section holds the given lines. */
export function fiveYearPlan(lines: string | string[], options: AnalyzeOptions = {}): Analyzed {
  return analyzeText(
    ['洛阳市洛龙区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', '(四)主要目标', ...[lines].flat()].join('\n'),
    options,
  );
}

export const quantityFindings = (report: Report): Finding[] => report.findings.filter((f) => f.kind !== 'date');
export const dateFindings = (report: Report): Finding[] => report.findings.filter((f) => f.kind === 'date');

/** Where `text` is written in `source`: 1-based line and UTF-16 columns, `occurrence` counting from 0. */
export function locate(source: string, text: string, occurrence = 0): { line: number; start: number; end: number } {
  const lines = source.split(/\r\n|\r|\n/);
  let seen = 0;
  for (let n = 0; n < lines.length; n++) {
    let at = lines[n]!.indexOf(text);
    while (at >= 0) {
      if (seen === occurrence) return { line: n + 1, start: at, end: at + text.length };
      seen++;
      at = lines[n]!.indexOf(text, at + 1);
    }
  }
  throw new Error(`test bug: ${JSON.stringify(text)} (occurrence ${occurrence}) is not in the source`);
}

export function describeFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return '(no findings)';
  return findings
    .map((f) => `  ${f.line}:${f.start}-${f.end} ${f.kind} ${JSON.stringify(f.text)} value=${f.value} min=${f.min} max=${f.max} ` +
      `unit=${f.unit} cmp=${f.comparator} deadline=${f.deadline} indicator=${f.indicator} change=${f.change}`)
    .join('\n');
}

function pick(f: Finding, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = (f as unknown as Record<string, unknown>)[k];
  return out;
}

/** The findings that overlap the span of `text` in the source, dates or quantities as asked. */
function overlapping(report: Report, span: { line: number; start: number; end: number }, dates: boolean): Finding[] {
  return report.findings.filter(
    (f) => f.line === span.line && (f.kind === 'date') === dates && f.start < span.end && f.end > span.start,
  );
}

/**
 * Asserts that the quantity written as `text` in `source` is one finding, spanning exactly `text`,
 * whose fields include `expected`. Fields left out of `expected` are not checked.
 */
export function expectQuantity(
  report: Analyzed,
  text: string,
  expected: Partial<Finding>,
  occurrence = 0,
): Finding {
  const span = locate(report.source, text, occurrence);
  const found = overlapping(report, span, false);
  const all = `findings on line ${span.line}:\n${describeFindings(report.findings.filter((f) => f.line === span.line))}`;
  assert.equal(found.length, 1, `expected one finding for ${JSON.stringify(text)}, got ${found.length}; ${all}`);
  const f = found[0]!;
  const want = { text, start: span.start, end: span.end, ...expected };
  assert.deepEqual(pick(f, Object.keys(want)), want, `finding for ${JSON.stringify(text)}; ${all}`);
  return f;
}

/** Asserts that the time expression `text` is one date finding due on `deadline`. */
export function expectDate(report: Analyzed, text: string, deadline: string, occurrence = 0): Finding {
  const span = locate(report.source, text, occurrence);
  const found = overlapping(report, span, true);
  const all = `findings on line ${span.line}:\n${describeFindings(report.findings.filter((f) => f.line === span.line))}`;
  assert.equal(found.length, 1, `expected one date finding for ${JSON.stringify(text)}, got ${found.length}; ${all}`);
  const f = found[0]!;
  assert.deepEqual(
    pick(f, ['kind', 'text', 'start', 'end', 'deadline']),
    { kind: 'date', text, start: span.start, end: span.end, deadline },
    `date finding for ${JSON.stringify(text)}; ${all}`,
  );
  return f;
}

/** Asserts that nothing (quantity or date) is found inside the span of `text`. */
export function expectNothingAt(report: Analyzed, text: string, occurrence = 0): void {
  const span = locate(report.source, text, occurrence);
  const found = [...overlapping(report, span, false), ...overlapping(report, span, true)];
  assert.equal(found.length, 0, `${JSON.stringify(text)} measures nothing, but got:\n${describeFindings(found)}`);
}

/** Asserts that no date finding is made for `text`. */
export function expectNoDate(report: Analyzed, text: string, occurrence = 0): void {
  const found = overlapping(report, locate(report.source, text, occurrence), true);
  assert.equal(found.length, 0, `${JSON.stringify(text)} is not a date here, but got:\n${describeFindings(found)}`);
}

/** Fields every finding must satisfy whatever the input: positions inside the text, sane numbers. */
export function assertWellFormed(report: Analyzed): void {
  const lines = report.source.split(/\r\n|\r|\n/);
  for (const f of report.findings) {
    const where = `${describeFindings([f])}`;
    assert.ok(f.line >= 1 && f.line <= lines.length, `line out of range: ${where}`);
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= lines[f.line - 1]!.length, `columns out of range: ${where}`);
    assert.equal(lines[f.line - 1]!.slice(f.start, f.end), f.text, `text is the slice it spans: ${where}`);
    for (const n of [f.value, f.min, f.max]) assert.ok(n === null || Number.isFinite(n), `a finite number or null: ${where}`);
    if (f.deadline !== null) assert.match(f.deadline, /^\d{4}-\d{2}-\d{2}$/, where);
  }
  for (const s of report.sections) {
    assert.ok(s.line >= 1 && s.line <= s.endLine && s.endLine <= lines.length, `section bounds: ${JSON.stringify(s)}`);
  }
}

const DICT = path.join(__dirname, '..', '..', 'dist', 'dict', 'jieba.dict.utf8');

/** nodejieba with the trimmed dictionary, or a reason to skip when `npm run build` has not made it. */
export function jiebaOrSkip(): { segmenter: Segmenter | null; skip: string | false } {
  if (!existsSync(DICT)) return { segmenter: null, skip: 'dist/dict is missing: run `npm run build` to test with nodejieba' };
  return { segmenter: loadSegmenter(), skip: false };
}
