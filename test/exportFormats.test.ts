import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COLUMN_NAMES, type ExportRow } from '../server/src/export/columns';
import { jsonlRow } from '../server/src/export/formats';

test('a JSON Lines row is the JSON of its fields, however odd their text', () => {
  const texts = ['生产总值增长5%', 'say "目标"', 'C:\\报告', '第一行\n第二行\t', '\u0001', '𠀀 pair', 'lone \ud800 high', 'lone \udc00 low', ''];
  for (const text of texts) {
    const row = COLUMN_NAMES.map((_, i) => (i % 3 === 0 ? text : i % 3 === 1 ? 5.5 : null)) as ExportRow;
    const line = jsonlRow(row);
    assert.equal(line, `${JSON.stringify(Object.fromEntries(COLUMN_NAMES.map((name, i) => [name, row[i]])))}\n`);
    assert.deepEqual(Object.values(JSON.parse(line)), row);
  }
});
