import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes } from '../../../src/core/engine/fix';
import { GlobSet, globToRegExp, isGlob } from '../../../src/core/kit/glob';
import { classifyKitFile } from '../../../src/core/kit/files';

test('globs: ** crosses folders, * stays in one, braces give alternatives', () => {
  const g = new GlobSet(['.community/**/*.{yaml,md}']);
  assert.ok(g.matches('.community/voice.yaml'));
  assert.ok(g.matches('.community/responses/a/b.md'));
  assert.ok(!g.matches('.community/responses/b.txt'));
  assert.ok(!g.matches('docs/.community.yaml'));
  assert.ok(globToRegExp('replies/*.md').test('replies/a.md'));
  assert.ok(!globToRegExp('replies/*.md').test('replies/x/a.md'));
  assert.ok(globToRegExp('a?c.[tm]d').test('abc.md'));
  assert.ok(new GlobSet(['**/*.txt']).matches('./x/y.txt'));
  assert.ok(isGlob('a/*.md') && !isGlob('a/b.md'));
});

test('fixes apply back to front, overlapping ones wait for the next pass', () => {
  const src = 'Привет, юзер!!! Юзер доволен.';
  const r = applyFixes(src, [
    { start: 13, end: 15, replacement: '' },
    { start: 8, end: 12, replacement: 'пользователь' },
    { start: 10, end: 14, replacement: 'X' },
  ]);
  assert.equal(r.text, 'Привет, пользователь! Юзер доволен.');
  assert.equal(r.applied.length, 2);
  assert.deepEqual(r.skipped, [{ start: 10, end: 14, replacement: 'X' }]);
  assert.equal(applyFixes(r.text, []).text, r.text);
  // out of range fixes are refused, not applied
  assert.equal(applyFixes('abc', [{ start: 2, end: 9, replacement: 'z' }]).text, 'abc');
});

test('kit files are classified by place and name', () => {
  assert.equal(classifyKitFile('.community/voice.yaml'), 'voice');
  assert.equal(classifyKitFile('kit/.community/responses/orders.yaml'), 'responses');
  assert.equal(classifyKitFile('.community/etiquette.md'), 'etiquette');
  assert.equal(classifyKitFile('.community/interview/bank.yaml'), 'interview-bank');
  assert.equal(classifyKitFile('.community/interview/kits/lead.kit.yaml'), 'interview-kit');
  assert.equal(classifyKitFile('.community/interview/kits/lead.scorecard.yaml'), 'interview-scorecard');
  assert.equal(classifyKitFile('notes/reply.md'), 'markdown');
  assert.equal(classifyKitFile('notes/reply.yml'), 'yaml');
  assert.equal(classifyKitFile('reply.txt'), 'text');
});
