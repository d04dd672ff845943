import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSourceLink, readSourceLink } from '../../server/src/core/read/sourceLink';

test('来源, 原文, source and the Markdown comment name the source', () => {
  assert.equal(readSourceLink('来源：../reports/luoyang-2021.txt\n\n正文'), '../reports/luoyang-2021.txt');
  assert.equal(readSourceLink('来源: ../reports/luoyang-2021.txt'), '../reports/luoyang-2021.txt');
  assert.equal(readSourceLink('原文：报告/洛阳2021.txt'), '报告/洛阳2021.txt');
  assert.equal(readSourceLink('Source: reports/a.txt'), 'reports/a.txt');
  assert.equal(readSourceLink('SOURCE : reports/a.txt'), 'reports/a.txt');
  assert.equal(readSourceLink('# 标题\n<!-- policylens-source: ../a.report.txt -->\n正文'), '../a.report.txt');
  assert.equal(readSourceLink('<!--policylens-source:../a.txt-->'), '../a.txt');
});

test('quotes, angle brackets, backticks, Markdown emphasis and links are taken off', () => {
  assert.equal(readSourceLink('来源：“../reports/a.txt”'), '../reports/a.txt');
  assert.equal(readSourceLink('来源："../reports/a.txt"'), '../reports/a.txt');
  assert.equal(readSourceLink('来源：<../reports/a.txt>'), '../reports/a.txt');
  assert.equal(readSourceLink('来源：`../reports/a.txt`'), '../reports/a.txt');
  assert.equal(readSourceLink('**来源**：../reports/a.txt'), '../reports/a.txt');
  assert.equal(readSourceLink('> 来源：[洛阳市2021年政府工作报告](../reports/a.txt)'), '../reports/a.txt');
  assert.equal(readSourceLink('来源：[报告](<../my reports/a.txt> "标题")'), '../my reports/a.txt');
  assert.equal(readSourceLink('- source: reports/a.txt。'), 'reports/a.txt');
  assert.equal(readSourceLink('---\ntitle: 摘要\nsource: ../a.txt\n---'), '../a.txt');
});

test('only the first ten non-empty lines count', () => {
  const filler = Array.from({ length: 10 }, (_, i) => `第${i + 1}段。`).join('\n\n');
  assert.equal(readSourceLink(`${filler}\n来源：../a.txt`), null);
  assert.equal(readSourceLink(`\n\n\n${filler.split('\n\n').slice(0, 9).join('\n\n')}\n来源：../a.txt`), '../a.txt');
});

test('a credit that names no file is not a link', () => {
  assert.equal(readSourceLink('来源：洛阳日报'), null);
  assert.equal(readSourceLink('来源：http://www.ly.gov.cn/2021/report.html'), null);
  assert.equal(readSourceLink('来源：洛阳日报\n原文：../a.txt'), '../a.txt', 'a later line with a path still counts');
  assert.equal(readSourceLink('没有链接的摘要'), null);
  assert.equal(readSourceLink(''), null);
});

test('findSourceLink says on which line the link stands', () => {
  assert.deepEqual(findSourceLink('\uFEFF# 标题\n\n来源：../a.txt\n正文'), { path: '../a.txt', line: 2 });
  assert.deepEqual(findSourceLink('标题\r\n来源：../a.txt'), { path: '../a.txt', line: 1 });
});
