// Bundles the command line (and, later, the language server and client) into dist/.
// nodejieba is a native module: it stays external and is loaded from node_modules; its trimmed
// dictionaries go to dist/dict.
import * as esbuild from 'esbuild';
import { trimDict } from './scripts/trim-dict.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  external: ['nodejieba', 'vscode'],
  logLevel: 'warning',
};

const builds = [{ ...common, entryPoints: { cli: 'server/src/cli.ts' }, outdir: 'dist' }];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

trimDict('dist/dict');
