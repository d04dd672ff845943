import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ShowFindingsCommand } from '../../../server/src/protocol';
import type { PolicyLensServer } from '../languageClient';
import { exportIndicators, type ExportOptions } from './exportIndicators';
import { goToTarget } from './goToTarget';
import { revealFinding } from './revealFinding';
import { showAllTargets } from './showAllTargets';
import { showDismissals } from './showDismissals';
import { showFindings } from './showFindings';

/** The commands of the editor and the palette; the Indicators view registers its own. */
export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, server: PolicyLensServer): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.nextTarget', () => goToTarget(server, 'next')),
    vscode.commands.registerCommand('policyLens.previousTarget', () => goToTarget(server, 'previous')),
    vscode.commands.registerCommand('policyLens.showAllTargets', () => showAllTargets(server)),
    vscode.commands.registerCommand('policyLens.exportIndicators', (options?: ExportOptions) => exportIndicators(server, options)),
    vscode.commands.registerCommand('policyLens.showDismissals', () => showDismissals(server)),
    vscode.commands.registerCommand('policyLens.restartServer', () => client.restart()),
    vscode.commands.registerCommand(ShowFindingsCommand, showFindings),
    vscode.commands.registerCommand('policyLens.revealFinding', revealFinding),
  );
}
