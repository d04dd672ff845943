/** The `policylens` command line. Subcommands live in COMMANDS; each returns its exit code. */
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { version } from '../../package.json';
import { analyze, read, toReport } from './core';
import type { Finding, Reading, Report, TableGrowthMismatch } from './core';
import { checkSummaryText } from './core';
import { readSourceLink } from './core';
import type { SummaryProblem } from './core';
import { findingSummary } from './format';
import { loadServerL10n } from './l10nBundle';
import { formatReport } from './reportTable';
import type { Segmenter } from './core';
import { summaryProblems } from './summaryProblems';
import { trackReports, trackTargets, type TrackInput, type TrackedTarget } from './core';
import { trackCounts, trackedLine, trackJson } from './trackFormat';
import { loadJiebaSegmenter } from './jieba';
import { errorMessage, readReportFile } from './reportFile';
import { ExportUsageError } from './export/usage';

const USAGE = 'usage: policylens analyze FILE... [--json] | policylens check SUMMARY... [--source REPORT] [--json] | policylens track EARLIER LATER [--json] | policylens export PATH... --out FILE | policylens lsp --stdio';

const HELP = `PolicyLens: the quantified targets, commitments and deadlines of Chinese government work reports.

Usage:
  policylens analyze FILE... [--json]
  policylens check SUMMARY... [--source REPORT] [--json] [--missing]
  policylens export PATH... --out FILE [--format csv|jsonl|parquet] [--files-from LIST] [--workers N] [--no-track]
  policylens track EARLIER LATER [--json] | policylens track FILE|FOLDER... [--json]
  policylens lsp --stdio | --node-ipc | --socket=PORT
  policylens --help | --version

Commands:
  analyze FILE...  Analyse each report and print its findings as a table.
                   FILE is plain text in UTF-8, UTF-16 or GB18030/GBK; - reads stdin.
  check SUMMARY... Check every quantity of a hand-written summary (.md or .txt) against its
                   source report: one line per problem, SUMMARY:LINE:COLUMN (1-based, as
                   editors open them), then a count. A "mismatch" restates a source figure
                   with another value, unit, comparator (以上 for 以下) or year; an
                   "unsupported" quantity has no counterpart in the source. The source is
                   --source REPORT, else the link in the summary's first lines
                   (来源：../reports/report.txt, source: …, <!-- policylens-source: … -->),
                   relative to the summary's folder. Messages follow LANG (zh_CN: 简体中文).
  export PATH...   Analyse every report and write one table, one row per finding, for research:
                   file, place, report_year, period, kind, indicator, canonical_indicator, change,
                   value, min, max, unit, comparator, pledge (确保/力争/争取/plain), bound
                   (左右/以上/以内/range/plain), deadline, section, line, start, end, text,
                   sentence, and status, gap, gap_unit where the next year's report of the
                   same place is in the export (met, missed, unclear, unreported). PATH is a
                   report or a folder (its .txt files, recursively, hidden ones left out).
                   FILE's extension picks the format: .csv (UTF-8 with a BOM,
                   for Excel), .jsonl or .parquet; - or /dev/stdout writes to standard output
                   (then give --format). Rows come in the order of the files. A progress bar
                   shows on a terminal; files that cannot be read are listed at the end.
  track            Did the targets come true? Pairs the targets of EARLIER (the report for
                   year N) with the achievements of LATER (its review of year N): one line
                   per target, e.g.
                     2022 地区生产总值 增长7.5% → 预计4.5%左右  missed (−3.0 个百分点)
                   then the counts met / missed / unclear / unreported. With more files or
                   with folders (their .txt files), reports are grouped by the place they
                   name (洛阳市, 湖北省) and each year is paired with the next.
  lsp              Run the language server (diagnostics, hovers, symbols, ...) for any
                   editor with an LSP client, e.g. Neovim, Helix or Emacs; it runs until
                   the editor ends it.

Options:
  --json           Print one JSON object per FILE, each on one line (JSON Lines):
                   {"file", "year", "sections", "findings", "tableGrowthMismatches"}.
                   One FILE prints exactly one object. For example:
                     policylens analyze report.txt --json | jq '.findings[]'
                     policylens analyze *.txt --json | jq -s .    (one array of all files)
                   With check: {"summary", "source", "checked", "problems"} per SUMMARY.
                   With track: one object per target, {"place", "period", "indicator",
                   "target", "result", "status", "gap", "gapUnit"} (docs/tracking.md).
  --source REPORT  check: the source report of every SUMMARY, whatever their links say.
  --missing        check: also list the source's targets and commitments the summary leaves out.
  --out FILE       export: where the table goes.
  --format F       export: csv, jsonl or parquet, whatever FILE is called.
  --files-from LIST  export: read the PATHs from LIST, one a line (- for stdin), e.g. a
                   map step: ... | policylens export --files-from - --out - --format jsonl
  --workers N      export: analyse with N worker threads (default: one per core).
  --no-track       export: one pass, leaving status, gap and gap_unit empty (with tracking, the
                   rows wait in a temporary folder until every report is read).
  -q, --quiet      export: no progress bar.
  -h, --help       Show this help.
  --version        Print the version.

Colour is used on a terminal unless NO_COLOR is set.
Exit status: 0 when every FILE was analysed (check: and every summary agrees with its source;
track: a missed target is a finding, not an error); 1 when check finds a problem; 2 when a file could not be read, a summary names no source, or on
a usage error.
`;

