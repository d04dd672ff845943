/** The `policyLens.*` settings the client itself reads; the server reads the rest. */
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

const CONFIG_SECTION = 'policyLens';

export class Config {
  /** Globs of files that are reports whatever their content. */
  files(scope?: vscode.Uri): readonly string[] {
    const files = this.section(scope).get<unknown>('files');
    return Array.isArray(files) && files.every((glob) => typeof glob === 'string') ? files : DEFAULT_SETTINGS.files;
  }

  /** Whether a plain-text file whose opening reads like a report becomes one. */
  autoDetect(scope?: vscode.Uri): boolean {
    return this.section(scope).get<boolean>('autoDetect', DEFAULT_SETTINGS.autoDetect);
  }

  /** Whether a settings change can change which documents are reports. */
  affectsReportDetection(event: vscode.ConfigurationChangeEvent): boolean {
    return event.affectsConfiguration(`${CONFIG_SECTION}.files`) || event.affectsConfiguration(`${CONFIG_SECTION}.autoDetect`);
  }

  private section(scope?: vscode.Uri): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  }
}
