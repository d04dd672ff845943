/**
 * The analysis core's one door, as `createLanguageService` is vscode-markdown-languageservice's:
 * the server, the client, the command line and the scripts import from here only. Text in,
 * readings and findings out; nothing here knows of editors or protocols.
 */
export * from './types';
export type { Reading, Statement, Evidence, Subject, Span, YearSpan } from './read/reading';
export { toReport } from './read/reading';
export { analyze, read, vocabularySegmenter, SEGMENTATION_WORDS, type AnalyzeOptions } from './analyze';
export type { Segmenter } from './segmenter';
export { decodeReport, type DecodeResult } from './decode';
export { DETECTION_PREFIX_LENGTH, looksLikeReport } from './detect';
export { conflictingTargets } from './conflicts';
export { canonicalIndicator } from './vocabulary';
export { splitLines, SENTENCE_END, isTableRow } from './text';
export { simplify as simplifiedText } from './read/normalize';
export { pledgeOf, boundOf, type Pledge, type Bound } from './wording';
export { trackPlace, trackReports, trackTargets } from './track/trackReports';
export { bandHalfWidth } from './track/status';
export type * from './track/types';
export { TRACK_STATUSES } from './track/types';
export { readSummary, checkSummaryText, type SummaryReading, type SummaryReadOptions } from './read/summary';
export { readSourceLink, findSourceLink } from './read/sourceLink';
export { checkSummary, type SummaryCheckOptions } from './summary/check';
export { roundingTolerance, unitFamily } from './summary/compare';
export type * from './summary/types';

