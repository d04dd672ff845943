/**
 * Property tests: mutated seeds (test/fuzz/mutations.ts) through analyze() and the summary check,
 * and pathological text (test/fuzz/pathological.ts) at 0.1 and 1 MB. Nothing may throw, every
 * span must quote its line. The runs are short and deterministic (a fixed seed); `npm run fuzz`
 * runs many more with a fresh seed.
 */
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { loadSegmenter } from '../../scripts/segmenterForScripts';
import { SEEDS, mutatedSeed } from '../fuzz/mutations';
import { pathologicalFamilies } from '../fuzz/pathological';
import { analyzedWellFormed, checkedWellFormed } from '../fuzz/properties';

const segmenter = loadSegmenter();
const FAMILIES = pathologicalFamilies(SEEDS[0]!);
const SEED = 20211231;
const MB = 1_000_000;
/** Families too dense to run at 1 MB within the unit suite (one finding every two bytes): bench and fuzz run them. */
const BENCH_ONLY_AT_1MB = new Set(['1% repeated']);

describe('mutated seeds', () => {
  test('analyze() returns well-formed reports', () => {
    fc.assert(fc.property(mutatedSeed(), (text) => analyzedWellFormed(text, segmenter)), { seed: SEED, numRuns: 60 });
  });

  test('the summary check returns well-formed results', () => {
    const pair = fc.record({ source: mutatedSeed(), summary: mutatedSeed({ maxWindow: 1500, maxEdits: 6 }) });
    fc.assert(fc.property(pair, ({ source, summary }) => checkedWellFormed(summary, source, segmenter)), { seed: SEED, numRuns: 40 });
  });
});

describe('pathological text', () => {
  for (const family of FAMILIES) {
    for (const bytes of [0.1 * MB, MB]) {
      const skip = bytes === MB && BENCH_ONLY_AT_1MB.has(family.name) ? 'too dense for the quick suite: npm run fuzz and bench run it' : false;
      test(`${family.name}, ${bytes / MB} MB`, { skip }, () => {
        analyzedWellFormed(family.build(bytes), segmenter);
      });
    }
  }

  // Small: every quantity of a summary is compared with every one of its source.
  test('pathological text as a summary of a report, and as the source of a summary, 2 KB', () => {
    for (const family of FAMILIES) {
      const text = family.build(2000);
      checkedWellFormed(text, '三、2021年重点工作\n生产总值增长8%以上，新建停车场50个。', segmenter);
      checkedWellFormed('今年全市生产总值增长8%以上。', text, segmenter);
    }
  });
});
