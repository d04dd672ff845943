// Bundles the command line, the language server and the VS Code client into dist/, the Target
// ledger's webview page (script with chart.js, and stylesheet) into dist/media/, and compiles
// the VS Code API test suite into dist/test/. nodejieba is a native module: it stays external,
// its runtime files are copied to dist/nodejieba (server/src/jieba.ts loads them from there, so the
// VSIX needs no node_modules) and its trimmed dictionaries go to dist/dict.
import * as esbuild from 'esbuild';
import { cpSync, readdirSync } from 'node:fs';
import { trimDict } from './scripts/trim-dict.mjs';

const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // One build for tests, npm start and the VSIX (which leaves the maps out): a minified
  // production build would overwrite dist/ under the tests that run after packaging.
  sourcemap: true,
  external: ['nodejieba', 'vscode'],
  logLevel: 'warning',
};

const vscodeTests = readdirSync('test/vscode', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `test/vscode/${file}`);

const builds = [
  { ...common, entryPoints: { cli: 'server/src/cli.ts', server: 'server/src/main.ts', exportWorker: 'server/src/export/worker.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist' },
  // A browser page: everything it runs is in this one file, nothing is fetched (the webview's CSP allows no other source).
  {
    entryPoints: ['client/src/webview/ledger.ts', 'client/src/webview/ledger.css'],
    outdir: 'dist/media',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  },
  // The suite runs inside VS Code's extension host, where mocha and vscode are required at run time.
  { ...common, entryPoints: vscodeTests, outdir: 'dist/test', outbase: 'test/vscode', external: [...common.external, 'mocha'] },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

trimDict('dist/dict');
for (const file of ['package.json', 'index.js', 'build/Release/nodejieba.node']) {
  cpSync(`node_modules/nodejieba/${file}`, `dist/nodejieba/${file}`);
}
