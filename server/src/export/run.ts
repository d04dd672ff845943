/**
 * One export: reports in, one table out. Consecutive reports go to the workers in batches, and
 * the batches are written in input order through a window of a few per worker, so memory holds
 * at most that window whatever the corpus size, and the rows come in the order of the files.
 *
 * With tracking (the default) the status and gap of a target depend on another report, maybe the
 * corpus's last: the first pass spools the rows, finished but for tracking's columns, and each
 * report's targets and achievements to a temporary folder; tracking pairs them place by place, and
 * a second pass on the main thread writes the spooled rows out with the outcomes put in (text) or
 * their three columns added (Parquet).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { CSV_HEADER, EMPTY_TRACKING_TAIL, trackingTail, type ExportFormat } from './formats';
import type { InputFile, Unreadable } from './inputs';
import type { ExportJob, JobResult } from './messages';
import { openOutput, type Output } from './output';
import { COLUMN, COLUMNS, type ExportRow } from './columns';
import { encodeRowGroup, joinGroups, ParquetAssembler, TRACKING_FROM, type EncodedGroup, type RowGroup } from './parquet';
import { ExportPool } from './pool';
import { Spool, type Piece } from './spool';
import { outcomeKey, Tracking, type Outcome, type Outcomes } from './tracking';

export interface ExportOptions {
  inputs: readonly InputFile[];
  out: string;
  format: ExportFormat;
  /** Default: one per core. */
  workers?: number;
  /** Fill status and gap (a second pass over spooled rows); default true. */
  track?: boolean;
  onProgress?: (progress: ExportProgress) => void;
  onWarning?: (message: string) => void;
  /** Stops reading more reports; what was written stays a valid file. */
  signal?: AbortSignal;
}

export interface ExportProgress {
  /** Reading the reports, then (with tracking) writing the spooled rows. */
  stage: 'reading' | 'writing';
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

/** Batches in flight per worker: one being analysed, the next waiting. Env overrides for measuring. */
const WINDOW_PER_WORKER = Number(process.env.POLICYLENS_WINDOW ?? 2);
/** About 4 000 rows: a reasonable Parquet row group; smaller batches hold less in flight (4 MB ones doubled the peak RSS). */
const MAX_BATCH_BYTES = Number(process.env.POLICYLENS_BATCH_BYTES ?? 1_000_000);
const MAX_BATCH_FILES = 500;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export async function runExport(options: ExportOptions): Promise<ExportSummary> {
  const { inputs, format } = options;
  const track = options.track ?? true;
  const output = openOutput(options.out);
  const sink = chunkSink(output, format);
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), inputs.length || 1));
  const totalBytes = inputs.reduce((sum, f) => sum + f.bytes, 0);
  const progress: ExportProgress = { stage: 'reading', files: 0, totalFiles: inputs.length, bytes: 0, totalBytes, rows: 0 };
  const batches = batchInputs(inputs, Math.max(64_000, Math.min(MAX_BATCH_BYTES, totalBytes / (workers * 4))));
  const filesDone = new Map<number, number>();
  const pool = new ExportPool(workers, { format, track }, {
    onWarning: options.onWarning,
    onFiles(id, count) {
      const done = filesDone.get(id) ?? 0;
      filesDone.set(id, done + count);
      progress.files += count;
      for (const file of batches[id]!.slice(done, done + count)) progress.bytes += file.bytes;
      options.onProgress?.({ ...progress });
    },
  });
  const tempDir = track ? mkdtempSync(path.join(tmpdir(), 'policylens-export-')) : null;
  const unreadable: Unreadable[] = [];
  const failed = (id: number, result: JobResult) => {
    for (const { index, reason } of result.failures) {
      const files = index < 0 ? batches[id]! : [batches[id]![index]!];
      for (const file of files) unreadable.push({ file: file.name, reason });
    }
  };
  let finished = 0;
  try {
    const analyze = (id: number): ExportJob => ({ id, files: batches[id]!.map(({ path, name }) => ({ path, name })) });
    if (!tempDir) {
      finished = await ordered(pool, batches.length, workers, analyze, options.signal, async (result) => {
        failed(result.id, result);
        progress.rows += result.rows;
        await sink.write(result.chunk);
      });
    } else {
      const rows = new Spool(path.join(tempDir, 'rows.jsonl'));
      const tracking = new Tracking(tempDir);
      const pieces: (Piece | null)[] = [];
      const targets: (Int32Array | undefined)[] = [];
      /** Parquet: each batch's row group but for tracking's columns, its bytes spooled. */
      const groups: RowGroup[] = [];
      try {
        finished = await ordered(pool, batches.length, workers, analyze, options.signal, async (result) => {
          failed(result.id, result);
          progress.rows += result.rows;
          const chunk = result.chunk;
          if (chunk !== null && !(chunk instanceof Uint8Array)) groups[result.id] = chunk.rowGroup;
          pieces[result.id] = chunk === null ? null : rows.append(chunk instanceof Uint8Array ? chunk : chunk.bytes);
          targets[result.id] = result.targets;
          if (result.tracked) tracking.add(result.tracked);
        });
        const outcomes = tracking.outcomes();
        progress.stage = 'writing';
        let written = 0;
        // Rows came finished but for tracking's columns: text has their tails rewritten, Parquet them added.
        let scratch = new Uint8Array(0);
        for (let id = 0; id < finished; id++) {
          const piece = pieces[id];
          if (piece && piece.length > scratch.length) scratch = new Uint8Array(Math.ceil(piece.length * 1.5));
          // Written before the next piece is read into the same memory.
          const bytes = piece ? rows.read(piece, scratch) : null;
          if (bytes && format === 'parquet') await sink.write(withTrackingColumns({ bytes, rowGroup: groups[id]! }, targets[id], batches[id]!, outcomes));
          else if (bytes && format !== 'parquet') await sink.write(withOutcomes(bytes, targets[id], batches[id]!, outcomes, format));
          options.onProgress?.({ ...progress, files: ++written, totalFiles: finished });
        }
      } finally {
        rows.close();
        tracking.close();
      }
    }
    await sink.close();
  } finally {
    await pool.close();
    await output.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
  const files = batches.slice(0, finished).reduce((sum, batch) => sum + batch.length, 0);
  return { ...progress, stage: 'reading', files, unreadable, cancelled: files < inputs.length };
}

