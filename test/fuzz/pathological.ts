/**
 * Text no report contains but a file can: each family builds a text of about `bytes` UTF-8 bytes,
 * deterministically. The unit test runs them at 0.1 and 1 MB, `npm run bench` times them up to 10 MB.
 */
export interface Family {
  name: string;
  build(bytes: number): string;
}

const utf8 = (text: string) => Buffer.byteLength(text);

/** `unit` repeated until the text has at least `bytes` bytes. */
function fill(unit: string, bytes: number, separator = ''): string {
  const count = Math.max(1, Math.ceil(bytes / utf8(unit + separator)));
  return Array.from({ length: count }, () => unit).join(separator);
}

/** A deterministic stream of characters from `alphabet` (a linear congruential generator). */
function soup(alphabet: string, bytes: number, seed = 2021): string {
  const chars = [...alphabet];
  const perChar = utf8(alphabet) / chars.length;
  let x = seed;
  let out = '';
  for (let i = 0; i < bytes / perChar; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += chars[x % chars.length];
  }
  return out;
}

const TABLE_HEADER = ['洛阳市洛龙区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', '指 标 | 2020年 基 数 | 2025年 目 标 | 年均增长 (%) | 属性 |'].join('\n');
const OPENERS = '《“（【「(';
const CLOSERS = '」】）”》)';

/** The families; `report` is a report's text, whose lines joined make the realistic one. */
export const pathologicalFamilies = (report: string): Family[] => [
  { name: 'report sentences, one line', build: (bytes) => fill(report.split(/\r?\n/).join(''), bytes) },
  { name: '1% repeated', build: (bytes) => fill('1%', bytes) },
  { name: '增长 repeated', build: (bytes) => fill('增长', bytes) },
  { name: 'Chinese-numeral soup', build: (bytes) => soup('一二三四五六七八九十百千万亿零〇两点分之几', bytes) },
  { name: '一、 headings, one a line', build: (bytes) => fill('一、', bytes, '\n') },
  {
    name: 'pipe table rows',
    build: (bytes) => {
      const row = (i: number) => `${i} | 地区生产总值(亿元) | 451.9 | ${820 + (i % 97)} | 9.8 | 预期性 |`;
      const rows: string[] = [TABLE_HEADER];
      for (let i = 1, size = utf8(TABLE_HEADER); size < bytes; i++) {
        rows.push(row(i));
        size += utf8(rows[rows.length - 1]!) + 1;
      }
      return rows.join('\n');
    },
  },
  {
    name: 'deep brackets',
    build: (bytes) => {
      const depth = Math.ceil(bytes / (2 * utf8(OPENERS)));
      return OPENERS.repeat(depth) + '生产总值增长8%以上' + CLOSERS.repeat(depth);
    },
  },
  { name: 'digits, one line', build: (bytes) => fill('1234567890', bytes) },
];
