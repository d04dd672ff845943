/** A report's reading as export rows, in COLUMNS order. */
import { boundOf, canonicalIndicator, pledgeOf, type Reading, type Statement } from '../core';
import type { ExportRow } from './columns';

export function exportRows(file: string, reading: Reading): ExportRow[] {
  const lines = reading.lines;
  return reading.statements.map((statement) => {
    const f = statement.finding;
    const line = lines[f.line - 1] ?? '';
    return [
      file,
      reading.place,
      reading.year,
      periodOf(statement, reading.year),
      f.kind,
      f.indicator,
      f.indicator === null ? null : canonical(f.indicator),
      f.change,
      f.value,
      f.min,
      f.max,
      f.unit,
      f.comparator,
      pledgeOf(line, f),
      boundOf(f),
      f.deadline,
      f.section,
      f.line,
      f.start,
      f.end,
      f.text,
      line.slice(statement.sentence.start, statement.sentence.end),
      null,
      null,
      null,
    ];
  });
}

const canonicalNames = new Map<string, string>();

/** A corpus repeats its indicators: each is canonicalised once per worker (bounded, for odd corpora). */
function canonical(indicator: string): string {
  let name = canonicalNames.get(indicator);
  if (name === undefined) {
    if (canonicalNames.size > 100_000) canonicalNames.clear();
    canonicalNames.set(indicator, (name = canonicalIndicator(indicator)));
  }
  return name;
}

/**
 * The year a finding is about: its deadline's year when it has one (tracking's period); for a
 * result, the year its own words give (2023年，…) or, in a review, the year before the report's.
 */
function periodOf({ finding, evidence }: Statement, year: number | null): number | null {
  if (finding.deadline !== null) return Number(finding.deadline.slice(0, 4));
  if (finding.kind !== 'achievement' && finding.kind !== 'baseline') return null;
  const stated = /(\d{4})年/.exec(evidence.text ?? '')?.[1];
  if (stated !== undefined && evidence.from !== 'section') return Number(stated);
  return finding.kind === 'achievement' && evidence.tense === 'review' && year !== null ? year - 1 : null;
}
