/**
 * A summary as prose: its Markdown taken off before it is read, with every column traceable to
 * where the summary writes it.
 */
import type { Finding } from '../types';

/** A summary with its Markdown markup removed; `columns[line][i]` is the written column of column i. */
export interface PlainSummary {
  text: string;
  columns: number[][];
}

/** Markup that is not prose: emphasis, code marks, heading and list markers, quotes, comments, link targets. */
const MARKUP: ReadonlyArray<RegExp> = [
  /<!--.*?(?:-->|$)/g,
  /^\s*(?:#{1,6}|>|[-*+]|\d{1,2}\.)(?=\s)/g,
  /\*\*|__|~~|`/g,
  /\]\([^)]*\)/g,
  /\[(?=[^\]]*\]\()/g,
];

/** Takes the Markdown off a summary and drops the lines in `skip` (its source link), keeping every column traceable. */
export function plainSummary(text: string, skip: ReadonlySet<number>): PlainSummary {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: string[] = [];
  const columns: number[][] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = skip.has(n) ? '' : lines[n]!;
    const drop = new Uint8Array(line.length);
    for (const markup of MARKUP) {
      for (const m of line.matchAll(markup)) drop.fill(1, m.index, m.index + m[0].length);
    }
    let plain = '';
    const map: number[] = [];
    for (let i = 0; i < line.length; i++) {
      if (drop[i]) continue;
      plain += line[i];
      map.push(i);
    }
    map.push(line.length);
    out.push(plain);
    columns.push(map);
  }
  return { text: out.join('\n'), columns };
}

/** The finding with its columns moved back to where the summary writes them. */
export function writtenColumns(finding: Finding, plain: PlainSummary): Finding {
  const map = plain.columns[finding.line - 1];
  if (!map) return finding;
  const start = map[finding.start] ?? finding.start;
  const end = (map[Math.max(finding.start, finding.end - 1)] ?? finding.end - 1) + 1;
  return { ...finding, start, end };
}
