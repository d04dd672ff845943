/**
 * Open summaries checked against their source reports (core/summaryCheck.ts), once per version of
 * the summary and of the source's analysis; or why the source cannot be checked against.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import { checkSummaryText } from './core';
import type { SummaryCheck } from './core';
import { splitLines } from './core';
import type { AnalyzedReport, FileReading, Reports } from './documents';
import type { LinkedSource, SummarySources } from './summarySources';

/** Why a summary's source gives nothing to check against. */
export type SourceProblem = { problem: 'not-found' } | { problem: 'unreadable'; reason: string } | { problem: 'not-a-report' };

export interface CheckedSummary {
  uri: string;
  /** `open:<version>` of the summary. */
  version: string;
  lines: string[];
  link: LinkedSource;
  /** The source's analysis and the check, or why there is none. */
  result: { ok: true; source: AnalyzedReport; check: SummaryCheck } | ({ ok: false } & SourceProblem);
}

export class Summaries {
  private readonly cache = new Map<string, CheckedSummary>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly reports: Reports,
    private readonly sources: SummarySources,
  ) {}

  /** The open document `uri` as a checked summary, or undefined when it is no summary. */
  get(uri: string): CheckedSummary | undefined {
    const document = this.documents.get(uri);
    const link = document ? this.sources.sourceOf(uri, document.getText()) : null;
    if (!document || !link) {
      this.cache.delete(uri);
      return undefined;
    }
    const version = `open:${document.version}`;
    // A summary that names itself has no report to be checked against.
    const read = link.uri === uri ? null : this.reports.file(link.uri);
    const cached = this.cache.get(uri);
    if (cached?.version === version && cached.link.uri === link.uri && read?.ok && cached.result.ok && cached.result.source === read.analyzed) {
      return cached;
    }
    const text = document.getText();
    const checked: CheckedSummary = { uri, version, lines: splitLines(text), link, result: this.check(text, read) };
    this.cache.set(uri, checked);
    return checked;
  }

  /** The open summaries whose source is `uri`: to check again when it changes. */
  summariesOf(uri: string): string[] {
    return this.documents.all()
      .filter((document) => document.uri !== uri && this.sources.sourceOf(document.uri, document.getText())?.uri === uri)
      .map((document) => document.uri);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private check(text: string, read: FileReading | null): CheckedSummary['result'] {
    if (read === null) return { ok: false, problem: 'not-a-report' };
    if (!read.ok) return read.reason === null ? { ok: false, problem: 'not-found' } : { ok: false, problem: 'unreadable', reason: read.reason };
    if (!isReport(read.analyzed)) return { ok: false, problem: 'not-a-report' };
    const source = read.analyzed;
    const check = checkSummaryText(text, source.reading, { segmenter: this.reports.segmenter });
    return { ok: true, source, check };
  }
}

/** A source with no figures a report would set or reach: a wrong file, or one PolicyLens cannot read as a report. */
function isReport(analyzed: AnalyzedReport): boolean {
  return analyzed.report.findings.some((finding) => finding.kind !== 'date');
}
