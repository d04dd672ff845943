/**
 * Word segmentation behind a small interface, so the analyzer runs before (or without)
 * nodejieba: the language server answers at once with the vocabulary segmenter and
 * re-analyses when jieba has loaded.
 */
export interface Segmenter {
  /** Splits `text` into words whose concatenation is `text`. */
  cut(text: string): string[];
}

/** Forward maximum matching over a word list; characters outside it stand alone. */
export function createVocabularySegmenter(words: Iterable<string>): Segmenter {
  const known = new Set<string>();
  let longest = 1;
  for (const word of words) {
    known.add(word);
    longest = Math.max(longest, word.length);
  }
  return {
    cut(text: string): string[] {
      const out: string[] = [];
      let i = 0;
      while (i < text.length) {
        let len = Math.min(longest, text.length - i);
        while (len > 1 && !known.has(text.slice(i, i + len))) len--;
        out.push(text.slice(i, i + len));
        i += len;
      }
      return out;
    },
  };
}
