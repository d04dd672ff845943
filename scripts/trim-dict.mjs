// Writes the trimmed nodejieba dictionaries that server/src/jieba.ts loads:
//   node scripts/trim-dict.mjs [outDir]      (default dist/dict; `npm run build` calls trimDict)
// nodejieba's bundled dictionary (349k words) takes ~2 s and ~250 MB to load, and load() reads it
// twice (segmenter and TextRank). Keeping only the words that are common in jieba's own corpora
// keeps ~40k words and segments report text almost as the full dictionary does: on the seeds
// ~94% of words come out identical, and the differences are mostly rare names and slogans.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const nodejieba = createRequire(import.meta.url)('nodejieba');

/** Keep a word whose frequency in jieba.dict is at least this… */
const MIN_FREQUENCY = 1000;
/** …or whose idf is at most this, i.e. that occurs in ≥ ~50 documents of jieba's idf corpus. */
const MAX_IDF = 10;

/** Writes jieba.dict.utf8, hmm_model.utf8, user.dict.utf8, idf.utf8 and stop_words.utf8 to `outDir`. */
export function trimDict(outDir) {
  const common = new Set();
  for (const line of lines(nodejieba.DEFAULT_IDF_DICT)) {
    const [word, idf] = wordAndNumber(line);
    if (idf <= MAX_IDF) common.add(word);
  }
  const kept = lines(nodejieba.DEFAULT_DICT).filter((line) => {
    const [word, frequency] = wordAndNumber(line);
    return frequency >= MIN_FREQUENCY || common.has(word);
  });

  // The segmenter cuts without HMM (nodejieba's default), so load() only needs a well-formed
  // model: keep the start and transition probabilities and one emission per state (saves ~60 ms).
  const [start, ...rest] = lines(nodejieba.DEFAULT_HMM_DICT).filter((line) => !line.startsWith('#'));
  const transitions = rest.slice(0, 4);
  const emissions = rest.slice(4, 8).map((line) => line.split(',')[0]);

  mkdirSync(outDir, { recursive: true });
  const files = {
    'jieba.dict.utf8': kept,
    'hmm_model.utf8': [start, ...transitions, ...emissions],
    'user.dict.utf8': [], // the policy vocabulary is inserted at load time
    // Only keyword extraction reads these; load() requires them non-empty.
    'idf.utf8': ['的 1'],
    'stop_words.utf8': ['的'],
  };
  for (const [name, content] of Object.entries(files)) {
    // Write-then-rename: a missing or half-written file makes nodejieba abort the process.
    const file = path.join(outDir, name);
    writeFileSync(`${file}.tmp`, content.map((line) => `${line}\n`).join(''));
    renameSync(`${file}.tmp`, file);
  }
  return { words: kept.length };
}

/** The word and the number after it on a dictionary line (`word freq tag` or `word idf`). */
function wordAndNumber(line) {
  const space = line.indexOf(' ');
  const end = line.indexOf(' ', space + 1);
  return [line.slice(0, space), Number(line.slice(space + 1, end < 0 ? undefined : end))];
}

function lines(file) {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? 'dist/dict';
  const { words } = trimDict(outDir);
  console.log(`${outDir}: ${words} words`);
}
