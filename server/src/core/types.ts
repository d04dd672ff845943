/** The shapes fixed by shared/spec/findings.md: what `policylens analyze --json` prints. */

/** Every kind, in the order reports and counts list them. */
export const KINDS = ['target', 'commitment', 'achievement', 'baseline', 'date'] as const;
export type Kind = (typeof KINDS)[number];
export type Comparator = '=' | '>=' | '>' | '<=' | '<' | '~' | 'range';
export type Tense = 'review' | 'plan' | 'vision';

export interface Section {
  title: string;
  /** 1 for the outermost headings (一、 第一章), deeper levels count up. */
  level: number;
  /** 1-based first and last line the section covers. */
  line: number;
  endLine: number;
  tense: Tense;
}

export interface Finding {
  kind: Kind;
  /** 1-based line; start/end are 0-based UTF-16 columns of `text`. */
  line: number;
  start: number;
  end: number;
  text: string;
  indicator: string | null;
  change: string | null;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  comparator: Comparator | null;
  /** YYYY-MM-DD, for targets, commitments and dates. */
  deadline: string | null;
  section: string;
  /** Set on an achievement the text gives as an estimate (预计, 初步核算 …); tracking marks its result so. */
  estimate?: boolean;
}

/** A row of an indicator table whose stated average growth disagrees with baseline → target. */
export interface TableGrowthMismatch {
  line: number;
  indicator: string;
  baseline: number;
  target: number;
  years: number;
  /** Average annual growth, in %, as printed and as implied by baseline → target. */
  statedGrowth: number;
  impliedGrowth: number;
}

export interface Report {
  /** The year the report plans for (its 今年), or null when the text does not say. */
  year: number | null;
  /** The place the report is about as the text names it (洛阳市, 湖北省, 全国), or null. */
  place: string | null;
  sections: Section[];
  findings: Finding[];
  tableGrowthMismatches: TableGrowthMismatch[];
}
