/** Character classes and small text utilities shared by the scanners. */

/** Splits like LSP does: \r\n, \n and \r all end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function isCJK(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
}

function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Full-width digits ０-９ count as digits; toHalfWidthDigit maps them. */
export function isDigit(ch: string | undefined): boolean {
  return isAsciiDigit(ch) || (ch !== undefined && ch >= '０' && ch <= '９');
}

export function toHalfWidthDigit(ch: string): string {
  return ch >= '０' && ch <= '９' ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch;
}

export function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-zＡ-Ｚａ-ｚ]$/.test(ch);
}

/** Ends a clause: the scope of a shared verb, an indicator or a deadline. */
export const CLAUSE_BREAK = new Set([',', '，', ';', '；', ':', '：', '。', '!', '！', '?', '？']);
const IS_CLAUSE_BREAK = charTable(CLAUSE_BREAK);
/** Ends a sentence: the scope of tense cues. */
export const SENTENCE_BREAKS = /[。;；!！?？]/g;
/** One sentence end, for tests of a single character or a span (SENTENCE_BREAKS is global, hence stateful with test()). */
export const SENTENCE_END = /[。;；!！?？]/;
/** Separates the items of a list that share one verb. */
export const LIST_BREAK = new Set(['、']);

export const OPEN_QUOTES = new Set(['“', '"', '‘', '「', '『']);
export const CLOSE_QUOTES = new Set(['”', '"', '’', '」', '』']);

/** Leading indentation these reports use: spaces, ideographic space, no-break space. */
export function indentWidth(line: string): number {
  const m = /^[\s\u00a0\u3000]*/.exec(line);
  return m ? m[0].length : 0;
}

/**
 * The positions of one set of break characters in a line, found once per line however many
 * quantities ask: the nearest break either side of a position by binary search, so that a line
 * with no full stop costs a lookup per quantity instead of a walk of up to a thousand characters.
 */
export class BreakIndex {
  private readonly at: number[] = [];

  constructor(line: string, breaks: RegExp) {
    breaks.lastIndex = 0;
    for (let m = breaks.exec(line); m !== null; m = breaks.exec(line)) this.at.push(m.index);
  }

  /** Index just after the last break in [floor, pos), else `floor`. */
  after(pos: number, floor: number): number {
    const k = this.firstAtOrAfter(pos) - 1;
    return k >= 0 && this.at[k]! >= floor ? this.at[k]! + 1 : floor;
  }

  /** Index of the first break in [pos, ceiling), else `ceiling`. */
  before(pos: number, ceiling: number): number {
    const k = this.firstAtOrAfter(pos);
    return k < this.at.length && this.at[k]! < ceiling ? this.at[k]! : ceiling;
  }

  private firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The break index of the line read last, per set of breaks: a reading asks line by line. */
const lastIndexes = new Map<ReadonlySet<string>, { pattern: RegExp; line: string | null; index: BreakIndex | null }>();
export function breakIndexOf(line: string, breaks: ReadonlySet<string>): BreakIndex {
  let last = lastIndexes.get(breaks);
  if (!last) {
    const pattern = new RegExp(`[${[...breaks].map((ch) => ch.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');
    last = { pattern, line: null, index: null };
    lastIndexes.set(breaks, last);
  }
  if (last.line !== line || last.index === null) {
    last.line = line;
    last.index = new BreakIndex(line, last.pattern);
  }
  return last.index;
}

/**
 * The stretches of `text` from `before` characters before each match of `anchor` (a global
 * pattern) to `after` characters past it, overlapping ones joined: where a pattern that needs the
 * anchor can match, so that it need not run over the whole text.
 */
export function stretchesAround(text: string, anchor: RegExp, before: number, after: number): string[] {
  const stretches: string[] = [];
  let start = -1;
  let end = -1;
  for (const m of execAll(anchor, text)) {
    if (start < 0 || m.index - before > end) {
      if (start >= 0) stretches.push(text.slice(start, end));
      start = Math.max(0, m.index - before);
    }
    end = m.index + m[0].length + after;
  }
  if (start >= 0) stretches.push(text.slice(start, end));
  return stretches;
}

/**
 * Every match of a global pattern in `text`. String.prototype.matchAll clones its pattern on each
 * call, which on a short sentence costs more than the search: the analyzer's per-line scans use this.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  return found;
}

/** A lookup by char code of the characters of `chars` (BMP only): faster than a Set of strings. */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/**
 * Every match in a text of a pattern whose matches all start with one of the characters `firsts`.
 * The pattern is tried, sticky, only where such a character stands: on report text that is 2–3×
 * faster than a global search, which tries each position (a lookahead of the first character
 * makes that slower still).
 */
export function matcherStartingWith(firsts: string, source: string): (text: string) => RegExpExecArray[] {
  const isFirst = charTable(firsts);
  const sticky = new RegExp(source, 'y');
  return (text) => {
    const found: RegExpExecArray[] = [];
    for (let i = 0; i < text.length; i++) {
      if (isFirst[text.charCodeAt(i)] === 0) continue;
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m === null) continue;
      found.push(m);
      i += Math.max(0, m[0].length - 1);
    }
    return found;
  };
}

/** Index just after the nearest clause break before `pos` (bounded, so long lines stay linear). */
export function clauseStart(line: string, pos: number, limit = 80): number {
  const floor = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= floor; i--) {
    if (IS_CLAUSE_BREAK[line.charCodeAt(i)] === 1) return i + 1;
  }
  return floor;
}

/** What can open a noun phrase after a number: 61个重大产业合作项目, 5家“专精特新”企业, 10万吨PBT. */
export function isNounStart(ch: string | undefined): boolean {
  return ch !== undefined && (isCJK(ch) || OPEN_QUOTES.has(ch) || isLatinLetter(ch));
}

const TITLE_SPAN = /《[^》]*》?/g;
const NO_TITLES = new Uint8Array(0);
/** Marks characters inside 《…》: book and plan titles name things, they do not measure or set deadlines. */
export function titleMask(line: string): Uint8Array {
  // Most lines hold no title: reading past the end of an empty mask gives undefined, as good as 0.
  if (!line.includes('《')) return NO_TITLES;
  const mask = new Uint8Array(line.length);
  for (const m of execAll(TITLE_SPAN, line)) mask.fill(1, m.index, m.index + m[0].length);
  return mask;
}

/** A row of a pipe table (two or more |): read by tables.ts, and never a heading or prose. */
export function isTableRow(line: string): boolean {
  const first = line.indexOf('|');
  return first >= 0 && line.indexOf('|', first + 1) >= 0;
}
