/**
 * The summary check's shapes: a digest's quantities compared with the findings of its source
 * report. Pure data; `summaryCheck.ts` computes it, the CLI and the server present it.
 */
import type { Finding } from '../types';

/** What can differ between a summary's quantity and the source finding it restates. */
export type Difference = 'value' | 'unit' | 'comparator' | 'period';

export interface CheckedQuantity {
  /** The summary's quantity, read as a finding of the summary text (lines and columns in the summary). */
  quantity: Finding;
  /** The source finding it was matched to, or null when the source has no counterpart. */
  source: Finding | null;
  /** Empty when the summary says what the source says. */
  differences: Difference[];
  /** The summary's quantity as a reader quotes it, with its change verb: `增长9%以上`, `控制在4.5%以内`. */
  quote?: string;
  /** The source's quantity quoted the same way (its text when the source's text was not given). */
  sourceQuote?: string | null;
  /** The source sentence around it, for a hover (null when unmatched or the source's text was not given). */
  sourceSentence?: string | null;
}

export interface SummaryCheck {
  /** The summary's quantities that were compared (dates on their own are not counted). */
  checked: CheckedQuantity[];
  /** The source's targets and commitments that no quantity of the summary restates. */
  missing: Finding[];
}

/** One problem as `policylens check --json` prints it (shared/spec/findings.md). */
export interface SummaryProblem {
  problem: 'mismatch' | 'unsupported';
  line: number;
  start: number;
  end: number;
  text: string;
  sourceLine?: number;
  sourceText?: string;
  message: string;
}
