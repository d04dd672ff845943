/**
 * A summary read as a report: its source link found, its Markdown taken off, then read like any
 * report, with 今年 its source's year where it does not say its own.
 */
import type { Finding } from '../types';
import { read, vocabularySegmenter, type AnalyzeOptions } from '../analyze';
import type { Segmenter } from '../segmenter';
import { checkSummary } from '../summary/check';
import type { SummaryCheck } from '../summary/types';
import type { Reading } from './reading';
import { findSourceLink, type SourceLink } from './sourceLink';
import { plainSummary, writtenColumns } from './plainSummary';

export interface SummaryReading extends Reading {
  /** The line naming its source report, if any (read as an empty line). */
  link: SourceLink | null;
  /** A finding of the reading (columns of the plain text) placed where the summary writes it. */
  asWritten(finding: Finding): Finding;
}

export interface SummaryReadOptions extends Pick<AnalyzeOptions, 'segmenter'> {
  /** The source report's year: what the summary's 今年 is when it names no year of its own. */
  sourceYear?: number | null;
}

export function readSummary(text: string, options: SummaryReadOptions = {}): SummaryReading {
  const link = findSourceLink(text);
  const plain = plainSummary(text, new Set(link ? [link.line] : []));
  const year = options.sourceYear ?? undefined;
  const reading = read(plain.text, { ...(options.segmenter ? { segmenter: options.segmenter } : {}), ...(year !== undefined ? { defaultYear: year } : {}) });
  return { ...reading, link, asWritten: (finding) => writtenColumns(finding, plain) };
}

/** A summary's text read (its 今年 the source's year where it names none) and checked against its source's reading. */
export function checkSummaryText(summaryText: string, source: Reading, options: { segmenter?: Segmenter } = {}): SummaryCheck {
  const segmenter = options.segmenter ?? vocabularySegmenter();
  return checkSummary(readSummary(summaryText, { segmenter, sourceYear: source.year }), source, { segmenter });
}
