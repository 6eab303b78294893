// quotedRanges: what counts as quoted text (someone else's words), apostrophes not included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insideRanges, quotedRanges } from '../../../src/core/text/quotes';

const quoted = (text: string) => quotedRanges(text).map(([s, e]) => text.slice(s, e));

test('quotes: guillemets with nested „…“, typographic and straight double quotes', () => {
  assert.deepEqual(quoted('Он написал «это „шутка“, не больше» и ушёл'), ['«это „шутка“, не больше»']);
  assert.deepEqual(quoted('You said “cheap” and "slow".'), ['“cheap”', '"slow"']);
  assert.deepEqual(quoted('An unclosed " quote'), []);
});

test('quotes: single quotes, told apart from apostrophes', () => {
  assert.deepEqual(quoted("'WORST INSURER EVER' is a tough read"), ["'WORST INSURER EVER'"]);
  assert.deepEqual(quoted('a ‘check engine’ light, we don’t mind'), ['‘check engine’']);
  // apostrophes: inside words, after a plural, before a digit
  assert.deepEqual(quoted("We don't know the users' names from the '90s."), []);
  assert.deepEqual(quoted("Rock 'n' roll and the kids' 'favourite' toy"), ["'n'", "'favourite'"]);
  // a single quote opens a short stretch on one line only
  assert.deepEqual(quoted(`'${'a'.repeat(100)}' and 'b\nc'`), []);
});

test('quotes: insideRanges', () => {
  const text = 'say «yes» or "no"';
  const r = quotedRanges(text);
  assert.equal(insideRanges(r, text.indexOf('yes'), text.indexOf('yes') + 3), true);
  assert.equal(insideRanges(r, text.indexOf('or'), text.indexOf('or') + 2), false);
  assert.equal(insideRanges(r, text.indexOf('no'), text.indexOf('no') + 2), true);
});

test('quotes: linear on hostile input', () => {
  // many openings without a closing: each looks a bounded stretch ahead
  const text = "'a ".repeat(200_000);
  assert.deepEqual(quotedRanges(text), []);
});

test('quotes: „…“ on its own closes with “', () => {
  assert.deepEqual(quoted('Он сказал „нет“ и ушёл, а потом «да»'), ['„нет“', '«да»']);
});
