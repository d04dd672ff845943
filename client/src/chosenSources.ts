/**
 * The source report the user chose for each summary (Check Summary Against Source…): remembered in
 * the workspace state, and told to the server again each time it (re)starts.
 */
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { PolicyLensServer } from './languageClient';

/** Summary URI → source URI, as strings. */
const STATE_KEY = 'policyLens.summarySources';

export class ChosenSources implements vscode.Disposable {
  private readonly disposable: vscode.Disposable;

  constructor(
    private readonly state: vscode.Memento,
    private readonly server: PolicyLensServer,
  ) {
    this.disposable = server.client.onDidChangeState(({ newState }) => {
      if (newState === State.Running) void this.sendAll();
    });
  }

  get(summary: vscode.Uri): vscode.Uri | undefined {
    const source = this.all()[summary.toString()];
    return source === undefined ? undefined : vscode.Uri.parse(source);
  }

  /** Checks `summary` against `source` from now on; undefined goes back to the summary's own link or the settings. */
  async choose(summary: vscode.Uri, source: vscode.Uri | undefined): Promise<void> {
    const chosen = { ...this.all() };
    if (source) chosen[summary.toString()] = source.toString();
    else delete chosen[summary.toString()];
    await this.state.update(STATE_KEY, chosen);
    await this.server.setSummarySource(summary, source);
  }

  dispose(): void {
    this.disposable.dispose();
  }

  private async sendAll(): Promise<void> {
    for (const [summary, source] of Object.entries(this.all())) {
      await this.server.setSummarySource(vscode.Uri.parse(summary), vscode.Uri.parse(source));
    }
  }

  private all(): Record<string, string> {
    return this.state.get<Record<string, string>>(STATE_KEY, {});
  }
}
