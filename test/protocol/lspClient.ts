/**
 * A language client for the protocol tests: spawns the built server (`node dist/server.js --stdio`
 * unless told otherwise) over stdio, initializes it with a workspace folder, answers its requests
 * (workspace/configuration with the settings a test chooses, client/registerCapability,
 * window/workDoneProgress/create), records what it publishes, and shuts it down cleanly.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  createProtocolConnection,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { ensureBuilt } from '../helpers/build';

export const ROOT = path.join(__dirname, '..', '..');
const WAIT_MS = 10_000;

export interface ClientOptions {
  /** The server's command line after `node`; dist/server.js over stdio by default. */
  serverArgs?: string[];
  locale?: string;
  /** What the client answers for the `policyLens` section; undefined answers nothing (defaults). */
  settings?: Record<string, unknown>;
  filesExclude?: Record<string, boolean>;
  /** A client that does not offer window/workDoneProgress (a scan without progress). */
  progress?: boolean;
  /** A client that cannot answer workspace/configuration (Neovim without settings). */
  configuration?: boolean;
}

/** A copy of seeds/ to use as the workspace folder, so dismissals can be written. */
export function copySeeds(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'policylens-protocol-'));
  cpSync(path.join(ROOT, 'seeds'), folder, { recursive: true });
  return folder;
}

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly logs: string[] = [];
  /** How many work-done progress reports have ended (the workspace scan's). */
  progressEnded = 0;
  settings: Record<string, unknown> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly versions = new Map<string, number>();
  private stderr = '';

  private constructor(
    readonly connection: ProtocolConnection,
    readonly process: ChildProcess,
    readonly folder: string,
    options: ClientOptions,
  ) {
    this.settings = options.settings;
    connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
      this.diagnostics.set(uri, diagnostics);
      this.changed();
    });
    connection.onNotification(LogMessageNotification.type, ({ message }) => {
      this.logs.push(message);
    });
    connection.onRequest(ConfigurationRequest.type, ({ items }) =>
      items.map(({ section }) => (section === 'files.exclude' ? options.filesExclude ?? {} : this.settings ?? null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      const listening = connection.onProgress(WorkDoneProgress.type, token, (progress) => {
        if (progress.kind !== 'end') return;
        listening.dispose();
        this.progressEnded++;
        this.changed();
      });
    });
    process.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  static async start(folder: string, options: ClientOptions = {}): Promise<LspClient> {
    ensureBuilt();
    const child = spawn(process.execPath, options.serverArgs ?? [path.join(ROOT, 'dist', 'server.js'), '--stdio'], {
      cwd: ROOT,
      env: { ...process.env, LANG: 'C', LC_ALL: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(connection, child, folder, options);
    connection.listen();
    const folderUri = URI.file(folder).toString();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.configuration !== false,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceFolders: true,
        symbol: {},
      },
      window: { workDoneProgress: options.progress !== false },
      textDocument: {
        synchronization: { didSave: true },
        publishDiagnostics: { relatedInformation: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        inlayHint: {},
        codeLens: {},
        foldingRange: {},
      },
    };
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      locale: options.locale ?? 'en',
      capabilities,
      workspaceFolders: [{ uri: folderUri, name: path.basename(folder) }],
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  initializeResult: InitializeResult | undefined;

  uri(file: string): string {
    return URI.file(path.join(this.folder, file)).toString();
  }

  /** Opens a file of the workspace (or the given text under that name), as a policy report unless `languageId` says otherwise. */
  async open(file: string, text?: string, languageId = 'policy-report'): Promise<string> {
    const uri = this.uri(file);
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text: text ?? readFileSync(path.join(this.folder, file), 'utf8') },
    });
    return uri;
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** New `policyLens` settings: the server is told, and pulls them with workspace/configuration. */
  async configure(settings: Record<string, unknown> | undefined): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** The diagnostics of `uri` once a publication satisfies `accept`. */
  diagnosticsWhen(uri: string, accept: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return this.when(() => {
      const published = this.diagnostics.get(uri);
      return published && accept(published) ? published : undefined;
    }, `diagnostics of ${uri}`);
  }

  /** Resolves with the first value `probe` gives that is not undefined, rechecked on each message. */
  when<T>(probe: () => T | undefined, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        finish();
        resolve(value);
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out waiting for ${what}\n--- server log ---\n${this.logs.join('\n')}\n--- stderr ---\n${this.stderr}`));
      }, WAIT_MS);
      const finish = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  /** Asks again until the answer satisfies `accept` (for state the server updates on its own time). */
  async eventually<T>(ask: () => Promise<T>, accept: (answer: T) => boolean, what: string): Promise<T> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const answer = await ask();
      if (accept(answer)) return answer;
      if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last answer: ${JSON.stringify(answer).slice(0, 2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async stop(): Promise<void> {
    const exited = new Promise<number | null>((resolve) => {
      if (!this.alive) resolve(this.process.exitCode);
      else this.process.once('exit', (code) => resolve(code));
    });
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      const timer = setTimeout(() => this.process.kill(), 5000);
      const code = await exited;
      clearTimeout(timer);
      this.connection.dispose();
      assert.equal(code, 0, `the server exits cleanly after shutdown and exit\n${this.stderr}`);
    }
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

export function removeFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}
