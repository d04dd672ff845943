/** How alike two pieces of text are, as the summary check scores them; and a sentence cut for a hover. */
import { SENTENCE_END, isCJK } from '../text';
import { canonicalIndicator } from '../vocabulary';
import type { YearSpan } from '../read/reading';

/** Character bigrams of the CJK and Latin runs of a text, after its indicator names are made canonical. */
export function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  const canonical = canonicalIndicator(text);
  for (const run of canonical.split(/[^\p{Script=Han}A-Za-z]+/u)) {
    for (let i = 0; i + 1 < run.length; i++) grams.add(run.slice(i, i + 2));
    if (run.length === 1 && isCJK(run)) grams.add(run);
  }
  return grams;
}

/** Dice's coefficient of two sets: 1 for the same, 0 for nothing shared. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export function overlaps(a: YearSpan, b: YearSpan): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** The sentence holding [start, end), cut to `limit` characters around the quantity. */
export function sentenceAround(line: string, start: number, end: number, limit = 160): string {
  let from = start;
  while (from > 0 && start - from < limit && !SENTENCE_END.test(line[from - 1]!)) from--;
  let to = end;
  while (to < line.length && to - end < limit && !SENTENCE_END.test(line[to - 1] ?? '')) to++;
  from = Math.max(from, start - limit / 2);
  to = Math.min(to, end + limit / 2);
  return line.slice(from, to).trim();
}
