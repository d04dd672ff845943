/**
 * Every finding as a diagnostic (Information by default, so F8 walks the targets), plus warnings
 * for an indicator table whose growth column disagrees with its figures and for one indicator
 * given two different targets. Each carries a stable code users can filter on.
 */
import * as l10n from '@vscode/l10n';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { conflictingTargets } from '../core';
import type { Finding } from '../core';
import type { AnalyzedReport } from '../documents';
import { findingSummary } from '../format';
import type { DiagnosticKind, Settings, SeverityName } from '../settings';
import { findingRange, lineRange } from '../ranges';

export const SOURCE = 'PolicyLens';

/** `policylens.target`, `policylens.table-growth`, …: stable, documented, filterable. */
export const DIAGNOSTIC_CODES: Record<DiagnosticKind, string> = {
  target: 'policylens.target',
  commitment: 'policylens.commitment',
  achievement: 'policylens.achievement',
  baseline: 'policylens.baseline',
  date: 'policylens.date',
  tableGrowth: 'policylens.table-growth',
  conflictingTarget: 'policylens.conflicting-target',
  summaryMismatch: 'policylens.summary-mismatch',
  summaryUnsupported: 'policylens.summary-unsupported',
};

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The severity the settings give a kind of diagnostic; undefined when it is off. */
export function severityOf(settings: Settings, kind: DiagnosticKind): DiagnosticSeverity | undefined {
  const name = settings.severity[kind];
  return name === 'off' ? undefined : SEVERITY[name];
}

/** `findings` are the report's findings the user has not dismissed. */
export function reportDiagnostics(analyzed: AnalyzedReport, findings: readonly Finding[], settings: Settings): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];

  for (const finding of findings) {
    const severity = severityOf(settings, finding.kind);
    if (severity === undefined) continue;
    diagnostics.push({
      range: findingRange(finding),
      severity,
      source: SOURCE,
      code: DIAGNOSTIC_CODES[finding.kind],
      message: findingSummary(finding),
      data: { kind: finding.kind, text: finding.text },
    });
  }

  const growthSeverity = severityOf(settings, 'tableGrowth');
  if (growthSeverity !== undefined) {
    for (const row of analyzed.report.tableGrowthMismatches) {
      diagnostics.push({
        range: lineRange(analyzed.lines, row.line),
        severity: growthSeverity,
        source: SOURCE,
        code: DIAGNOSTIC_CODES.tableGrowth,
        message: l10n.t(
          'Table: {0} grows {1}% a year as printed, but {2} → {3} over {4} years is {5}% a year',
          row.indicator, row.statedGrowth, row.baseline, row.target, row.years, row.impliedGrowth,
        ),
      });
    }
  }

  const conflictSeverity = severityOf(settings, 'conflictingTarget');
  if (conflictSeverity !== undefined) {
    for (const { finding, first } of conflictingTargets(findings)) {
      diagnostics.push({
        range: findingRange(finding),
        severity: conflictSeverity,
        source: SOURCE,
        code: DIAGNOSTIC_CODES.conflictingTarget,
        message: l10n.t('Two targets for {0}: “{1}” here, “{2}” on line {3}', finding.indicator!, finding.text, first.text, first.line),
        relatedInformation: [{
          location: { uri: analyzed.uri, range: findingRange(first) },
          message: findingSummary(first),
        }],
      });
    }
  }
  return diagnostics;
}
