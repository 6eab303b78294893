// fillMessage fills {name} slots as the regex it replaced did: /\{(\w+)\}/g, an unknown slot left as it is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fillMessage } from '../../../src/core/types';

const byRegex = (template: string, args: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m));

test('fillMessage fills slots, leaves unknown ones and stray braces', () => {
  assert.equal(fillMessage('«{word}» → «{suggestion}»', { word: 'юзер', suggestion: 'пользователь' }), '«юзер» → «пользователь»');
  assert.equal(fillMessage('{{name}} and {missing} and {} and {a b}', { name: 'Аня' }), '{Аня} and {missing} and {} and {a b}');
  assert.equal(fillMessage('{n} of {max}: {n}', { n: 3, max: 280 }), '3 of 280: 3');
  assert.equal(fillMessage('no slots', { a: 1 }), 'no slots');
  assert.equal(fillMessage('{a}', {}), '{a}');
});

test('fillMessage is the regex replace it stands for, on any template', () => {
  const piece = fc.constantFrom('{', '}', 'a', 'b', 'ab', '_', '1', ' ', 'é', 'ж', '{a}', '{b}', '{ab}', '{c}', '{{a}}', '$&', '$1');
  const args = fc.dictionary(fc.constantFrom('a', 'b', 'ab', '_', '1', 'a1'), fc.oneof(fc.constantFrom('x', '', '{a}', '$&', 'Ё'), fc.integer()));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), args, (pieces, a) => {
      const t = pieces.join('');
      assert.equal(fillMessage(t, a), byRegex(t, a));
    }),
    { numRuns: 3000 },
  );
});
