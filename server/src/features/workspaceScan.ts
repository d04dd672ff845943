/**
 * Finds the report files of every workspace folder, opened or not, for workspace symbols and the
 * Indicators view: .txt files that match `policyLens.files`, or whose opening reads like a
 * report. Only the first bytes of each file are read; the analysis waits until a feature asks.
 * The walk skips `files.exclude`, node_modules and dot-folders, yields to the event loop between
 * files, shows cancellable progress, and stops at `policyLens.workspace.maxFiles` reports.
 */
import { closeSync, openSync, readSync, type Dirent } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import picomatch from 'picomatch';
import { CancellationToken, FileChangeType, type Connection, type FileEvent, type WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { decodeReport } from '../core';
import { DETECTION_PREFIX_LENGTH, looksLikeReport } from '../core';
import type { Dismissals } from '../dismissals';
import type { Reports } from '../documents';
import type { Settings } from '../settings';
import { fileSystemPath, isInside, relativePath } from '../paths';

/** Enough bytes for the detection prefix even in UTF-8, where a Chinese character takes three. */
const HEAD_BYTES = DETECTION_PREFIX_LENGTH * 3;
/** Plain text only, as in the editor: a Markdown file about a report (a digest, notes) is not one. */
const CANDIDATE = /\.txt$/i;
const IGNORE_FILE = /[\\/]\.policylens[\\/]ignore\.json$/;
const SKIPPED_FOLDERS = new Set(['node_modules']);
/** Progress messages every so many files, not for each. */
const PROGRESS_EVERY = 100;

export class WorkspaceScan {
  private excluded: (relativePath: string) => boolean = () => false;
  /** The `files.exclude` globs in force. */
  exclude: string[] = [];
  /** The workspace folders on disk, from the last run. */
  private folders: string[] = [];
  private indexed = new Set<string>();
  /** A newer run supersedes an older one still walking. */
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly reports: Reports,
    private readonly log: (message: string) => void,
  ) {}

  /** VS Code's `files.exclude`: globs mapped to true are skipped (a `{ when }` value is not). */
  setExclude(filesExcludeSetting: unknown): void {
    const globs = typeof filesExcludeSetting === 'object' && filesExcludeSetting !== null
      ? Object.entries(filesExcludeSetting).filter(([, on]) => on === true).map(([glob]) => glob)
      : [];
    this.exclude = globs;
    this.excluded = globs.length > 0 ? picomatch(globs, { dot: true }) : () => false;
  }

  async run(folderUris: string[], settings: Settings): Promise<void> {
    const generation = ++this.generation;
    this.folders = outermost(folderUris.flatMap((uri) => fileSystemPath(uri) ?? []));
    const max = settings.workspace.maxFiles;
    if (max === 0) return this.index(new Set());

    const progress = await this.connection.window.createWorkDoneProgress().catch(() => NO_PROGRESS);
    progress.begin(l10n.t('PolicyLens: finding reports'), undefined, undefined, true);
    const found = new Set<string>();
    const isNamedReport = namedReport(settings);
    let examined = 0;
    let stopped: 'capped' | 'cancelled' | 'superseded' | null = null;
    walk: for (const folder of this.folders) {
      for await (const file of this.candidates(folder)) {
        if (generation !== this.generation) stopped = 'superseded';
        else if (progress.token.isCancellationRequested) stopped = 'cancelled';
        else if (isNamedReport(folder, file) || (settings.autoDetect && readsLikeReport(await readHead(file)))) {
          if (found.size === max) stopped = 'capped';
          else found.add(URI.file(file).toString());
        }
        if (stopped) break walk;
        if (++examined % PROGRESS_EVERY === 0) progress.report(l10n.t('{0} reports in {1} files', found.size, examined));
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    progress.done();
    if (stopped === 'superseded') return;
    if (stopped === 'capped') this.log(`Indexed the first ${max} report files; policyLens.workspace.maxFiles sets how many`);
    if (stopped === 'cancelled') this.log(`Workspace scan cancelled: ${found.size} report files indexed`);
    this.index(found);
  }

  /** Keeps the index current as files change on disk; a changed ignore.json reloads the dismissals. */
  applyFileEvents(changes: FileEvent[], settings: Settings, dismissals: Pick<Dismissals, 'reload'>): { uris: string[]; dismissals: boolean } {
    const uris: string[] = [];
    let dismissalsChanged = false;
    const isNamedReport = namedReport(settings);
    for (const change of changes) {
      const file = fileSystemPath(change.uri);
      if (file === null) continue;
      if (IGNORE_FILE.test(file)) {
        dismissalsChanged = true;
        continue;
      }
      const folder = this.folders.find((dir) => isInside(dir, file));
      if (!folder || !CANDIDATE.test(file)) continue;
      const uri = URI.file(file).toString();
      const report = change.type !== FileChangeType.Deleted && settings.workspace.maxFiles > 0
        && !this.isSkipped(folder, file)
        && (isNamedReport(folder, file) || (settings.autoDetect && readsLikeReport(readHeadNow(file))));
      if (report && !this.indexed.has(uri)) {
        if (this.indexed.size >= settings.workspace.maxFiles) continue;
        this.indexed.add(uri);
        this.reports.addDiskReport(uri);
      } else if (report) {
        this.reports.forget(uri);
      } else if (this.indexed.delete(uri)) {
        this.reports.removeDiskReport(uri);
      } else {
        continue;
      }
      uris.push(uri);
    }
    return { uris, dismissals: dismissalsChanged && dismissals.reload() };
  }

  private index(found: Set<string>): void {
    this.indexed = found;
    this.reports.setDiskReports(found);
  }

  /** The .txt files under `folder`, depth first, skipping what the user excluded. */
  private async *candidates(folder: string): AsyncGenerator<string> {
    const pending = [folder];
    while (pending.length > 0) {
      const dir = pending.pop()!;
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue; // unreadable or gone: nothing to index there
      }
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!this.isSkippedFolder(entry.name) && !this.excluded(relativePath(folder, full))) pending.push(full);
        } else if (entry.isFile() && CANDIDATE.test(entry.name) && !this.excluded(relativePath(folder, full))) {
          yield full;
        }
      }
    }
  }

  private isSkippedFolder(name: string): boolean {
    return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
  }

  /** A file the walk would not have reached: in a skipped folder, or excluded itself or by a folder above it. */
  private isSkipped(folder: string, file: string): boolean {
    const parts = relativePath(folder, file).split('/');
    if (parts.slice(0, -1).some((name) => this.isSkippedFolder(name))) return true;
    return parts.some((_, i) => this.excluded(parts.slice(0, i + 1).join('/')));
  }
}

