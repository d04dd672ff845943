import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeReport, type DecodeResult } from '../../server/src/core/decode';
import { encodeGbk, encodeUtf16 } from '../helpers/gbk';

const SEED =
  '  三、2021年重点工作\n\n  今年全市经济社会发展的主要预期目标是：生产总值增长8%以上，城镇新增就业6万人，' +
  '“十四五”开局之年，一季度完成投资的25%左右。\r\n';
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((part) => Array.from(part)));

function assertText(result: DecodeResult, text: string, encoding: string): void {
  assert.deepEqual(result, { ok: true, text, encoding });
}

function assertFails(result: DecodeResult, reason: RegExp): void {
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(result.reason, reason);
}

test('an empty file is empty text', () => {
  assertText(decodeReport(new Uint8Array()), '', 'utf-8');
});

test('UTF-8, with and without a BOM (stripped)', () => {
  assertText(decodeReport(utf8(SEED)), SEED, 'utf-8');
  assertText(decodeReport(concat([0xef, 0xbb, 0xbf], utf8(SEED))), SEED, 'utf-8');
});

test('UTF-16 with a BOM, both byte orders', () => {
  assertText(decodeReport(encodeUtf16(SEED, 'le', true)), SEED, 'utf-16le');
  assertText(decodeReport(encodeUtf16(SEED, 'be', true)), SEED, 'utf-16be');
});

test('UTF-16 without a BOM, told by where the NULs are', () => {
  assertText(decodeReport(encodeUtf16(SEED, 'le', false)), SEED, 'utf-16le');
  assertText(decodeReport(encodeUtf16(SEED, 'be', false)), SEED, 'utf-16be');
  assertText(decodeReport(encodeUtf16('plain ASCII\n', 'le', false)), 'plain ASCII\n', 'utf-16le');
});

test('GBK and GB18030', () => {
  assertText(decodeReport(encodeGbk(SEED)), SEED, 'gb18030');
  // U+00A0 has no two-byte GBK code: GB18030 writes it in four bytes.
  assertText(decodeReport(concat(encodeGbk('目标'), [0x81, 0x30, 0x84, 0x32], encodeGbk('8%'))), '目标\u00a08%', 'gb18030');
});

test('PDF, DOCX and other documents are named', () => {
  assertFails(decodeReport(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')), /binary file \(PDF\)/);
  assertFails(decodeReport(concat([0x50, 0x4b, 0x03, 0x04], [20, 0, 6, 0])), /binary file \(ZIP.*DOCX/);
  assertFails(decodeReport(concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), /DOC/);
  assertFails(decodeReport(utf8('{\\rtf1\\ansi 政府工作报告}')), /RTF/);
});

test('binary data is refused', () => {
  const noise = Uint8Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 256);
  assertFails(decodeReport(noise), /binary file/);
  const controls = utf8('目标\x01\x02\x03\x04\x05'.repeat(20));
  assertFails(decodeReport(controls), /binary file/);
});

test('a stray control or DOS end-of-file mark is still text', () => {
  const text = SEED.repeat(3) + '\x1a';
  assertText(decodeReport(utf8(text)), text, 'utf-8');
});

test('other encodings are refused with a reason', () => {
  const latin1 = Uint8Array.from('café résumé, naïve déjà vu\n', (c) => c.charCodeAt(0));
  assertFails(decodeReport(latin1), /unknown encoding/);
});

test('UTF-8 broken in one place says where', () => {
  const bytes = utf8(SEED.repeat(5));
  const cut = concat(bytes.subarray(0, 400), bytes.subarray(401));
  assertFails(decodeReport(cut), /mostly UTF-8 .* line \d+/);
});
