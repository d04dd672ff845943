/**
 * Which documents are summaries, and of which report. A .md or .txt file is a summary when the
 * user chose its source with `PolicyLens: Check Summary Against Source…`, when its first lines
 * name one (`来源：…`, resolved against the summary's folder), or when `policyLens.summaries` maps
 * its path to one; in that order, the most deliberate first.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import { URI } from 'vscode-uri';
import { findSourceLink } from './core';
import { fileSystemPath, isInside, relativePath } from './paths';

export interface LinkedSource {
  /** The source report's URI. */
  uri: string;
  /** The path as the summary's text, the setting or the command gives it. */
  written: string;
  origin: 'chosen' | 'text' | 'setting';
  /** 0-based line of the summary that names it (origin `text`). */
  line: number | null;
}

const SUMMARY_FILE = /\.(md|txt)$/i;
/** A link sits in a summary's first lines: no need to hand a whole report to findSourceLink. */
export const SUMMARY_HEAD_LINES = 40;

interface MappedSummaries {
  folder: string;
  matches: picomatch.Matcher;
  source: string;
}

export class SummarySources {
  private readonly chosen = new Map<string, string>();
  private folders: string[] = [];
  private setting: Record<string, string> = {};
  private mapped: MappedSummaries[] = [];

  setFolders(folderUris: readonly string[]): void {
    this.folders = folderUris.flatMap((uri) => fileSystemPath(uri) ?? []);
    this.map();
  }

  /** `policyLens.summaries`: a glob of summary files → the source report, both relative to their workspace folder. */
  setSetting(summaries: Record<string, string>): void {
    this.setting = summaries;
    this.map();
  }

  /** The user's choice for one summary; null forgets it. */
  choose(summary: string, source: string | null): void {
    if (source === null) this.chosen.delete(summary);
    else this.chosen.set(summary, source);
  }

  /** The source of the file `uri` with `text`, or null when the file is no summary. */
  sourceOf(uri: string, text: string): LinkedSource | null {
    const file = fileSystemPath(uri);
    if (file === null || !SUMMARY_FILE.test(file)) return null;
    const chosen = this.chosen.get(uri);
    if (chosen !== undefined) return { uri: chosen, written: URI.parse(chosen).fsPath, origin: 'chosen', line: null };
    const link = findSourceLink(head(text, SUMMARY_HEAD_LINES));
    if (link !== null) {
      return { uri: URI.file(path.resolve(path.dirname(file), link.path)).toString(), written: link.path, origin: 'text', line: link.line };
    }
    const mapped = this.mapped.find(({ folder, matches }) => isInside(folder, file) && matches(relativePath(folder, file)));
    if (!mapped) return null;
    return { uri: URI.file(path.resolve(mapped.folder, mapped.source)).toString(), written: mapped.source, origin: 'setting', line: null };
  }

  private map(): void {
    this.mapped = this.folders.flatMap((folder) =>
      Object.entries(this.setting).map(([glob, source]) => ({ folder, matches: picomatch(glob, { dot: true }), source })));
  }
}

/** The first `count` lines of `text`, without splitting all of it. */
function head(text: string, count: number): string {
  let end = -1;
  for (let n = 0; n < count; n++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return text;
  }
  return text.slice(0, end);
}

