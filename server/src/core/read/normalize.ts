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
}

let simplified: Map<string, string> | null = null;

/** OpenCC's traditional → simplified characters, one for one (so columns stay put). */
function simplifiedOf(): Map<string, string> {
  if (simplified) return simplified;
  simplified = new Map();
  for (const pair of (TS_CHARACTERS as string).split('|')) {
    const [from, to] = pair.split(' ');
    const first = to?.[0];
    if (from?.length === 1 && first !== undefined && first.length === 1) simplified.set(from, first);
  }
  return simplified;
}

/** Latin letters with tone marks: a gloss such as (qū) or (chǎn) after a character. */
const GLOSS = /^[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const SPACE = /[ \u00a0\u3000]/;
const SPACED_NUMBER = /\d[ \u00a0]+[\u4e00-\u9fff%]|[\u4e00-\u9fff][ \u00a0]+\d/g;
/** Characters a stray space may stand beside in print: a number, its unit or a Chinese word. */
const joinsAcrossSpace = (ch: string | undefined) => ch !== undefined && (isCJK(ch) || isDigit(ch) || /[%％、，。：；“”"（）()]/.test(ch));

export function readLine(line: string, printed = false): ReadLine {
  let out = '';
  let columns: number[] | null = null;
  const table = simplifiedOf();
  const indent = /^[\s\u00a0\u3000]*/.exec(line)![0].length;
  // One spaced number (签到天数: 4 天) is how the line is written; several, or a document full of
  // them, are how a PDF prints.
  const keepSpaces = isTableRow(line) || (!printed && (line.match(SPACED_NUMBER)?.length ?? 0) < 2);
  const skipTo = (i: number, next: number) => {
    columns ??= Array.from({ length: out.length }, (_, k) => k);
    return next - i;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (i >= indent && isCJK(line[i - 1]) && (ch === '(' || ch === '（')) {
      const gloss = GLOSS.exec(line.slice(i, i + 9));
      if (gloss && TONE_MARK.test(gloss[0])) {
        i += skipTo(i, i + gloss[0].length) - 1;
        continue;
      }
    }
    if (i >= indent && !keepSpaces && SPACE.test(ch)) {
      let end = i;
      while (end < line.length && SPACE.test(line[end]!)) end++;
      const before = line[i - 1];
      const after = line[end];
      // Two digits apart are two numbers; a space beside a Chinese character is print, not text.
      if (end - i <= 2 && joinsAcrossSpace(before) && joinsAcrossSpace(after) && !(isDigit(before) && isDigit(after))
        && (isCJK(before) || isCJK(after) || /[%％]/.test(before ?? ''))) {
        i += skipTo(i, end) - 1;
        continue;
      }
    }
    if (columns) (columns as number[]).push(i);
    // ○ for 〇 in a year (二○二二年) is a typist's habit.
    out += ch === '○' && isCJK(line[i - 1]) ? '〇' : table.get(ch) ?? ch;
  }
  if (!columns) return { text: out, columns: null };
  (columns as number[]).push(line.length);
  return { text: out, columns: Int32Array.from(columns) };
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
