import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { decodeReport } from '../server/src/core/decode';
import { strictUtf8Text, utf8Text } from '../server/src/utf8';
import { encodeGbk } from './helpers/gbk';

const utf8 = (text: string) => new TextEncoder().encode(text);
const seeds = readdirSync(path.join(__dirname, '..', 'seeds')).filter((name) => name.endsWith('.txt'));

test('the fast UTF-8 decoder reads every seed report as TextDecoder does', () => {
  for (const name of seeds) {
    const bytes = readFileSync(path.join(__dirname, '..', 'seeds', name));
    assert.deepEqual(decodeReport(bytes, strictUtf8Text), decodeReport(bytes), name);
  }
});

test('the fast UTF-8 decoder refuses what a fatal TextDecoder refuses, so the same reason is given', () => {
  const text = '生产总值增长8%以上，城镇新增就业6万人。\n'.repeat(20);
  const bytes = utf8(text);
  const invalid = [
    Uint8Array.from([...bytes.subarray(0, 40), ...bytes.subarray(41)]), // a character cut
    Uint8Array.from([...bytes, 0xed, 0xa0, 0x80]), // an encoded surrogate
    Uint8Array.from([...bytes, 0xc0, 0xaf]), // an overlong slash
    encodeGbk(text),
  ];
  for (const input of invalid) {
    assert.equal(strictUtf8Text(input), null);
    assert.deepEqual(decodeReport(input, strictUtf8Text), decodeReport(input));
  }
  assert.deepEqual(decodeReport(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), strictUtf8Text), { ok: true, text, encoding: 'utf-8' });
});

test('utf8Text keeps characters beyond the BMP and ASCII alike', () => {
  for (const text of ['', 'GDP 5.5%', '𠀀𪚥 生产总值', '“十五五”时期']) assert.equal(utf8Text(utf8(text)), text);
});
