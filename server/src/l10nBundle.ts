/**
 * The server's own strings in the user's language. VS Code sends its display language in
 * `initialize` (e.g. `zh-cn`); other editors may not, so LANG (zh_CN.UTF-8) also counts.
 * The bundle ships beside the built server: dist/server.js reads ../l10n/server.l10n.zh-cn.json.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';

export function loadServerL10n(locale: string | undefined): void {
  const language = locale?.toLowerCase().replace('_', '-').split('.')[0];
  if (!language?.startsWith('zh')) return;
  const bundle = path.join(__dirname, '..', 'l10n', 'server.l10n.zh-cn.json');
  if (existsSync(bundle)) l10n.config({ fsPath: bundle });
}
