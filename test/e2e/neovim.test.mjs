// Debian's Neovim (0.7.2) as a second LSP client: it starts `policylens lsp --stdio` as the README
// tells Neovim users to, opens seed 000 and asks for diagnostics, a hover and document symbols.
// This keeps the server honest to the protocol rather than to our own client.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const seed = join(root, 'seeds', '000_2d311365dc22e685.txt');
let result;
let scratch;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'policylens-nvim-'));
  const out = join(scratch, 'nvim.json');
  const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n',
    '-c', `luafile ${join(import.meta.dirname, 'neovim', 'lspCheck.lua')}`, seed], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      POLICYLENS_CMD: JSON.stringify([process.execPath, join(root, 'bin', 'policylens.js'), 'lsp', '--stdio']),
      CHECK_HOVER: '8%以上',
      CHECK_OUT: out,
      LANG: 'zh_CN.UTF-8',
    },
  });
  if (run.error) throw new Error(`nvim could not run (install it with test/e2e/install.sh): ${run.error.message}`);
  assert.equal(run.status, 0, `nvim exited ${run.status}: ${run.stderr}`);
  result = JSON.parse(readFileSync(out, 'utf8'));
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test('the server initialises in Neovim with hover and document symbols', () => {
  assert.ok(result.capabilities.hoverProvider, `capabilities seen by Neovim ${result.nvim}`);
  assert.ok(result.capabilities.documentSymbolProvider);
});

test('the server publishes the targets of seed 000 to Neovim, in Chinese for a Chinese locale', () => {
  const target = result.diagnostics.find((d) => d.code === 'policylens.target' && d.message.includes('生产总值'));
  assert.ok(target, 'a target diagnostic for 生产总值');
  assert.match(target.message, /^目标：生产总值 增长 ≥8%/);
  assert.equal(target.range.start.line, 46);
});

test('hovering 8%以上 shows the normalised reading', () => {
  const hover = result.hover?.contents;
  const text = typeof hover === 'string' ? hover : hover?.value ?? '';
  assert.match(text, /生产总值/);
  assert.match(text, /2021-12-31/);
});

test('document symbols are the sections, with the targets inside them', () => {
  const names = [];
  const walk = (symbols, depth) => symbols.forEach((s) => { names.push([depth, s.name]); walk(s.children ?? [], depth + 1); });
  walk(result.symbols, 0);
  assert.ok(names.some(([depth, name]) => depth === 0 && name.startsWith('三、2021年重点工作')), 'the plan section at top level');
  assert.ok(names.some(([depth, name]) => depth > 0 && name === '生产总值 增长 ≥8%'), 'the GDP target nested in it');
});
