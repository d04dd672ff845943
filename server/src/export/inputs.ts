/** The reports an export reads: files as named, folders walked for .txt files. */
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

export interface InputFile {
  /** Where to read it. */
  path: string;
  /** What the `file` column says: the path as the user gave it, or relative to a workspace folder. */
  name: string;
  bytes: number;
}

export interface Unreadable {
  file: string;
  reason: string;
}

/**
 * A file is taken whatever its extension; a folder gives its .txt files, recursively, in name
 * order, leaving out hidden entries (.git, .policylens). A path that is neither is unreadable.
 */
export function collectInputs(paths: readonly string[]): { inputs: InputFile[]; unreadable: Unreadable[] } {
  const inputs: InputFile[] = [];
  const unreadable: Unreadable[] = [];
  const seen = new Set<string>();
  const add = (file: string, bytes: number) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ path: file, name: file, bytes });
  };
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const file = path.join(folder, entry.name);
      const stats = statSync(file, { throwIfNoEntry: false });
      if (stats?.isDirectory()) walk(file);
      else if (stats?.isFile() && /\.txt$/i.test(entry.name)) add(file, stats.size);
    }
  };
  for (const given of paths) {
    try {
      const stats = statSync(given);
      if (stats.isDirectory()) walk(given);
      else add(given, stats.size);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      unreadable.push({ file: given, reason: code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : String(error) });
    }
  }
  return { inputs, unreadable };
}

/** The paths of a --files-from list: one a line, blank lines skipped (as `xargs -d '\n'` reads them). */
export function parseFileList(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}
