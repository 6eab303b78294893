// banned kind options: negated: allow lets a match stand after a negation in its own sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bannedKind } from '../../../src/core/rules/kinds/banned';
import { refusesOptions, run } from './helpers';

test('banned: negated: allow skips matches right after a negation, in both languages, in the same sentence only', () => {
  const def = { words: ['гарантировать', 'guarantee'], negated: 'allow' };
  const covered = (t: string) => run(bannedKind, def, t).map((f) => f.covered);
  assert.deepEqual(covered('Мы не можем гарантировать сроки.'), []);
  assert.deepEqual(covered('Нельзя гарантировать сроки курьера.'), []);
  assert.deepEqual(covered("We can't guarantee it."), []);
  assert.deepEqual(covered('We can’t guarantee it.'), [], 'a typographic apostrophe');
  assert.deepEqual(covered('There is no guarantee.'), []);
  // a negation three words back still counts; four words back, or in the sentence before, does not
  assert.deepEqual(covered('We do not really guarantee it.'), []);
  assert.deepEqual(covered('No one here would guarantee it.'), ['guarantee']);
  assert.deepEqual(covered('Not a problem. We guarantee it.'), ['guarantee']);
  assert.deepEqual(covered('Гарантируем, что не опоздаем.'), ['Гарантируем']);
  // without the option every form is caught, negated or not
  assert.deepEqual(run(bannedKind, { words: ['guarantee'] }, "We can't guarantee it.").map((f) => f.covered), ['guarantee']);
  refusesOptions(bannedKind, { words: ['x'], negated: 'yes' }, 'negated', /can only be "allow"/);
});
