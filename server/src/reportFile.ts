/** A report file from disk (or stdin for `-`), decoded, or the reason it cannot be read. */
import { readFileSync } from 'node:fs';
import { decodeReport, type DecodeResult } from './core';
import { strictUtf8Text } from './utf8';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

export function readReportFile(file: string): DecodeResult {
  try {
    return decodeReport(readFileSync(file === '-' ? 0 : file), strictUtf8Text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, reason: REASONS[code] ?? errorMessage(error) };
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
