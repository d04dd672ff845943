/**
 * One export: reports in, one table out. Consecutive reports go to the workers in batches, and
 * the batches are written in input order through a window of a few per worker, so memory holds
 * at most that window whatever the corpus size, and the rows come in the order of the files.
 */
import { availableParallelism } from 'node:os';
import { CSV_HEADER, type ExportFormat } from './formats';
import type { InputFile, Unreadable } from './inputs';
import type { ExportJob, JobResult } from './messages';
import { openOutput } from './output';
import { ParquetAssembler, type EncodedGroup } from './parquet';
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

/** Batches in flight per worker: one being analysed, the next waiting, one being written. */
const WINDOW_PER_WORKER = 3;
/** About 15 000 rows: a reasonable Parquet row group, a few MB of text in memory. */
const MAX_BATCH_BYTES = 4_000_000;
const MAX_BATCH_FILES = 500;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export async function runExport(options: ExportOptions): Promise<ExportSummary> {
  const { inputs, format } = options;
  const output = openOutput(options.out);
  const parquet = format === 'parquet' ? new ParquetAssembler(output) : null;
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), inputs.length || 1));
  const progress: ExportProgress = { files: 0, totalFiles: inputs.length, bytes: 0, totalBytes: inputs.reduce((sum, f) => sum + f.bytes, 0), rows: 0 };
  const batches = batchInputs(inputs, Math.max(64_000, Math.min(MAX_BATCH_BYTES, progress.totalBytes / (workers * 4))));
  const done = new Map<number, number>();
  const pool = new ExportPool(workers, { format }, {
    onWarning: options.onWarning,
    onFile(id) {
      const index = done.get(id) ?? 0;
      done.set(id, index + 1);
      progress.files++;
      progress.bytes += batches[id]![index]?.bytes ?? 0;
      options.onProgress?.({ ...progress });
    },
  });
  const unreadable: Unreadable[] = [];
  const pending: Promise<JobResult>[] = [];
  let next = 0;
  let finished = 0;
  const dispatch = () => {
    while (next < batches.length && pending.length < workers * WINDOW_PER_WORKER && !options.signal?.aborted) {
      const job: ExportJob = { id: next, files: batches[next]!.map(({ path, name }) => ({ path, name })) };
      pending.push(pool.run(job));
      next++;
    }
  };
  try {
    if (format === 'csv') await output.write(CSV_HEADER);
    dispatch();
    while (pending.length > 0) {
      const result = await pending.shift()!;
      dispatch();
      const batch = batches[result.id]!;
      finished += batch.length;
      for (const { index, reason } of result.failures) unreadable.push({ file: batch[index]!.name, reason });
      if (result.chunk !== null) {
        if (parquet) await parquet.write(result.chunk as EncodedGroup);
        else await output.write(result.chunk as string);
      }
      progress.rows += result.rows;
    }
    await parquet?.close();
  } finally {
    await pool.close();
    await output.close();
  }
  return { ...progress, files: finished, bytes: progress.bytes, unreadable, cancelled: finished < inputs.length };
}

/** Consecutive inputs, cut where a batch reaches `maxBytes`. */
function batchInputs(inputs: readonly InputFile[], maxBytes: number): InputFile[][] {
  const batches: InputFile[][] = [];
  let batch: InputFile[] = [];
  let bytes = 0;
  for (const input of inputs) {
    batch.push(input);
    bytes += input.bytes;
    if (bytes >= maxBytes || batch.length >= MAX_BATCH_FILES) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
