/**
 * Silencing a false positive: the quick fix writes `.policylens/ignore.json`, the finding stays
 * silenced through edits elsewhere, the list can restore it, and a broken ignore.json neither
 * crashes the server nor gets overwritten without a backup.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  FileChangeType,
  type CodeAction,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { DismissalsRequest, RestoreDismissalsRequest, type DismissalEntry } from '../../server/src/protocol';
import { LspClient, copySeeds, removeFolder } from './lspClient';

const SEED = '000_2d311365dc22e685.txt';
const TARGETS_LINE = 46;
const GDP = 'Target: 生产总值 增长 ≥8% (2021)';
const INDUSTRY = 'Target: 规模以上工业增加值 增长 ≥8% (2021)';

const hasGdp = (all: Diagnostic[]) => all.some((d) => d.message === GDP);
const lineOf = (all: Diagnostic[], message: string) => all.find((d) => d.message === message)?.range.start.line;

async function quickFixes(client: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const actions = await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
  return (actions ?? []) as CodeAction[];
}

async function run(client: LspClient, action: CodeAction): Promise<void> {
  await client.connection.sendRequest(ExecuteCommandRequest.type, { command: action.command!.command, arguments: action.command!.arguments });
}

describe('dismissing a finding', () => {
  let folder = '';
  let client: LspClient;
  let uri = '';
  let ignoreFile = '';

  before(async () => {
    folder = copySeeds();
    ignoreFile = path.join(folder, '.policylens', 'ignore.json');
    client = await LspClient.start(folder);
    uri = await client.open(SEED);
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
  });

  test('the quick fix "Not a target" writes ignore.json and the diagnostic goes', async () => {
    const diagnostics = await client.diagnosticsWhen(uri, hasGdp);
    const gdp = diagnostics.find((d) => d.message === GDP)!;
    const actions = await quickFixes(client, uri, gdp);
    const notATarget = actions.find((a) => a.title === 'Not a target: 8%以上');
    assert.ok(notATarget, `actions: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(notATarget.kind, 'quickfix');
    assert.equal(notATarget.isPreferred, false);
    assert.deepEqual(notATarget.diagnostics, [gdp]);
    assert.ok(actions.some((a) => a.title === 'Ignore this number: 8%以上'));

    await run(client, notATarget);
    const after = await client.diagnosticsWhen(uri, (all) => !hasGdp(all));
    assert.equal(lineOf(after, INDUSTRY), TARGETS_LINE, 'the same number elsewhere on the line stays');

    const saved = JSON.parse(readFileSync(ignoreFile, 'utf8'));
    assert.equal(saved.version, 1);
    assert.equal(saved.dismissals.length, 1);
    assert.deepEqual({ ...saved.dismissals[0], dismissedAt: undefined }, {
      file: SEED, text: '8%以上', context: '是:生产总值增长8%以上,规模以上工业增', kind: 'target', dismissedAt: undefined,
    });
    // VS Code's file watcher reports the write; the server reloads and still agrees.
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: URI.file(ignoreFile).toString(), type: FileChangeType.Changed }],
    });
  });

  test('it stays dismissed after a line is inserted above it', async () => {
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '插入的一行\n' }]);
    const shifted = await client.diagnosticsWhen(uri, (all) => lineOf(all, INDUSTRY) === TARGETS_LINE + 1);
    assert.ok(!hasGdp(shifted));
  });

  test('the list of dismissals restores it', async () => {
    const entries = await client.connection.sendRequest<DismissalEntry[]>(DismissalsRequest, {});
    assert.equal(entries.length, 1);
    assert.equal(entries[0]!.folder, URI.file(folder).toString());
    await client.connection.sendRequest(RestoreDismissalsRequest, { dismissals: entries });
    const back = await client.diagnosticsWhen(uri, hasGdp);
    assert.equal(lineOf(back, GDP), TARGETS_LINE + 1);
    assert.deepEqual(JSON.parse(readFileSync(ignoreFile, 'utf8')).dismissals, []);
    assert.deepEqual(await client.connection.sendRequest(DismissalsRequest, {}), []);
  });

  test('a file outside the workspace is dismissed for the session', async () => {
    const outside = 'untitled:Untitled-1';
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: outside, languageId: 'policy-report', version: 1, text: readFileSync(path.join(folder, SEED), 'utf8') },
    });
    const gdp = (await client.diagnosticsWhen(outside, hasGdp)).find((d) => d.message === GDP)!;
    await run(client, (await quickFixes(client, outside, gdp))[0]!);
    await client.diagnosticsWhen(outside, (all) => !hasGdp(all));
    const entries = await client.connection.sendRequest<DismissalEntry[]>(DismissalsRequest, {});
    assert.deepEqual(entries.map((e) => [e.folder, e.file]), [['', outside]]);
    assert.deepEqual(JSON.parse(readFileSync(ignoreFile, 'utf8')).dismissals, [], 'nothing written for it');
    await client.close(outside);
  });
});

describe('a broken ignore.json', () => {
  const BROKEN = '{ "version": 1, "dismissals": [ oops';
  let folder = '';
  let client: LspClient;
  let ignoreFile = '';

  before(async () => {
    folder = copySeeds();
    ignoreFile = path.join(folder, '.policylens', 'ignore.json');
    mkdirSync(path.dirname(ignoreFile));
    writeFileSync(ignoreFile, BROKEN);
    client = await LspClient.start(folder);
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
  });

  test('is logged, ignored and left untouched until the next dismissal backs it up', async () => {
    const uri = await client.open(SEED);
    const diagnostics = await client.diagnosticsWhen(uri, hasGdp);
    assert.ok(client.logs.some((line) => line.includes('ignore.json') && line.includes('not valid JSON')), client.logs.join('\n'));
    assert.equal(readFileSync(ignoreFile, 'utf8'), BROKEN);

    const gdp = diagnostics.find((d) => d.message === GDP)!;
    await run(client, (await quickFixes(client, uri, gdp))[0]!);
    await client.diagnosticsWhen(uri, (all) => !hasGdp(all));
    assert.equal(readFileSync(`${ignoreFile}.bak`, 'utf8'), BROKEN);
    assert.equal(JSON.parse(readFileSync(ignoreFile, 'utf8')).dismissals.length, 1);
    assert.ok(!existsSync(`${ignoreFile}.tmp`));
    assert.ok(client.alive);
  });
});
