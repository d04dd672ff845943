/**
 * The date relative wording resolves to, beside it: `年底前 → 2021-12-31`, `“七一”前 → 2021-07-01`.
 * Wording that names its own year (到2025年, 2021年6月底前) needs no hint.
 */
import * as l10n from '@vscode/l10n';
import type { InlayHint, Range } from 'vscode-languageserver';
import type { Finding } from '../core';
import type { AnalyzedReport } from '../documents';
import { contains } from '../ranges';
import type { Settings } from '../settings';

/** A year written out: 2025, or 二〇三五. */
const WRITTEN_YEAR = /\d{4}|[〇零一二三四五六七八九]{4}/;

export function inlayHints(analyzed: AnalyzedReport, findings: readonly Finding[], range: Range, settings: Settings): InlayHint[] {
  if (!settings.inlayHints.deadlines) return [];
  const hints: InlayHint[] = [];
  for (const finding of findings) {
    if (finding.kind !== 'date' || finding.deadline === null || WRITTEN_YEAR.test(finding.text)) continue;
    const position = { line: finding.line - 1, character: finding.end };
    if (!contains(range, position)) continue;
    hints.push({
      position,
      label: `→ ${finding.deadline}`,
      paddingLeft: true,
      tooltip: analyzed.report.year === null
        ? undefined
        : l10n.t('The date this wording means in a report for {0}', analyzed.report.year),
    });
  }
  return hints;
}
