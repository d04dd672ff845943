/**
 * The export table: one row per finding, the same columns in CSV, JSON Lines and Parquet. Names
 * are snake_case so that SQL reads them unquoted.
 */
export type ColumnType = 'string' | 'int' | 'double' | 'date';

export const COLUMNS = [
  ['file', 'string'],
  ['place', 'string'],
  ['report_year', 'int'],
  ['period', 'int'],
  ['kind', 'string'],
  ['indicator', 'string'],
  ['canonical_indicator', 'string'],
  ['change', 'string'],
  ['value', 'double'],
  ['min', 'double'],
  ['max', 'double'],
  ['unit', 'string'],
  ['comparator', 'string'],
  ['pledge', 'string'],
  ['bound', 'string'],
  ['deadline', 'date'],
  ['section', 'string'],
  ['line', 'int'],
  ['start', 'int'],
  ['end', 'int'],
  ['text', 'string'],
  ['sentence', 'string'],
  // Tracking (docs/tracking.md), on a target whose place has the next year's report in the export.
  ['status', 'string'],
  ['gap', 'double'],
  ['gap_unit', 'string'],
] as const satisfies ReadonlyArray<readonly [string, ColumnType]>;

export type ColumnName = (typeof COLUMNS)[number][0];
export const COLUMN_NAMES: readonly ColumnName[] = COLUMNS.map(([name]) => name);

/** A row's values in COLUMNS order: strings, numbers (ints or doubles), YYYY-MM-DD dates, or null. */
export type ExportRow = (string | number | null)[];

export const COLUMN = Object.fromEntries(COLUMNS.map(([name], i) => [name, i])) as Record<ColumnName, number>;
