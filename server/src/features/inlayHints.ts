/**
 * The date relative wording resolves to, beside it: `年底前 → 2021-12-31`, `“七一”前 → 2021-07-01`.
 * Wording that names its own year (到2025年, 2021年6月底前) needs no hint.
 */
import * as l10n from '@vscode/l10n';
import type { InlayHint, Range } from 'vscode-languageserver';
import type { Finding, TrackedTarget } from '../core';
import { trackedOutcome } from '../trackFormat';
import type { AnalyzedReport } from '../documents';
import { contains } from '../ranges';
import type { Settings } from '../settings';

/** A year written out: 2025, or 二〇三五. */
const WRITTEN_YEAR = /\d{4}|[〇零一二三四五六七八九]{4}/;

export function inlayHints(
  analyzed: AnalyzedReport, findings: readonly Finding[], range: Range, settings: Settings, tracked: readonly TrackedTarget[] = [],
): InlayHint[] {
  const hints = settings.inlayHints.outcomes ? outcomeHints(analyzed.uri, tracked, range) : [];
  if (!settings.inlayHints.deadlines) return hints;
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

/** Beside each target of the earlier report, what the next year's report says came of it: `→ 预计5.8% · missed −0.7 个百分点`. */
function outcomeHints(uri: string, tracked: readonly TrackedTarget[], range: Range): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const t of tracked) {
    if (t.target.file !== uri) continue;
    const position = { line: t.target.line - 1, character: t.target.end };
    if (!contains(range, position)) continue;
    hints.push({
      position,
      label: trackedOutcome(t),
      paddingLeft: true,
      tooltip: t.result === null
        ? l10n.t('The next year\'s report gives no result for {0} in {1}', t.indicator, t.target.unit ?? '')
        : l10n.t('What the report for {0} says {1} reached', (t.period ?? 0) + 1, t.period ?? ''),
    });
  }
  return hints;
}
