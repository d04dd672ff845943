/**
 * The language server: declares its capabilities and routes each request to one feature in
 * features/. Reports (open documents and report files of the workspace) are analysed once per
 * version in documents.ts; summaries (summarySources.ts) are checked against their source in
 * summaries.ts. nodejieba loads after the first diagnostics, which use the vocabulary segmenter;
 * reports are analysed again once it is there.
 */
import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { vocabularySegmenter } from './core';
import type { Finding } from './core';
import { REPORT_LANGUAGE, Reports, type AnalyzedReport } from './documents';
import { Dismissals } from './dismissals';
import { loadJiebaSegmenterLater } from './jieba';
import { loadServerL10n } from './l10nBundle';
import {
  DismissCommand,
  DismissalsRequest,
  ReportsChangedNotification,
  ReportsRequest,
  ExportTableRequest,
  type ExportTableParams,
  RestoreDismissalsRequest,
  SummaryCoverageRequest,
  SummarySourceNotification,
  TrackingChangedNotification,
  TrackingRequest,
  type DismissArguments,
  type ReportInfo,
  type ReportsParams,
  type RestoreDismissalsParams,
  type SummaryCoverageParams,
  type SummaryCoverageResult,
  type SummarySourceParams,
  type TrackingParams,
  type TrackingResult,
} from './protocol';
import { Tracking } from './tracking';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { Summaries, type CheckedSummary } from './summaries';
import { SummarySources } from './summarySources';
import { codeActions } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { reportDiagnostics } from './features/diagnostics';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { isolateHandlers, safely } from './isolation';
import { exportTable } from './features/exportTable';
import { inlayHints } from './features/inlayHints';
import { tooLargeDiagnostic } from './features/tooLarge';
import { summaryCodeActions } from './features/summaryCodeActions';
import { summaryDiagnostics } from './features/summaryDiagnostics';
import { summaryHover } from './features/summaryHover';
import { workspaceSymbols } from './features/workspaceSymbols';
import { WorkspaceScan } from './features/workspaceScan';