class UsageError extends Error {}

type Command = (args: string[]) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  analyze: analyzeCommand,
  check: checkCommand,
  export: exportCorpus,
  track: trackCommand,
  lsp: lspCommand,
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
    if (error instanceof UsageError || error instanceof ExportUsageError) {
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

// ---------------------------------------------------------------- export

/** Loaded on demand, like the server: analyze and check need none of it. */
async function exportCorpus(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) return print(HELP);
  return (await import('./export/command')).exportCommand(args);
}

// ---------------------------------------------------------------- lsp

/**
 * The server of dist/server.js, on the transport named in the arguments (createConnection reads
 * --stdio and the others from process.argv), loaded on demand so that `analyze` does not load it.
 * It never resolves: the client's `exit` notification ends the process.
 */
async function lspCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) return print(HELP);
  if (!args.some((arg) => /^--(stdio|node-ipc|socket=\d+|pipe=.+)$/.test(arg))) {
    throw new UsageError('lsp needs a transport: --stdio, --node-ipc, --socket=PORT or --pipe=NAME');
  }
  const [{ createConnection, ProposedFeatures }, { startServer }] = await Promise.all([
    import('vscode-languageserver/node'),
    import('./server'),
  ]);
  startServer(createConnection(ProposedFeatures.all));
  return new Promise<number>(() => undefined);
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
    const text = readText(file);
    if (text === null) {
      status = 2;
      continue;
    }
    let report: Report;
    try {
      report = analyze(text, { segmenter: segmenter() });
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

// ---------------------------------------------------------------- track

function trackCommand(args: string[]): number {
  const { files: named, flags } = parseArgs(args, ['--json', '--help', '-h']);
  if (flags.has('--help') || flags.has('-h')) return print(HELP);
  if (named.length === 0) throw new UsageError('track needs EARLIER and LATER reports, or a folder of reports');
  loadServerL10n(process.env.LANG);
  let status = 0;
  const files = named.flatMap((name) => {
    const inFolder = reportsInFolder(name);
    if (inFolder !== null && inFolder.length === 0) process.stderr.write(`policylens: ${name}: ${l10n.t('no .txt files in the folder')}\n`);
    return inFolder ?? [name];
  });
  const inputs: TrackInput[] = [];
  for (const file of files) {
    const read = readSource(file);
    if (read === null) status = 2;
    else inputs.push({ file, report: toReport(read.reading) });
  }
  if (named.length === 1 && inputs.length < 2 && status === 0) throw new UsageError('track needs two reports: EARLIER LATER, or a folder holding several years');
  const pairOnly = named.length === 2 && files.length === 2;
  const rows = pairOnly ? (inputs.length === 2 ? trackPair(inputs[0]!, inputs[1]!) : []) : trackReports(inputs);
  if (flags.has('--json')) {
    process.stdout.write(rows.map((r) => `${JSON.stringify(trackJson(r))}\n`).join(''));
    return status;
  }
  let pair = '';
  for (const row of rows) {
    const heading = `${row.place ?? l10n.t('place unknown')}: ${row.target.file} → ${row.result?.file ?? laterFileOf(rows, row)}`;
    if (heading !== pair) process.stdout.write(`${pair === '' ? '' : '\n'}${heading}\n`);
    pair = heading;
    process.stdout.write(`  ${trackedLine(row)}\n`);
  }
  if (rows.length === 0 && inputs.length >= 2) process.stdout.write(`${l10n.t('no targets to track: no two reports of one place for consecutive years')}\n`);
  process.stdout.write(`${trackCounts(rows)}\n`);
  return status;
}

/** The two reports the user named: EARLIER's targets for the year LATER reviews, whatever their places say. */
function trackPair(earlier: TrackInput, later: TrackInput): TrackedTarget[] {
  const [a, b] = [earlier.report.place, later.report.place];
  if (a !== null && b !== null && a !== b) {
    process.stderr.write(`policylens: ${l10n.t('{0} is about {1}, {2} about {3}; paired as asked', earlier.file, a, later.file, b)}\n`);
  }
  const period = later.report.year !== null ? later.report.year - 1 : earlier.report.year;
  return period === null ? [] : trackTargets([earlier], [later], period, a ?? b);
}

/** The later file of a pair where the target row found no result: the file another row of its pair names. */
function laterFileOf(rows: readonly TrackedTarget[], row: TrackedTarget): string {
  const sibling = rows.find((r) => r.target.file === row.target.file && r.result !== null);
  return sibling?.result?.file ?? '—';
}

/** The .txt files under a folder, in name order; null when `name` is no folder. */
function reportsInFolder(name: string): string[] | null {
  try {
    if (name === '-' || !statSync(name).isDirectory()) return null;
  } catch {
    return null;
  }
  return readdirSync(name, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.txt') && !file.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort()
    .map((file) => path.join(name, file));
}

// ---------------------------------------------------------------- check

function checkCommand(args: string[]): number {
  const { files, flags, source } = parseCheckArgs(args);
  if (flags.has('--help') || flags.has('-h')) return print(HELP);
  if (files.length === 0) throw new UsageError('check needs a SUMMARY');
  loadServerL10n(process.env.LANG);
  const json = flags.has('--json');
  const sources = new Map<string, { text: string; reading: Reading } | null>();

  let status = 0;
  for (const file of files) {
    const text = readText(file);
    if (text === null) {
      status = 2;
      continue;
    }
    const sourceFile = source ?? linkedSource(file, text);
    if (sourceFile === null) {
      process.stderr.write(`policylens: ${file}: ${l10n.t('the summary names no source: add a line such as 来源：../reports/report.txt near its top, or pass --source REPORT')}\n`);
      status = 2;
      continue;
    }
    if (!sources.has(sourceFile)) sources.set(sourceFile, readSource(sourceFile));
    const read = sources.get(sourceFile);
    if (!read) {
      status = 2;
      continue;
    }
    const check = checkSummaryText(text, read.reading, { segmenter: segmenter() });
    const problems = summaryProblems(check);
    if (problems.length > 0 && status === 0) status = 1;
    if (json) {
      process.stdout.write(`${JSON.stringify({ summary: file, source: sourceFile, checked: check.checked.length, problems })}\n`);
      continue;
    }
    process.stdout.write(problems.map((p) => `${problemLine(file, p)}\n`).join(''));
    const mismatches = problems.filter((p) => p.problem === 'mismatch').length;
    process.stdout.write(`${problems.length === 0
      ? l10n.t('{0}: {1} quantities checked against {2}: all agree', file, check.checked.length, sourceFile)
      : l10n.t('{0}: {1} quantities checked against {2}: {3} mismatched, {4} unsupported', file, check.checked.length, sourceFile, mismatches, problems.length - mismatches)}\n`);
    if (flags.has('--missing') && check.missing.length > 0) {
      process.stdout.write(`${l10n.t('{0} targets and commitments of the source are not in the summary:', check.missing.length)}\n`);
      process.stdout.write(check.missing.map((f) => `  ${sourceFile}:${f.line}:${f.start + 1}  ${findingSummary(f)}\n`).join(''));
    }
  }
  return status;
}

/** Like parseArgs, with --source REPORT (or --source=REPORT). */
function parseCheckArgs(args: string[]): { files: string[]; flags: Set<string>; source: string | null } {
  const rest: string[] = [];
  let source: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === '--source' || arg.startsWith('--source=')) {
      const value = arg === '--source' ? args[++i] : arg.slice('--source='.length);
      if (value === undefined || value === '') throw new UsageError('--source needs a REPORT');
      source = value;
    } else rest.push(arg);
  }
  return { ...parseArgs(rest, ['--json', '--missing', '--help', '-h']), source };
}

