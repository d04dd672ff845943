/**
 * Documents coming and going (edits, closing, files that are no reports at all), the workspace
 * index following the disk and the settings, other editors' clients (no progress, no settings,
 * Chinese), and `policylens lsp --stdio`.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  DocumentSymbolRequest,
  FileChangeType,
  HoverRequest,
  WorkspaceSymbolRequest,
  type FileEvent,
  type MarkupContent,
  type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { LspClient, ROOT, copySeeds, removeFolder } from './lspClient';

const SEED = '000_2d311365dc22e685.txt';
const TARGETS_LINE = 46;
const GDP = 'Target: 生产总值 增长 ≥8% (2021)';

async function filesWith(client: LspClient, query: string): Promise<string[]> {
  const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as SymbolInformation[];
  return [...new Set(symbols.map((s) => path.basename(s.location.uri)))].sort();
}

describe('documents as they are edited, closed, or are no reports', () => {
  let folder = '';
  let client: LspClient;
  let uri = '';

  before(async () => {
    folder = copySeeds();
    client = await LspClient.start(folder);
    uri = await client.open(SEED);
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
  });

  test('an incremental edit updates the diagnostics', async () => {
    await client.diagnosticsWhen(uri, (all) => all.some((d) => d.message === GDP));
    const line = readFileSync(path.join(folder, SEED), 'utf8').split(/\r?\n/)[TARGETS_LINE]!;
    const at = line.indexOf('生产总值增长8%以上') + '生产总值增长'.length;
    await client.change(uri, [{ range: { start: { line: TARGETS_LINE, character: at }, end: { line: TARGETS_LINE, character: at + 1 } }, text: '9' }]);
    const edited = await client.diagnosticsWhen(uri, (all) => all.some((d) => d.message === 'Target: 生产总值 增长 ≥9% (2021)'));
    assert.ok(!edited.some((d) => d.message === GDP));
  });

  test('closing a document clears its diagnostics', async () => {
    await client.close(uri);
    await client.diagnosticsWhen(uri, (all) => all.length === 0);
  });

  test('binary, empty and garbled documents do not bring the server down', async () => {
    const binary = await client.open('binary.txt', '%PDF-1.4\u0000\u0001\u0002\uFFFD\uD800 stream endobj'.repeat(200));
    const empty = await client.open('empty.txt', '');
    const lonely = await client.open('lonely.txt', '\uDC00增长8%以上\r\r\n\u2028一、\n'.repeat(50));
    for (const opened of [binary, empty, lonely]) {
      await client.diagnosticsWhen(opened, () => true);
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: opened }, position: { line: 0, character: 3 } });
      await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: opened } });
      await client.close(opened);
    }
    assert.ok(client.alive);
    const reopened = await client.open(SEED);
    await client.diagnosticsWhen(reopened, (all) => all.some((d) => d.message === GDP));
  });
});

describe('the workspace index', () => {
  let folder = '';
  let client: LspClient;

  before(async () => {
    folder = copySeeds();
    client = await LspClient.start(folder, { filesExclude: { '**/004_*.txt': true } });
    await client.when(() => (client.progressEnded > 0 ? true : undefined), 'the workspace scan');
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
  });

  test('skips files.exclude', async () => {
    assert.deepEqual(await filesWith(client, '失业率'), [SEED, '002_a1aedb5b2ec46b86.txt']);
  });

  test('follows files created and deleted on disk', async () => {
    const copy = path.join(folder, 'copy.txt');
    copyFileSync(path.join(folder, '002_a1aedb5b2ec46b86.txt'), copy);
    const created: FileEvent = { uri: client.uri('copy.txt'), type: FileChangeType.Created };
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [created] });
    await client.eventually(() => filesWith(client, '失业率'), (files) => files.includes('copy.txt'), 'copy.txt indexed');

    rmSync(copy);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ ...created, type: FileChangeType.Deleted }] });
    await client.eventually(() => filesWith(client, '失业率'), (files) => !files.includes('copy.txt'), 'copy.txt gone');
  });

  test('stops at policyLens.workspace.maxFiles, and 0 turns the scan off', async () => {
    await client.configure({ workspace: { maxFiles: 1 } });
    await client.eventually(() => filesWith(client, '失业率'), (files) => files.length === 1, 'one report indexed');
    await client.configure({ workspace: { maxFiles: 0 } });
    await client.eventually(() => filesWith(client, ''), (files) => files.length === 0, 'nothing indexed');
    assert.ok(client.logs.some((line) => line.includes('maxFiles')), 'the cap is logged');
  });
});

describe('a minimal client in Chinese: no settings, no progress', () => {
  let folder = '';
  let client: LspClient;

  before(async () => {
    folder = copySeeds();
    client = await LspClient.start(folder, { locale: 'zh-cn', progress: false, configuration: false });
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
  });

  test('messages and hovers are in Chinese', async () => {
    const uri = await client.open(SEED);
    const diagnostics = await client.diagnosticsWhen(uri, (all) => all.length > 0);
    assert.ok(diagnostics.some((d) => d.message === '目标：生产总值 增长 ≥8%（2021年）'), diagnostics.slice(0, 3).map((d) => d.message).join('\n'));
    const gdp = diagnostics.find((d) => d.message === '目标：生产总值 增长 ≥8%（2021年）')!;
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: gdp.range.start });
    assert.match((hover?.contents as MarkupContent).value, /指标：\*\* 生产总值/);
    assert.match((hover?.contents as MarkupContent).value, /依据：\*\* 面向未来：本句中的“主要预期目标”/);
  });

  test('the workspace is indexed without progress reports', async () => {
    await client.eventually(() => filesWith(client, '失业率'), (files) => files.length === 3, 'the three reports with 失业率');
    assert.equal(client.progressEnded, 0);
  });
});

describe('policylens lsp --stdio (node dist/cli.js)', () => {
  let folder = '';
  let client: LspClient;

  before(async () => {
    folder = copySeeds();
    client = await LspClient.start(folder, { serverArgs: [path.join(ROOT, 'dist', 'cli.js'), 'lsp', '--stdio'] });
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
  });

  test('is the same server', async () => {
    assert.equal(client.initializeResult?.serverInfo?.name, 'PolicyLens');
    assert.ok(client.initializeResult?.capabilities.hoverProvider);
    const uri = await client.open(SEED);
    await client.diagnosticsWhen(uri, (all) => all.some((d) => d.message === GDP));
  });
});
