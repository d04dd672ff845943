/**
 * Hover on a finding: its normalised reading (kind, indicator, change, value, deadline as a date
 * and as written), where it stands (section, report year), and the sentence it was read from.
 */
import * as l10n from '@vscode/l10n';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Evidence, Finding, TrackedFinding, TrackedTarget } from '../core';
import { SENTENCE_END } from '../core';
import type { AnalyzedReport } from '../documents';
import { findingSummary, formatQuantity, kindName } from '../format';
import { contains, findingRange } from '../ranges';
import { URI, Utils } from 'vscode-uri';
import { formatGap, statusName, targetWords, trackedOutcome } from '../trackFormat';

/** How much of the sentence around a finding the quote keeps on each side. */
const QUOTE_CHARS = 60;

export function hover(analyzed: AnalyzedReport, findings: readonly Finding[], position: Position, tracked: readonly TrackedTarget[] = []): Hover | null {
  const finding = findingAt(findings, position);
  if (!finding) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: describe(analyzed, finding, tracked) },
    range: findingRange(finding),
  };
}

/** The finding under the cursor; at a boundary between two, the one that starts there. */
function findingAt(findings: readonly Finding[], position: Position): Finding | undefined {
  const under = findings.filter((f) => f.line === position.line + 1 && contains(findingRange(f), position));
  return under.find((f) => position.character < f.end) ?? under[0];
}

function describe(analyzed: AnalyzedReport, finding: Finding, tracked: readonly TrackedTarget[]): string {
  const rows: [string, string | null][] = [
    [l10n.t('Kind:'), kindName(finding.kind)],
    [l10n.t('Why:'), describeEvidence(analyzed, finding)],
    [l10n.t('Indicator:'), finding.indicator],
    [l10n.t('Change:'), finding.change],
    [l10n.t('Value:'), finding.kind === 'date' ? null : describeValue(finding)],
    [l10n.t('Deadline:'), describeDeadline(analyzed, finding)],
    [l10n.t('Section:'), finding.section || null],
    [l10n.t('Report year:'), analyzed.report.year === null ? l10n.t('not given in the text') : String(analyzed.report.year)],
    [l10n.t('Place:'), analyzed.report.place],
    ...trackingRows(analyzed.uri, finding, tracked),
  ];
  return [
    `**${escapeMarkdown(findingSummary(finding))}**`,
    rows.filter(([, value]) => value !== null).map(([label, value]) => `- **${label}** ${value}`).join('\n'),
    `> ${quote(analyzed.lines[finding.line - 1] ?? '', finding)}`,
  ].join('\n\n');
}

const sameFinding = (a: Finding, b: Finding) => a.line === b.line && a.start === b.start && a.end === b.end;

/**
 * Tracking: on a target, what the next year's report says came of it (`→ 预计5.8% · missed −0.7
 * 个百分点`); on an achievement, the target it answers, its file and line one click away.
 */
function trackingRows(uri: string, finding: Finding, tracked: readonly TrackedTarget[]): [string, string][] {
  const asTarget = tracked.find((t) => t.target.file === uri && sameFinding(t.target, finding));
  if (asTarget) {
    const where = asTarget.result === null ? '' : ` (${fileLink(asTarget.result)})`;
    return [[l10n.t('Outcome:'), `${escapeMarkdown(trackedOutcome(asTarget))}${where}`]];
  }
  return tracked.filter((t) => t.result?.file === uri && sameFinding(t.result, finding)).map((t) => {
    const gap = t.gap === null ? '' : ` ${formatGap(t.gap, t.gapUnit)}`;
    const target = escapeMarkdown(`${t.indicator} ${targetWords(t.target)}`);
    return [l10n.t('Answers target:'), `${target} (${fileLink(t.target)}) · ${escapeMarkdown(statusName(t.status) + gap)}`];
  });
}

/** `[青川市-2023.txt:14](file:///…/青川市-2023.txt#L14)`: opens the file at the line. */
function fileLink(f: TrackedFinding): string {
  const uri = URI.parse(f.file);
  return `[${escapeMarkdown(Utils.basename(uri))}:${f.line}](${uri.with({ fragment: `L${f.line}` }).toString()})`;
}

/**
 * Why the finding looks back or forward, so that a wrong call can be seen and dismissed:
 * `looks back: “预计” in its sentence`, `looks forward: “今年…目标” on line 12`.
 */
