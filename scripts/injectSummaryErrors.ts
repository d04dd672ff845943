/**
 * Writes the copies of test/fixtures/summaries/ with injected errors, and their manifest, into
 * test/fixtures/summaries/injected/ (see summaryInjection.ts). Run after editing a faithful summary:
 *
 *   node --import tsx scripts/injectSummaryErrors.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadSegmenter } from './segmenterForScripts';
import { INJECTED_DIR, MANIFEST, ROOT, injectErrors, readFaithful } from './summaryInjection';

const segmenter = loadSegmenter();
const { copies, manifest } = injectErrors(readFaithful(segmenter), segmenter);
mkdirSync(INJECTED_DIR, { recursive: true });
const written = new Set(copies.map((c) => path.join(ROOT, c.file)));
for (const name of readdirSync(INJECTED_DIR)) {
  const file = path.join(INJECTED_DIR, name);
  if (file !== MANIFEST && !written.has(file)) rmSync(file);
}
for (const copy of copies) writeFileSync(path.join(ROOT, copy.file), copy.text);
writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 1)}\n`);
const byType = new Map<string, number>();
for (const m of manifest) byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
console.log(`${copies.length} copies, ${manifest.length} injected errors (${[...byType].map(([t, n]) => `${t} ${n}`).join(', ')})`);
