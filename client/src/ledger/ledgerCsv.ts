/** The Target ledger as CSV: one row per target, its result beside it, numbers as the server read them. */
import * as vscode from 'vscode';
import { csvText } from '../csv';
import { trackedUri } from '../tracking';
import type { TrackedFinding, TrackedTarget } from '../../../server/src/core';

const COLUMNS = [
  'place', 'indicator', 'period', 'status',
  'target', 'comparator', 'value', 'min', 'max', 'unit', 'target_file', 'target_line',
  'result', 'result_value', 'result_unit', 'estimate', 'result_file', 'result_line',
  'gap', 'gap_unit',
] as const;

const COLLATOR = new Intl.Collator('zh-CN');

export function ledgerCsv(targets: readonly TrackedTarget[]): string {
  const sorted = [...targets].sort(
    (a, b) => COLLATOR.compare(a.place ?? '', b.place ?? '') || COLLATOR.compare(a.indicator, b.indicator) || (a.period ?? 0) - (b.period ?? 0),
  );
  const rows = sorted.map(({ place, indicator, period, status, target, result, gap, gapUnit }) => [
    place, indicator, period, status,
    target.text, target.comparator, target.value, target.min, target.max, target.unit, relativePath(target), target.line,
    result?.text ?? null, result?.value ?? null, result?.unit ?? null, result ? result.estimate : null, result ? relativePath(result) : null, result?.line ?? null,
    gap, gapUnit,
  ]);
  return csvText([[...COLUMNS], ...rows]);
}

function relativePath(finding: TrackedFinding): string {
  return vscode.workspace.asRelativePath(trackedUri(finding), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}
