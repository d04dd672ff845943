/**
 * The text the analyzer reads, as a user reads it: traditional characters as their simplified
 * forms, a mirror's pinyin glosses (地區(qū)) and a PDF's stray spaces (12.82 万亿元) gone. The
 * written text keeps its columns: `columns` maps each column of the reading back to the line.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import { isCJK, isDigit, isTableRow } from '../text';

export interface ReadLine {
  /** What the analyzer reads. */
  text: string;
  /** The written column of each column of `text`, and one past its end; null when they are the same. */
  columns: Int32Array | null;
  /** `text` differs from the written line (characters simplified, or columns dropped). */
  changed: boolean;
}

/** OpenCC's traditional → simplified characters, one for one (so columns stay put), by char code; 0 keeps a character. */
let simplified: Uint16Array | null = null;
const RING = '○'.charCodeAt(0);

function simplifiedOf(): Uint16Array {
  if (simplified) return simplified;
  simplified = new Uint16Array(0x10000);
  for (const pair of (TS_CHARACTERS as string).split('|')) {
    const [from, to] = pair.split(' ');
    const first = to?.[0];
    if (from?.length === 1 && first !== undefined && first.length === 1 && first !== from && first.charCodeAt(0) < 0xd800) simplified[from.charCodeAt(0)] = first.charCodeAt(0);
  }
  return simplified;
}

/** Somewhere a gloss or a stray space might be dropped: only such lines need the column map. */
const MAY_DROP = /[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]|[\u4e00-\u9fff\d%％、，。：；“”"（）()][ \u00a0\u3000]{1,2}[\u4e00-\u9fff\d%％、，。：；“”"（）()]/;

/** Latin letters with tone marks: a gloss such as (qū) or (chǎn) after a character. */
const GLOSSES = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const SPACES = /[ \u00a0\u3000]+/g;
const SPACED_NUMBER = /\d[ \u00a0]+[\u4e00-\u9fff%]|[\u4e00-\u9fff][ \u00a0]+\d/g;
/** Characters a stray space may stand beside in print: a number, its unit or a Chinese word. */
const joinsAcrossSpace = (ch: string | undefined) => ch !== undefined && (isCJK(ch) || isDigit(ch) || /[%％、，。：；“”"（）()]/.test(ch));

export function readLine(line: string, printed = false): ReadLine {
  const text = simplify(line);
  const drops = MAY_DROP.test(line) ? droppedSpans(line, printed) : [];
  if (drops.length === 0) return { text, columns: null, changed: text !== line };
  // Keep the text between the dropped spans, each kept column remembering where it was written.
  let out = '';
  const columns = new Int32Array(line.length + 1);
  let kept = 0;
  let from = 0;
  for (const [start, end] of [...drops, [line.length, line.length] as const]) {
    out += text.slice(from, start);
    for (let i = from; i < start; i++) columns[kept++] = i;
    from = end;
  }
  columns[kept] = line.length;
  return { text: out, columns: columns.slice(0, kept + 1), changed: true };
}

/** Characters simplified one for one, and ○ in a year (二○二二年, a typist's habit) read as 〇. */
export function simplify(line: string): string {
  const table = simplifiedOf();
  let first = 0;
  while (first < line.length && table[line.charCodeAt(first)] === 0 && line.charCodeAt(first) !== RING) first++;
  if (first === line.length) return line;
  const parts: string[] = [];
  let kept = 0;
  for (let i = first; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const to = code === RING ? (isCJK(line[i - 1]) ? '〇' : null) : table[code] === 0 ? null : String.fromCharCode(table[code]!);
    if (to === null) continue;
    parts.push(line.slice(kept, i), to);
    kept = i + 1;
  }
  parts.push(line.slice(kept));
  return parts.join('');
}

/** Where a mirror's glosses (qū) and a PDF's stray spaces stand, in line order. */
function droppedSpans(line: string, printed: boolean): Array<[number, number]> {
  const indent = /^[\s\u00a0\u3000]*/.exec(line)![0].length;
  const spans: Array<[number, number]> = [];
  for (const m of line.matchAll(GLOSSES)) {
    if (m.index >= indent && isCJK(line[m.index - 1]) && TONE_MARK.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  }
  // One spaced number (签到天数: 4 天) is how the line is written; several, or a document full of
  // them, are how a PDF prints.
  const keepSpaces = isTableRow(line) || (!printed && (line.match(SPACED_NUMBER)?.length ?? 0) < 2);
  if (!keepSpaces) {
    for (const m of line.matchAll(SPACES)) {
      const before = line[m.index - 1];
      const after = line[m.index + m[0].length];
      // Two digits apart are two numbers; a space beside a Chinese character is print, not text.
      if (m.index >= indent && m[0].length <= 2 && joinsAcrossSpace(before) && joinsAcrossSpace(after)
        && !(isDigit(before) && isDigit(after)) && (isCJK(before) || isCJK(after) || /[%％]/.test(before ?? ''))) {
        spans.push([m.index, m.index + m[0].length]);
      }
    }
  }
  return spans.sort((x, y) => x[0] - y[0]);
}

/** Many spaced numbers across a document (2022 年 2 月, 112.2 亿元) mean it was printed, not typed. */
export function readsAsPrinted(lines: readonly string[]): boolean {
  let spaced = 0;
  for (const line of lines) {
    if (isTableRow(line)) continue;
    spaced += line.match(SPACED_NUMBER)?.length ?? 0;
    if (spaced >= 6) return true;
  }
  return false;
}

/** The written column of a column of the reading. */
export function writtenColumn(read: ReadLine, column: number): number {
  return read.columns ? read.columns[Math.min(column, read.columns.length - 1)]! : column;
}
