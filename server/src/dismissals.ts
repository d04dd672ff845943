/**
 * Findings the user said are not findings, stored per workspace folder in
 * `.policylens/ignore.json` (so they can be committed and shared). A dismissal names the file by
 * its folder-relative path and the finding by its text and the characters around it, never by
 * line number: it survives edits elsewhere in the file. Files outside every folder keep their
 * dismissals in memory for the session.
 */
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { KINDS, type Finding, type Kind } from './core';
import type { Dismissal, DismissalEntry } from './protocol';
import { fileSystemPath, isInside, relativePath } from './paths';

/** Characters kept on each side of a finding's text as its context. */
const CONTEXT_CHARS = 8;
const IGNORE_FILE = path.join('.policylens', 'ignore.json');

interface Store {
  /** The workspace folder's URI; '' for the in-memory store of files outside every folder. */
  folder: string;
  /** The folder on disk, or null for the in-memory store. */
  dir: string | null;
  dismissals: Dismissal[];
  keys: Set<string>;
  /** ignore.json exists but is not (all) ours: back it up before writing over it. */
  unreadable: boolean;
}

interface Location {
  store: Store;
  file: string;
}

export class Dismissals {
  private stores: Store[] = [];
  private readonly session: Store = emptyStore('', null);
  private readonly locations = new Map<string, Location>();
  private writes: Promise<void> = Promise.resolve();
  /** Goes up whenever the set of dismissals may have changed: the server's cue to filter again. */
  version = 0;

  constructor(private readonly log: (message: string) => void) {}

  /** The workspace folders (URIs); reads each one's ignore.json. */
  setFolders(folderUris: string[]): void {
    this.stores = folderUris
      .map((uri) => ({ uri, dir: fileSystemPath(uri) }))
      .filter((folder): folder is { uri: string; dir: string } => folder.dir !== null)
      // Innermost folder first, so a file in nested folders belongs to the deepest one.
      .sort((a, b) => b.dir.length - a.dir.length)
      .map(({ uri, dir }) => this.load(emptyStore(uri, dir)));
    this.locations.clear();
    this.version++;
  }

  /**
   * Reads every folder's ignore.json again (it changed on disk). Returns whether the dismissals
   * changed: not when the change was this server's own write.
   */
  reload(): boolean {
    const before = this.keySignature();
    this.stores = this.stores.map((store) => this.load(emptyStore(store.folder, store.dir)));
    this.locations.clear();
    if (this.keySignature() === before) return false;
    this.version++;
    return true;
  }

  isDismissed(uri: string, finding: Finding, lines: readonly string[]): boolean {
    if (this.session.keys.size === 0 && this.stores.every((store) => store.keys.size === 0)) return false;
    const { store, file } = this.locate(uri);
    return store.keys.size > 0 && store.keys.has(keyOf({ file, text: finding.text, context: contextOf(finding, lines) }));
  }

  async dismiss(uri: string, finding: Finding, lines: readonly string[]): Promise<void> {
    const { store, file } = this.locate(uri);
    const dismissal: Dismissal = {
      file,
      text: finding.text,
      context: contextOf(finding, lines),
      kind: finding.kind,
      dismissedAt: new Date().toISOString(),
    };
    if (store.keys.has(keyOf(dismissal))) return;
    store.dismissals.push(dismissal);
    store.keys.add(keyOf(dismissal));
    this.version++;
    await this.save(store);
  }

  list(): DismissalEntry[] {
    return [...this.stores, this.session].flatMap((store) =>
      store.dismissals.map((dismissal) => ({ ...dismissal, folder: store.folder })));
  }

  /** Forgets the given dismissals: their findings show again. */
  async restore(entries: readonly DismissalEntry[]): Promise<void> {
    const touched = new Set<Store>();
    for (const entry of entries) {
      const store = entry.folder === '' ? this.session : this.stores.find((s) => s.folder === entry.folder);
      if (!store?.keys.has(keyOf(entry))) continue;
      store.dismissals = store.dismissals.filter((d) => keyOf(d) !== keyOf(entry));
      store.keys.delete(keyOf(entry));
      touched.add(store);
    }
    if (touched.size > 0) this.version++;
    for (const store of touched) await this.save(store);
  }

  private keySignature(): string {
    return JSON.stringify(this.stores.map((store) => [...store.keys].sort()));
  }

  private locate(uri: string): Location {
    let location = this.locations.get(uri);
    if (!location) {
      const file = fileSystemPath(uri);
      const store = file === null ? undefined : this.stores.find((s) => isInside(s.dir!, file));
      location = store
        ? { store, file: relativePath(store.dir!, file!) }
        : { store: this.session, file: uri };
      this.locations.set(uri, location);
    }
    return location;
  }

  private load(store: Store): Store {
    const file = path.join(store.dir!, IGNORE_FILE);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return store; // no dismissals yet
    }
    const problem = (reason: string): Store => {
      this.log(`${file}: ${reason}; its dismissals are ignored, and it stays untouched until the next dismissal saves it as ignore.json.bak`);
      store.unreadable = true;
      return store;
    };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return problem(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!isObject(json) || json.version !== 1 || !Array.isArray(json.dismissals)) {
      return problem('not a PolicyLens ignore file (expected {"version": 1, "dismissals": [...]})');
    }
    const valid = json.dismissals.filter(isDismissal);
    for (const dismissal of valid) {
      store.dismissals.push(dismissal);
      store.keys.add(keyOf(dismissal));
    }
    if (valid.length < json.dismissals.length) problem(`${json.dismissals.length - valid.length} malformed entries skipped`);
    return store;
  }

  /** Writes are queued so two quick dismissals cannot interleave their files. */
  private save(store: Store): Promise<void> {
    if (store.dir === null) return Promise.resolve();
    const dir = store.dir;
    this.writes = this.writes.then(async () => {
      const file = path.join(dir, IGNORE_FILE);
      try {
        await mkdir(path.dirname(file), { recursive: true });
        if (store.unreadable) {
          await copyFile(file, `${file}.bak`).catch(() => undefined);
          this.log(`${file}: the unreadable file was kept as ignore.json.bak`);
          store.unreadable = false;
        }
        const body = `${JSON.stringify({ version: 1, dismissals: store.dismissals }, null, 2)}\n`;
        // Write then rename, so a reader (the file watcher's reload) never sees half a file.
        await writeFile(`${file}.tmp`, body, 'utf8');
        await rename(`${file}.tmp`, file);
      } catch (error) {
        this.log(`${file}: could not save dismissals (${error instanceof Error ? error.message : String(error)}); they hold for this session only`);
      }
    });
    return this.writes;
  }
}

/** The finding's text with up to CONTEXT_CHARS characters on each side, from its own line. */
function contextOf(finding: Finding, lines: readonly string[]): string {
  const line = lines[finding.line - 1] ?? '';
  return line.slice(Math.max(0, finding.start - CONTEXT_CHARS), finding.end + CONTEXT_CHARS);
}

function keyOf({ file, text, context }: Pick<Dismissal, 'file' | 'text' | 'context'>): string {
  return `${file}\u0000${text}\u0000${context}`;
}

function emptyStore(folder: string, dir: string | null): Store {
  return { folder, dir, dismissals: [], keys: new Set(), unreadable: false };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDismissal(value: unknown): value is Dismissal {
  return isObject(value)
    && typeof value.file === 'string'
    && typeof value.text === 'string'
    && typeof value.context === 'string'
    && KINDS.includes(value.kind as Kind)
    && typeof value.dismissedAt === 'string';
}
