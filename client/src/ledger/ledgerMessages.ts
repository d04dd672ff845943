/**
 * What the Target ledger's extension side and its webview script (client/src/webview/) say to
 * each other. Types only: the webview bundle imports nothing of the extension at run time.
 */
import type { TrackStatus } from '../../../server/src/core';

/** Where a target or result stands, for the click that reveals it. `file` is the document's URI. */
export interface LedgerSource {
  file: string;
  line: number;
  start: number;
  end: number;
  /** `青川市-2023.txt:13` */
  location: string;
}

/**
 * How the chart draws a target: a band (a range; 左右 and a plain figure with the band the status
 * rule allows around them), or a threshold with the direction that meets it (以上 / 以内).
 */
export type TargetMark =
  | { kind: 'band'; low: number; high: number; value: number | null }
  | { kind: 'floor'; value: number }
  | { kind: 'ceiling'; value: number };

export interface LedgerRow {
  period: number | null;
  status: TrackStatus;
  /** The status in the UI language. */
  statusName: string;
  target: LedgerSource & { text: string; reading: string; mark: TargetMark | null };
  result: (LedgerSource & { text: string; reading: string; value: number | null; estimate: boolean }) | null;
  /** `−0.2 百分点`, or '' when unreported. */
  gap: string;
}

/** One indicator of one place, in one unit: a row group of the table and one chart. */
export interface LedgerGroup {
  id: string;
  place: string | null;
  indicator: string;
  /** `增长 · %`: the change and unit the rows share. */
  measure: string;
  unit: string | null;
  rows: LedgerRow[];
}

export const LEDGER_STRING_KEYS = [
  'title', 'summary', 'exportCsv', 'empty', 'noPlace',
  'indicator', 'year', 'target', 'result', 'status', 'gap', 'chart',
  'estimate', 'noResult', 'reveal',
  'legendBand', 'legendFloor', 'legendCeiling', 'legendResult', 'legendEstimate',
] as const;
export type LedgerStrings = Record<(typeof LEDGER_STRING_KEYS)[number], string>;

export interface LedgerView {
  groups: LedgerGroup[];
  strings: LedgerStrings;
  /** The CSS variable of each status's theme colour, e.g. `--vscode-testing-iconPassed`. */
  statusColors: Record<TrackStatus, string>;
  /** Why the server gave no targets, when it failed. */
  error?: string;
}

export type ToLedger = { type: 'show'; view: LedgerView };

export type FromLedger =
  | { type: 'ready' }
  | { type: 'reveal'; source: LedgerSource }
  | { type: 'exportCsv' }
  /** After each drawing: how many rows and charts are on the page. */
  | { type: 'rendered'; rows: number; charts: number };
