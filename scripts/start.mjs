// `npm start`: build, then open the seed reports. Until the VS Code extension lands, this opens the
// seeds folder in a desktop VS Code when `code` is on the PATH, and prints their analysis otherwise.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const seeds = join(root, 'seeds');
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root }).status ?? 1;

if (run(process.execPath, ['esbuild.mjs']) !== 0) process.exit(1);
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) process.exit(run('code', [seeds]));
const reports = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join('seeds', f));
process.exit(run(process.execPath, ['bin/policylens.js', 'analyze', ...reports]));
