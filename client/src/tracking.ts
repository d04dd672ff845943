/**
 * The workspace's targets and their results as the server last paired them, shared by the
 * Indicators view's "Targets vs results" grouping and the Target ledger. Fetched when first asked
 * for, then again (debounced) whenever the server says a report changed.
 */
import * as vscode from 'vscode';
import type { PolicyLensServer } from './languageClient';
import type { TrackedFinding, TrackedTarget } from '../../server/src/core';

const REFRESH_DELAY_MS = 300;

export class TrackedTargets implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after each fetch, successful or not. */
  readonly onDidChange = this.changed.event;

  private targets: readonly TrackedTarget[] = [];
  private failure: string | undefined;
  private loading: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly server: PolicyLensServer) {
    this.subscription = server.onDidChangeTracking(() => {
      // Nobody has asked yet: the first ask fetches.
      if (!this.loading) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
    });
  }

  /** Why the last fetch failed, until one succeeds. */
  get error(): string | undefined {
    return this.failure;
  }

  /** The targets as last fetched, without asking. */
  get latest(): readonly TrackedTarget[] {
    return this.targets;
  }

  /** The targets, fetched once if nobody asked before. */
  async all(): Promise<readonly TrackedTarget[]> {
    await (this.loading ?? this.refresh());
    return this.targets;
  }

  /** Asks the server again; requests run one after the other. */
  refresh(): Promise<void> {
    const previous = this.loading ?? Promise.resolve();
    this.loading = previous.then(() => this.fetch());
    return this.loading;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }

  private async fetch(): Promise<void> {
    try {
      this.targets = await this.server.tracking();
      this.failure = undefined;
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
    this.changed.fire();
  }
}

/** The document a tracked target or result stands in (the request's `file` fields are URIs). */
export function trackedUri(finding: TrackedFinding): vscode.Uri {
  return vscode.Uri.parse(finding.file);
}

export function trackedRange(finding: TrackedFinding): vscode.Range {
  return new vscode.Range(finding.line - 1, finding.start, finding.line - 1, finding.end);
}

/** `青川市-2023.txt:13`: the file's name and line, as the Indicators view writes locations. */
export function trackedLocation(finding: TrackedFinding): string {
  const { path } = trackedUri(finding);
  return `${path.slice(path.lastIndexOf('/') + 1)}:${finding.line}`;
}
