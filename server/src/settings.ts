/**
 * The `policyLens.*` settings as the server reads them (workspace/configuration), with the
 * defaults package.json declares. A client that answers nothing (Neovim without settings) gets
 * the defaults.
 */
import type { Kind } from './core';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** Every diagnostic the server can publish: one per finding kind, the two report checks, and the summary check's two. */
export type DiagnosticKind = Kind | 'tableGrowth' | 'conflictingTarget' | 'summaryMismatch' | 'summaryUnsupported';

export interface Settings {
  /** Globs of files that are reports whatever their content. */
  files: string[];
  /** Also treat .txt/.md files whose opening reads like a report as reports. */
  autoDetect: boolean;
  severity: Record<DiagnosticKind, SeverityName>;
  inlayHints: { deadlines: boolean; outcomes: boolean };
  codeLens: { enabled: boolean };
  /** Workspace scan for workspace symbols and the Indicators view; 0 turns it off. */
  workspace: { maxFiles: number };
  /** Files larger than this many bytes are not analysed (a message says so); 0 is no limit. */
  maxFileSize: number;
  /** Summaries and their sources: a glob of summary files → the source report, both workspace-relative. */
  summaries: Record<string, string>;
}

const MB = 1024 * 1024;

export const DEFAULT_SETTINGS: Settings = {
  files: ['**/*政府工作报告*.txt', '**/*规划*.txt', '**/*计划*报告*.txt', '**/*.report.txt'],
  autoDetect: true,
  severity: {
    target: 'information',
    commitment: 'information',
    achievement: 'off',
    baseline: 'off',
    date: 'off',
    tableGrowth: 'warning',
    conflictingTarget: 'warning',
    summaryMismatch: 'error',
    summaryUnsupported: 'warning',
  },
  inlayHints: { deadlines: true, outcomes: true },
  codeLens: { enabled: true },
  workspace: { maxFiles: 2000 },
  maxFileSize: 5 * MB,
  summaries: {},
};

/** Merges what the client sent over the defaults, dropping values of the wrong type. */
export function readSettings(raw: unknown): Settings {
  const given = isObject(raw) ? raw : {};
  const severity = { ...DEFAULT_SETTINGS.severity };
  if (isObject(given.severity)) {
    for (const key of Object.keys(severity) as DiagnosticKind[]) {
      const value = given.severity[key];
      if (isSeverity(value)) severity[key] = value;
    }
  }
  return {
    files: Array.isArray(given.files) && given.files.every((g) => typeof g === 'string') ? given.files : DEFAULT_SETTINGS.files,
    autoDetect: typeof given.autoDetect === 'boolean' ? given.autoDetect : DEFAULT_SETTINGS.autoDetect,
    severity,
    inlayHints: {
      deadlines: boolOr(given.inlayHints, 'deadlines', DEFAULT_SETTINGS.inlayHints.deadlines),
      outcomes: boolOr(given.inlayHints, 'outcomes', DEFAULT_SETTINGS.inlayHints.outcomes),
    },
    codeLens: { enabled: boolOr(given.codeLens, 'enabled', DEFAULT_SETTINGS.codeLens.enabled) },
    workspace: {
      maxFiles: isObject(given.workspace) && typeof given.workspace.maxFiles === 'number' && given.workspace.maxFiles >= 0
        ? Math.floor(given.workspace.maxFiles)
        : DEFAULT_SETTINGS.workspace.maxFiles,
    },
    // In MB, as the setting is written; fractions allowed.
    maxFileSize: typeof given.maxFileSize === 'number' && given.maxFileSize >= 0 ? Math.round(given.maxFileSize * MB) : DEFAULT_SETTINGS.maxFileSize,
    summaries: isObject(given.summaries)
      ? Object.fromEntries(Object.entries(given.summaries).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
      : DEFAULT_SETTINGS.summaries,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSeverity(value: unknown): value is SeverityName {
  return value === 'error' || value === 'warning' || value === 'information' || value === 'hint' || value === 'off';
}

function boolOr(section: unknown, key: string, fallback: boolean): boolean {
  return isObject(section) && typeof section[key] === 'boolean' ? section[key] : fallback;
}
