/** The scanning helpers every line goes through: they must find what a plain global search finds. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matcherStartingWith } from '../../server/src/core/text';

const spans = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, m[0]]);

test('a matcher by first character finds what a global search finds, lookbehinds included', () => {
  const source = '(?<![比较])去年|今年|(?:19|20)\\d\\d(?<=(?:^|[，在])\\d{4})年';
  const match = matcherStartingWith('去今12', source);
  for (const text of ['去年全市生产总值增长6%，今年预期增长7%', '比去年增长5%', '2023年，在2024年底前', '', '今年今年', '12012年']) {
    assert.deepEqual(spans(match(text)), spans([...text.matchAll(new RegExp(source, 'g'))]), text);
  }
});

test('a matcher goes on after a match, not inside it', () => {
  const match = matcherStartingWith('年', '年年?');
  assert.deepEqual(spans(match('年年年')), [[0, '年年'], [2, '年']]);
});
