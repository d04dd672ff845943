/**
 * The reports the server knows: open documents (at their current version) and report files of the
 * workspace read from disk (at their modification time). Each is analysed once per version; the
 * features read from here and never call analyze() themselves.
 */
import { readFileSync, statSync } from 'node:fs';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { analyze } from './core/analyze';
import { decodeReport } from './core/decode';
import type { Segmenter } from './core/segmenter';
import { splitLines } from './core/text';
import type { Report } from './core/types';

export interface AnalyzedReport {
  uri: string;
  /** `open:<version>` for an open document, `disk:<mtime>` for a file read from disk. */
  version: string;
  lines: string[];
  report: Report;
}

export class Reports {
  private readonly cache = new Map<string, AnalyzedReport>();
  /** Report files found on disk by the workspace scan (open or not). */
  private readonly onDisk = new Set<string>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private segmenter: Segmenter,
    private readonly log: (message: string) => void,
  ) {}

  /** A better segmenter (jieba, once loaded): every report is analysed again when next asked for. */
  setSegmenter(segmenter: Segmenter): void {
    this.segmenter = segmenter;
    this.cache.clear();
  }

  /** The analysis of an open document or a known file, or undefined if it is neither (or unreadable). */
  get(uri: string): AnalyzedReport | undefined {
    const document = this.documents.get(uri);
    if (document) return this.analyzed(uri, `open:${document.version}`, () => document.getText());
    if (!this.onDisk.has(uri)) return undefined;
    return this.fromDisk(uri);
  }

  isOpen(uri: string): boolean {
    return this.documents.get(uri) !== undefined;
  }

  /** Every report: the open documents and the files of the last workspace scan. */
  uris(): string[] {
    return [...new Set([...this.documents.keys(), ...this.onDisk])];
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
    if (!this.documents.get(uri)) this.cache.delete(uri);
  }

  private fromDisk(uri: string): AnalyzedReport | undefined {
    const file = URI.parse(uri).fsPath;
    let mtime: number;
    try {
      mtime = statSync(file).mtimeMs;
    } catch {
      this.removeDiskReport(uri);
      return undefined;
    }
    const cached = this.cache.get(uri);
    if (cached?.version === `disk:${mtime}`) return cached;
    const decoded = decodeReport(readFileSync(file));
    if (!decoded.ok) {
      this.log(`${file}: ${decoded.reason}`);
      this.removeDiskReport(uri);
      return undefined;
    }
    return this.analyzed(uri, `disk:${mtime}`, () => decoded.text);
  }

  private analyzed(uri: string, version: string, text: () => string): AnalyzedReport {
    const cached = this.cache.get(uri);
    if (cached?.version === version) return cached;
    const source = text();
    const result = { uri, version, lines: splitLines(source), report: analyze(source, { segmenter: this.segmenter }) };
    this.cache.set(uri, result);
    return result;
  }
}
