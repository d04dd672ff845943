/**
 * Switches plain-text documents that are reports to the policy-report language: by name
 * (`policyLens.files`) or, with `policyLens.autoDetect`, by their opening. VS Code's `firstLine`
 * rule never applies to .txt files, which plain text claims by extension first.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import * as vscode from 'vscode';
import { DETECTION_PREFIX_LENGTH, looksLikeReport } from '../../server/src/core';
import type { Config } from './config';
import { REPORT_LANGUAGE } from './languageClient';

/** Files and new documents; not a diff's git side or an output channel. */
const CLAIMED_SCHEMES = new Set(['file', 'untitled']);

export class ReportDetection implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  /** Documents the user switched away from policy-report: they stay as chosen. */
  private readonly declined = new Set<string>();
  /** Documents closed in this very tick: a language change closes and reopens in one go. */
  private readonly closing = new Set<string>();
  private fileGlobs: { globs: string; match: picomatch.Matcher } | undefined;

  constructor(private readonly config: Config) {
    this.disposables = [
      vscode.workspace.onDidOpenTextDocument((document) => this.onOpen(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.onClose(document)),
      // A new untitled document is empty when it opens; check it once text arrives.
      vscode.workspace.onDidChangeTextDocument(({ document }) => {
        if (document.isUntitled) this.claim(document);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (this.config.affectsReportDetection(event)) this.claimAll();
      }),
    ];
    this.claimAll();
  }

  /** Whether the document is a report by name or content (its language aside). */
  private isReport(document: vscode.TextDocument): boolean {
    if (!document.isUntitled && this.matchesFileGlobs(document.uri)) return true;
    if (!this.config.autoDetect(document.uri)) return false;
    const opening = document.getText(new vscode.Range(document.positionAt(0), document.positionAt(DETECTION_PREFIX_LENGTH)));
    return looksLikeReport(opening);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private claimAll(): void {
    for (const document of vscode.workspace.textDocuments) this.claim(document);
  }

  private claim(document: vscode.TextDocument): void {
    if (document.languageId !== 'plaintext' || !CLAIMED_SCHEMES.has(document.uri.scheme)) return;
    if (this.declined.has(document.uri.toString())) return;
    if (this.isReport(document)) void vscode.languages.setTextDocumentLanguage(document, REPORT_LANGUAGE);
  }

  private onOpen(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.closing.has(key) && document.languageId !== REPORT_LANGUAGE) this.declined.add(key);
    else this.claim(document);
  }

  private onClose(document: vscode.TextDocument): void {
    if (document.languageId !== REPORT_LANGUAGE) return;
    const key = document.uri.toString();
    this.closing.add(key);
    queueMicrotask(() => this.closing.delete(key));
  }

  private matchesFileGlobs(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const filePath = folder ? path.posix.relative(folder.uri.path, uri.path) : uri.path;
    return this.fileGlobMatcher(this.config.files(uri))(filePath);
  }

  private fileGlobMatcher(globs: readonly string[]): picomatch.Matcher {
    const key = JSON.stringify(globs);
    if (this.fileGlobs?.globs !== key) {
      // Globs without a slash match the file name, as in VS Code's filenamePatterns.
      this.fileGlobs = { globs: key, match: picomatch([...globs], { dot: true, basename: true }) };
    }
    return this.fileGlobs.match;
  }
}
