/**
 * Custom requests and notifications shared by the client and the server: method names and
 * types only, so the client bundle imports no server code.
 */
import type { Finding, Section, TableGrowthMismatch, TrackedTarget } from './core';

/** One report of the workspace index (open, or read from disk) as the Indicators view needs it. */
export interface ReportInfo {
  uri: string;
  year: number | null;
  /** The place the report is about (洛阳市, 湖北省, 全国), or null. */
  place: string | null;
  sections: Section[];
  /** Findings not dismissed by the user, in line order. */
  findings: Finding[];
  tableGrowthMismatches: TableGrowthMismatch[];
}

/** Client → server. Reports of the workspace index; `uris` limits it to those documents. */
export const ReportsRequest = 'policyLens/reports';
export interface ReportsParams {
  uris?: string[];
}
export type ReportsResult = ReportInfo[];

/** Server → client, whenever reports were analysed again or left the index. */
export const ReportsChangedNotification = 'policyLens/reportsChanged';
export interface ReportsChangedParams {
  uris: string[];
}

/** A finding the user said is not one (quick fix "Not a target" / "Ignore this number"). */
export interface Dismissal {
  /** Workspace-folder-relative path with forward slashes. */
  file: string;
  /** The finding's quoted text, e.g. `8%以上`. */
  text: string;
  /** The text around it on its line, so the same number elsewhere stays visible. */
  context: string;
  kind: Finding['kind'];
  /** ISO time of the dismissal. */
  dismissedAt: string;
}

/** Client → server: every dismissal of the workspace, with the folder it is stored in. */
export const DismissalsRequest = 'policyLens/dismissals';
export interface DismissalEntry extends Dismissal {
  /** URI of the workspace folder whose `.policylens/ignore.json` holds it. */
  folder: string;
}
export type DismissalsResult = DismissalEntry[];

/** Client → server: restore dismissals (show their findings again). */
export const RestoreDismissalsRequest = 'policyLens/restoreDismissals';
export interface RestoreDismissalsParams {
  dismissals: DismissalEntry[];
}

/** Server commands (workspace/executeCommand), used by code actions. */
export const DismissCommand = 'policyLens.server.dismiss';
/** Arguments of DismissCommand: the document and the finding's position. */
export interface DismissArguments {
  uri: string;
  line: number;
  start: number;
  end: number;
}

/**
 * Client command a code lens runs to list a section's findings. Arguments: the report's uri and
 * the section's heading line (1-based); the client asks for the findings when clicked, so that
 * nested sections do not each carry theirs in every code-lens answer.
 */
export const ShowFindingsCommand = 'policyLens.showFindings';

/**
 * Client → server: the source report the user chose for a summary with `PolicyLens: Check Summary
 * Against Source…` (remembered by the client, sent again when the server starts); `source: null`
 * forgets the choice. A choice outranks the summary's own link and `policyLens.summaries`.
 */
export const SummarySourceNotification = 'policyLens/summarySource';
export interface SummarySourceParams {
  summary: string;
  source: string | null;
}

/** Client → server: the source's targets and commitments a summary leaves out; null when `uri` is no checked summary. */
export const SummaryCoverageRequest = 'policyLens/summaryCoverage';
export interface SummaryCoverageParams {
  uri: string;
}
export interface SummaryCoverage {
  /** The source report's URI. */
  source: string;
  /** How many of the summary's quantities were compared. */
  checked: number;
  /** In the source's line order. */
  missing: Finding[];
}
export type SummaryCoverageResult = SummaryCoverage | null;

/**
 * Client → server: `policylens export` over every report of the workspace index (as saved on
 * disk), written by the server to `target`. The client may pass a `workDoneToken` to see the
 * progress; cancelling the request stops reading more reports (the file stays valid).
 */
export const ExportTableRequest = 'policyLens/exportTable';
export interface ExportTableParams {
  /** A `file:` URI. */
  target: string;
  format: 'csv' | 'jsonl' | 'parquet';
  workDoneToken?: string | number;
}
export interface ExportTableResult {
  reports: number;
  rows: number;
  /** Workspace-relative paths of the reports that could not be read, with the reason. */
  unreadable: { file: string; reason: string }[];
  cancelled: boolean;
}

/**
 * Client → server: the workspace's targets followed into the next year's report (docs/tracking.md),
 * over every report the server knows; `uri` keeps those whose target or result stands in that
 * document. The `file` of each target and result is its document's URI.
 */
export const TrackingRequest = 'policyLens/tracking';
export interface TrackingParams {
  uri?: string;
}
export interface TrackingResult {
  targets: TrackedTarget[];
}

/** Server → client, no params: a report of the workspace changed, so the tracking may have. */
export const TrackingChangedNotification = 'policyLens/trackingChanged';
