/**
 * Ctrl+T over every report of the workspace, open or not: each finding whose reading or text
 * contains the query (`失业率`), or, failing that, holds its characters in order as VS Code's own
 * fuzzy match does (`gdp增` finds `GDP 增长`). Substring matches come first.
 */
import { type CancellationToken, type SymbolInformation } from 'vscode-languageserver';
import { URI, Utils } from 'vscode-uri';
import type { Finding } from '../core';
import type { AnalyzedReport } from '../documents';
import { findingLabel } from '../format';
import { findingRange } from '../ranges';
import { FINDING_SYMBOL_KIND } from './documentSymbols';

/** Enough to list every finding of a large workspace; more would only slow the picker. */
export const MAX_WORKSPACE_SYMBOLS = 5000;

export interface WorkspaceReport {
  analyzed: AnalyzedReport;
  /** The report's findings the user has not dismissed. */
  findings: readonly Finding[];
}

export function workspaceSymbols(entries: readonly WorkspaceReport[], query: string, token: CancellationToken): SymbolInformation[] {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  const exact: SymbolInformation[] = [];
  const fuzzy: SymbolInformation[] = [];
  for (const { analyzed, findings } of entries) {
    if (token.isCancellationRequested || exact.length >= MAX_WORKSPACE_SYMBOLS) break;
    const fileName = Utils.basename(URI.parse(analyzed.uri));
    for (const finding of findings) {
      const name = findingLabel(finding) || finding.text;
      const match = matches(wanted, [name, finding.indicator ?? '', finding.text]);
      if (match === null) continue;
      (match === 'substring' ? exact : fuzzy).push({
        name,
        kind: FINDING_SYMBOL_KIND[finding.kind],
        location: { uri: analyzed.uri, range: findingRange(finding) },
        containerName: finding.section ? `${finding.section} · ${fileName}` : fileName,
      });
    }
  }
  return [...exact, ...fuzzy].slice(0, MAX_WORKSPACE_SYMBOLS);
}

function matches(query: string, candidates: readonly string[]): 'substring' | 'fuzzy' | null {
  if (query === '') return 'substring';
  const texts = candidates.map((text) => text.toLowerCase().replace(/\s+/g, ''));
  if (texts.some((text) => text.includes(query))) return 'substring';
  return texts.some((text) => inOrder(query, text)) ? 'fuzzy' : null;
}

/** Every character of the query appears in the text, in order. */
function inOrder(query: string, text: string): boolean {
  let at = 0;
  for (const char of query) {
    at = text.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}
