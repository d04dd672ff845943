/**
 * Summaries checked against their source over the protocol, on a copy of seeds/: which documents
 * are summaries (a link in their first lines, `policyLens.summaries`, the client's choice), the
 * diagnostics, hover, quick fix and coverage, and a source that changes or cannot be read.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import {
  ReportsRequest,
  SummaryCoverageRequest,
  SummarySourceNotification,
  type ReportsResult,
  type SummaryCoverageResult,
} from '../../server/src/protocol';
import { LspClient, copySeeds, removeFolder } from './lspClient';

const SEED = '000_2d311365dc22e685.txt';
/** 0-based line 46 of seed 000: 今年全市经济社会发展的主要预期目标是:生产总值增长8%以上 … */
const TARGETS_LINE = 46;
const FAITHFUL = '今年主要预期目标：生产总值增长8%以上，城镇登记失业率控制在4.5%以内。';
const CHANGED = FAITHFUL.replace('增长8%以上', '增长9%以上');
const INVENTED = '全市新建火星探测基地7座。';
const LINK = `来源：${SEED}`;

const errors = (all: Diagnostic[]) => all.filter((d) => d.severity === DiagnosticSeverity.Error);
const summaryCodes = new Set(['policylens.summary-mismatch', 'policylens.summary-unsupported', 'policylens.summary-source']);

