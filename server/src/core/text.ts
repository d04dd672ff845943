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

/** Index just after the nearest clause break before `pos` (bounded, so long lines stay linear). */
export function clauseStart(line: string, pos: number, limit = 80): number {
  const floor = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= floor; i--) {
    if (CLAUSE_BREAK.has(line[i]!)) return i + 1;
  }
  return floor;
}

/** What can open a noun phrase after a number: 61个重大产业合作项目, 5家“专精特新”企业, 10万吨PBT. */
export function isNounStart(ch: string | undefined): boolean {
  return ch !== undefined && (isCJK(ch) || OPEN_QUOTES.has(ch) || isLatinLetter(ch));
}

/** Marks characters inside 《…》: book and plan titles name things, they do not measure or set deadlines. */
export function titleMask(line: string): Uint8Array {
  const mask = new Uint8Array(line.length);
  for (const m of line.matchAll(/《[^》]*》?/g)) mask.fill(1, m.index, m.index + m[0].length);
  return mask;
}

/** A row of a pipe table (two or more |): read by tables.ts, and never a heading or prose. */
export function isTableRow(line: string): boolean {
  const first = line.indexOf('|');
  return first >= 0 && line.indexOf('|', first + 1) >= 0;
}