/**
 * Runs jobs 0…count-1 on the pool, a window of a few per worker in flight, and hands their results
 * to `handle` in job order. Returns how many jobs ran (fewer once `signal` aborts).
 */
async function ordered(pool: ExportPool, count: number, workers: number, job: (id: number) => ExportJob, signal: AbortSignal | undefined, handle: (result: JobResult) => Promise<void>): Promise<number> {
  const pending: Promise<JobResult>[] = [];
  let next = 0;
  const dispatch = () => {
    while (next < count && pending.length < workers * WINDOW_PER_WORKER && !signal?.aborted) pending.push(pool.run(job(next++)));
  };
  dispatch();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    dispatch();
    await handle(result);
  }
  return next;
}

/** Where finished chunks go: text as it is (CSV after its header), Parquet row groups through the assembler. */
function chunkSink(output: Output, format: ExportFormat) {
  const parquet = format === 'parquet' ? new ParquetAssembler(output) : null;
  let started = false;
  return {
    async write(chunk: JobResult['chunk'] | Uint8Array[]): Promise<void> {
      if (!started && format === 'csv') await output.write(CSV_HEADER);
      started = true;
      if (chunk === null) return;
      if (parquet) await parquet.write(chunk as EncodedGroup);
      else await output.write(chunk as Uint8Array | Uint8Array[]);
    },
    async close(): Promise<void> {
      if (!started && format === 'csv') await output.write(CSV_HEADER);
      await parquet?.close();
    },
  };
}

const encoder = new TextEncoder();

/** A spooled text chunk with the outcome of each tracked target written over its empty tracking columns, in parts to write as they are. */
function withOutcomes(bytes: Uint8Array, targets: Int32Array | undefined, files: readonly InputFile[], outcomes: Outcomes, format: 'csv' | 'jsonl'): Uint8Array[] {
  const emptyTail = EMPTY_TRACKING_TAIL[format].length; // ASCII: as many bytes as characters
  const parts: Uint8Array[] = [];
  let from = 0;
  for (let t = 0; targets && t < targets.length; t += 5) {
    const outcome = outcomeOf(targets, t, files, outcomes);
    if (!outcome) continue;
    parts.push(bytes.subarray(from, targets[t]! - emptyTail), encoder.encode(trackingTail(format, outcome)));
    from = targets[t]!;
  }
  parts.push(bytes.subarray(from));
  return parts;
}

/** A row group spooled without tracking's columns, joined with them. */
function withTrackingColumns(head: EncodedGroup, targets: Int32Array | undefined, files: readonly InputFile[], outcomes: Outcomes): EncodedGroup {
  const tails: ExportRow[] = new Array(Number(head.rowGroup.num_rows)).fill(EMPTY_ROW);
  for (let t = 0; targets && t < targets.length; t += 5) {
    const outcome = outcomeOf(targets, t, files, outcomes);
    if (!outcome) continue;
    const row = [...EMPTY_ROW];
    [row[COLUMN.status], row[COLUMN.gap], row[COLUMN.gap_unit]] = outcome;
    tails[targets[t]!] = row;
  }
  return joinGroups(head, encodeRowGroup(tails, TRACKING_FROM));
}

const EMPTY_ROW: ExportRow = COLUMNS.map(() => null);

/** The outcome of the target at `t` in JobResult.targets, if tracking found one. */
function outcomeOf(targets: Int32Array, t: number, files: readonly InputFile[], outcomes: Outcomes): Outcome | undefined {
  return outcomes.get(files[targets[t + 1]!]!.name)?.get(outcomeKey(targets[t + 2]!, targets[t + 3]!, targets[t + 4]!));
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
