/**
 * The server survives whatever a client sends: a burst of edits (full and incremental) with hovers
 * and cancellations between, requests outside the text or on documents it does not know, and
 * malformed params. It keeps answering, and what it publishes last is the last version's analysis.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CodeLensRequest,
  DocumentSymbolRequest,
  ErrorCodes,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  LSPErrorCodes,
  ResponseError,
  type Diagnostic,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { LspClient, copySeeds, removeFolder } from './lspClient';

const SEED = '000_2d311365dc22e685.txt';
const TARGETS_LINE = 46;
const EDITS = 1000;

const messages = (all: Diagnostic[]) => all.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`).sort();

/** Every request that takes a document and a position or range, asked at `position`. */
function askEverything(client: LspClient, uri: string, position: Position): Promise<unknown>[] {
  const textDocument = { uri };
  const range = { start: position, end: position };
  return [
    client.connection.sendRequest(HoverRequest.type, { textDocument, position }),
    client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
    client.connection.sendRequest(FoldingRangeRequest.type, { textDocument }),
    client.connection.sendRequest(CodeLensRequest.type, { textDocument }),
    client.connection.sendRequest(InlayHintRequest.type, { textDocument, range }),
    client.connection.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [] } }),
  ];
}

describe('a client that sends anything', () => {
  let folder = '';
  let client: LspClient;
  let seedText = '';

  before(async () => {
    folder = copySeeds();
    seedText = readFileSync(path.join(folder, SEED), 'utf8');
    client = await LspClient.start(folder);
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
  });

  test(`${EDITS} edits in a burst, full and incremental, with hovers and cancellations between`, async () => {
    const uri = await client.open(SEED);
    const line = seedText.split(/\r?\n/)[TARGETS_LINE]!;
    const at = line.indexOf('生产总值增长8%以上') + '生产总值增长'.length;
    const answers: Promise<unknown>[] = [];
    let digit = '8';
    for (let i = 1; i <= EDITS; i++) {
      const next = String(i % 10);
      if (i % 7 === 0) {
        // The whole text, with the growth target's digit replaced.
        const lines = seedText.split(/\r?\n/);
        lines[TARGETS_LINE] = line.slice(0, at) + next + line.slice(at + 1);
        await client.change(uri, [{ text: lines.join('\n') }]);
      } else {
        const range = { start: { line: TARGETS_LINE, character: at }, end: { line: TARGETS_LINE, character: at + 1 } };
        await client.change(uri, [{ range, text: next }]);
      }
      digit = next;
      const position = { line: TARGETS_LINE, character: at };
      if (i % 5 === 0) answers.push(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }));
      if (i % 11 === 0) {
        const cancel = new CancellationTokenSource();
        const asked = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }, cancel.token);
        cancel.cancel(); // $/cancelRequest
        answers.push(asked.catch((error: unknown) => {
          assert.ok(error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled, String(error));
        }));
      }
    }
    await Promise.all(answers);
    const final = `Target: 生产总值 增长 ≥${digit}% (2021)`;
    const last = await client.diagnosticsWhen(uri, (all) => all.some((d) => d.message === final));

    // The same text opened afresh is analysed from scratch: the burst left nothing of older versions.
    const lines = seedText.split(/\r?\n/);
    lines[TARGETS_LINE] = line.slice(0, at) + digit + line.slice(at + 1);
    const fresh = await client.open('fresh.txt', lines.join('\n'));
    const expected = await client.diagnosticsWhen(fresh, (all) => all.length > 0);
    assert.deepEqual(messages(client.diagnostics.get(uri)!), messages(expected));
    assert.ok(last.length > 0);
    await client.close(fresh);
    await client.close(uri);
  });

  test('requests outside the text, on unknown and on closed documents are answered', async () => {
    const uri = await client.open(SEED);
    await client.diagnosticsWhen(uri, (all) => all.length > 0);
    const outside = [
      { line: 100_000, character: 0 },
      { line: TARGETS_LINE, character: 1_000_000 },
      { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
    ];
    for (const position of outside) await Promise.all(askEverything(client, uri, position));
    await Promise.all(askEverything(client, client.uri('no-such-file.txt'), { line: 0, character: 0 }));
    await Promise.all(askEverything(client, 'untitled:Untitled-1', { line: 0, character: 0 }));
    await client.close(uri);
    const [hover] = await Promise.all(askEverything(client, uri, { line: TARGETS_LINE, character: 10 }));
    assert.equal(hover, null, 'a closed document has no hover');
  });

  test('malformed params get an error response, logged, and the server goes on', async () => {
    const uri = await client.open(SEED);
    const malformed: unknown[] = [{}, { textDocument: null, position: null }, { textDocument: { uri: 42 }, position: 'here' }];
    for (const params of malformed) {
      const error = await client.connection.sendRequest(HoverRequest.method, params).then(() => null, (e: unknown) => e);
      if (error !== null) assert.ok(error instanceof ResponseError && error.code === ErrorCodes.InternalError, String(error));
      await client.connection.sendRequest(CodeActionRequest.method, params).catch(() => undefined);
      await client.connection.sendRequest(InlayHintRequest.method, params).catch(() => undefined);
    }
    assert.ok(client.logs.some((line) => /onHover failed: TypeError.*\n\s+at /.test(line)), 'the exception is logged with its stack');
    // Notifications with nonsense: an edit of an unknown document, an open without text.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: client.uri('nowhere.txt'), version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: client.uri('no-text.txt') } });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: null });
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: TARGETS_LINE, character: 12 } });
    assert.ok(client.alive);
    await client.diagnosticsWhen(uri, (all) => all.some((d) => d.message === 'Target: 生产总值 增长 ≥8% (2021)'));
  });
});
