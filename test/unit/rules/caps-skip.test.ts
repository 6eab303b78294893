// The shouting rule leaves links, mentions, hashtags and e-mail addresses alone; where a text has no
// @ it finds them with a regex without the e-mail branch, which must find exactly the same.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SKIP, SKIP_NO_AT } from '../../../src/core/rules/kinds/caps';

const spans = (re: RegExp, t: string) => [...t.matchAll(re)].map((m) => [m.index, m[0].length]);

test('property: without an @, the short skip regex finds what the full one finds', () => {
  const piece = fc.constantFrom('http://', 'https://', 'www.', 'WWW.', '#', '#тег', 'x', 'Я', '.', '-', '_', '%', '+', ' ', '\n', 'ru', 'site.com', '/', '9', 'é');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 20 }), (xs) => {
      const t = xs.join('');
      assert.deepEqual(spans(SKIP_NO_AT, t), spans(SKIP, t));
    }),
    { numRuns: 3000 },
  );
  assert.deepEqual(spans(SKIP_NO_AT, 'SEE #SALE AT www.SHOP.RU/NOW'), [[4, 5], [13, 15]]);
});
