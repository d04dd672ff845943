/** CSV as Excel reads it: a byte-order mark (so the Chinese is read as UTF-8), CRLF rows as RFC 4180 has them. */

export type CsvValue = string | number | boolean | null | undefined;

export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  // Excel runs a cell that starts with = + - or @ as a formula; the apostrophe keeps it text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
