/**
 * One export worker (dist/exportWorker.js): loads jieba once, then reads, analyses and formats
 * each job's reports, and for Parquet encodes and compresses them too. Everything CPU-heavy of
 * the export happens here, not on the main thread.
 */
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { read, type Segmenter } from '../core';
import { loadJiebaSegmenter } from '../jieba';
import { errorMessage, readReportFile } from '../reportFile';
import type { ExportRow } from './columns';
import { csvRows, jsonlRows } from './formats';
import type { ExportJob, JobResult, WorkerMessage, WorkerSetup } from './messages';
import { encodeRowGroup } from './parquet';
import { exportRows } from './rows';

const { format } = workerData as WorkerSetup;
const port = parentPort!;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let segmenter: Segmenter | undefined;
try {
  segmenter = loadJiebaSegmenter({ dictDir: path.join(__dirname, 'dict') });
} catch (error) {
  post({ kind: 'warning', message: `word segmentation unavailable (${errorMessage(error)}); indicators may be rougher` });
}

port.on('message', (job: ExportJob) => {
  const result = exportJob(job);
  const chunk = result.chunk;
  post({ kind: 'result', result }, chunk !== null && typeof chunk !== 'string' ? [chunk.bytes.buffer as ArrayBuffer] : []);
});

function exportJob({ id, files }: ExportJob): JobResult {
  const rows: ExportRow[] = [];
  const failures: JobResult['failures'] = [];
  files.forEach((file, index) => {
    const reason = exportFile(file.path, file.name, rows);
    if (reason !== null) failures.push({ index, reason });
    post({ kind: 'file', id });
  });
  const chunk = rows.length === 0 ? null : format === 'csv' ? csvRows(rows) : format === 'jsonl' ? jsonlRows(rows) : encodeRowGroup(rows);
  return { id, rows: rows.length, chunk, failures };
}

/** Appends the file's rows; the reason it gave none, or null. */
function exportFile(file: string, name: string, rows: ExportRow[]): string | null {
  const decoded = readReportFile(file);
  if (!decoded.ok) return decoded.reason;
  try {
    for (const row of exportRows(name, decoded.text, read(decoded.text, { segmenter }))) rows.push(row);
    return null;
  } catch (error) {
    return `analysis failed: ${errorMessage(error)}`;
  }
}
