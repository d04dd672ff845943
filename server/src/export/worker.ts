/**
 * One export worker (dist/exportWorker.js): loads jieba once, then reads, analyses and formats
 * each job's reports, and for Parquet encodes and compresses them too. Everything CPU-heavy of
 * the export happens here, not on the main thread.
 */
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { read, toReport, type Segmenter, type TrackInput } from '../core';
import { loadJiebaSegmenter } from '../jieba';
import { errorMessage, readReportFile } from '../reportFile';
import { COLUMN, type ExportRow } from './columns';
import { formatRow } from './formats';
import type { ExportJob, JobResult, TrackedReports, WorkerMessage, WorkerSetup } from './messages';
import { encodeRowGroup, TRACKING_FROM } from './parquet';
import { exportRows } from './rows';

const { format, track } = workerData as WorkerSetup;
const port = parentPort!;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let segmenter: Segmenter | undefined;
try {
  segmenter = loadJiebaSegmenter({ dictDir: path.join(__dirname, 'dict') });
} catch (error) {
  post({ kind: 'warning', message: `word segmentation unavailable (${errorMessage(error)}); indicators may be rougher` });
}

port.on('message', (job: ExportJob) => {
  let result: JobResult;
  try {
    result = analyzeJob(job);
  } catch (error) {
    result = { id: job.id, rows: 0, chunk: null, failures: [{ index: -1, reason: `export failed: ${errorMessage(error)}` }] };
  }
  const chunk = result.chunk;
  const moved = [chunk instanceof Uint8Array ? chunk : chunk?.bytes, result.tracked?.bytes, result.targets];
  post({ kind: 'result', result }, moved.filter((bytes) => bytes !== undefined).map((bytes) => bytes.buffer as ArrayBuffer));
});

const encoder = new TextEncoder();

/** Files done, told to the main thread a few times a second rather than one message a file. */
const progress = {
  count: 0,
  last: 0,
  done(id: number) {
    this.count++;
    if (performance.now() - this.last >= 100) this.flush(id);
  },
  flush(id: number) {
    if (this.count > 0) post({ kind: 'files', id, count: this.count });
    [this.count, this.last] = [0, performance.now()];
  },
};

function analyzeJob({ id, files }: ExportJob): JobResult {
  const rows: ExportRow[] = [];
  const fileOfRow: number[] = [];
  const reports: TrackInput[] = [];
  const failures: JobResult['failures'] = [];
  files.forEach((file, index) => {
    const reason = exportFile(file.path, file.name, rows, reports);
    if (reason !== null) failures.push({ index, reason });
    while (fileOfRow.length < rows.length) fileOfRow.push(index);
    progress.done(id);
  });
  progress.flush(id);
  if (!track) return { id, rows: rows.length, chunk: finished(rows), failures };
  if (format !== 'parquet') return { id, rows: rows.length, ...textWithTargets(format, rows, fileOfRow), failures, tracked: asTracked(reports) };
  // Tracking's columns are encoded by the main thread once the outcomes are known.
  const chunk = rows.length === 0 ? null : encodeRowGroup(rows, 0, TRACKING_FROM);
  return { id, rows: rows.length, chunk, targets: targetsOf(rows, fileOfRow, (k) => k), failures, tracked: asTracked(reports) };
}

/** The rows as finished text, and where each target row ends in its bytes, for tracking to fill in. */
function textWithTargets(textFormat: 'csv' | 'jsonl', rows: readonly ExportRow[], fileOfRow: readonly number[]) {
  const format = formatRow(textFormat);
  const text = utf8.cleared();
  const ends = rows.map((row) => text.append(format(row)));
  return { chunk: rows.length === 0 ? null : text.take(), targets: targetsOf(rows, fileOfRow, (k) => ends[k]!) };
}

/** Per target row (JobResult.targets) its position (`at`), its file's index in the job, its line, start and end. */
function targetsOf(rows: readonly ExportRow[], fileOfRow: readonly number[], at: (row: number) => number): Int32Array {
  const targets: number[] = [];
  rows.forEach((row, k) => {
    if (row[COLUMN.kind] === 'target') targets.push(at(k), fileOfRow[k]!, row[COLUMN.line] as number, row[COLUMN.start] as number, row[COLUMN.end] as number);
  });
  return Int32Array.from(targets);
}

/**
 * UTF-8 written row by row into one growing buffer: no string of the whole chunk to build and
 * flatten first, and each row's end is known as it is written.
 */
class Utf8Builder {
  private bytes = new Uint8Array(1 << 20);
  private length = 0;

  /** Empty again, its memory kept: fresh memory for every chunk was faulted in page by page. */
  cleared(): this {
    this.length = 0;
    return this;
  }

  /** Appends `text`; returns the length so far. */
  append(text: string): number {
    if (this.bytes.length - this.length < text.length * 3) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + text.length * 3));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
    return this.length;
  }

  /** The bytes written, in an ArrayBuffer of their own (so they can be moved). */
  take(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** The worker's one builder: each chunk is taken from it before the next is written. */
const utf8 = new Utf8Builder();

function utf8Rows(rows: readonly ExportRow[], format: (row: ExportRow) => string): Uint8Array {
  const text = utf8.cleared();
  for (const row of rows) text.append(format(row));
  return text.take();
}

/** The reports as one run of JSON texts, for the main thread to spool without reading them. */
function asTracked(reports: readonly TrackInput[]): TrackedReports {
  const text = utf8.cleared();
  let end = 0;
  const spooled = reports.map((input) => {
    const start = end;
    end = text.append(JSON.stringify(input));
    return { place: input.report.place!, year: input.report.year!, length: end - start };
  });
  return { bytes: text.take(), reports: spooled };
}

function finished(rows: ExportRow[]) {
  if (rows.length === 0) return null;
  return format === 'parquet' ? encodeRowGroup(rows) : utf8Rows(rows, formatRow(format));
}

/** Appends the file's rows (and, when tracking, its targets and achievements); the reason it gave none, or null. */
function exportFile(file: string, name: string, rows: ExportRow[], reports: TrackInput[]): string | null {
  const decoded = readReportFile(file);
  if (!decoded.ok) return decoded.reason;
  try {
    const reading = read(decoded.text, { segmenter, subjects: false });
    for (const row of exportRows(name, reading)) rows.push(row);
    if (track && reading.place !== null && reading.year !== null) {
      const report = toReport(reading);
      const findings = report.findings.filter((f) => f.kind === 'target' || f.kind === 'achievement');
      reports.push({ file: name, report: { ...report, sections: [], findings, tableGrowthMismatches: [] } });
    }
    return null;
  } catch (error) {
    return `analysis failed: ${errorMessage(error)}`;
  }
}
