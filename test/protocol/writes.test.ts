/**
 * The server writes nothing into the workspace folder while reports are opened, edited, hovered,
 * listed and closed; a dismissal writes `.policylens/ignore.json` and nothing else.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  CodeActionRequest,
  CodeLensRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
} from 'vscode-languageserver-protocol/node';
import { ReportsRequest } from '../../server/src/protocol';
import { LspClient, copySeeds, removeFolder } from './lspClient';

const SEED = '000_2d311365dc22e685.txt';
const TARGETS_LINE = 46;
const GDP = 'Target: 生产总值 增长 ≥8% (2021)';

/** Every file and folder under `folder`, with its size, modification time and content hash. */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const stat = statSync(full);
    const hash = entry.isFile() ? createHash('sha1').update(readFileSync(full)).digest('hex') : 'folder';
    files.set(path.relative(folder, full), `${stat.size} ${stat.mtimeMs} ${hash}`);
  }
  return files;
}

function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed = [...after].filter(([file, state]) => before.get(file) !== state).map(([file]) => file);
  const removed = [...before.keys()].filter((file) => !after.has(file)).map((file) => `removed ${file}`);
  return [...changed, ...removed].sort();
}

describe('what the server writes to the workspace', () => {
  let folder = '';
  let client: LspClient;
  let uri = '';
  let initial = new Map<string, string>();

  before(async () => {
    folder = copySeeds();
    initial = snapshot(folder);
    client = await LspClient.start(folder);
    await client.when(() => (client.progressEnded > 0 ? true : undefined), 'the workspace scan');
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
  });

  test('nothing while opening, editing, hovering, listing and closing', async () => {
    uri = await client.open(SEED);
    await client.diagnosticsWhen(uri, (all) => all.some((d) => d.message === GDP));
    const textDocument = { uri };
    const position = { line: TARGETS_LINE, character: 12 };
    const range = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };
    await client.connection.sendRequest(HoverRequest.type, { textDocument, position });
    await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument });
    await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument });
    await client.connection.sendRequest(CodeLensRequest.type, { textDocument });
    await client.connection.sendRequest(InlayHintRequest.type, { textDocument, range });
    await client.connection.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [] } });
    await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '失业率' });
    await client.connection.sendRequest(ReportsRequest, {});
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '（草稿）' }]);
    await client.diagnosticsWhen(uri, (all) => all.some((d) => d.message === GDP && d.range.start.line === TARGETS_LINE));
    const note = await client.open('note.md', '来源：000_2d311365dc22e685.txt\n\n生产总值增长9%以上。\n', 'markdown');
    await client.diagnosticsWhen(note, (all) => all.length > 0);
    await client.close(note);
    await client.configure({ severity: { date: 'information' } });
    await client.diagnosticsWhen(uri, (all) => all.some((d) => d.code === 'policylens.date'));
    assert.deepEqual(changes(initial, snapshot(folder)), []);
  });

  test('a dismissal writes .policylens/ignore.json and nothing else', async () => {
    const gdp = client.diagnostics.get(uri)!.find((d) => d.message === GDP)!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: gdp.range,
      context: { diagnostics: [gdp] },
    })) as CodeAction[];
    const dismiss = actions.find((action) => action.command)!;
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: dismiss.command!.command, arguments: dismiss.command!.arguments });
    await client.diagnosticsWhen(uri, (all) => !all.some((d) => d.message === GDP));
    assert.deepEqual(changes(initial, snapshot(folder)), ['.policylens', path.join('.policylens', 'ignore.json')]);
  });
});
