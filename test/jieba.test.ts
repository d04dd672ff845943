import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadJiebaSegmenter, loadJiebaSegmenterLater } from '../server/src/jieba';
import { POLICY_TERMS } from '../server/src/core/vocabulary';
import type { Segmenter } from '../server/src/core/segmenter';

const ROOT = path.join(__dirname, '..');
const DICT_DIR = path.join(ROOT, 'dist', 'dict');

let jieba: Segmenter;

before(() => {
  if (!existsSync(path.join(DICT_DIR, 'jieba.dict.utf8'))) {
    const trim = spawnSync(process.execPath, ['scripts/trim-dict.mjs', DICT_DIR], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(trim.status, 0, trim.stderr);
  }
  jieba = loadJiebaSegmenter({ dictDir: DICT_DIR, vocabulary: POLICY_TERMS });
});

function cut(text: string): string[] {
  const words = jieba.cut(text);
  assert.equal(words.join(''), text, 'the words concatenate back to the text');
  return words;
}

test('indicator names from the vocabulary stay whole', () => {
  assert.deepEqual(cut('规模以上工业增加值增长8%以上'), ['规模以上工业增加值', '增长', '8', '%', '以上']);
  assert.ok(cut('规上工业增加值增长7%').includes('规上工业增加值'));
  assert.ok(cut('常住人口城镇化率达到60%').includes('常住人口城镇化率'));
  assert.ok(cut('社会消费品零售总额增长10%左右').includes('社会消费品零售总额'));
  assert.ok(cut('GDP增长6.5%').includes('GDP'));
});

test('ordinary report text is cut into words', () => {
  assert.deepEqual(cut('全面推进乡村振兴，加快建设现代化经济体系'), [
    '全面', '推进', '乡村振兴', '，', '加快', '建设', '现代化', '经济', '体系',
  ]);
  assert.deepEqual(cut('新建停车场50个'), ['新建', '停车场', '5', '0', '个']);
  assert.deepEqual(cut('居民消费价格涨幅控制在3%左右').slice(0, 2), ['居民消费价格', '涨幅']);
});

test('every seed comes back whole, line breaks and indentation included', () => {
  const seeds = path.join(ROOT, 'seeds');
  for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt'))) {
    cut(readFileSync(path.join(seeds, name), 'utf8'));
  }
  cut('第一行\r\n\u3000\u3000第二行\n\n\t 第三行 ');
});

test('odd characters survive the trip through UTF-8', () => {
  assert.deepEqual(cut(''), []);
  cut('增长😀8%，ｃｆ１２３％\u0000\uFEFF');
  assert.deepEqual(cut('a\uD800b'), ['a', '\uD800', 'b']);
  cut('\uDC00增长\uD83D');
});

test('a missing dictionary is an error, not a crash', () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'policylens-dict-'));
  try {
    assert.throws(() => loadJiebaSegmenter({ dictDir: empty, vocabulary: [] }), /jieba\.dict\.utf8 is missing/);
  } finally {
    rmSync(empty, { recursive: true });
  }
});

test('the deferred loader resolves to a working segmenter', async () => {
  const later = await loadJiebaSegmenterLater({ dictDir: DICT_DIR, vocabulary: POLICY_TERMS });
  assert.ok(later.cut('规模以上工业增加值增长8%以上').includes('规模以上工业增加值'));
});

test('a fragment cut again gives the same words, which no caller can change for the next', () => {
  const first = cut('城镇新增就业');
  assert.deepEqual(cut('城镇新增就业'), first);
  assert.throws(() => (first as string[]).push('x'));
  assert.deepEqual(cut('城镇新增就业'), first);
  const long = '全市生产总值增长6.5%左右，一般公共预算收入增长5%，城镇新增就业5万人以上';
  assert.equal(cut(long).join(''), long);
});
