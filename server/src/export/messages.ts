/** What the export's main thread and its workers say to each other. */
import type { ExportFormat } from './formats';
import type { EncodedGroup } from './parquet';

export interface WorkerSetup {
  format: ExportFormat;
  /** Two passes: rows to a spool with each report's targets and achievements, then finished with tracking's outcomes. */
  track: boolean;
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
  /**
   * CSV or JSON Lines as UTF-8, or the encoded row group (with `track`, all but tracking's columns);
   * null when no row. Bytes, made and moved (not copied) by the worker, so the main thread only writes them.
   */
  chunk: Uint8Array | EncodedGroup | null;
  /** Files that could not be read or analysed, by their index in the job's files (-1: the whole job). */
  failures: { index: number; reason: string }[];
  /** With `track`: each report's targets and achievements for trackReports, as JSON. */
  tracked?: TrackedReports;
  /**
   * With `track`: per target row five numbers, its end in the chunk's bytes (its index among the
   * rows, in Parquet), its file's index in the job, its line, start and end.
   */
  targets?: Int32Array;
}

/** Reports as one run of UTF-8 JSON texts, each `length` bytes, in order. */
export interface TrackedReports {
  bytes: Uint8Array;
  reports: { place: string; year: number; length: number }[];
}

export type WorkerMessage =
  | { kind: 'result'; result: JobResult }
  /** More files of a job done: for the progress bar. */
  | { kind: 'files'; id: number; count: number }
  | { kind: 'warning'; message: string };
