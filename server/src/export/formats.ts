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
export function csvRow(row: ExportRow): string {
  return `${row.map(csvField).join(',')}\r\n`;
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One JSON object a line, keys in column order. */
export function jsonlRow(row: ExportRow): string {
  // Written field by field: building an object to stringify took twice as long.
  let line = '';
  for (let i = 0; i < JSON_KEYS.length; i++) line += JSON_KEYS[i]! + jsonValue(row[i] ?? null);
  return `${line}}\n`;
}

/** What JSON.stringify escapes in a string: quotes, backslashes, controls and (when lone) surrogates. */
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify of a field, without its call where nothing needs escaping (a quarter of the formatting). */
function jsonValue(value: string | number | null): string {
  if (value === null) return 'null';
  return typeof value === 'string' && !JSON_ESCAPED.test(value) ? `"${value}"` : JSON.stringify(value);
}

/** `{"file":`, `,"place":` …: each column's key as it opens its field. */
const JSON_KEYS = COLUMN_NAMES.map((name, i) => `${i === 0 ? '{' : ','}${JSON.stringify(name)}:`);

export const formatRow = (format: 'csv' | 'jsonl'): ((row: ExportRow) => string) => (format === 'csv' ? csvRow : jsonlRow);

/**
 * The end of a row whose last columns (status, gap, gap_unit) are empty, as formatRow writes it,
 * and the same end with tracking's outcome: a spooled row is finished by swapping one for the other.
 */
export const EMPTY_TRACKING_TAIL = { csv: ',,,\r\n', jsonl: ',"status":null,"gap":null,"gap_unit":null}\n' } as const;

export function trackingTail(format: 'csv' | 'jsonl', [status, gap, gapUnit]: readonly [string, number | null, string | null]): string {
  if (format === 'csv') return `,${csvField(status)},${csvField(gap)},${csvField(gapUnit)}\r\n`;
  return `,"status":${JSON.stringify(status)},"gap":${JSON.stringify(gap)},"gap_unit":${JSON.stringify(gapUnit)}}\n`;
}
