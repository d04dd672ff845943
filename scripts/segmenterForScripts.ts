/** The segmenter eval uses: nodejieba with the dictionary `npm run build` trims, as the CLI uses it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Segmenter } from '../server/src/core';
import { vocabularySegmenter } from '../server/src/core';
import { loadJiebaSegmenter } from '../server/src/jieba';

export const DICT_DIR = join(__dirname, '..', 'dist', 'dict');

export function loadSegmenter(): Segmenter {
  if (existsSync(join(DICT_DIR, 'jieba.dict.utf8'))) return loadJiebaSegmenter({ dictDir: DICT_DIR });
  // Indicator figures differ without jieba: say so rather than score quietly with another segmenter.
  process.stderr.write('dist/dict is missing (run `npm run build`): using the vocabulary segmenter\n');
  return vocabularySegmenter();
}
