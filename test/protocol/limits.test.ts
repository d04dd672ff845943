/**
 * policyLens.maxFileSize: a report larger than the limit is not analysed; one Information
 * diagnostic says it is larger than the limit and names the setting, and raising the setting
 * brings the findings back.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DiagnosticSeverity, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, copySeeds, removeFolder } from './lspClient';

const SEED = '000_2d311365dc22e685.txt'; // about 25 KB
const GDP = 'Target: 生产总值 增长 ≥8% (2021)';
const TOO_LARGE = 'policylens.too-large';

const tooLarge = (all: Diagnostic[]) => all.length === 1 && all[0]!.code === TOO_LARGE;

describe('policyLens.maxFileSize', () => {
  let folder = '';
  let client: LspClient;

  before(async () => {
    folder = copySeeds();
    client = await LspClient.start(folder);
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
  });

  test('a report over the default 5 MB gets one message, and no analysis', async () => {
    const seed = readFileSync(path.join(folder, SEED), 'utf8');
    const uri = await client.open('huge.report.txt', seed.repeat(Math.ceil(6_000_000 / Buffer.byteLength(seed))));
    const [message] = await client.diagnosticsWhen(uri, tooLarge);
    assert.equal(message!.severity, DiagnosticSeverity.Information);
    assert.match(String(message!.message), /larger than policyLens\.maxFileSize \(5 MB\)/);
    assert.match(String(message!.message), /it is 5\.7 MB.*Raise the setting/);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 46, character: 20 } });
    assert.equal(hover, null);
    await client.close(uri);
  });

  test('a lower limit skips a seed; raising it brings its findings back', async () => {
    const uri = await client.open(SEED);
    await client.diagnosticsWhen(uri, (all) => all.some((d) => d.message === GDP));
    await client.configure({ maxFileSize: 0.01 });
    const [message] = await client.diagnosticsWhen(uri, tooLarge);
    assert.match(String(message!.message), /larger than policyLens\.maxFileSize \(0\.01 MB\)/);
    await client.configure({ maxFileSize: 1 });
    await client.diagnosticsWhen(uri, (all) => all.some((d) => d.message === GDP));
    await client.configure(undefined);
  });
});