/** Files that are reports by name (`policyLens.files`), whatever they say. */
function namedReport(settings: Settings): (folder: string, file: string) => boolean {
  const matches = picomatch(settings.files, { dot: true });
  return (folder, file) => matches(relativePath(folder, file));
}

function readsLikeReport(head: Uint8Array | null): boolean {
  const text = head === null ? null : decodeHead(head);
  return text !== null && looksLikeReport(text);
}

/**
 * The head of a longer file may end inside a character: drop an incomplete UTF-8 sequence, then
 * (for UTF-16 and GB18030) up to three more bytes until it decodes.
 */
function decodeHead(head: Uint8Array): string | null {
  if (head.length < HEAD_BYTES) {
    const whole = decodeReport(head);
    return whole.ok ? whole.text : null;
  }
  const boundary = utf8Boundary(head);
  for (let end = boundary; end > 0 && end >= boundary - 3; end--) {
    const decoded = decodeReport(head.subarray(0, end));
    if (decoded.ok) return decoded.text;
  }
  return null;
}

/** Where the last complete UTF-8 character ends. */
function utf8Boundary(bytes: Uint8Array): number {
  for (let lead = bytes.length - 1; lead >= 0 && lead >= bytes.length - 4; lead--) {
    const byte = bytes[lead]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return lead + length > bytes.length ? lead : bytes.length;
  }
  return bytes.length;
}

async function readHead(file: string): Promise<Uint8Array | null> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = new Uint8Array(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/** File events are answered at once: one small read per changed file. */
function readHeadNow(file: string): Uint8Array | null {
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = new Uint8Array(HEAD_BYTES);
      return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** For a client that refuses window/workDoneProgress/create. */
const NO_PROGRESS: WorkDoneProgressServerReporter = {
  token: CancellationToken.None,
  begin: () => undefined,
  report: () => undefined,
  done: () => undefined,
};

/** Folders inside another workspace folder are walked with it, once. */
function outermost(folders: string[]): string[] {
  const unique = [...new Set(folders)];
  return unique.filter((folder) => !unique.some((other) => other !== folder && isInside(other, folder)));
}
