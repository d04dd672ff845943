/**
 * Export Indicators… for the whole workspace: the same table as `policylens export`, run by the
 * same code (the worker pool of dist/exportWorker.js), over the reports the server knows, each
 * named by its path in the workspace. The client shows the progress and the outcome.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { InputFile } from '../export/inputs';
import { runExport } from '../export/run';
import { fileSystemPath, isInside, relativePath } from '../paths';
import type { ExportTableParams, ExportTableResult } from '../protocol';

export async function exportTable(
  { target, format }: ExportTableParams,
  reportUris: readonly string[],
  folderUris: readonly string[],
  progress: WorkDoneProgressReporter,
  token: CancellationToken,
): Promise<ExportTableResult> {
  const out = fileSystemPath(target);
  if (out === null) throw new Error(`can only export to a file on disk, not ${target}`);
  const folders = folderUris.flatMap((uri) => fileSystemPath(uri) ?? []);
  const inputs = reportUris.flatMap((uri) => input(uri, folders)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const abort = new AbortController();
  token.onCancellationRequested(() => abort.abort());
  progress.begin(l10n.t('Exporting indicators'), 0, l10n.t('{0}/{1} reports', 0, inputs.length), true);
  let shown = 0;
  try {
    const summary = await runExport({
      inputs,
      out,
      format,
      signal: abort.signal,
      onProgress(p) {
        // Reading is the work; the second pass (tracking's outcomes) is the last tenth.
        const percentage = p.stage === 'reading' ? Math.floor((90 * p.bytes) / Math.max(1, p.totalBytes)) : 90 + Math.floor((10 * p.files) / Math.max(1, p.totalFiles));
        if (percentage === shown) return;
        shown = percentage;
        progress.report(percentage, p.stage === 'reading' ? l10n.t('{0}/{1} reports', p.files, p.totalFiles) : l10n.t('writing the table'));
      },
    });
    return { reports: summary.files - summary.unreadable.length, rows: summary.rows, unreadable: summary.unreadable, cancelled: summary.cancelled };
  } finally {
    progress.done();
  }
}

/** A report on disk, named by its path in its workspace folder (prefixed by the folder's name in a multi-root workspace). */
function input(uri: string, folders: readonly string[]): InputFile[] {
  const file = fileSystemPath(uri);
  const bytes = file === null ? undefined : statSync(file, { throwIfNoEntry: false })?.size;
  if (file === null || bytes === undefined) return [];
  const folder = folders.find((dir) => isInside(dir, file));
  const relative = folder === undefined ? file : relativePath(folder, file);
  const name = folder !== undefined && folders.length > 1 ? `${path.basename(folder)}/${relative}` : relative;
  return [{ path: file, name, bytes }];
}
