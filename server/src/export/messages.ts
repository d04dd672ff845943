/** What the export's main thread and its workers say to each other. */
import type { ExportRow } from './columns';
import type { ExportFormat } from './formats';

export interface WorkerSetup {
  format: ExportFormat;
}

export interface ExportJob {
  id: number;
  /** Where to read the report. */
  path: string;
  /** What its rows name it in the `file` column. */
  name: string;
}

/** A text chunk of CSV or JSON Lines for those formats, the rows themselves for Parquet. */
export type JobResult =
  | { id: number; ok: true; rows: number; chunk: string | ExportRow[] }
  | { id: number; ok: false; reason: string };

export type WorkerMessage = JobResult | { warning: string };
