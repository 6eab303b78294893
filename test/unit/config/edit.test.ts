import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as YAML from 'yaml';
import { addAllowWord, setRuleSeverity } from '../../../src/core/config/edit';
import { applyFixes } from '../../../src/core/engine/fix';

const apply = (src: string, fixes: ReturnType<typeof addAllowWord>) => applyFixes(src, fixes).text;

test('allow-list: appended to a block list, comments and spacing kept', () => {
  const src = '# guide\nversion: 1\n\nallow:\n  - North Roast   # brand\n  - espresso\n\n# rules below\nrules: {}\n';
  const out = apply(src, addAllowWord(src, 'ристретто'));
  assert.equal(out, '# guide\nversion: 1\n\nallow:\n  - North Roast   # brand\n  - espresso\n  - ристретто\n\n# rules below\nrules: {}\n');
  assert.deepEqual(addAllowWord(out, 'Ристретто'), [], 'a word already there is not added twice');
});

test('allow-list: flow lists, missing key, words that need quotes', () => {
  const flow = 'allow: [a, b] # keep\n';
  assert.equal(apply(flow, addAllowWord(flow, 'c')), 'allow: [a, b, c] # keep\n');
  const none = 'version: 1\n# end\n';
  const added = apply(none, addAllowWord(none, 'yes'));
  assert.equal(added, 'version: 1\n# end\nallow:\n  - "yes"\n');
  assert.deepEqual(YAML.parse(added).allow, ['yes']);
  const tricky = 'allow:\n  - a\n';
  assert.deepEqual(YAML.parse(apply(tricky, addAllowWord(tricky, 'x: y #z'))).allow, ['a', 'x: y #z']);
});

test('severity: scalar replaced, object gets or changes severity, new rule added in place', () => {
  const src = 'rules:\n  # plain setting\n  ru.cliches: warning\n  en.sentence-length:\n    maxWords: 30   # long replies ok\n  brand.x:\n    kind: banned\n    severity: info\n    words: [a]\nlint: {}\n';
  let out = apply(src, setRuleSeverity(src, 'ru.cliches', 'off'));
  assert.match(out, /\n {2}ru\.cliches: off\n/);
  out = apply(out, setRuleSeverity(out, 'en.sentence-length', 'error'));
  assert.match(out, /en\.sentence-length:\n {4}severity: error\n {4}maxWords: 30 {3}# long replies ok\n/);
  out = apply(out, setRuleSeverity(out, 'brand.x', 'error'));
  assert.match(out, /kind: banned\n {4}severity: error\n/);
  out = apply(out, setRuleSeverity(out, 'ru.shouting', 'warning'));
  const parsed = YAML.parse(out);
  assert.equal(parsed.rules['ru.shouting'], 'warning');
  assert.equal(parsed.rules['ru.cliches'], 'off');
  assert.deepEqual(parsed.lint, {});
  assert.match(out, /# plain setting/);
  const bare = 'version: 1\n';
  assert.equal(YAML.parse(apply(bare, setRuleSeverity(bare, 'en.emoji', 'off'))).rules['en.emoji'], 'off');
  assert.deepEqual(setRuleSeverity('rules: [broken', 'x', 'off'), [], 'broken YAML is never edited');
});
