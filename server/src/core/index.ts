/**
 * The analysis core's one door, as `createLanguageService` is vscode-markdown-languageservice's:
 * the server, the client, the command line and the scripts import from here only. Text in,
 * readings and findings out; nothing here knows of editors or protocols.
 */
export * from './types';
export type { Reading, Statement, Evidence } from './read/reading';
export { toReport } from './read/reading';
export { analyze, read, vocabularySegmenter, SEGMENTATION_WORDS, type AnalyzeOptions } from './analyze';
export type { Segmenter } from './segmenter';
export { decodeReport, type DecodeResult } from './decode';
export { DETECTION_PREFIX_LENGTH, looksLikeReport } from './detect';
export { conflictingTargets } from './conflicts';
export { canonicalIndicator } from './vocabulary';
export { splitLines, SENTENCE_END, isTableRow } from './text';
export { simplifiedText } from './read/normalize';
export { checkSummary } from './summaryCheck';
export { readSourceLink, findSourceLink } from './summaryLink';
export { roundingTolerance, unitFamily } from './summaryCompare';
export type * from './summaryTypes';
export { pledgeOf, boundOf, type Pledge, type Bound } from './wording';
export { trackReports, trackTargets } from './track/trackReports';
export type * from './track/types';
