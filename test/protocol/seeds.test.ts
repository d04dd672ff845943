/**
 * The built server over stdio, on a copy of seeds/: what a user of the seed reports sees in the
 * Problems panel, hovers, the outline, Ctrl+T, folds, inlay hints and code lenses.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CodeLensRequest,
  DiagnosticSeverity,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  WorkspaceSymbolRequest,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
  type Range,
  type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { LspClient, copySeeds, removeFolder } from './lspClient';

const SEED = '000_2d311365dc22e685.txt';
/** 1-based line 47 of seed 000: 今年…主要预期目标是:生产总值增长8%以上…城镇登记失业率4.5%以内… */
const TARGETS_LINE = 46;
const WHOLE_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

let folder = '';
let client: LspClient;
let uri = '';
let lines: string[] = [];
/** Where 生产总值's `8%以上` starts on the targets line. */
let gdpTarget = 0;

const isGdpTarget = (d: Diagnostic) => d.range.start.line === TARGETS_LINE && d.range.start.character === gdpTarget;

describe('the server on the seed reports', () => {
  before(async () => {
    folder = copySeeds();
    lines = readFileSync(path.join(folder, SEED), 'utf8').split(/\r?\n/);
    gdpTarget = lines[TARGETS_LINE]!.indexOf('生产总值增长8%以上') + '生产总值增长'.length;
    client = await LspClient.start(folder);
    uri = await client.open(SEED);
    // Reports never opened are known once the workspace scan has found them.
    await client.when(() => (client.progressEnded > 0 ? true : undefined), 'the workspace scan');
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
  });

  test('the 2021 growth target is an Information diagnostic quoting 8%以上', async () => {
    const diagnostics = await client.diagnosticsWhen(uri, (all) => all.some(isGdpTarget));
    const gdp = diagnostics.find(isGdpTarget)!;
    assert.equal(lines[TARGETS_LINE]!.slice(gdp.range.start.character, gdp.range.end.character), '8%以上');
    assert.equal(gdp.code, 'policylens.target');
    assert.equal(gdp.severity, DiagnosticSeverity.Information);
    assert.equal(gdp.source, 'PolicyLens');
    assert.equal(gdp.message, 'Target: 生产总值 增长 ≥8% (2021)');
    const unemployment = diagnostics.find((d) => d.range.start.line === TARGETS_LINE && String(d.message).startsWith('Target: 城镇登记失业率'));
    assert.equal(unemployment?.message, 'Target: 城镇登记失业率 ≤4.5% (2021)');
  });

  test('severity off for targets takes them out of the Problems panel, and back', async () => {
    await client.configure({ severity: { target: 'off' } });
    const without = await client.diagnosticsWhen(uri, (all) => !all.some((d) => d.code === 'policylens.target'));
    assert.ok(without.some((d) => d.code === 'policylens.commitment'), 'commitments stay');
    await client.configure(undefined);
    await client.diagnosticsWhen(uri, (all) => all.some(isGdpTarget));
  });

  test('hover on 8%以上 reads it: indicator, ≥8, its deadline and where it stands', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: TARGETS_LINE, character: gdpTarget + 1 },
    });
    const markdown = (hover?.contents as MarkupContent).value;
    assert.equal((hover?.contents as MarkupContent).kind, 'markdown');
    for (const part of ['生产总值', '增长', '≥8', '2021-12-31', '今年', 'Target', '三、2021年重点工作', '2021']) {
      assert.ok(markdown.includes(part), `hover mentions ${part}:\n${markdown}`);
    }
    assert.match(markdown, /^> .*\*\*8%以上\*\*/m, 'quotes the sentence with the finding in bold');
    assert.match(markdown, /\*\*Why:\*\* looks forward: “主要预期目标” in its sentence/, 'says which words made it a target');
    assert.deepEqual(hover?.range, { start: { line: TARGETS_LINE, character: gdpTarget }, end: { line: TARGETS_LINE, character: gdpTarget + 4 } });

    const between = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(between, null, 'no hover away from findings');
  });

  test('where the text never says its year, the hover says so instead of leaving the deadline out', async () => {
    const excerpt = await client.open('excerpt.txt', '政府工作报告\n六、为青少年提供心理健康服务。\n开展心理健康教育教师培训超2.8万人次。\n');
    await client.diagnosticsWhen(excerpt, (all) => all.length > 0);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: excerpt }, position: { line: 2, character: 16 } });
    const markdown = (hover?.contents as MarkupContent).value;
    assert.match(markdown, /Deadline:\*\* unknown: the text never says which year it plans for/, markdown);
    assert.match(markdown, /Report year:\*\* not given in the text/, markdown);
  });

  test('document symbols: the sections, nested, with their findings named by reading', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const plan = symbols.find((s) => s.name === '三、2021年重点工作');
    assert.ok(plan, `top-level sections: ${symbols.map((s) => s.name).join(' | ')}`);
    assert.ok(plan.children?.some((s) => s.name === '生产总值 增长 ≥8%' && s.detail?.startsWith('Target')));
    assert.ok(plan.children?.some((s) => s.name.startsWith('(一)全面提速建设现代化洛阳都市圈') && (s.children?.length ?? 0) > 0));
    assertNested(symbols, null);
  });

  test('document symbols nest properly in every seed (VS Code rejects them otherwise)', async () => {
    for (const seed of ['001_86b48e2959830386.txt', '002_a1aedb5b2ec46b86.txt', '003_395ec08d707c8053.txt', '004_db1405a2b6de7813.txt']) {
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: client.uri(seed) } })) as DocumentSymbol[];
      assert.ok(symbols.length > 0, `${seed} has symbols (from disk, never opened)`);
      assertNested(symbols, null);
    }
  });

  test('workspace symbols find 失业率 in several reports, opened or not', async () => {
    const found = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '失业率' })) as SymbolInformation[];
    const files = new Set(found.map((s) => path.basename(s.location.uri)));
    assert.deepEqual([...files].sort(), [SEED, '002_a1aedb5b2ec46b86.txt', '004_db1405a2b6de7813.txt']);
    const ours = found.find((s) => s.location.uri === uri)!;
    assert.equal(ours.name, '城镇登记失业率 ≤4.5%');
    assert.equal(ours.containerName, `三、2021年重点工作 · ${SEED}`);
    assert.ok(found.every((s) => s.name.includes('失业率')));

    const fuzzy = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '登失率' })) as SymbolInformation[];
    assert.ok(fuzzy.some((s) => s.name === '城镇登记失业率 ≤4.5%'), 'characters in order match too');
    const everything = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) as SymbolInformation[];
    assert.ok(everything.length > 500, `an empty query lists every finding (${everything.length})`);
  });

  test('folding ranges: each section with more than its heading folds', async () => {
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    const planHeading = lines.findIndex((line) => line.trim() === '三、2021年重点工作');
    const plan = folds?.find((f) => f.startLine === planHeading);
    assert.ok(plan, `a fold at ${planHeading}: ${JSON.stringify(folds)}`);
    assert.ok(plan.endLine > TARGETS_LINE && plan.endLine < lines.length);
    assert.ok(folds!.every((f) => f.endLine > f.startLine));
  });

  test('inlay hints resolve relative wording (年底前 → 2021-12-31) and can be turned off', async () => {
    const hints = (await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: WHOLE_FILE })) ?? [];
    const yearEnds = lines.flatMap((line, n) => [...line.matchAll(/年底前/g)].map((m) => ({ line: n, character: m.index + m[0].length })));
    assert.ok(yearEnds.length >= 2);
    for (const position of yearEnds) {
      assert.ok(hints.some((h) => h.label === '→ 2021-12-31' && h.position.line === position.line && h.position.character === position.character),
        `a hint after 年底前 at ${JSON.stringify(position)}`);
    }
    const julyFirst = lines.findIndex((line) => line.includes('“七一”前'));
    assert.ok(hints.some((h) => h.label === '→ 2021-07-01' && h.position.line === julyFirst));
    assert.ok(!hints.some((h) => /^→ 20\d\d/.test(String(h.label)) && /到20\d\d年$/.test(lines[h.position.line]!.slice(0, h.position.character))),
      'none where the year is written');

    const firstLine = (await client.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
    })) ?? [];
    assert.deepEqual(firstLine, [], 'only within the asked range');

    await client.configure({ inlayHints: { deadlines: false } });
    await client.eventually(
      async () => (await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: WHOLE_FILE })) ?? [],
      (answer) => answer.length === 0,
      'no inlay hints once turned off',
    );
    await client.configure(undefined);
  });

  test('code lenses count each section\'s findings over its heading and list them on click', async () => {
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [];
    const planHeading = lines.findIndex((line) => line.trim() === '三、2021年重点工作');
    const plan = lenses.find((lens) => lens.range.start.line === planHeading);
    assert.match(plan?.command?.title ?? '', /^\d+ targets · \d+ commitments · \d+ deadlines$/);
    assert.equal(plan?.command?.command, 'policyLens.showFindings');
    const [lensUri, headingLine] = plan!.command!.arguments as [string, number];
    assert.equal(lensUri, uri);
    assert.equal(headingLine, planHeading + 1, 'the section, by its heading line, for the client to list');
    assert.ok(lenses.every((lens) => lens.command?.title), 'every lens has its counts');

    await client.configure({ codeLens: { enabled: false } });
    await client.eventually(
      async () => (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [],
      (answer) => answer.length === 0,
      'no code lenses once turned off',
    );
    await client.configure(undefined);
  });
});

/** Each symbol's selection lies in its range, and each child's range in its parent's. */
function assertNested(symbols: DocumentSymbol[], parent: DocumentSymbol | null): void {
  for (const symbol of symbols) {
    assert.ok(symbol.name.length > 0);
    assert.ok(within(symbol.selectionRange, symbol.range), `${symbol.name}: selection within range`);
    if (parent) assert.ok(within(symbol.range, parent.range), `${symbol.name} within ${parent.name}`);
    assertNested(symbol.children ?? [], symbol);
  }
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
