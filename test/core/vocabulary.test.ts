import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INDICATOR_SYNONYMS, POLICY_TERMS, canonicalIndicator } from '../../server/src/core/vocabulary';
import { createVocabularySegmenter } from '../../server/src/core/segmenter';

test('abbreviations and variants name the same indicator as the full name', () => {
  const sameIndicator: [string, string][] = [
    ['规上工业增加值', '规模以上工业增加值'],
    ['规模工业增加值', '规模以上工业增加值'],
    ['GDP', '地区生产总值'],
    ['生产总值', '地区生产总值'],
    ['全市生产总值', '地区生产总值'],
    ['人均GDP', '人均地区生产总值'],
    ['社零', '社会消费品零售总额'],
    ['社零额', '社会消费品零售总额'],
    ['CPI', '居民消费价格'],
    ['居民消费价格指数', '居民消费价格'],
    ['固定资产投资总额', '固定资产投资'],
    ['财政一般公共预算收入', '一般公共预算收入'],
    ['研发投入强度', '研发经费投入强度'],
    ['R&D经费投入强度', '研发经费投入强度'],
    ['城镇化率', '常住人口城镇化率'],
    ['粮食总产', '粮食总产量'],
  ];
  for (const [variant, full] of sameIndicator) {
    assert.equal(canonicalIndicator(variant), canonicalIndicator(full), `${variant} ~ ${full}`);
  }
});

test('canonical forms are not rewritten inside longer names', () => {
  assert.equal(canonicalIndicator('地区生产总值'), '地区生产总值');
  assert.equal(canonicalIndicator('人均地区生产总值'), '人均地区生产总值');
  assert.equal(canonicalIndicator('户籍人口城镇化率'), '户籍人口城镇化率');
  assert.equal(canonicalIndicator('第三产业占GDP比重'), '第三产业占地区生产总值比重');
  assert.equal(canonicalIndicator('CPI涨幅'), '居民消费价格涨幅');
});

test('names without a known variant are kept as written, apart from width, case and spaces', () => {
  assert.equal(canonicalIndicator('停车场'), '停车场');
  assert.equal(canonicalIndicator('“乐养居”'), '“乐养居”');
  assert.equal(canonicalIndicator(' ＧＤＰ '), '地区生产总值');
  assert.equal(canonicalIndicator('gdp'), '地区生产总值');
  assert.equal(canonicalIndicator(''), '');
});

test('canonicalIndicator is idempotent', () => {
  for (const term of POLICY_TERMS) {
    const once = canonicalIndicator(term);
    assert.equal(canonicalIndicator(once), once, term);
  }
});

test('the vocabulary holds every variant and canonical form, once', () => {
  assert.ok(POLICY_TERMS.length >= 150, `${POLICY_TERMS.length} terms`);
  assert.equal(new Set(POLICY_TERMS).size, POLICY_TERMS.length);
  for (const [variant, canonical] of INDICATOR_SYNONYMS) {
    assert.ok(POLICY_TERMS.includes(variant), variant);
    assert.ok(POLICY_TERMS.includes(canonical), canonical);
  }
  for (const term of POLICY_TERMS) assert.equal(term, term.trim(), JSON.stringify(term));
});

test('the vocabulary segmenter keeps indicator names whole', () => {
  const words = createVocabularySegmenter(POLICY_TERMS).cut('规模以上工业增加值增长8%以上，社零增长10%');
  assert.ok(words.includes('规模以上工业增加值'), words.join('/'));
  assert.ok(words.includes('社零'), words.join('/'));
});

test('traditional-character names are the simplified indicators they write', () => {
  assert.equal(canonicalIndicator('地區生產總值'), canonicalIndicator('地区生产总值'));
  assert.equal(canonicalIndicator('規上工業增加值'), canonicalIndicator('规模以上工业增加值'));
  assert.equal(canonicalIndicator('城鎮調查失業率'), '城镇调查失业率');
});
