/**
 * Hover on a checked quantity of a summary: how the summary and the source read it, where the
 * source says it (a link that opens the line), and the source's sentence.
 */
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { CheckedQuantity } from '../core';
import type { AnalyzedReport } from '../documents';
import { findingSummary } from '../format';
import { contains, findingRange } from '../ranges';
import type { CheckedSummary } from '../summaries';
import { differenceName } from '../summaryProblems';
import { escapeMarkdown, quote } from './hover';

export function summaryHover(summary: CheckedSummary, position: Position): Hover | null {
  if (!summary.result.ok) return null;
  // At the boundary between two quantities, the one that starts there.
  const under = summary.result.check.checked.filter(({ quantity }) => contains(findingRange(quantity), position));
  const checked = under.find(({ quantity }) => position.character < quantity.end) ?? under[0];
  if (!checked) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: describe(checked, summary.result.source) },
    range: findingRange(checked.quantity),
  };
}

function describe({ quantity, source, differences }: CheckedQuantity, report: AnalyzedReport): string {
  const summaryReading = `- **${l10n.t('Summary:')}** ${escapeMarkdown(findingSummary(quantity))}`;
  if (!source) return [`**${escapeMarkdown(l10n.t('No counterpart in the source {0}.', fileName(report.uri)))}**`, summaryReading].join('\n\n');
  const verdict = differences.length === 0
    ? l10n.t('As the source says.')
    : l10n.t('Differs from the source: {0}', differences.map(differenceName).join(' · '));
  const where = `[${escapeMarkdown(fileName(report.uri))}:${source.line}](${report.uri}#L${source.line})`;
  const sourceReading = `- **${l10n.t('Source, line {0}:', source.line)}** ${escapeMarkdown(findingSummary(source))} (${where})`;
  const sentence = `> ${quote(report.lines[source.line - 1] ?? '', source)}`;
  return [`**${verdict}**`, `${summaryReading}\n${sourceReading}`, sentence].join('\n\n');
}

function fileName(uri: string): string {
  return path.basename(URI.parse(uri).fsPath);
}
