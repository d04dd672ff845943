/**
 * One export: reports in, one table out. Reports are analysed by a pool of workers and written in
 * input order through a window of a few files per worker, so memory holds at most that window
 * (and one Parquet row group) whatever the corpus size.
 */
import { availableParallelism } from 'node:os';
import type { ExportRow } from './columns';
import { CSV_HEADER, type ExportFormat } from './formats';
import type { InputFile, Unreadable } from './inputs';
import type { JobResult } from './messages';
import { openOutput } from './output';
import { ParquetSink } from './parquet';
import { ExportPool } from './pool';

export interface ExportOptions {
  inputs: readonly InputFile[];
  out: string;
  format: ExportFormat;
  /** Default: one per core. */
  workers?: number;
  onProgress?: (progress: ExportProgress) => void;
  onWarning?: (message: string) => void;
  /** Stops reading more reports; what was written stays a valid file. */
  signal?: AbortSignal;
}

export interface ExportProgress {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
  rows: number;
}

export interface ExportSummary extends ExportProgress {
  unreadable: Unreadable[];
  cancelled: boolean;
}

/** Files in flight per worker: enough to keep each busy while the main thread writes. */
const WINDOW_PER_WORKER = 4;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export async function runExport(options: ExportOptions): Promise<ExportSummary> {
  const { inputs, format } = options;
  const output = openOutput(options.out);
  const parquet = format === 'parquet' ? new ParquetSink(output) : null;
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), inputs.length || 1));
  const pool = new ExportPool(workers, { format }, options.onWarning);
  const progress: ExportProgress = { files: 0, totalFiles: inputs.length, bytes: 0, totalBytes: inputs.reduce((sum, f) => sum + f.bytes, 0), rows: 0 };
  const unreadable: Unreadable[] = [];
  const pending: Promise<JobResult>[] = [];
  let next = 0;
  const dispatch = () => {
    while (next < inputs.length && pending.length < workers * WINDOW_PER_WORKER && !options.signal?.aborted) {
      const input = inputs[next]!;
      pending.push(pool.run({ id: next++, path: input.path, name: input.name }));
    }
  };
  try {
    if (format === 'csv') await output.write(CSV_HEADER);
    dispatch();
    while (pending.length > 0) {
      const result = await pending.shift()!;
      dispatch();
      const input = inputs[result.id]!;
      if (!result.ok) unreadable.push({ file: input.name, reason: result.reason });
      else if (parquet) await parquet.write(result.chunk as ExportRow[]);
      else await output.write(result.chunk as string);
      progress.files++;
      progress.bytes += input.bytes;
      if (result.ok) progress.rows += result.rows;
      options.onProgress?.({ ...progress });
    }
    await parquet?.close();
  } finally {
    await pool.close();
    await output.close();
  }
  return { ...progress, unreadable, cancelled: progress.files < inputs.length };
}
