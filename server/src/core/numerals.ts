/** Numbers as these reports write them: Arabic, full-width, Chinese numerals and magnitudes. */
import { isDigit, toHalfWidthDigit } from './text';

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

const NUMERAL_CHARS = new Set([...Object.keys(CHINESE_DIGITS), ...Object.keys(SMALL_UNITS), '万', '亿']);

export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && NUMERAL_CHARS.has(ch);
}

/**
 * Value of a run of Chinese numerals: 十四 → 14, 二〇三五 → 2035 (read digit by digit when it has
 * no 十百千), 一百二十 → 120, 百万 → 1e6, 两 → 2. Returns null for an empty or malformed run.
 */
export function parseChineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  if (![...s].some((ch) => ch in SMALL_UNITS || ch === '万' || ch === '亿')) {
    let n = 0;
    for (const ch of s) {
      const d = CHINESE_DIGITS[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  let yi = 0; // the part counted in 亿
  let wan = 0; // the part counted in 万
  let section = 0; // below 万
  let digit: number | null = null;
  for (const ch of s) {
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
    } else if (ch === '万') {
      wan += (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
    } else if (ch === '亿') {
      // 万亿, 一万亿: everything counted so far is a number of 亿.
      yi = (yi + wan + section + (digit ?? 0) || 1) * 1e8;
      wan = 0;
      section = 0;
    } else return null;
    digit = null;
  }
  return yi + wan + section + (digit ?? 0);
}

export interface ArabicNumber {
  value: number;
  /** Index just after the number. */
  end: number;
}

/**
 * Reads an Arabic number at `start`: digits (half or full width), thousands separators
 * (1,000 or 1，000 only when followed by exactly three digits) and one decimal point.
 */
export function readArabicNumber(line: string, start: number): ArabicNumber | null {
  let i = start;
  let digits = '';
  while (i < line.length) {
    const ch = line[i]!;
    if (isDigit(ch)) {
      digits += toHalfWidthDigit(ch);
      i++;
    } else if ((ch === ',' || ch === '，') && digits.length > 0 && !digits.includes('.') && isThousandsGroup(line, i + 1)) {
      i++;
    } else if ((ch === '.' || ch === '．') && digits.length > 0 && !digits.includes('.') && isDigit(line[i + 1])) {
      digits += '.';
      i++;
    } else break;
  }
  // Longer than any amount a report states: an identifier or garbage, not a number.
  if (digits.length === 0 || digits.replace('.', '').length > 15) return null;
  return { value: Number(digits), end: i };
}

function isThousandsGroup(line: string, at: number): boolean {
  for (let k = 0; k < 3; k++) if (!isDigit(line[at + k])) return false;
  return !isDigit(line[at + 3]);
}

const MAGNITUDE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['千万', 1e7], ['百万', 1e6], ['十万', 1e5],
  ['亿', 1e8], ['万', 1e4], ['千', 1e3],
];
/** Units that begin with a magnitude character and must not be read as one. */
const UNITS_LIKE_MAGNITUDES = ['千米', '千瓦', '千克', '千伏', '百分点', '万分之', '千分之'];

/** Reads a magnitude word (万, 亿, 千亿, 万亿, 百万 …) at `start`; factor 1 and length 0 when none. */
export function readMagnitude(line: string, start: number): { factor: number; length: number } {
  if (UNITS_LIKE_MAGNITUDES.some((u) => line.startsWith(u, start))) return { factor: 1, length: 0 };
  for (const [word, factor] of MAGNITUDE_WORDS) {
    if (line.startsWith(word, start)) return { factor, length: word.length };
  }
  return { factor: 1, length: 0 };
}

/** 1.6 × 1e4 is 16000.000000000002 in floating point; findings carry the number as written. */
export function roundScaled(n: number): number {
  // Most numbers are whole already, and formatting one to round it is the slow part of reading it.
  if (Number.isSafeInteger(n) && Math.abs(n) < 1e12) return n;
  return Number.parseFloat(n.toPrecision(12));
}
