/** The `policylens` command line. Subcommands live in COMMANDS; each returns its exit code. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { version } from '../../package.json';
import { analyze } from './core/analyze';
import { decodeReport, type DecodeResult } from './core/decode';
import type { Finding, Report, TableGrowthMismatch } from './core/types';
import { formatReport } from './reportTable';
import type { Segmenter } from './core/segmenter';
import { loadJiebaSegmenter } from './jieba';

const USAGE = 'usage: policylens analyze FILE... [--json] | policylens lsp --stdio';

const HELP = `PolicyLens: the quantified targets, commitments and deadlines of Chinese government work reports.

Usage:
  policylens analyze FILE... [--json]
  policylens lsp --stdio | --node-ipc | --socket=PORT
  policylens --help | --version

Commands:
  analyze FILE...  Analyse each report and print its findings as a table.
                   FILE is plain text in UTF-8, UTF-16 or GB18030/GBK; - reads stdin.
  lsp              Run the language server (diagnostics, hovers, symbols, ...) for any
                   editor with an LSP client, e.g. Neovim, Helix or Emacs; it runs until
                   the editor ends it.

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

if (typeof require !== 'undefined' && require.main === module) void run();
