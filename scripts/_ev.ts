import { readFileSync } from 'node:fs';
import { read } from '../server/src/core';
import { loadSegmenter } from './segmenterForScripts';
const r = read(readFileSync(process.argv[2]!, 'utf8'), { segmenter: loadSegmenter() });
const line = Number(process.argv[3]);
console.log('year', r.year, 'sections', r.sections.map((s) => [s.line, s.title.slice(0, 12), s.tense]));
for (const s of r.statements) if (s.finding.line === line) console.log(s.finding.kind, s.finding.text, JSON.stringify(s.evidence));
