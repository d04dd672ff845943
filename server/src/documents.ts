/**
 * The reports the server knows: open documents of the policy-report language (at their current
 * version) and report files of the workspace read from disk (at their modification time); a
 * summary is none of them. Each is analysed once per version; the features read from here and
 * never call analyze() themselves. `file()` reads any other file the same way (a summary's source).
 */
import { readFileSync, statSync } from 'node:fs';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { read, toReport } from './core';
import { decodeReport } from './core';
import { strictUtf8Text } from './utf8';
import type { Segmenter } from './core';
import { splitLines } from './core';
import type { Reading, Report } from './core';
import { SUMMARY_HEAD_LINES } from './summarySources';

/** The language of open reports; other open documents (plain text, Markdown) are summaries or nothing. */
export const REPORT_LANGUAGE = 'policy-report';

/** Any file as `file()` reads it: analysed, or the reason it cannot be (null: there is no such file). */
export type FileReading = { ok: true; analyzed: AnalyzedReport } | { ok: false; reason: string | null };

const TOO_LARGE = 'is larger than policyLens.maxFileSize';

export interface AnalyzedReport {
  uri: string;
  /** `open:<version>` for an open document, `disk:<mtime>` for a file read from disk. */
  version: string;
  lines: string[];
  report: Report;
  /** The reading the report was made from: each finding with its evidence. */
  reading: Reading;
}

export class Reports {
  private readonly cache = new Map<string, AnalyzedReport>();
  /** Report files found on disk by the workspace scan (open or not). */
  private readonly onDisk = new Set<string>();
  /** The UTF-8 size of each open document at a version, so that a limit is checked once per version. */
  private readonly sizes = new Map<string, { version: number; bytes: number }>();
  private maxBytes = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private currentSegmenter: Segmenter,
    private readonly log: (message: string) => void,
    /** Whether a file, by its text, is a summary of another report (and so no report itself). */
    private readonly isSummary: (uri: string, text: string) => boolean = () => false,
  ) {}

  get segmenter(): Segmenter {
    return this.currentSegmenter;
  }

  /** A better segmenter (jieba, once loaded): every report is analysed again when next asked for. */
  setSegmenter(segmenter: Segmenter): void {
    this.currentSegmenter = segmenter;
    this.cache.clear();
  }

  /** Files larger than this are not analysed: get() answers undefined, file() a reason. 0 is no limit. */
  setMaxFileSize(bytes: number): void {
    this.maxBytes = bytes;
  }

  /** The size of an open document when it is larger than the limit, else null. */
  oversized(uri: string): number | null {
    const document = this.documents.get(uri);
    if (!document || this.maxBytes <= 0) return null;
    let size = this.sizes.get(uri);
    if (size?.version !== document.version) {
      size = { version: document.version, bytes: Buffer.byteLength(document.getText()) };
      this.sizes.set(uri, size);
    }
    return size.bytes > this.maxBytes ? size.bytes : null;
  }

  /** The analysis of an open report or a known report file, or undefined if it is neither (or unreadable). */
  get(uri: string): AnalyzedReport | undefined {
    const document = this.documents.get(uri);
    if (document) {
      if (document.languageId !== REPORT_LANGUAGE || this.oversized(uri) !== null || this.isSummary(uri, document.getText())) return undefined;
      return this.analyzed(uri, `open:${document.version}`, () => document.getText());
    }
    if (!this.onDisk.has(uri)) return undefined;
    return this.fromDisk(uri);
  }

  /**
   * Any file, in the workspace index or not: the open document (whatever its language), else the
   * file on disk, analysed once per version or modification time.
   */
  file(uri: string): FileReading {
    const document = this.documents.get(uri);
    if (document) {
      if (this.oversized(uri) !== null) return { ok: false, reason: TOO_LARGE };
      return { ok: true, analyzed: this.analyzed(uri, `open:${document.version}`, () => document.getText()) };
    }
    const file = URI.parse(uri).fsPath;
    let mtime: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return { ok: false, reason: 'is a folder, not a file' };
      if (this.maxBytes > 0 && stat.size > this.maxBytes) return { ok: false, reason: TOO_LARGE };
      mtime = stat.mtimeMs;
    } catch {
      return { ok: false, reason: null };
    }
    const cached = this.cache.get(uri);
    if (cached?.version === `disk:${mtime}`) return { ok: true, analyzed: cached };
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
    const decoded = decodeReport(bytes, strictUtf8Text);
    if (!decoded.ok) return { ok: false, reason: decoded.reason };
    return { ok: true, analyzed: this.analyzed(uri, `disk:${mtime}`, () => decoded.text) };
  }

  isOpen(uri: string): boolean {
    return this.documents.get(uri) !== undefined;
  }

  /** Every report: the open reports and the files of the last workspace scan. */
  uris(): string[] {
    const open = this.documents.all().filter((document) => document.languageId === REPORT_LANGUAGE).map((document) => document.uri);
    return [...new Set([...open, ...this.onDisk])];
  }

  /**
   * Every report, analysing the ones not yet cached one per turn of the event loop, so that
   * edits and hovers are answered in between on a workspace of thousands of files.
   */
  async all(isCancelled: () => boolean = () => false): Promise<AnalyzedReport[]> {
    const result: AnalyzedReport[] = [];
    for (const uri of this.uris()) {
      if (isCancelled()) break;
      const cached = this.cache.has(uri);
      const analyzed = this.get(uri);
      if (analyzed) result.push(analyzed);
      if (!cached) await new Promise((resolve) => setImmediate(resolve));
    }
    return result;
  }

  /** Replaces the set of report files on disk; returns the URIs that left it. */
  setDiskReports(uris: Iterable<string>): string[] {
    const next = new Set(uris);
    const gone = [...this.onDisk].filter((uri) => !next.has(uri));
    this.onDisk.clear();
    for (const uri of next) this.onDisk.add(uri);
    for (const uri of gone) this.forget(uri);
    return gone;
  }

  addDiskReport(uri: string): void {
    this.onDisk.add(uri);
  }

  removeDiskReport(uri: string): void {
    this.onDisk.delete(uri);
    this.forget(uri);
  }

  isDiskReport(uri: string): boolean {
    return this.onDisk.has(uri);
  }

  /** Drops the cached analysis (a closed document, a changed or deleted file). */
  forget(uri: string): void {
    if (this.documents.get(uri)) return;
    this.cache.delete(uri);
    this.sizes.delete(uri);
  }

  private fromDisk(uri: string): AnalyzedReport | undefined {
    const read = this.file(uri);
    if (!read.ok) {
      if (read.reason !== null) this.log(`${URI.parse(uri).fsPath}: ${read.reason}`);
      this.removeDiskReport(uri);
      return undefined;
    }
    // A digest that reads like a report but names its source is checked, not indexed.
    return this.isSummary(uri, read.analyzed.lines.slice(0, SUMMARY_HEAD_LINES).join('\n')) ? undefined : read.analyzed;
  }

  private analyzed(uri: string, version: string, text: () => string): AnalyzedReport {
    const cached = this.cache.get(uri);
    if (cached?.version === version) return cached;
    const source = text();
    const reading = read(source, { segmenter: this.currentSegmenter });
    const result = { uri, version, lines: splitLines(source), report: toReport(reading), reading };
    this.cache.set(uri, result);
    return result;
  }
}
