/**
 * The Target ledger: a webview of every tracked target by place and indicator, a table and a chart
 * per indicator, cells that reveal their source, and a CSV export. One panel, refreshed whenever
 * the server's targets change; its script and styles come from dist/media only.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { TRACK_STATUSES } from '../../../server/src/core';
import { statusCssVariable } from '../trackStatus';
import { type TrackedTargets } from '../tracking';
import { ledgerCsv } from './ledgerCsv';
import type { FromLedger, LedgerSource, LedgerView, ToLedger } from './ledgerMessages';
import { ledgerGroups } from './ledgerModel';
import { ledgerStrings } from './ledgerStrings';

const VIEW_TYPE = 'policyLens.ledger';

/** What the webview drew last, as it reports it (for the tests, and a sign that the script ran). */
export interface LedgerRendered {
  rows: number;
  charts: number;
}

export class TargetLedger implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly rendered = new vscode.EventEmitter<LedgerRendered>();
  readonly onDidRender = this.rendered.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly tracked: TrackedTargets,
  ) {
    this.subscription = tracked.onDidChange(() => void this.post());
  }

  /** PolicyLens: Show Target Ledger. */
  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
    } else {
      this.panel = this.createPanel();
    }
    await this.tracked.all();
    await this.post();
  }

  /** PolicyLens: Export Target Ledger…; `uri` skips the save dialog. Returns the file written. */
  async exportCsv(uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const targets = await this.tracked.all();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = uri ?? (await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, 'target-ledger.csv') : undefined,
      filters: { CSV: ['csv'] },
      saveLabel: vscode.l10n.t('Export'),
    }));
    if (!target) return undefined;
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(ledgerCsv(targets)));
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', target.fsPath, error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    const open = vscode.l10n.t('Open');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Exported {0} targets to {1}.', targets.length, vscode.workspace.asRelativePath(target)), open)
      .then((choice) => choice === open && vscode.commands.executeCommand('vscode.open', target));
    return target;
  }

  dispose(): void {
    this.subscription.dispose();
    this.rendered.dispose();
    this.panel?.dispose();
  }

  private createPanel(): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.extensionUri, 'dist', 'media');
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Target Ledger'), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [media],
    });
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'policylens.svg');
    panel.webview.html = ledgerHtml(panel.webview, media);
    panel.webview.onDidReceiveMessage((message: FromLedger) => this.receive(message));
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    return panel;
  }

  private async receive(message: FromLedger): Promise<void> {
    switch (message?.type) {
      case 'ready': return this.post();
      case 'reveal': return isSource(message.source) ? reveal(message.source) : undefined;
      case 'exportCsv': return void (await this.exportCsv());
      case 'rendered': return this.rendered.fire({ rows: Number(message.rows), charts: Number(message.charts) });
    }
  }

  private async post(): Promise<void> {
    if (!this.panel) return;
    const statusColors = Object.fromEntries(TRACK_STATUSES.map((status) => [status, statusCssVariable(status)])) as LedgerView['statusColors'];
    const view: LedgerView = { groups: ledgerGroups(this.tracked.latest), strings: ledgerStrings(), statusColors, error: this.tracked.error };
    const message: ToLedger = { type: 'show', view };
    await this.panel.webview.postMessage(message);
  }
}

/** A strict policy: our stylesheet and script from dist/media, the script by its nonce, nothing else. */
function ledgerHtml(webview: vscode.Webview, media: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'ledger.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'ledger.css'));
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${vscode.l10n.t('Target Ledger')}</title>
</head>
<body>
<main id="ledger" aria-live="polite">${vscode.l10n.t('Pairing targets with results…')}</main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

function isSource(source: unknown): source is LedgerSource {
  const s = source as LedgerSource | undefined;
  return typeof s?.file === 'string' && [s.line, s.start, s.end].every((n) => Number.isInteger(n) && n >= 0);
}

/** Opens the source beside the ledger with the quantity selected. */
async function reveal(source: LedgerSource): Promise<void> {
  const range = new vscode.Range(source.line - 1, source.start, source.line - 1, source.end);
  await vscode.window.showTextDocument(vscode.Uri.parse(source.file), { selection: range, viewColumn: vscode.ViewColumn.Beside, preview: true });
}

/** The ledger and its two commands: Show Target Ledger, and Export Target Ledger… (its CSV button). */
export function registerLedger(context: vscode.ExtensionContext, tracked: TrackedTargets): TargetLedger {
  const ledger = new TargetLedger(context.extensionUri, tracked);
  context.subscriptions.push(
    ledger,
    vscode.commands.registerCommand('policyLens.showLedger', () => ledger.show()),
    vscode.commands.registerCommand('policyLens.exportLedger', (uri?: vscode.Uri | string) => ledger.exportCsv(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri)),
  );
  return ledger;
}
