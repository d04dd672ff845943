/** What the export's main thread and its workers say to each other. */
import type { ExportFormat } from './formats';
import type { EncodedGroup } from './parquet';

export interface WorkerSetup {
  format: ExportFormat;
}

export interface JobFile {
  /** Where to read the report. */
  path: string;
  /** What its rows name it in the `file` column. */
  name: string;
}

/** A run of consecutive files, exported as one chunk (one Parquet row group). */
export interface ExportJob {
  id: number;
  files: JobFile[];
}

export interface JobResult {
  id: number;
  rows: number;
  /** CSV or JSON Lines text, or the encoded row group; null when no file gave a row. */
  chunk: string | EncodedGroup | null;
  /** Files of the job that could not be read or analysed, by their index in `files`. */
  failures: { index: number; reason: string }[];
}

export type WorkerMessage =
  | { kind: 'result'; result: JobResult }
  /** One file of a job done: for the progress bar. */
  | { kind: 'file'; id: number }
  | { kind: 'warning'; message: string };
