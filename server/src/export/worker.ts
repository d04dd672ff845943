/**
 * One export worker (dist/exportWorker.js): loads jieba once, then reads, analyses and formats
 * one report per job. Everything CPU-heavy of the export happens here, not on the main thread.
 */
import * as path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { read, type Segmenter } from '../core';
import { loadJiebaSegmenter } from '../jieba';
import { errorMessage, readReportFile } from '../reportFile';
import { csvRows, jsonlRows } from './formats';
import type { ExportJob, JobResult, WorkerMessage, WorkerSetup } from './messages';
import { exportRows } from './rows';

const { format } = workerData as WorkerSetup;
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);

let segmenter: Segmenter | undefined;
try {
  segmenter = loadJiebaSegmenter({ dictDir: path.join(__dirname, 'dict') });
} catch (error) {
  post({ warning: `word segmentation unavailable (${errorMessage(error)}); indicators may be rougher` });
}

port.on('message', (job: ExportJob) => post(exportJob(job)));

function exportJob({ id, path: file, name }: ExportJob): JobResult {
  const decoded = readReportFile(file);
  if (!decoded.ok) return { id, ok: false, reason: decoded.reason };
  try {
    const rows = exportRows(name, decoded.text, read(decoded.text, { segmenter }));
    const chunk = format === 'csv' ? csvRows(rows) : format === 'jsonl' ? jsonlRows(rows) : rows;
    return { id, ok: true, rows: rows.length, chunk };
  } catch (error) {
    return { id, ok: false, reason: `analysis failed: ${errorMessage(error)}` };
  }
}
