/** `policylens export PATH... --out FILE`: the corpus as one table, for research. */
import { readFileSync } from 'node:fs';
import { errorMessage } from '../reportFile';
import { FORMATS, formatOfFile, type ExportFormat } from './formats';
import { collectInputs, parseFileList } from './inputs';
import { progressBar } from './progress';
import { runExport } from './run';
import { ExportUsageError } from './usage';

interface ExportArgs {
  paths: string[];
  out: string;
  format: ExportFormat;
  workers: number | undefined;
  quiet: boolean;
  track: boolean;
}

export async function exportCommand(args: string[]): Promise<number> {
  const parsed = parseExportArgs(args);
  const { inputs, unreadable } = collectInputs(parsed.paths);
  if (inputs.length === 0 && unreadable.length === 0) throw new ExportUsageError('export found no .txt report in the given paths');

  const bar = !parsed.quiet && process.stderr.isTTY ? progressBar(process.stderr) : null;
  let summary;
  try {
    summary = await runExport({
      inputs,
      out: parsed.out,
      format: parsed.format,
      workers: parsed.workers,
      track: parsed.track,
      onProgress: bar ? (p) => bar.update(p) : undefined,
      onWarning: (message) => process.stderr.write(`policylens: ${message}\n`),
    });
  } catch (error) {
    bar?.done();
    process.stderr.write(`policylens: cannot write ${parsed.out}: ${errorMessage(error)}\n`);
    return 2;
  }
  bar?.done();
  const failed = [...unreadable, ...summary.unreadable];
  if (!parsed.quiet && process.stderr.isTTY) {
    process.stderr.write(`policylens: ${summary.rows} findings from ${summary.files - summary.unreadable.length} reports → ${parsed.out}\n`);
  }
  if (failed.length > 0) {
    process.stderr.write(`policylens: ${failed.length} ${failed.length === 1 ? 'file' : 'files'} could not be read:\n`);
    for (const { file, reason } of failed) process.stderr.write(`  ${file}: ${reason}\n`);
  }
  return failed.length > 0 ? 2 : 0;
}

function parseExportArgs(args: string[]): ExportArgs {
  const paths: string[] = [];
  let out: string | undefined;
  let format: ExportFormat | undefined;
  let workers: number | undefined;
  let quiet = false;
  let track = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new ExportUsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (flag === '--out' || flag === '-o') out = value();
    else if (flag === '--format') format = parseFormat(value());
    else if (flag === '--workers') workers = parseWorkers(value());
    else if (flag === '--files-from') paths.push(...parseFileList(readList(value())));
    else if (flag === '--quiet' || flag === '-q') quiet = true;
    else if (flag === '--no-track') track = false;
    else if (flag.startsWith('-') && flag !== '-') throw new ExportUsageError(`unknown option '${arg}'`);
    else paths.push(arg);
  }
  if (out === undefined) throw new ExportUsageError('export needs --out FILE (.csv, .jsonl or .parquet)');
  format ??= formatOfFile(out) ?? undefined;
  if (format === undefined) throw new ExportUsageError(`cannot tell the format of '${out}': name it .csv, .jsonl or .parquet, or pass --format`);
  if (paths.length === 0) throw new ExportUsageError('export needs at least one PATH (a report or a folder), or --files-from LIST');
  return { paths, out, format, workers, quiet, track };
}

function parseFormat(value: string): ExportFormat {
  const format = FORMATS.find((f) => f === value.toLowerCase());
  if (!format) throw new ExportUsageError(`unknown format '${value}': csv, jsonl or parquet`);
  return format;
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ExportUsageError(`--workers needs a whole number of at least 1, not '${value}'`);
  return n;
}

function readList(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new ExportUsageError(`cannot read the file list ${file}: ${errorMessage(error)}`);
  }
}
