/**
 * One reading of a report, shared by everything that shows or compares findings: each finding
 * with the sentence it stands in and the evidence that decided its kind. `toReport` gives the
 * findings.md shape, unchanged.
 */
import type { Finding, Report, Section, TableGrowthMismatch, Tense } from '../types';

/** Why a finding looks back or forward. */
export interface Evidence {
  tense: Tense;
  /** A cue in its own clause, a time frame set before it, the section's heading, its paragraph's result words, or a table column. */
  from: 'clause' | 'frame' | 'section' | 'paragraph' | 'table';
  /** The deciding words as written (预计, 2021年, 今年…预期目标), or the section's title. */
  text: string | null;
  /** Where the words stand: 1-based line, 0-based column (null for a heading or table). */
  line: number;
  start: number | null;
}

/** Columns of one line, 0-based UTF-16, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A span of years a statement is about: 2021 → 2021–2021, “十三五”期间 → 2016–2020. */
export interface YearSpan {
  from: number;
  to: number;
}

/** What a quantity measures and which years it is about, as its clause and sentence say. */
export interface Subject {
  /**
   * Its indicator with a comparison read off (同比增加 → change 增加) and time words read across
   * (规模以上工业增加值2025年达到); a bare change (同比增加69天) takes the previous quantity's. Simplified characters.
   */
  indicator: string | null;
  change: string | null;
  /** Its unit as read (個 → 个), which the finding keeps as written. */
  unit: string | null;
  /** Its sentence up to it and its clause after it (at most 1000 characters each way). */
  lead: Span;
  /** The quantity as a reader quotes it, with its change or level verb: 增长8%以上, 控制在4.5%以内. */
  quote: Span;
  /** The words just around it that say what it measures (a table cell: its row), the quantity left out as `|`. */
  context: string;
  /** The years its own sentence names before it, or null. */
  namedYears: YearSpan | null;
  /** The years it may be about: a target's deadline and its paragraph's time words; an achievement's year. */
  periods: YearSpan[];
  /** A threshold naming a class of what is counted, not a figure: 注册资金超100万元的企业50家以上. */
  namesClass: boolean;
}

export interface Statement {
  finding: Finding;
  /** The sentence of the finding's line, 0-based UTF-16 columns as written. */
  sentence: Span;
  evidence: Evidence;
  /** What it measures and is about; null for a date. */
  subject: Subject | null;
}

export interface Reading {
  /** The text's lines as written. */
  lines: string[];
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
