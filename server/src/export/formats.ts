/** The export's text formats, one row at a time, and which format a file name asks for. */
import { COLUMN_NAMES, type ExportRow } from './columns';

export const FORMATS = ['csv', 'jsonl', 'parquet'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** The format an output file's extension names (.csv, .jsonl or .ndjson, .parquet), or null. */
export function formatOfFile(file: string): ExportFormat | null {
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (extension === 'ndjson') return 'jsonl';
  return FORMATS.find((format) => format === extension) ?? null;
}

/** A UTF-8 byte-order mark first, so that Excel reads the Chinese as UTF-8. */
export const CSV_HEADER = `\uFEFF${COLUMN_NAMES.join(',')}\r\n`;

/** RFC 4180: CRLF rows, a field quoted when it holds a comma, a quote or a line break. */
export function csvRows(rows: readonly ExportRow[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(csvField).join(',')}\r\n`;
  return out;
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One JSON object a line, keys in column order. */
export function jsonlRows(rows: readonly ExportRow[]): string {
  let out = '';
  for (const row of rows) {
    const object: Record<string, string | number | null> = {};
    COLUMN_NAMES.forEach((name, i) => (object[name] = row[i] ?? null));
    out += `${JSON.stringify(object)}\n`;
  }
  return out;
}
