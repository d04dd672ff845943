import { analyze } from '../server/src/core';
import { loadSegmenter } from './segmenterForScripts';
const r = analyze(process.argv[2]!, { segmenter: loadSegmenter() });
for (const f of r.findings) console.log(f.kind, f.text, '|', f.indicator, '|', f.change, '|', f.deadline);
