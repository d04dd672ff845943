/** Workspace paths: LSP speaks URIs, the file system speaks paths, settings and dismissals speak folder-relative paths. */
import * as path from 'node:path';
import { URI } from 'vscode-uri';

/** The file-system path of a `file:` URI; null for `untitled:` and other schemes. */
export function fileSystemPath(uri: string): string | null {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : null;
}

/** `file` relative to `folder`, with forward slashes on every platform (as globs and ignore.json expect). */
export function relativePath(folder: string, file: string): string {
  return path.relative(folder, file).split(path.sep).join('/');
}

/** Whether `file` lies strictly inside `dir`. */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
