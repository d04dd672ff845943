/**
 * One reading of a report, shared by everything that shows or compares findings: each finding
 * with the sentence it stands in and the evidence that decided its kind. `toReport` gives the
 * findings.md shape, unchanged.
 */
import type { Finding, Report, Section, TableGrowthMismatch, Tense } from '../types';

/** Why a finding looks back or forward. */
export interface Evidence {
  tense: Tense;
  /** A cue in its own clause, a time frame set before it, the section's heading, or a table column. */
  from: 'clause' | 'frame' | 'section' | 'table';
  /** The deciding words as written (预计, 2021年, 今年…预期目标), or the section's title. */
  text: string | null;
  /** Where the words stand: 1-based line, 0-based column (null for a heading or table). */
  line: number;
  start: number | null;
}

export interface Statement {
  finding: Finding;
  /** The sentence of the finding's line, 0-based UTF-16 columns as written. */
  sentence: { start: number; end: number };
  evidence: Evidence;
}

export interface Reading {
  /** The report's 今年, or null when the text does not say. */
  year: number | null;
  /** A five-year plan's period. */
  period: { start: number; end: number } | null;
  /** The place the report is about (洛阳市, 湖北省, 全国), or null. */
  place: string | null;
  sections: Section[];
  statements: Statement[];
  tableGrowthMismatches: TableGrowthMismatch[];
}

export function toReport(reading: Reading): Report {
  return {
    year: reading.year,
    place: reading.place,
    sections: reading.sections,
    findings: reading.statements.map((s) => s.finding),
    tableGrowthMismatches: reading.tableGrowthMismatches,
  };
}
