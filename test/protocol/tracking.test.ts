/**
 * Tracking over the protocol, on a workspace holding the fixture pair (青川市 2023 and 2024):
 * policyLens/tracking, policyLens/trackingChanged after an edit, the outcome beside and in the
 * hover of each target of the earlier report, and in the later report the target an achievement
 * answers.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HoverRequest, InlayHintRequest, type InlayHint, type MarkupContent, type Range } from 'vscode-languageserver-protocol/node';
import {
  ReportsRequest,
  TrackingChangedNotification,
  TrackingRequest,
  type ReportsResult,
  type TrackingResult,
} from '../../server/src/protocol';
import { LspClient, ROOT, removeFolder } from './lspClient';

const EARLIER = path.join('reports', '青川市-2023.txt');
const LATER = path.join('reports', '青川市-2024.txt');
const WHOLE_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

describe('targets tracked into the next year over the protocol', () => {
  let folder = '';
  let client: LspClient;
  let changes = 0;
  const tracking = (params: { uri?: string } = {}) => client.connection.sendRequest<TrackingResult>(TrackingRequest, params);
  /** 0-based line and column of `text` in a file of the workspace. */
  const find = (file: string, text: string) => {
    const lines = readFileSync(path.join(folder, file), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes(text));
    return { line, character: lines[line]!.indexOf(text) };
  };
  const hoverText = async (uri: string, position: { line: number; character: number }) => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return (hover?.contents as MarkupContent | undefined)?.value ?? '';
  };

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'policylens-tracking-'));
    mkdirSync(path.join(folder, 'reports'));
    for (const file of [EARLIER, LATER]) cpSync(path.join(ROOT, 'test', 'fixtures', 'tracking', path.basename(file)), path.join(folder, file));
    client = await LspClient.start(folder);
    client.connection.onNotification(TrackingChangedNotification, () => {
      changes++;
    });
    await client.when(() => (client.progressEnded > 0 ? true : undefined), 'the workspace scan');
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
  });

  test('policyLens/tracking: every target of the earlier report, files as URIs', async () => {
    const { targets } = await client.eventually(() => tracking(), (r) => r.targets.length > 0, 'tracked targets');
    assert.equal(targets.length, 13);
    const gdp = targets.find((t) => t.indicator === '地区生产总值')!;
    assert.deepEqual(
      [gdp.place, gdp.period, gdp.target.file, gdp.result?.file, gdp.result?.text, gdp.result?.estimate, gdp.status, gdp.gap],
      ['青川市', 2023, client.uri(EARLIER), client.uri(LATER), '5.8%', true, 'missed', -0.7],
    );
    const statuses = targets.map((t) => t.status);
    assert.deepEqual(['met', 'missed', 'unclear', 'unreported'].map((s) => statuses.filter((x) => x === s).length), [7, 3, 1, 2]);
    assert.equal(changes > 0, true, 'trackingChanged once the first result was there');
  });

  test('params.uri keeps the targets whose target or result stands in that document', async () => {
    assert.equal((await tracking({ uri: client.uri(LATER) })).targets.length, 11, 'the 11 with a result in 2024');
    assert.equal((await tracking({ uri: client.uri(EARLIER) })).targets.length, 13);
    assert.deepEqual((await tracking({ uri: client.uri('reports/none.txt') })).targets, []);
  });

  test('the reports carry their place', async () => {
    const reports = await client.connection.sendRequest<ReportsResult>(ReportsRequest, {});
    assert.deepEqual(reports.map((r) => r.place), ['青川市', '青川市']);
  });

  test('in the earlier report: the outcome beside each target, and in its hover', async () => {
    const uri = await client.open(EARLIER);
    const at = find(EARLIER, '6.5%左右');
    const hover = await hoverText(uri, { line: at.line, character: at.character + 1 });
    assert.match(hover, /\*\*Outcome:\*\* → 预计5\.8% · missed −0\.7 个百分点 \(\[青川市-2024\.txt:9\]\(file:\/\/\/.*#L9\)\)/);
    assert.match(hover, /\*\*Place:\*\* 青川市/);
    const hints = ((await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: WHOLE_FILE })) ?? []) as InlayHint[];
    const gdp = hints.find((h) => h.position.line === at.line && h.position.character === at.character + '6.5%左右'.length);
    assert.equal(gdp?.label, '→ 预计5.8% · missed −0.7 个百分点');
    const grain = find(EARLIER, '30亿斤以上');
    assert.equal(hints.find((h) => h.position.line === grain.line && h.position.character === grain.character + '30亿斤以上'.length)?.label, '→ unreported');
    await client.configure({ inlayHints: { outcomes: false } });
    const without = await client.eventually(
      async () => ((await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: WHOLE_FILE })) ?? []) as InlayHint[],
      (all) => !all.some((h) => String(h.label).startsWith('→ 预计')),
      'no outcome hints with policyLens.inlayHints.outcomes off',
    );
    assert.deepEqual(without.map((h) => h.label), ['→ 2023-12-31'], 'the deadline of 年内 stays');
    await client.configure(undefined);
  });

  test('in the later report: an achievement names the target it answers', async () => {
    const uri = await client.open(LATER);
    const at = find(LATER, '5.8%');
    const hover = await hoverText(uri, { line: at.line, character: at.character + 1 });
    assert.match(hover, /\*\*Answers target:\*\* 地区生产总值 增长6\.5%左右 \(\[青川市-2023\.txt:14\]\(file:\/\/\/.*#L14\)\) · missed −0\.7 个百分点/);
    // 老旧小区 126个 answers a commitment, not a target: no tracking row.
    const other = find(LATER, '126个');
    assert.doesNotMatch(await hoverText(uri, { line: other.line, character: other.character + 1 }), /Answers target/);
  });

  test('an edit of the later report: trackingChanged, and the new outcome', async () => {
    const uri = client.uri(LATER);
    const at = find(LATER, '5.8%');
    const before = changes;
    await client.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 4 } }, text: '6.3%' }]);
    const { targets } = await client.eventually(
      () => tracking(),
      (r) => r.targets.find((t) => t.indicator === '地区生产总值')?.status === 'met',
      'the GDP target met after the edit',
    );
    assert.equal(targets.find((t) => t.indicator === '地区生产总值')?.gap, -0.2);
    await client.when(() => (changes > before ? true : undefined), 'policyLens/trackingChanged');
  });
});
