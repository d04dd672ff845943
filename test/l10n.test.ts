/**
 * Every runtime string has its 简体中文 entry, and the bundles hold nothing else: the server's
 * `l10n.t(...)` calls in server/src against l10n/server.l10n.zh-cn.json, and the client's
 * `vscode.l10n.t(...)` in client/src against l10n/bundle.l10n.zh-cn.json (when the client has one).
 * Keys are read with the TypeScript parser, as @vscode/l10n forms them: the message, or
 * `message/comment` for `l10n.t({ message, comment })`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file));
}

interface Use {
  message: string;
  /** file:line of a call, for the failure message. */
  where: string;
}

/** Keys of every `l10n.t(...)` (also `vscode.l10n.t(...)`) call; each must have a literal message. */
function l10nKeys(dir: string): Map<string, Use> {
  const keys = new Map<string, Use>();
  for (const file of sourceFiles(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && /(^|\.)l10n\.t$/.test(node.expression.getText(source))) {
        const call = keyOf(node.arguments[0]);
        const where = `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        assert.ok(call !== null, `${where}: l10n.t needs a literal message, or no bundle can translate it`);
        keys.set(call.key, { message: call.message, where });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return keys;
}

function keyOf(argument: ts.Expression | undefined): { key: string; message: string } | null {
  if (argument && ts.isStringLiteralLike(argument)) return { key: argument.text, message: argument.text };
  if (!argument || !ts.isObjectLiteralExpression(argument)) return null;
  const property = (name: string) => {
    const found = argument.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === name);
    return found && ts.isPropertyAssignment(found) && ts.isStringLiteralLike(found.initializer) ? found.initializer.text : null;
  };
  const message = property('message');
  const comment = property('comment');
  if (message === null) return null;
  return { key: comment ? `${message}/${comment}` : message, message };
}

function checkBundle(sourceDir: string, bundleFile: string): void {
  const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as Record<string, unknown>;
  const keys = l10nKeys(sourceDir);
  const missing = [...keys].filter(([key]) => typeof bundle[key] !== 'string').map(([key, use]) => `${use.where}: ${JSON.stringify(key)}`);
  assert.deepEqual(missing, [], `strings without a zh-cn entry in ${path.relative(ROOT, bundleFile)}`);
  const stale = Object.keys(bundle).filter((key) => !keys.has(key));
  assert.deepEqual(stale, [], `entries of ${path.relative(ROOT, bundleFile)} no code uses`);
  // A translation keeps every placeholder, or a number silently drops out of the message.
  const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
  for (const [key, use] of keys) {
    if (typeof bundle[key] === 'string') assert.deepEqual(placeholders(bundle[key]), placeholders(use.message), `placeholders of ${JSON.stringify(key)}`);
  }
}

test('every server string has a 简体中文 entry, and no entry is stale', () => {
  checkBundle(path.join(ROOT, 'server', 'src'), path.join(ROOT, 'l10n', 'server.l10n.zh-cn.json'));
});

test('every client string has a 简体中文 entry, and no entry is stale', (t) => {
  const bundle = path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json');
  if (!existsSync(bundle)) return t.skip('the client has no l10n/bundle.l10n.zh-cn.json yet');
  checkBundle(path.join(ROOT, 'client', 'src'), bundle);
});
