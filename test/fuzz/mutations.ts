/**
 * Seed reports mutated the way broken files and careless edits break them: splices of other seeds,
 * characters flipped, inserted and deleted, unbalanced brackets and quotes, stray CR and NUL, lone
 * surrogates, BOMs mid-text, zero-width and bidi marks, emoji. A fast-check arbitrary, so that a
 * failure shrinks to the few edits that matter and replays from its seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const SEEDS_DIR = path.join(__dirname, '..', '..', 'seeds');

export const SEEDS: readonly string[] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(path.join(SEEDS_DIR, name), 'utf8'));

/** What breaks text: openers without closers (and the reverse), line ends, controls, invisible marks, astral characters. */
export const HOSTILE_PIECES: readonly string[] = [
  '《', '“', '（', '【', '「', '》', '”', '）', '】', '(', ')', '|', '\r', '\r\n', '\n', '\u0000', '\u0007', '\t',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u200E', '\u200F',
  '\u202A', '\u202E', '\u2066', '\u2069', '\u2028', '\u2029', '\u3000', '\u00A0', '😀', '👨‍👩‍👧', '🇨🇳', '1️⃣', '\uFFFD',
  '一、', '（一）', '%', '％', '亿元', '增长', '以上', '以内', '年底前', '2021年', '十四五', '〇', '.', '-', '~', '—',
];

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'flip'; at: number; unit: number }
  | { kind: 'splice'; at: number; from: number; start: number; length: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 2, maxLength: 20 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 20 }) },
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: position, text: piece }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: position, unit: fc.integer({ min: 0, max: 0xffff }) }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: position,
    from: fc.nat(SEEDS.length - 1),
    start: position,
    length: fc.integer({ min: 1, max: 2000 }),
  }),
);

function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * (text.length + 1));
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'flip':
      return text.slice(0, at) + String.fromCharCode(e.unit) + text.slice(at + 1);
    case 'splice': {
      const other = SEEDS[e.from]!;
      const start = Math.floor(e.start * other.length);
      return text.slice(0, at) + other.slice(start, start + e.length) + text.slice(at);
    }
  }
}

/**
 * A window of a seed (up to `maxWindow` code units, often from its start so the heading and year
 * are there) with up to `maxEdits` edits applied.
 */
export function mutatedSeed({ maxWindow = 6000, maxEdits = 12 } = {}): fc.Arbitrary<string> {
  return fc
    .record({
      seed: fc.nat(SEEDS.length - 1),
      fromStart: fc.boolean(),
      start: position,
      length: fc.integer({ min: 0, max: maxWindow }),
      edits: fc.array(edit, { maxLength: maxEdits }),
    })
    .map(({ seed, fromStart, start, length, edits }) => {
      const text = SEEDS[seed]!;
      const from = fromStart ? 0 : Math.floor(start * text.length);
      return edits.reduce(apply, text.slice(from, from + length));
    });
}
