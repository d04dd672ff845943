/**
 * The summary check's figures for `npm run eval`: the share of injected errors it catches in the
 * copies of test/fixtures/summaries/injected/ (an error is caught when a problem is reported on the
 * quantity it made wrong), and its false alarms on the faithful summaries (problems per quantity).
 * The copies must be what scripts/injectSummaryErrors.ts derives from the faithful summaries today.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Segmenter } from '../server/src/core';
import { checkSummaryText } from '../server/src/core';
import type { SummaryProblem } from '../server/src/core';
import { summaryProblems } from '../server/src/summaryProblems';
import { ERROR_TYPES, type Faithful, type Injection, MANIFEST, ROOT, injectErrors, readFaithful } from './summaryInjection';

/** The bars of issue 4. */
const MIN_CAUGHT = 0.95;
const MAX_FALSE_ALARMS_PER_QUANTITY = 1 / 20;

export interface SummaryScores {
  failures: string[];
}

export function evaluateSummaryCheck(segmenter: Segmenter, verbose: boolean): SummaryScores {
  const faithful = readFaithful(segmenter);
  const failures: string[] = [];
  const problemsOf = (summary: Faithful, text: string): SummaryProblem[] =>
    summaryProblems(checkSummaryText(text, summary.reading, { segmenter }));

  let quantities = 0;
  let falseAlarms = 0;
  for (const summary of faithful) {
    const check = checkSummaryText(summary.text, summary.reading, { segmenter });
    quantities += check.checked.length;
    const problems = summaryProblems(check);
    falseAlarms += problems.length;
    if (verbose) for (const p of problems) console.log(`  false alarm ${rel(summary.file)}:${p.line}:${p.start + 1} ${p.message}`);
  }

  const { copies, manifest: derived } = injectErrors(faithful, segmenter);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Injection[];
  const stale = copies.filter((c) => readOr(path.join(ROOT, c.file)) !== c.text).map((c) => c.file);
  if (stale.length > 0 || JSON.stringify(derived) !== JSON.stringify(manifest)) {
    console.log(`summary fixtures: injected copies out of date (${stale.join(', ') || 'manifest'}): run node --import tsx scripts/injectSummaryErrors.ts`);
    failures.push('injected summaries up to date');
  }

  const caught = new Map<string, { caught: number; total: number }>(ERROR_TYPES.map((t) => [t, { caught: 0, total: 0 }]));
  const problemsByFile = new Map<string, SummaryProblem[]>();
  for (const injection of manifest) {
    let problems = problemsByFile.get(injection.file);
    if (!problems) {
      const summary = faithful.find((f) => rel(f.file) === injection.summary)!;
      problems = problemsOf(summary, readFileSync(path.join(ROOT, injection.file), 'utf8'));
      problemsByFile.set(injection.file, problems);
    }
    const hit = problems.some((p) => p.line === injection.line && p.start < injection.end && injection.start < p.end);
    const tally = caught.get(injection.type)!;
    tally.total++;
    if (hit) tally.caught++;
    else if (verbose) console.log(`  missed ${injection.type} ${injection.file}:${injection.line}:${injection.start + 1} ${injection.before} → ${injection.after} (${injection.text})`);
  }

  const total = [...caught.values()].reduce((a, t) => ({ caught: a.caught + t.caught, total: a.total + t.total }), { caught: 0, total: 0 });
  const share = total.caught / Math.max(1, total.total);
  const alarms = falseAlarms / Math.max(1, quantities);
  console.log(`summary check: ${faithful.length} faithful summaries, ${quantities} quantities; ${copies.length} copies with ${total.total} injected errors`);
  console.log(`  caught ${pct(share)} (${total.caught}/${total.total}): ${[...caught].map(([t, c]) => `${t} ${c.caught}/${c.total}`).join(', ')}`);
  console.log(`  false alarms on faithful summaries: ${falseAlarms} in ${quantities} quantities (${alarms.toFixed(3)} per quantity)`);
  const bars = [
    { what: 'summary check: injected errors caught', ok: share >= MIN_CAUGHT, shown: `${pct(share)} (bar ${pct(MIN_CAUGHT)})` },
    { what: 'summary check: false alarms per faithful quantity', ok: alarms <= MAX_FALSE_ALARMS_PER_QUANTITY, shown: `${alarms.toFixed(3)} (bar ≤ ${MAX_FALSE_ALARMS_PER_QUANTITY})` },
  ];
  for (const b of bars) {
    console.log(`${b.ok ? 'PASS' : 'FAIL'}  ${b.what} ${b.shown}`);
    if (!b.ok) failures.push(b.what);
  }
  return { failures };
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function rel(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

function readOr(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
