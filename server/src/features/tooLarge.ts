/** A file over policyLens.maxFileSize: one Information diagnostic on its first line says so and how to raise the limit. */
import * as l10n from '@vscode/l10n';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { SOURCE } from './diagnostics';

export const TOO_LARGE_CODE = 'policylens.too-large';

/** 5, 5.7, 0.0098: two significant digits, no trailing zeros. */
const megabytes = (bytes: number) => String(Number((bytes / (1024 * 1024)).toPrecision(2)));

export function tooLargeDiagnostic(bytes: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: TOO_LARGE_CODE,
    message: l10n.t(
      'PolicyLens skipped this file: it is {0} MB, larger than policyLens.maxFileSize ({1} MB). Raise the setting to analyse it.',
      megabytes(bytes),
      megabytes(limit),
    ),
  };
}
