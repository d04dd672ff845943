/**
 * Export Indicators… over the protocol: policyLens/exportTable has the server write the
 * workspace's table with `policylens export`'s code, reporting progress on the client's token.
 * The file is read back with DuckDB.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressReport } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { ExportTableRequest, ReportsRequest, type ExportTableParams, type ExportTableResult, type ReportsResult } from '../../server/src/protocol';
import { LspClient, ROOT, copySeeds, removeFolder } from './lspClient';

describe('policyLens/exportTable', () => {
  let folder = '';
  let out = '';
  let client: LspClient;

  before(async () => {
    folder = copySeeds();
    out = mkdtempSync(path.join(tmpdir(), 'policylens-protocol-export-'));
    client = await LspClient.start(folder);
    await client.eventually(() => client.connection.sendRequest<ReportsResult>(ReportsRequest, {}), (reports) => reports.length === 5, 'the scan to index the five seeds');
  });

  after(async () => {
    await client.stop();
    removeFolder(folder);
    rmSync(out, { recursive: true, force: true });
  });

  test('writes the workspace table to the chosen file, with progress on the client\'s token', async () => {
    const target = path.join(out, 'indicators.parquet');
    const token = 'export-1';
    const progress: (WorkDoneProgressBegin | WorkDoneProgressReport | { kind: 'end' })[] = [];
    const listening = client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
      progress.push(value);
    });
    const params: ExportTableParams = { target: URI.file(target).toString(), format: 'parquet', workDoneToken: token };
    const result = await client.connection.sendRequest<ExportTableResult>(ExportTableRequest, params);
    listening.dispose();

    assert.deepEqual({ ...result, rows: undefined }, { reports: 5, rows: undefined, unreadable: [], cancelled: false });
    assert.equal(progress[0]?.kind, 'begin');
    assert.equal(progress.at(-1)?.kind, 'end');
    assert.ok(progress.some((p) => p.kind === 'report' && typeof p.percentage === 'number'));

    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (await duck.runAndReadAll(`select file, kind, count(*)::INTEGER as n from read_parquet('${target}') group by all`)).getRowObjectsJson();
    const seeds = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
    assert.deepEqual([...new Set(rows.map((r) => r.file))].sort(), seeds, 'files are named by their path in the workspace');
    assert.equal(rows.reduce((sum, r) => sum + (r.n as number), 0), result.rows);

    // The same counts as the command line's analysis of the same files.
    const cli = spawnSync(process.execPath, ['bin/policylens.js', 'analyze', '--json', ...seeds.map((s) => path.join(folder, s))], { cwd: ROOT, encoding: 'utf8' });
    for (const line of cli.stdout.trimEnd().split('\n')) {
      const report = JSON.parse(line) as { file: string; findings: { kind: string }[] };
      const counts: Record<string, number> = {};
      for (const f of report.findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
      const exported = Object.fromEntries(rows.filter((r) => r.file === path.basename(report.file)).map((r) => [r.kind, r.n]));
      assert.deepEqual(exported, counts, report.file);
    }
  });

  test('a target that is not a file on disk is an error answer, and the server lives on', async () => {
    await assert.rejects(client.connection.sendRequest(ExportTableRequest, { target: 'untitled:Untitled-1', format: 'csv' }), /file on disk/);
    const reports = await client.connection.sendRequest<ReportsResult>(ReportsRequest, {});
    assert.equal(reports.length, 5);
    assert.ok(client.alive);
  });
});
