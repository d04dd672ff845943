import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ShowFindingsCommand } from '../../../server/src/protocol';
import type { ChosenSources } from '../chosenSources';
import type { PolicyLensServer } from '../languageClient';
import { checkSummary } from './checkSummary';
import { exportIndicators, type ExportOptions } from './exportIndicators';
import { goToTarget } from './goToTarget';
import { revealFinding } from './revealFinding';
import { showAllTargets } from './showAllTargets';
import { showDismissals } from './showDismissals';
import { showFindings } from './showFindings';
import { showMissingTargets } from './showMissingTargets';

/** The commands of the editor and the palette; the Indicators view registers its own. */
export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, server: PolicyLensServer, chosen: ChosenSources): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.nextTarget', () => goToTarget(server, 'next')),
    vscode.commands.registerCommand('policyLens.previousTarget', () => goToTarget(server, 'previous')),
    vscode.commands.registerCommand('policyLens.showAllTargets', () => showAllTargets(server)),
    vscode.commands.registerCommand('policyLens.exportIndicators', (options?: ExportOptions) => exportIndicators(server, options)),
    vscode.commands.registerCommand('policyLens.showDismissals', () => showDismissals(server)),
    vscode.commands.registerCommand('policyLens.checkSummary', (summary?: unknown, source?: unknown) => checkSummary(server, chosen, summary, source)),
    vscode.commands.registerCommand('policyLens.showMissingTargets', (summary?: vscode.Uri) => showMissingTargets(server, summary)),
    vscode.commands.registerCommand('policyLens.restartServer', () => client.restart()),
    vscode.commands.registerCommand(ShowFindingsCommand, (uri: string, headingLine: number) => showFindings(server, uri, headingLine)),
    vscode.commands.registerCommand('policyLens.revealFinding', revealFinding),
  );
}
