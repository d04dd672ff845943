/** Wiring only: detection, the language client, the Indicators view, the Target ledger, summaries' sources, commands, status bar. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ChosenSources } from './chosenSources';
import { registerCommands } from './commands';
import { Config } from './config';
import { createLanguageClient, PolicyLensServer } from './languageClient';
import { registerLedger, type TargetLedger } from './ledger/ledgerPanel';
import { ReportDetection } from './reportDetection';
import { ReportStatusBar } from './statusBar';
import { TrackedTargets } from './tracking';
import type { IndicatorsNode } from './views/indicatorsModel';
import type { IndicatorsTreeProvider } from './views/indicatorsTree';
import { registerIndicatorsView } from './views/indicatorsView';

/** What `activate` returns: for the tests, and for other extensions. */
export interface PolicyLensApi {
  server: PolicyLensServer;
  indicatorsTree: IndicatorsTreeProvider;
  indicatorsViews: readonly vscode.TreeView<IndicatorsNode>[];
  trackedTargets: TrackedTargets;
  ledger: TargetLedger;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const config = new Config();
  client = createLanguageClient(context);
  const server = new PolicyLensServer(client);
  const trackedTargets = new TrackedTargets(server);
  context.subscriptions.push(new ReportDetection(config), server, trackedTargets);

  const { provider: indicatorsTree, views: indicatorsViews } = registerIndicatorsView(context, server, trackedTargets);
  const ledger = registerLedger(context, trackedTargets);
  const chosen = new ChosenSources(context.workspaceState, server);
  context.subscriptions.push(chosen);
  registerCommands(context, client, server, chosen);
  context.subscriptions.push(new ReportStatusBar(indicatorsTree));

  // Not awaited: the commands and views are there at once, and requests wait for the server.
  client.start().catch((error: unknown) => {
    void vscode.window.showErrorMessage(vscode.l10n.t('The PolicyLens language server did not start: {0}', String(error)));
  });
  return { server, indicatorsTree, indicatorsViews, trackedTargets, ledger };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
