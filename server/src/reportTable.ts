/** The readable table `policylens analyze` prints: kind, line, indicator, value, deadline, padded by display width. */
import { KINDS, type Finding, type Kind, type Report } from './core';

const KIND_COLORS: Record<Kind, number> = { target: 32, commitment: 36, achievement: 34, baseline: 35, date: 33 };
const COMPARATOR_SIGNS: Record<string, string> = { '=': '', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈', range: '' };
const MAX_INDICATOR_WIDTH = 32;
const MAX_VALUE_WIDTH = 36;

export function formatReport(file: string, report: Report, color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const counts = KINDS.map((kind) => `${report.findings.filter((f) => f.kind === kind).length} ${kind}`).join(', ');
  const year = report.year === null ? 'year unknown' : `year ${report.year}`;
  const place = report.place === null ? '' : `${report.place} · `;
  const lines = [paint(1, `${file} · ${place}${year} · ${report.findings.length} findings: ${counts}`)];

  if (report.findings.length === 0) lines.push('  (no findings)');
  else {
    const header = ['kind', 'line', 'indicator', 'value', 'deadline'];
    const rows = report.findings.map((f) => [
      f.kind,
      String(f.line),
      truncate([f.indicator, f.change].filter(Boolean).join(' '), MAX_INDICATOR_WIDTH),
      truncate(formatValue(f), MAX_VALUE_WIDTH),
      f.deadline ?? '',
    ]);
    const widths = header.map((title, col) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[col] ?? ''))));
    const layout = (cells: string[]) =>
      cells
        .map((cell, col) => (col === 1 ? padStart(cell, widths[col] ?? 0) : col === cells.length - 1 ? cell : padEnd(cell, widths[col] ?? 0)))
        .join('  ')
        .trimEnd();
    lines.push(paint(2, `  ${layout(header)}`));
    for (const row of rows) {
      const kind = row[0] as Kind;
      lines.push(`  ${layout(row).replace(kind, paint(KIND_COLORS[kind], kind))}`);
    }
  }

  if (report.tableGrowthMismatches.length > 0) {
    lines.push('', paint(1, 'Table growth mismatches:'));
    for (const m of report.tableGrowthMismatches) {
      lines.push(
        paint(
          33,
          `  line ${m.line}  ${m.indicator}: ${formatNumber(m.baseline)} → ${formatNumber(m.target)} in ${m.years} years` +
            ` implies ${formatNumber(m.impliedGrowth, 1)}%/yr, the table says ${formatNumber(m.statedGrowth, 1)}%/yr`,
        ),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The text as written and, in brackets, what it was read as: `8%以上 (≥8 %)`. */
function formatValue(f: Finding): string {
  const unit = f.unit ? ` ${f.unit}` : '';
  let normalised = '';
  if (f.min !== null && f.max !== null) normalised = `${formatNumber(f.min)}–${formatNumber(f.max)}${unit}`;
  else if (f.value !== null) normalised = `${COMPARATOR_SIGNS[f.comparator ?? '='] ?? ''}${formatNumber(f.value)}${unit}`;
  return normalised ? `${f.text} (${normalised})` : f.text;
}

function formatNumber(value: number, fractionDigits = 6): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: fractionDigits });
}

// ---------------------------------------------------------------- display width

/** Terminal columns `text` takes: East Asian wide characters take two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0) ?? 0);
  return width;
}

function charWidth(code: number): number {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x300 && code <= 0x36f) || code === 0x200b) return 0;
  if ((code >= 0xfe00 && code <= 0xfe0f) || code === 0xfeff) return 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

function truncate(text: string, maxWidth: number): string {
  if (displayWidth(text) <= maxWidth) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > maxWidth - 1) break;
    out += char;
  }
  return `${out}…`;
}
