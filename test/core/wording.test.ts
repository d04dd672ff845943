import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundOf, pledgeOf } from '../../server/src/core';

const at = (line: string, text: string) => ({ start: line.indexOf(text) });

test('pledge: the nearest 确保/力争/争取 before the figure within its clause, traditional spellings too', () => {
  const line = '地区生产总值增长6%左右，力争更好结果；确保粮食产量稳定在60亿斤以上，争取力争新增就业3万人';
  assert.equal(pledgeOf(line, at(line, '6%')), 'plain');
  assert.equal(pledgeOf(line, at(line, '60亿斤')), '确保');
  assert.equal(pledgeOf(line, at(line, '3万人')), '力争', 'the nearer of two');
  const traditional = '力爭實現增長7%';
  assert.equal(pledgeOf(traditional, at(traditional, '7%')), '力争');
});

test('bound: 左右, 以上, 以内, range or plain from the figure\'s words; none for a date', () => {
  const f = (text: string, min: number | null = null, max: number | null = null) => boundOf({ kind: 'target', text, min, max });
  assert.equal(f('6%左右'), '左右');
  assert.equal(f('约3万人'), '左右');
  assert.equal(f('8%以上'), '以上');
  assert.equal(f('不低于90%'), '以上');
  assert.equal(f('4.5%以內'), '以内');
  assert.equal(f('不超过3%'), '以内');
  assert.equal(f('3—5所', 3, 5), 'range');
  assert.equal(f('11万人'), 'plain');
  assert.equal(boundOf({ kind: 'date', text: '年底前', min: null, max: null }), null);
});
