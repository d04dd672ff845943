/**
 * Quick fixes that silence a false positive: "Not a target" (or commitment) and "Ignore this
 * number" run DismissCommand, which records the finding in `.policylens/ignore.json`.
 */
import * as l10n from '@vscode/l10n';
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Finding } from '../core';
import type { AnalyzedReport } from '../documents';
import { DismissCommand, type DismissArguments } from '../protocol';
import { findingRange, overlaps, sameRange } from '../ranges';
import { SOURCE } from './diagnostics';

export function codeActions(analyzed: AnalyzedReport, findings: readonly Finding[], range: Range, context: CodeActionContext): CodeAction[] {
  if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === SOURCE);
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    const at = findingRange(finding);
    const diagnostics = ours.filter((diagnostic) => sameRange(diagnostic.range, at));
    if (diagnostics.length === 0 && !overlaps(at, range)) continue;
    for (const title of titles(finding)) actions.push(dismissAction(analyzed.uri, finding, title, diagnostics));
  }
  return actions;
}

function titles(finding: Finding): string[] {
  const text = finding.text;
  switch (finding.kind) {
    case 'target':
      return [l10n.t('Not a target: {0}', text), l10n.t('Ignore this number: {0}', text)];
    case 'commitment':
      return [l10n.t('Not a commitment: {0}', text), l10n.t('Ignore this number: {0}', text)];
    case 'date':
      return [l10n.t('Ignore this date: {0}', text)];
    default:
      return [l10n.t('Ignore this number: {0}', text)];
  }
}

function dismissAction(uri: string, finding: Finding, title: string, diagnostics: Diagnostic[]): CodeAction {
  const target: DismissArguments = { uri, line: finding.line, start: finding.start, end: finding.end };
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    isPreferred: false,
    command: { title, command: DismissCommand, arguments: [target] },
  };
}
