/** The Target ledger's words in the UI language: the webview has no l10n of its own. */
import * as vscode from 'vscode';
import type { LedgerStrings } from './ledgerMessages';

export function ledgerStrings(): LedgerStrings {
  return {
    title: vscode.l10n.t('Target Ledger'),
    // {0}: how many targets; {1}: counts per status, e.g. "7 met · 3 missed".
    summary: vscode.l10n.t('{0} targets: {1}'),
    exportCsv: vscode.l10n.t('Export CSV…'),
    empty: vscode.l10n.t('No targets to track yet: the workspace needs a place\'s reports of two consecutive years, the later one reviewing the earlier one\'s year.'),
    noPlace: vscode.l10n.t('(place not named)'),
    indicator: vscode.l10n.t('Indicator'),
    year: vscode.l10n.t('Year'),
    target: vscode.l10n.t('Target'),
    result: vscode.l10n.t('Result'),
    status: vscode.l10n.t('Status'),
    gap: vscode.l10n.t('Gap'),
    chart: vscode.l10n.t('Chart'),
    estimate: vscode.l10n.t('estimate'),
    noResult: vscode.l10n.t('no result in the next report'),
    reveal: vscode.l10n.t('Reveal {0} in the report'),
    legendBand: vscode.l10n.t('target band (range, 左右)'),
    legendFloor: vscode.l10n.t('at least (以上)'),
    legendCeiling: vscode.l10n.t('at most (以内)'),
    legendResult: vscode.l10n.t('result'),
    legendEstimate: vscode.l10n.t('estimated result (预计)'),
  };
}
