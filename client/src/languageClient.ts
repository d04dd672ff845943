/** The language server process, and its custom requests in VS Code's types. */
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, WorkDoneProgress, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  DismissalsRequest,
  ExportTableRequest,
  ReportsChangedNotification,
  ReportsRequest,
  RestoreDismissalsRequest,
  SummaryCoverageRequest,
  SummarySourceNotification,
  TrackingChangedNotification,
  TrackingRequest,
  type DismissalEntry,
  type DismissalsResult,
  type ExportTableParams,
  type ExportTableResult,
  type ReportInfo,
  type ReportsChangedParams,
  type ReportsParams,
  type ReportsResult,
  type RestoreDismissalsParams,
  type SummaryCoverageParams,
  type SummaryCoverageResult,
  type SummarySourceParams,
  type TrackingParams,
  type TrackingResult,
} from '../../server/src/protocol';
import type { TrackedTarget } from '../../server/src/core';

export const REPORT_LANGUAGE = 'policy-report';

/** A report of the server's workspace index, its URI parsed. */
export type IndexedReport = Omit<ReportInfo, 'uri'> & { uri: vscode.Uri };

/** What a summary leaves out of its source, the source's URI parsed. */
export type SummaryCoverage = Omit<NonNullable<SummaryCoverageResult>, 'source'> & { source: vscode.Uri };

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: REPORT_LANGUAGE },
      { scheme: 'untitled', language: REPORT_LANGUAGE },
      // Summaries of reports (the server checks those that name a source, and ignores the rest).
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
    ],
    // No `synchronize`: the server registers its own file watchers (reports on disk, dismissals)
    // and settings notification, and pulls `policyLens.*` itself; declaring them here too would
    // send every event twice.
  };
  // The id makes `policyLens.trace.server` the trace setting.
  return new LanguageClient('policyLens', 'PolicyLens', serverOptions, clientOptions);
}

/** The server's custom requests (server/src/protocol.ts), with URIs converted both ways. */
export class PolicyLensServer implements vscode.Disposable {
  private readonly reportsChanged = new vscode.EventEmitter<readonly vscode.Uri[]>();
  /** Reports analysed again or gone from the index; an empty list means any report may have changed. */
  readonly onDidChangeReports = this.reportsChanged.event;
  private readonly trackingChanged = new vscode.EventEmitter<void>();
  /** Some report changed, so targets and their results may have too. */
  readonly onDidChangeTracking = this.trackingChanged.event;
  private readonly disposables: vscode.Disposable[];

  constructor(readonly client: LanguageClient) {
    this.disposables = [
      this.reportsChanged,
      this.trackingChanged,
      client.onNotification(TrackingChangedNotification, () => this.trackingChanged.fire()),
      client.onNotification(ReportsChangedNotification, (params: ReportsChangedParams) => {
        if (params.uris.length > 0) this.reportsChanged.fire(params.uris.map((uri) => this.asUri(uri)));
      }),
      // A (re)started server has a new index.
      client.onDidChangeState(({ newState }) => {
        if (newState === State.Running) {
          this.reportsChanged.fire([]);
          this.trackingChanged.fire();
        }
      }),
    ];
  }

  /**
   * The server writes the workspace's table to `target` (`policylens export`'s code); `onProgress`
   * hears its percentage and message. Cancelling stops it reading more reports.
   */
  async exportTable(
    target: vscode.Uri,
    format: ExportTableParams['format'],
    onProgress: (percentage: number | undefined, message: string | undefined) => void,
    token: vscode.CancellationToken,
  ): Promise<ExportTableResult> {
    const workDoneToken = `policyLens.export.${Date.now()}.${Math.random().toString(36).slice(2)}`;
    const listening = this.client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind !== 'end') onProgress(value.percentage, value.message);
    });
    try {
      const params: ExportTableParams = { target: this.client.code2ProtocolConverter.asUri(target), format, workDoneToken };
      return await this.client.sendRequest<ExportTableResult>(ExportTableRequest, params, token);
    } finally {
      listening.dispose();
    }
  }

  /** Reports of the workspace index, or only those of `uris` (skipping documents that are not reports). */
  async reports(uris?: readonly vscode.Uri[], token?: vscode.CancellationToken): Promise<IndexedReport[]> {
    const params: ReportsParams = uris ? { uris: uris.map((uri) => this.client.code2ProtocolConverter.asUri(uri)) } : {};
    // An explicit undefined token would go over the wire as a second, null parameter.
    const reports = await (token
      ? this.client.sendRequest<ReportsResult>(ReportsRequest, params, token)
      : this.client.sendRequest<ReportsResult>(ReportsRequest, params));
    return reports.map((report) => ({ ...report, uri: this.asUri(report.uri) }));
  }

  async report(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<IndexedReport | undefined> {
    const [report] = await this.reports([uri], token);
    return report;
  }

  /** Every target of the workspace's reports with the next year's result; `file` fields are URIs. */
  async tracking(uri?: vscode.Uri): Promise<TrackedTarget[]> {
    const params: TrackingParams = uri ? { uri: this.client.code2ProtocolConverter.asUri(uri) } : {};
    const result = await this.client.sendRequest<TrackingResult>(TrackingRequest, params);
    return result.targets;
  }

  dismissals(): Promise<DismissalsResult> {
    return this.client.sendRequest<DismissalsResult>(DismissalsRequest, {});
  }

  async restoreDismissals(dismissals: DismissalEntry[]): Promise<void> {
    const params: RestoreDismissalsParams = { dismissals };
    await this.client.sendRequest(RestoreDismissalsRequest, params);
  }

  /** The source's targets and commitments the summary leaves out; undefined when `summary` is not checked against a source. */
  async summaryCoverage(summary: vscode.Uri): Promise<SummaryCoverage | undefined> {
    const params: SummaryCoverageParams = { uri: this.client.code2ProtocolConverter.asUri(summary) };
    const coverage = await this.client.sendRequest<SummaryCoverageResult>(SummaryCoverageRequest, params);
    return coverage ? { ...coverage, source: this.asUri(coverage.source) } : undefined;
  }

  /** Tells the server which report `summary` is checked against; undefined forgets the choice. */
  async setSummarySource(summary: vscode.Uri, source: vscode.Uri | undefined): Promise<void> {
    const asUri = (uri: vscode.Uri) => this.client.code2ProtocolConverter.asUri(uri);
    const params: SummarySourceParams = { summary: asUri(summary), source: source ? asUri(source) : null };
    await this.client.sendNotification(SummarySourceNotification, params);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private asUri(uri: string): vscode.Uri {
    return this.client.protocol2CodeConverter.asUri(uri);
  }
}
