/** How a tracked target's outcome reads in the UI: its icon and colour, name, gap and result. */
import * as vscode from 'vscode';
import { formatQuantity } from './findings';
import { TRACK_STATUSES, type TrackedResult, type TrackedTarget, type TrackStatus } from '../../server/src/core';

/** The Testing view's colours, which every theme defines for passed, failed, queued and skipped. */
const STATUS_THEME: Record<TrackStatus, { icon: string; color: string }> = {
  met: { icon: 'pass-filled', color: 'testing.iconPassed' },
  missed: { icon: 'error', color: 'testing.iconFailed' },
  unclear: { icon: 'question', color: 'testing.iconQueued' },
  unreported: { icon: 'circle-slash', color: 'testing.iconSkipped' },
};

export function statusIcon(status: TrackStatus): vscode.ThemeIcon {
  const { icon, color } = STATUS_THEME[status];
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
}

/** The colour's CSS variable in a webview, e.g. `--vscode-testing-iconPassed`. */
export function statusCssVariable(status: TrackStatus): string {
  return `--vscode-${STATUS_THEME[status].color.replace('.', '-')}`;
}

export function statusName(status: TrackStatus): string {
  switch (status) {
    case 'met': return vscode.l10n.t('met');
    case 'missed': return vscode.l10n.t('missed');
    case 'unclear': return vscode.l10n.t('unclear');
    case 'unreported': return vscode.l10n.t('unreported');
  }
}

/** `2 met · 1 missed`, statuses without targets left out. */
export function statusCounts(targets: readonly TrackedTarget[]): string {
  return TRACK_STATUSES.map((status) => [status, targets.filter((t) => t.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${statusName(status)}`)
    .join(' · ');
}

/** `−0.2 百分点`, `+1200 人`; '' when there is no gap (unreported). */
export function formatGap(gap: number | null, unit: string | null): string {
  if (gap === null) return '';
  const rounded = Math.round(gap * 100) / 100;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  const size = Math.abs(rounded);
  // Percentage points read with a decimal, as the reports print them (−3.0, not −3).
  const digits = unit === '百分点' && Number.isInteger(size * 10) ? size.toFixed(1) : String(size);
  return `${sign}${digits}${unit && unit !== '%' ? ` ${unit}` : unit ?? ''}`;
}

/** `5.8% (estimate)`: the result's reading, and whether the later report only estimated it. */
export function formatResult(result: TrackedResult): string {
  const reading = formatQuantity(result) || result.text;
  return result.estimate ? vscode.l10n.t('{0} (estimate)', reading) : reading;
}
