import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type * as Nodejieba from 'nodejieba';
import type { Segmenter } from './core';
import { SEGMENTATION_WORDS } from './core';

export interface JiebaOptions {
  /** The folder scripts/trim-dict.mjs writes (dist/dict, built by `npm run build`). */
  dictDir: string;
  /** Words to keep whole; by default the analyzer's own (SEGMENTATION_WORDS). */
  vocabulary?: Iterable<string>;
}

const DICT_FILES = {
  dict: 'jieba.dict.utf8',
  hmmDict: 'hmm_model.utf8',
  userDict: 'user.dict.utf8',
  idfDict: 'idf.utf8',
  stopWordDict: 'stop_words.utf8',
};

/** With the u flag, \p{Cs} matches only unpaired surrogates. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * nodejieba is native, so esbuild leaves it out of the bundle: the bundle in dist/ (and the VSIX)
 * loads the copy esbuild.mjs puts in dist/nodejieba, sources run through tsx load node_modules'.
 */
function requireNodejieba(): typeof Nodejieba {
  const bundled = path.join(__dirname, 'nodejieba');
  try {
    return createRequire(__filename)(existsSync(bundled) ? bundled : 'nodejieba') as typeof Nodejieba;
  } catch (error) {
    throw new Error(`nodejieba could not be loaded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Loads nodejieba with the trimmed dictionary plus `vocabulary` (~0.2 s, ~40 MB). nodejieba holds
 * one dictionary per process: loading again replaces it under every segmenter made before.
 */
export function loadJiebaSegmenter({ dictDir, vocabulary = SEGMENTATION_WORDS }: JiebaOptions): Segmenter {
  const files = Object.fromEntries(
    Object.entries(DICT_FILES).map(([option, name]) => [option, path.join(dictDir, name)]),
  );
  for (const file of Object.values(files)) {
    // nodejieba aborts the whole process on a missing file instead of throwing.
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (scripts/trim-dict.mjs)`);
  }
  const nodejieba = requireNodejieba();
  nodejieba.load(files);
  // ~1 ms for 300 words; a user dictionary file would have to be written, and load() reads it twice.
  // insertWord gives a word a median weight: a word the dictionary already keeps whole (其中, 年内)
  // would lose its own, higher one and be cut apart, so only words it cuts apart are inserted.
  for (const word of vocabulary) if (nodejieba.cut(word).length > 1) nodejieba.insertWord(word);

  const cut = (text: string): string[] => {
    const words = nodejieba.cut(text);
    if (!LONE_SURROGATE.test(text)) return words;
    // Lone surrogates come back as U+FFFD, also one code unit: re-slice the text by word lengths.
    let at = 0;
    return words.map((word) => text.slice(at, (at += word.length)));
  };
  return { cut: remembered(cut) };
}

/** Fragments this short are remembered: about 40% of those the analyzer cuts in a set of real reports repeat. */
const REMEMBERED_LENGTH = 40;
const REMEMBERED_COUNT = 50_000;

/**
 * `cut` with the words of short texts remembered (a bounded cache, emptied when full): the
 * analyzer cuts the few words before each quantity, and reports repeat their phrases
 * (城镇新增就业, 地区生产总值增长). The arrays are frozen, since callers share them.
 */
function remembered(cut: (text: string) => string[]): (text: string) => string[] {
  const known = new Map<string, string[]>();
  return (text) => {
    if (text.length > REMEMBERED_LENGTH) return cut(text);
    let words = known.get(text);
    if (words === undefined) {
      if (known.size >= REMEMBERED_COUNT) known.clear();
      // A copy of the text as the key: a slice of a line would keep the whole report alive.
      known.set(Array.from(text).join(''), (words = Object.freeze(cut(text)) as string[]));
    }
    return words;
  };
}

/**
 * `loadJiebaSegmenter` on a later turn of the event loop, so a server can answer first with the
 * vocabulary segmenter. The load itself still blocks the thread while it runs.
 */
export function loadJiebaSegmenterLater(options: JiebaOptions): Promise<Segmenter> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(loadJiebaSegmenter(options));
      } catch (error) {
        reject(error);
      }
    });
  });
}
