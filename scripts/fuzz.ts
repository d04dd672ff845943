/**
 * `npm run fuzz [-- --seed=N --runs=N]`: the fuzz test's properties (test/fuzz/) with many more
 * mutated seeds, under a fresh seed it prints first so that a failure replays with `--seed=`,
 * and every pathological family at 1 MB. Exits 1 on the first failure, with the shrunk input.
 */
import fc from 'fast-check';
import { SEEDS, mutatedSeed } from '../test/fuzz/mutations';
import { pathologicalFamilies } from '../test/fuzz/pathological';
import { analyzedWellFormed, checkedWellFormed } from '../test/fuzz/properties';
import { loadSegmenter } from './segmenterForScripts';

const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const seed = Number(flag('seed') ?? Date.now() % 2 ** 31);
const runs = Number(flag('runs') ?? 2000);
const MB = 1_000_000;

const segmenter = loadSegmenter();
const FAMILIES = pathologicalFamilies(SEEDS[0]!);
console.log(`fuzz seed ${seed} (replay: npm run fuzz -- --seed=${seed} --runs=${runs})`);

function timed(what: string, run: () => void): void {
  const start = performance.now();
  run();
  console.log(`  ${what}: ok in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

try {
  timed(`analyze, ${runs} mutated seeds`, () =>
    fc.assert(fc.property(mutatedSeed({ maxWindow: 20_000, maxEdits: 40 }), (text) => analyzedWellFormed(text, segmenter)), { seed, numRuns: runs }));
  const pairs = fc.record({ source: mutatedSeed(), summary: mutatedSeed({ maxWindow: 3000, maxEdits: 12 }) });
  const summaryRuns = Math.ceil(runs / 4);
  timed(`summary check, ${summaryRuns} mutated pairs`, () =>
    fc.assert(fc.property(pairs, ({ source, summary }) => checkedWellFormed(summary, source, segmenter)), { seed, numRuns: summaryRuns }));
  for (const family of FAMILIES) timed(`${family.name}, 1 MB`, () => analyzedWellFormed(family.build(MB), segmenter));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nfailed under seed ${seed}: npm run fuzz -- --seed=${seed} --runs=${runs}`);
  process.exit(1);
}
