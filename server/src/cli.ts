/** The `policylens` command line. Subcommands live in COMMANDS; each returns its exit code. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { version } from '../../package.json';
import { analyze } from './core/analyze';
import { decodeReport, type DecodeResult } from './core/decode';
import type { Finding, Kind, Report, TableGrowthMismatch } from './core/types';
import type { Segmenter } from './core/segmenter';
import { loadJiebaSegmenter } from './jieba';

const USAGE = 'usage: policylens analyze FILE... [--json]';

const HELP = `PolicyLens: the quantified targets, commitments and deadlines of Chinese government work reports.

Usage:
  policylens analyze FILE... [--json]
  policylens --help | --version

Commands:
  analyze FILE...  Analyse each report and print its findings as a table.
                   FILE is plain text in UTF-8, UTF-16 or GB18030/GBK; - reads stdin.

Options:
  --json           Print one JSON object per FILE, each on one line (JSON Lines):
                   {"file", "year", "sections", "findings", "tableGrowthMismatches"}.
                   One FILE prints exactly one object. For example:
                     policylens analyze report.txt --json | jq '.findings[]'
                     policylens analyze *.txt --json | jq -s .    (one array of all files)
  -h, --help       Show this help.
  --version        Print the version.

Colour is used on a terminal unless NO_COLOR is set.
Exit status: 0 when every FILE was analysed; 2 when a FILE could not be read, or on a usage error.
`;

class UsageError extends Error {}

type Command = (args: string[]) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  analyze: analyzeCommand,
};

export async function main(argv: string[]): Promise<number> {
  try {
    const [name, ...args] = argv;
    if (name === '-h' || name === '--help' || name === 'help') return print(HELP);
    if (name === '--version') return print(`${version}\n`);
    if (name === undefined) throw new UsageError('no command given');
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command '${name}'`);
    return await command(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`policylens: ${error.message}\n${USAGE}\nTry 'policylens --help' for more.\n`);
    } else {
      process.stderr.write(`policylens: internal error: ${errorMessage(error)}\n`);
      if (process.env.POLICYLENS_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    }
    return 2;
  }
}

/** Entry of bin/policylens.js (and of `node dist/cli.js`). */
export async function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  // `policylens … | head` closes the pipe early: stop quietly instead of throwing EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(argv);
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

/** Splits arguments into files and the known flags; `--` ends the flags, `-` is stdin. */
function parseArgs(args: string[], known: string[]): { files: string[]; flags: Set<string> } {
  const files: string[] = [];
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (known.includes(arg)) flags.add(arg);
    else throw new UsageError(`unknown option '${arg}'`);
  }
  return { files, flags };
}

// ---------------------------------------------------------------- analyze

function analyzeCommand(args: string[]): number {
  const { files, flags } = parseArgs(args, ['--json', '--help', '-h']);
  if (flags.has('--help') || flags.has('-h')) return print(HELP);
  if (files.length === 0) throw new UsageError('analyze needs at least one FILE');
  const json = flags.has('--json');
  const color = !json && process.stdout.isTTY === true && !process.env.NO_COLOR;

  let status = 0;
  let separator = '';
  for (const file of files) {
    const decoded = readReport(file);
    if (!decoded.ok) {
      process.stderr.write(`policylens: ${file}: ${decoded.reason}\n`);
      status = 2;
      continue;
    }
    let report: Report;
    try {
      report = analyze(decoded.text, { segmenter: segmenter() });
    } catch (error) {
      process.stderr.write(`policylens: ${file}: analysis failed: ${errorMessage(error)}\n`);
      status = 2;
      continue;
    }
    process.stdout.write(json ? `${JSON.stringify(reportJson(file, report))}\n` : separator + formatReport(file, report, color));
    separator = '\n';
  }
  return status;
}

let jieba: Segmenter | undefined;

/** nodejieba with our trimmed dictionary, loaded once; without it indicators are cut by the vocabulary alone. */
function segmenter(): Segmenter | undefined {
  if (jieba) return jieba;
  try {
    jieba = loadJiebaSegmenter({ dictDir: path.join(__dirname, 'dict') });
  } catch (error) {
    process.stderr.write(`policylens: word segmentation unavailable (${errorMessage(error)}); indicators may be rougher\n`);
    jieba = undefined;
  }
  return jieba;
}

function readReport(file: string): DecodeResult {
  try {
    return decodeReport(readFileSync(file === '-' ? 0 : file));
  } catch (error) {
    const reasons: Record<string, string> = {
      ENOENT: 'no such file',
      EISDIR: 'is a directory',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
    };
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, reason: reasons[code] ?? errorMessage(error) };
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The findings.md object, keys in the order the contract lists them. */
export function reportJson(file: string, report: Report) {
  return {
    file,
    year: report.year,
    sections: report.sections.map(({ title, level, line, endLine, tense }) => ({ title, level, line, endLine, tense })),
    findings: report.findings.map(findingJson),
    tableGrowthMismatches: report.tableGrowthMismatches.map(
      ({ line, indicator, baseline, target, years, statedGrowth, impliedGrowth }) =>
        ({ line, indicator, baseline, target, years, statedGrowth, impliedGrowth }) satisfies TableGrowthMismatch,
    ),
  };
}

function findingJson(f: Finding): Finding {
  const { kind, line, start, end, text, indicator, change, value, min, max, unit, comparator, deadline, section } = f;
  return { kind, line, start, end, text, indicator, change, value, min, max, unit, comparator, deadline, section };
}

// ---------------------------------------------------------------- text output

const KINDS: Kind[] = ['target', 'commitment', 'achievement', 'baseline', 'date'];
const KIND_COLORS: Record<Kind, number> = { target: 32, commitment: 36, achievement: 34, baseline: 35, date: 33 };
const COMPARATOR_SIGNS: Record<string, string> = { '=': '', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈', range: '' };
const MAX_INDICATOR_WIDTH = 24;
const MAX_VALUE_WIDTH = 36;

export function formatReport(file: string, report: Report, color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const counts = KINDS.map((kind) => `${report.findings.filter((f) => f.kind === kind).length} ${kind}`).join(', ');
  const year = report.year === null ? 'year unknown' : `year ${report.year}`;
  const lines = [paint(1, `${file} · ${year} · ${report.findings.length} findings: ${counts}`)];

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

if (typeof require !== 'undefined' && require.main === module) void run();