function describeEvidence(analyzed: AnalyzedReport, finding: Finding): string | null {
  const evidence: Evidence | undefined = analyzed.reading.statements.find((s) => s.finding === finding)?.evidence;
  if (!evidence) return null;
  const direction = evidence.tense === 'review' ? l10n.t('looks back') : l10n.t('looks forward');
  const words = escapeMarkdown(evidence.text ?? '');
  const why = {
    clause: () => l10n.t('“{0}” in its sentence', words),
    frame: () => evidence.line === finding.line ? l10n.t('“{0}” earlier in its paragraph', words) : l10n.t('“{0}” on line {1}', words, evidence.line),
    section: () => evidence.text === null ? l10n.t('the report as a whole') : l10n.t('its section “{0}”', words),
    paragraph: () => l10n.t('its paragraph reports results (“{0}”)', words),
    table: () => l10n.t('its column of the table'),
  }[evidence.from]();
  if (evidence.from === 'clause' && evidence.text === null) return direction;
  return l10n.t('{0}: {1}', direction, why);
}

/** `≥200亿元 — at least 20000000000 元`: as the editor labels it, then the plain number. */
function describeValue(finding: Finding): string {
  const shown = escapeMarkdown(formatQuantity(finding));
  const unit = finding.unit === null ? '' : ` ${finding.unit}`;
  const plain = (value: number) => `${plainNumber(value)}${unit}`;
  if (finding.comparator === 'range' && finding.min !== null && finding.max !== null) {
    return `${shown} — ${l10n.t('{0} to {1}', plainNumber(finding.min), plain(finding.max))}`;
  }
  if (finding.value === null || finding.comparator === null || finding.comparator === 'range') return shown;
  const value = plain(finding.value);
  const reading = {
    '=': value,
    '>=': l10n.t('at least {0}', value),
    '>': l10n.t('more than {0}', value),
    '<=': l10n.t('at most {0}', value),
    '<': l10n.t('less than {0}', value),
    '~': l10n.t('about {0}', value),
  }[finding.comparator];
  return `${shown} — ${escapeMarkdown(reading)}`;
}

/** `2021-12-31 (written “年底前”)`: the date, and the time words of its sentence that set it (the nearest before it, else after). */
function describeDeadline(analyzed: AnalyzedReport, finding: Finding): string | null {
  const deadline = finding.deadline;
  // 今年, 年底前 or an item with no time words, where nothing in the text says which year it is.
  if (deadline === null) return finding.kind !== 'achievement' && finding.kind !== 'baseline' && analyzed.report.year === null
    ? l10n.t('unknown: the text never says which year it plans for')
    : null;
  if (finding.kind === 'date') return l10n.t('{0} (written “{1}”)', deadline, escapeMarkdown(finding.text));
  const line = analyzed.lines[finding.line - 1] ?? '';
  const inSentence = (date: Finding) =>
    !SENTENCE_END.test(date.start < finding.start ? line.slice(date.end, finding.start) : line.slice(finding.end, date.start));
  const dates = analyzed.report.findings.filter((f) =>
    f.kind === 'date' && f.line === finding.line && f.deadline === deadline && inSentence(f));
  const source = dates.filter((f) => f.end <= finding.start).at(-1) ?? dates.find((f) => f.start >= finding.end);
  if (source) return l10n.t('{0} (written “{1}”)', deadline, escapeMarkdown(source.text));
  if (deadline === `${analyzed.report.year}-12-31`) return l10n.t('{0} (no time words: the end of the report year)', deadline);
  return l10n.t('{0} (no time words: the end of the period its report or section plans for)', deadline);
}

/** The sentence around the finding, the finding itself in bold. */
export function quote(line: string, finding: Finding): string {
  let from = finding.start;
  while (from > 0 && finding.start - from < QUOTE_CHARS && !SENTENCE_END.test(line[from - 1]!)) from--;
  let to = finding.end;
  while (to < line.length && to - finding.end < QUOTE_CHARS && !SENTENCE_END.test(line[to - 1]!)) to++;
  const before = line.slice(from, finding.start).trimStart();
  const after = line.slice(finding.end, to).trimEnd();
  const cutBefore = from > 0 && !SENTENCE_END.test(line[from - 1]!) ? '…' : '';
  const cutAfter = to < line.length && !SENTENCE_END.test(line[to - 1]!) ? '…' : '';
  return `${cutBefore}${escapeMarkdown(before)}${emphasise(finding.text)}${escapeMarkdown(after)}${cutAfter}`;
}

/**
 * Bold; but CommonMark does not embolden text that starts or ends with punctuation (“七一”前, 4.5%)
 * between letters, so such text becomes a code span.
 */
function emphasise(text: string): string {
  if (!/^[\p{P}\p{S}]|[\p{P}\p{S}]$/u.test(text)) return `**${escapeMarkdown(text)}**`;
  return text.includes('`') ? escapeMarkdown(text) : `\`${text}\``;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&');
}

/** 2e10 as `20000000000`, not `2e+10`, without float noise such as 0.30000000000000004. */
function plainNumber(value: number): string {
  return Number(value.toPrecision(12)).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 });
}