/** The summary's own link, relative to its folder (to the working folder for stdin). */
function linkedSource(file: string, text: string): string | null {
  const link = readSourceLink(text);
  if (link === null) return null;
  return path.isAbsolute(link) ? link : path.join(file === '-' ? '.' : path.dirname(file), link);
}

function readSource(file: string): { text: string; reading: Reading } | null {
  const text = readText(file);
  if (text === null) return null;
  try {
    return { text, reading: read(text, { segmenter: segmenter() }) };
  } catch (error) {
    process.stderr.write(`policylens: ${file}: analysis failed: ${errorMessage(error)}\n`);
    return null;
  }
}

/** `digest.md:9:9  mismatch  Summary: 增长9%以上; source line 27: 增长8%以上 (value)`: columns 1-based, as editors open them. */
function problemLine(file: string, p: SummaryProblem): string {
  return `${file}:${p.line}:${p.start + 1}  ${p.problem.padEnd(11)}  ${p.message}`;
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

/** The file's text, or null after naming the file and the reason on stderr. */
function readText(file: string): string | null {
  const decoded = readReportFile(file);
  if (decoded.ok) return decoded.text;
  process.stderr.write(`policylens: ${file}: ${decoded.reason}\n`);
  return null;
}

/** The findings.md object, keys in the order the contract lists them. */
export function reportJson(file: string, report: Report) {
  return {
    file,
    year: report.year,
    place: report.place,
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

if (typeof require !== 'undefined' && require.main === module) void run();
