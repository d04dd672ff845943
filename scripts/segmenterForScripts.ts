/** The segmenter scripts use: nodejieba with the trimmed dictionary when built, else the vocabulary. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Segmenter } from '../server/src/core/segmenter';
import { SEGMENTATION_WORDS, vocabularySegmenter } from '../server/src/core/analyze';

export function loadSegmenter(): Segmenter {
  const dictDir = join(__dirname, '..', 'dist', 'dict');
  const jiebaModule = join(__dirname, '..', 'server', 'src', 'jieba.ts');
  if (existsSync(dictDir) && existsSync(jiebaModule)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { loadJiebaSegmenter } = require(jiebaModule) as typeof import('../server/src/jieba');
    return loadJiebaSegmenter({ dictDir, vocabulary: SEGMENTATION_WORDS });
  }
  return vocabularySegmenter();
}
