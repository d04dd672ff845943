/**
 * A summary's problems in its own text: an Error where a quantity disagrees with the source finding
 * it restates (its related information opens the source line), a Warning where the source has no
 * counterpart, and a Warning on the link when the source cannot be read.
 */
import * as l10n from '@vscode/l10n';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { SummaryCheck, SummaryProblem } from '../core';
import type { Finding } from '../core';
import { findingSummary } from '../format';
import { findingRange, lineRange } from '../ranges';
import type { Settings } from '../settings';
import type { CheckedSummary, SourceProblem } from '../summaries';
import { summaryProblems } from '../summaryProblems';
import { DIAGNOSTIC_CODES, SOURCE, severityOf } from './diagnostics';

/** A source that cannot be checked against: always a Warning, on the line that names it. */
export const SOURCE_LINK_CODE = 'policylens.summary-source';

export function summaryDiagnostics(summary: CheckedSummary, settings: Settings): Diagnostic[] {
  const { result } = summary;
  if (!result.ok) {
    return [{
      range: linkRange(summary),
      severity: DiagnosticSeverity.Warning,
      source: SOURCE,
      code: SOURCE_LINK_CODE,
      message: sourceProblemMessage(summary.link.written, result),
    }];
  }
  const diagnostics: Diagnostic[] = [];
  for (const problem of summaryProblems(result.check)) {
    const kind = problem.problem === 'mismatch' ? 'summaryMismatch' : 'summaryUnsupported';
    const severity = severityOf(settings, kind);
    if (severity === undefined) continue;
    const diagnostic: Diagnostic = { range: findingRange(problem), severity, source: SOURCE, code: DIAGNOSTIC_CODES[kind], message: problem.message };
    const source = sourceFinding(result.check, problem);
    if (problem.problem === 'mismatch' && source) {
      diagnostic.relatedInformation = [{ location: { uri: result.source.uri, range: findingRange(source) }, message: findingSummary(source) }];
    }
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** The source finding a problem's quantity was matched to. */
function sourceFinding(check: SummaryCheck, problem: SummaryProblem): Finding | null {
  return check.checked.find(({ quantity }) => quantity.line === problem.line && quantity.start === problem.start)?.source ?? null;
}

/** The path in the summary's link line; the first line when a setting or the command named the source. */
function linkRange(summary: CheckedSummary): Range {
  const { line, written } = summary.link;
  if (line === null) return lineRange(summary.lines, 1);
  const start = summary.lines[line]?.indexOf(written) ?? -1;
  if (start < 0) return lineRange(summary.lines, line + 1);
  return { start: { line, character: start }, end: { line, character: start + written.length } };
}

function sourceProblemMessage(written: string, problem: SourceProblem): string {
  switch (problem.problem) {
    case 'not-found':
      return l10n.t('Source not found: {0}', written);
    case 'unreadable':
      return l10n.t('Cannot read the source {0}: {1}', written, problem.reason);
    case 'not-a-report':
      return l10n.t('The source {0} is not a report: PolicyLens finds no targets, commitments or figures in it', written);
  }
}