describe('summaries checked against their source', () => {
  let folder = '';
  let client: LspClient;
  let source = '';

  /** Opens `text` as a new Markdown summary and waits for its first diagnostics. */
  async function openSummary(file: string, text: string, languageId = 'markdown'): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = await client.open(file, text, languageId);
    return { uri, diagnostics: await client.diagnosticsWhen(uri, () => true) };
  }

  /** Opens a document and waits until the server has handled it (it publishes nothing for it). */
  async function openUnpublished(file: string, text: string, languageId = 'markdown'): Promise<string> {
    const uri = await client.open(file, text, languageId);
    // Messages are handled in order: once the next summary has its diagnostics, this one's would be out.
    await openSummary(`after-${path.basename(file)}.md`, `${LINK}\n\n${FAITHFUL}\n`);
    assert.equal(client.diagnostics.has(uri), false, `no diagnostics for ${file}`);
    return uri;
  }

  before(async () => {
    folder = copySeeds();
    client = await LspClient.start(folder);
    source = client.uri(SEED);
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
  });

  test('a faithful sentence linked with 来源： has no error', async () => {
    const { diagnostics } = await openSummary('faithful.md', `${LINK}\n\n${FAITHFUL}\n`);
    assert.deepEqual(errors(diagnostics), []);
    assert.ok(diagnostics.every((d) => summaryCodes.has(String(d.code))), 'no report diagnostics in a summary');
  });

  test('a changed value is an Error quoting both, related to line 47 of the source', async () => {
    const { diagnostics } = await openSummary('changed.md', `${LINK}\n\n${CHANGED}\n`);
    const [error, ...others] = errors(diagnostics);
    assert.ok(error, JSON.stringify(diagnostics));
    assert.deepEqual(others, []);
    assert.equal(error.code, 'policylens.summary-mismatch');
    assert.equal(error.range.start.line, 2);
    assert.equal(CHANGED.slice(error.range.start.character, error.range.end.character), '9%以上');
    assert.match(String(error.message), /9%以上/);
    assert.match(String(error.message), /8%以上/);
    const related = error.relatedInformation?.[0];
    assert.equal(related?.location.uri, source);
    assert.equal(related?.location.range.start.line, TARGETS_LINE);
  });

  test('a quantity the source does not have is a Warning', async () => {
    const { diagnostics } = await openSummary('invented.md', `${LINK}\n\n${FAITHFUL}\n${INVENTED}\n`);
    const warning = diagnostics.find((d) => d.code === 'policylens.summary-unsupported');
    assert.equal(warning?.severity, DiagnosticSeverity.Warning, JSON.stringify(diagnostics));
    assert.equal(warning?.range.start.line, 3);
    assert.deepEqual(errors(diagnostics), []);
  });

  test('the quick fix puts the source’s 8%以上 in place of 9%以上, and the error goes', async () => {
    const { uri, diagnostics } = await openSummary('fix.md', `${LINK}\n\n${CHANGED}\n`);
    const [error] = errors(diagnostics);
    assert.ok(error);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: error.range,
      context: { diagnostics: [error] },
    })) as CodeAction[];
    const fix = actions.find((action) => action.isPreferred);
    assert.ok(fix, JSON.stringify(actions));
    assert.match(fix.title, /8%以上/);
    const [edit, ...more] = fix.edit?.changes?.[uri] ?? [];
    assert.ok(edit);
    assert.deepEqual(more, []);
    assert.deepEqual(edit.range, error.range);
    assert.equal(edit.newText, '8%以上');
    await client.change(uri, [{ range: edit.range, text: edit.newText }]);
    await client.diagnosticsWhen(uri, (all) => errors(all).length === 0);
  });

  test('hover on a checked quantity quotes the source sentence and its line', async () => {
    const { uri } = await openSummary('hover.md', `${LINK}\n\n${CHANGED}\n`);
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 2, character: CHANGED.indexOf('9%以上') + 1 },
    });
    const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(markdown, /主要预期目标是/);
    assert.match(markdown, /47/);
    assert.match(markdown, /生产总值/);
    const nothing = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 1 } });
    assert.equal(nothing, null, 'no hover on unchecked text');
  });

  test('coverage lists the source’s targets the summary leaves out', async () => {
    const { uri } = await openSummary('coverage.md', `${LINK}\n\n${FAITHFUL}\n`);
    const coverage = await client.connection.sendRequest<SummaryCoverageResult>(SummaryCoverageRequest, { uri });
    assert.ok(coverage);
    assert.equal(coverage.source, source);
    assert.ok(coverage.missing.some((f) => f.line === TARGETS_LINE + 1 && f.indicator?.includes('规模以上工业增加值')), 'the industry target is missing');
    assert.ok(!coverage.missing.some((f) => f.line === TARGETS_LINE + 1 && f.indicator === '生产总值'), 'the GDP target is restated');
    const notes = await client.connection.sendRequest<SummaryCoverageResult>(SummaryCoverageRequest, { uri: source });
    assert.equal(notes, null, 'a report is no summary');
  });

  test('a link to a missing file is a Warning on the link', async () => {
    const { diagnostics } = await openSummary('broken.md', `来源：reports/missing-2021.txt\n\n${CHANGED}\n`);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [warning] = diagnostics;
    assert.equal(warning?.severity, DiagnosticSeverity.Warning);
    assert.equal(warning?.code, 'policylens.summary-source');
    assert.equal(warning?.range.start.line, 0);
    assert.match(String(warning?.message), /reports\/missing-2021\.txt/);
  });

  test('a link to a binary file says so', async () => {
    writeFileSync(path.join(folder, 'scan.txt'), Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n'));
    const { diagnostics } = await openSummary('binary.md', `来源：scan.txt\n\n${FAITHFUL}\n`);
    assert.equal(diagnostics[0]?.code, 'policylens.summary-source');
    assert.match(String(diagnostics[0]?.message), /binary/);
  });

  test('a link to a file with no figures says it is not a report', async () => {
    writeFileSync(path.join(folder, 'shopping.txt'), '周末购物清单\n苹果，牛奶，面包。\n');
    const { diagnostics } = await openSummary('shopping.md', `来源：shopping.txt\n\n${FAITHFUL}\n`);
    assert.equal(diagnostics[0]?.code, 'policylens.summary-source');
    assert.match(String(diagnostics[0]?.message), /not a report/);
  });

  test('a plain-text note with no link gets no diagnostics at all', async () => {
    const notes = await openUnpublished('notes.txt', `${CHANGED}\n${INVENTED}\n`, 'plaintext');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: notes }, position: { line: 0, character: 16 } });
    assert.equal(hover, null);
  });

  test('a digest detected as a report but linking a source is checked as a summary, not indexed as a report', async () => {
    const digest = readFileSync(path.join(folder, '001_86b48e2959830386.txt'), 'utf8');
    const { uri, diagnostics } = await openSummary('digest.txt', `${LINK}\n${digest}`, 'policy-report');
    assert.ok(diagnostics.every((d) => summaryCodes.has(String(d.code))), JSON.stringify(diagnostics.slice(0, 3)));
    const reports = await client.connection.sendRequest<ReportsResult>(ReportsRequest, { uris: [uri] });
    assert.deepEqual(reports, []);
  });

  test('policyLens.summaries maps a summary without a link to its source', async () => {
    const uri = await openUnpublished('digests/mapped.md', `${CHANGED}\n`);
    await client.configure({ summaries: { 'digests/*.md': SEED } });
    await client.diagnosticsWhen(uri, (all) => errors(all).length === 1);
    await client.configure(undefined);
    await client.diagnosticsWhen(uri, (all) => all.length === 0);
  });

  test('the source the client chose checks a summary without a link', async () => {
    const uri = await openUnpublished('chosen.txt', `${CHANGED}\n`, 'plaintext');
    await client.connection.sendNotification(SummarySourceNotification, { summary: uri, source });
    await client.diagnosticsWhen(uri, (all) => errors(all).length === 1);
    await client.connection.sendNotification(SummarySourceNotification, { summary: uri, source: null });
    await client.diagnosticsWhen(uri, (all) => all.length === 0);
  });

  test('a source edited in the editor checks its summaries again', async () => {
    const { uri } = await openSummary('follows.md', `${LINK}\n\n${CHANGED}\n`);
    await client.diagnosticsWhen(uri, (all) => errors(all).length === 1);
    const opened = await client.open(SEED);
    const line = readFileSync(path.join(folder, SEED), 'utf8').split(/\r?\n/)[TARGETS_LINE]!;
    const at = line.indexOf('生产总值增长8%以上') + '生产总值增长'.length;
    await client.change(opened, [{ range: { start: { line: TARGETS_LINE, character: at }, end: { line: TARGETS_LINE, character: at + 1 } }, text: '9' }]);
    await client.diagnosticsWhen(uri, (all) => errors(all).length === 0);
    await client.close(opened);
    await client.diagnosticsWhen(uri, (all) => errors(all).length === 1);
  });

  test('a source changed on disk checks its summaries again', async () => {
    const copy = path.join(folder, 'copy-of-000.txt');
    const text = readFileSync(path.join(folder, SEED), 'utf8');
    writeFileSync(copy, text);
    const { uri } = await openSummary('follows-disk.md', `来源：copy-of-000.txt\n\n${CHANGED}\n`);
    assert.equal(errors((await client.diagnosticsWhen(uri, () => true))).length, 1);
    writeFileSync(copy, text.replace('生产总值增长8%以上', '生产总值增长9%以上'));
    utimesSync(copy, new Date(), new Date(Date.now() + 5000)); // a new modification time, however coarse the clock
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: client.uri('copy-of-000.txt'), type: FileChangeType.Changed }],
    });
    await client.diagnosticsWhen(uri, (all) => errors(all).length === 0);
  });
});