/** Typing pauses shorter than this are one edit: analyse once, after the last keystroke. */
export const EDIT_DEBOUNCE_MS = 50;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.log(message);
  isolateHandlers(connection, log);
  const sources = new SummarySources();
  const reports = new Reports(documents, vocabularySegmenter(), log, (uri, text) => sources.sourceOf(uri, text) !== null);
  const summaries = new Summaries(documents, reports, sources);
  /** Open documents with diagnostics (reports and summaries): one that stops being either is cleared. */
  const published = new Set<string>();
  const dismissals = new Dismissals(log);
  let settings: Settings = DEFAULT_SETTINGS;
  reports.setMaxFileSize(settings.maxFileSize);
  let canPullConfiguration = false;
  let canWatchFiles = false;
  /** Without it, connection.workspace.onDidChangeWorkspaceFolders throws. */
  let canWatchFolders = false;
  let folders: string[] = [];
  let jiebaRequested = false;
  const pending = new Map<string, NodeJS.Timeout>();
  const scan = new WorkspaceScan(connection, reports, log);

  /** A report's findings less the dismissed ones, kept until the report or the dismissals change. */
  const visibleFindings = new WeakMap<AnalyzedReport, { version: number; findings: Finding[] }>();
  const visible = (analyzed: AnalyzedReport): Finding[] => {
    const cached = visibleFindings.get(analyzed);
    if (cached?.version === dismissals.version) return cached.findings;
    const findings = analyzed.report.findings.filter((finding) => !dismissals.isDismissed(analyzed.uri, finding, analyzed.lines));
    visibleFindings.set(analyzed, { version: dismissals.version, findings });
    return findings;
  };

  const tracking = new Tracking(
    () => reports.all(),
    visible,
    () => dismissals.version,
    () => {
      void connection.sendNotification(TrackingChangedNotification);
      // The outcomes beside targets come from the tracking: ask the client for them again.
      if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
    },
    log,
  );
  let canRefreshInlayHints = false;

  /** Tell the client (the Indicators view) these reports changed; the tracking is computed again. */
  function reportsChanged(uris: string[]): void {
    void connection.sendNotification(ReportsChangedNotification, { uris });
    tracking.stale();
  }

  const withReport = <T>(uri: string, answer: (analyzed: AnalyzedReport) => T, otherwise: T): T => {
    const analyzed = reports.get(uri);
    return analyzed ? answer(analyzed) : otherwise;
  };

  /** A summary's answer, else a report's. */
  const withSummaryOrReport = <T>(
    uri: string,
    summary: (checked: CheckedSummary) => T,
    report: (analyzed: AnalyzedReport) => T,
    otherwise: T,
  ): T => {
    if (reports.oversized(uri) !== null) return otherwise;
    const checked = summaries.get(uri);
    return checked ? summary(checked) : withReport(uri, report, otherwise);
  };

  /** `notify`: tell the client (the Indicators view) this document changed; republishAll tells it once for all. */
  function publish(uri: string, notify = true): void {
    pending.delete(uri);
    if (!reports.isOpen(uri)) return;
    if (publishTooLarge(uri)) return;
    const summary = summaries.get(uri);
    const analyzed = summary ? undefined : reports.get(uri);
    const diagnostics = summary ? summaryDiagnostics(summary, settings) : analyzed ? reportDiagnostics(analyzed, visible(analyzed), settings) : null;
    if (diagnostics === null && !published.delete(uri)) return; // a note that never was a report or a summary
    if (diagnostics !== null) published.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics: diagnostics ?? [] });
    if (notify) reportsChanged([uri]);
    if (!jiebaRequested) loadJieba();
  }

  /** A report or summary over policyLens.maxFileSize gets one message instead of an analysis. */
  function publishTooLarge(uri: string): boolean {
    const bytes = reports.oversized(uri);
    const document = documents.get(uri);
    if (bytes === null || !document) return false;
    if (document.languageId !== REPORT_LANGUAGE && sources.sourceOf(uri, document.getText()) === null) return false;
    published.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [tooLargeDiagnostic(bytes, settings.maxFileSize)] });
    return true;
  }

  function publishLater(uri: string): void {
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(() => safely(`publishing ${uri}`, () => publish(uri), log), EDIT_DEBOUNCE_MS));
  }

  /** A source that changed (edited, opened, closed, or on disk): its open summaries are checked again. */
  function checkSummariesOf(uri: string): void {
    for (const summary of summaries.summariesOf(uri)) publishLater(summary);
  }

  function republishAll(): void {
    for (const document of documents.all()) publish(document.uri, false);
    reportsChanged(reports.uris());
  }

  function loadJieba(): void {
    jiebaRequested = true;
    loadJiebaSegmenterLater({ dictDir: path.join(__dirname, 'dict') }).then(
      (segmenter) => {
        reports.setSegmenter(segmenter);
        safely('publishing with nodejieba', republishAll, log);
      },
      (error: unknown) => log(`nodejieba is not available, indicators use the policy vocabulary alone: ${String(error)}`),
    );
  }

  /** What decides which files are reports: a change means scanning the workspace again. */
  function scanInputs(): string {
    const { files, autoDetect, workspace } = settings;
    return JSON.stringify([files, autoDetect, workspace.maxFiles, settings.maxFileSize, scan.exclude]);
  }

  async function refreshSettings(): Promise<void> {
    if (canPullConfiguration) {
      const [policyLens, filesExclude] = await connection.workspace.getConfiguration([
        { section: 'policyLens' },
        { section: 'files.exclude' },
      ]);
      settings = readSettings(policyLens);
      reports.setMaxFileSize(settings.maxFileSize);
      scan.setExclude(filesExclude);
      sources.setSetting(settings.summaries);
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // || not ??: an empty LC_ALL (often exported as such) must not hide LANG.
    loadServerL10n(params.locale || process.env.LC_ALL || process.env.LANG);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canWatchFolders = params.capabilities.workspace?.workspaceFolders === true;
    canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    dismissals.setFolders(folders);
    sources.setFolders(folders);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        documentSymbolProvider: { label: 'PolicyLens' },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [DismissCommand] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'PolicyLens' },
    };
  });

  connection.onInitialized(async () => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.txt' }, { globPattern: '**/.policylens/ignore.json' }],
      });
    }
    if (canWatchFolders) connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((folder) => folder.uri));
      folders = [...folders.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)];
      dismissals.setFolders(folders);
      sources.setFolders(folders);
      safely('scanning the workspace folders', () => scan.run(folders, settings).then(republishAll), log);
    });
    await refreshSettings();
    republishAll();
    await scan.run(folders, settings);
    reportsChanged(reports.uris());
  });

  connection.onDidChangeConfiguration(async () => {
    const scanned = scanInputs();
    await refreshSettings();
    // Severity, inlay hints and lenses only need new answers; which files are reports may not.
    if (scanInputs() !== scanned) await scan.run(folders, settings);
    republishAll();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) if (!reports.isOpen(change.uri)) checkSummariesOf(change.uri);
    const changed = scan.applyFileEvents(changes, settings, dismissals);
    if (changed.dismissals) republishAll();
    else if (changed.uris.length > 0) reportsChanged(changed.uris);
  });

  documents.onDidOpen(({ document }) => {
    publish(document.uri);
    checkSummariesOf(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    publishLater(document.uri);
    checkSummariesOf(document.uri);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    published.delete(document.uri);
    reports.forget(document.uri);
    summaries.forget(document.uri);
    checkSummariesOf(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    reportsChanged([document.uri]);
  });

  connection.onHover(({ textDocument, position }) =>
    withSummaryOrReport(
      textDocument.uri,
      (summary) => summaryHover(summary, position),
      (analyzed) => hover(analyzed, visible(analyzed), position, tracking.of(analyzed.uri)),
      null,
    ));
  connection.onDocumentSymbol(({ textDocument }) =>
    withReport(textDocument.uri, (analyzed) => documentSymbols(analyzed, visible(analyzed)), []));
  connection.onWorkspaceSymbol(async ({ query }, token) => {
    const all = await reports.all(() => token.isCancellationRequested);
    return workspaceSymbols(all.map((analyzed) => ({ analyzed, findings: visible(analyzed) })), query, token);
  });
  connection.onFoldingRanges(({ textDocument }) =>
    withReport(textDocument.uri, (analyzed) => foldingRanges(analyzed), []));
  connection.languages.inlayHint.on(({ textDocument, range }) =>
    withReport(textDocument.uri, (analyzed) => inlayHints(analyzed, visible(analyzed), range, settings, tracking.of(analyzed.uri)), []));
  connection.onCodeLens(({ textDocument }) =>
    withReport(textDocument.uri, (analyzed) => codeLenses(analyzed, visible(analyzed), settings), []));
  connection.onCodeAction(({ textDocument, range, context }) =>
    withSummaryOrReport(
      textDocument.uri,
      (summary) => summaryCodeActions(summary, range, context),
      (analyzed) => codeActions(analyzed, visible(analyzed), range, context),
      [],
    ));

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command !== DismissCommand) return;
    const target = args?.[0] as DismissArguments | undefined;
    const analyzed = target && reports.get(target.uri);
    const finding = analyzed?.report.findings.find((f) => f.line === target!.line && f.start === target!.start && f.end === target!.end);
    if (!analyzed || !finding) return;
    await dismissals.dismiss(analyzed.uri, finding, analyzed.lines);
    publish(analyzed.uri); // a dismissal is keyed by its file: no other document changes
  });

  connection.onRequest(ReportsRequest, async ({ uris }: ReportsParams, token): Promise<ReportInfo[]> => {
    const wanted = uris ? uris.flatMap((uri) => reports.get(uri) ?? []) : await reports.all(() => token.isCancellationRequested);
    return wanted.map((analyzed) => {
      const { year, place, sections, tableGrowthMismatches } = analyzed.report;
      return { uri: analyzed.uri, year, place, sections, findings: visible(analyzed), tableGrowthMismatches };
    });
  });
  connection.onRequest(ExportTableRequest, (params: ExportTableParams, token) =>
    exportTable(params, reports.uris(), folders, connection.window.attachWorkDoneProgress(params.workDoneToken), token));
  connection.onRequest(TrackingRequest, async (params: TrackingParams | undefined): Promise<TrackingResult> =>
    ({ targets: await tracking.targets(params?.uri) }));
  connection.onRequest(DismissalsRequest, () => dismissals.list());
  connection.onRequest(SummaryCoverageRequest, ({ uri }: SummaryCoverageParams): SummaryCoverageResult => {
    const result = summaries.get(uri)?.result;
    return result?.ok ? { source: result.source.uri, checked: result.check.checked.length, missing: result.check.missing } : null;
  });
  connection.onNotification(SummarySourceNotification, ({ summary, source }: SummarySourceParams) => {
    sources.choose(summary, source);
    publish(summary);
    // A summary leaves the workspace index of reports (and comes back when forgotten).
    reportsChanged([summary]);
  });
  connection.onRequest(RestoreDismissalsRequest, async ({ dismissals: entries }: RestoreDismissalsParams) => {
    await dismissals.restore(entries);
    republishAll();
  });

  documents.listen(connection);
  connection.listen();
}
