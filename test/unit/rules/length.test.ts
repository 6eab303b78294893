// length kind: limits per channel, code points, X's weighted count (links 23, emoji 2, CJK 2), the
// excess range and the figures in the message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { channelLength, findLinks, lengthKind } from '../../../src/core/rules/kinds/length';
import { refusesOptions, run } from './helpers';

test('length: code points per channel; the excess from the limit to the end', () => {
  const text = 'а'.repeat(2190) + '😀'.repeat(20); // 2210 code points, 2230 UTF-16 units
  const found = run(lengthKind, {}, text, { lang: 'ru', channel: 'instagram' });
  assert.equal(found.length, 1);
  assert.equal(found[0]!.start, 2190 + 2 * 10); // the 11th emoji is the 2201st character
  assert.equal(found[0]!.end, text.length);
  assert.equal(found[0]!.message, 'Ответ длиннее лимита канала Instagram: 2210 при лимите 2200, лишних — 10. Сократите его или разбейте на два.');
  // exactly at the limit: fine (2200 code points even though 2210 UTF-16 units)
  assert.deepEqual(run(lengthKind, {}, 'а'.repeat(2190) + '😀'.repeat(10), { channel: 'instagram' }), []);
  // no channel and no max: nothing to check; an unknown channel: nothing either
  assert.deepEqual(run(lengthKind, {}, 'a'.repeat(100_000)), []);
  assert.deepEqual(run(lengthKind, {}, 'a'.repeat(100_000), { channel: 'pigeon' }), []);
  // the guide's table decides
  const vk = run(lengthKind, {}, 'b'.repeat(51), { lang: 'en', channel: 'vk' }, { channelLimits: { vk: 50 } });
  assert.deepEqual(vk.map((f) => [f.start, f.end, f.message]), [[50, 51, 'The reply is longer than the VK limit: 51 characters against 50, 1 too many. Shorten it or split it in two.']]);
  assert.equal(run(lengthKind, {}, 'b'.repeat(51), { lang: 'ru', channel: 'vk' }, { channelLimits: { vk: 50 } })[0]?.message.includes('канала ВКонтакте'), true);
});

test('length: max overrides the channel table, counted the way the channel counts', () => {
  const found = run(lengthKind, { max: 10 }, 'Hello there, friend', { lang: 'en', channel: 'telegram' });
  assert.deepEqual(found.map((f) => [f.start, f.covered, f.message]), [[10, 'e, friend', 'The reply is longer than the guide allows: 19 characters against 10, 9 too many. Shorten it or split it in two.']]);
  assert.equal(run(lengthKind, { max: 5 }, 'Привет!', { lang: 'ru' })[0]?.message, 'Ответ длиннее, чем допускает гайд: 7 при лимите 5, лишних — 2. Сократите его или разбейте на два.');
  // on X with max: links are 23 each
  assert.equal(run(lengthKind, { max: 30 }, 'See https://example.com/a', { channel: 'x' }).length, 0);
  assert.equal(run(lengthKind, { max: 26 }, 'See https://example.com/a', { channel: 'x' }).length, 1);
});

test('length: X counts a link as 23 whatever its length', () => {
  const long = 'https://example.com/' + 'a'.repeat(300);
  const text = `Ответ здесь: ${long} — спасибо!`;
  // 13 + 23 + 11
  assert.equal(channelLength(text, 'x', 280).length, 13 + 23 + 11);
  assert.deepEqual(run(lengthKind, {}, text, { channel: 'x' }), []);
  // a short link counts 23 too, so twelve of them go over 280
  const many = Array.from({ length: 12 }, (_, i) => `t.co/${i}`).join(' ');
  const r = channelLength(many, 'x', 280);
  assert.equal(r.length, 12 * 23 + 11);
  // the cut falls on the start of the link that crosses the limit
  const found = run(lengthKind, {}, many, { lang: 'en', channel: 'x' });
  assert.equal(found[0]?.start, many.lastIndexOf('t.co/11'));
  assert.match(found[0]!.message, /X limit: 287 characters against 280, 7 too many/);
});

test('length: X weighs emoji as 2, CJK as 2, Cyrillic and typographic quotes as 1', () => {
  assert.equal(channelLength('привет «мир» — “ok”', 'x', 280).length, 19);
  assert.equal(channelLength('👨‍👩‍👧‍👦', 'x', 280).length, 2);
  assert.equal(channelLength('👍🏽👍', 'x', 280).length, 4);
  assert.equal(channelLength('日本', 'x', 280).length, 4);
  assert.equal(channelLength('№ 5…', 'x', 280).length, 6);
  // elsewhere: code points
  assert.equal(channelLength('👨‍👩‍👧‍👦', 'telegram', 4096).length, 7);
  assert.equal(channelLength('日本', 'vk', 4096).length, 2);
  // an emoji straddling the limit on X is cut whole
  assert.deepEqual(channelLength('ab😀', 'x', 3), { length: 4, cut: 2 });
  // 140 CJK characters are exactly X's 280
  assert.deepEqual(run(lengthKind, {}, '字'.repeat(140), { channel: 'x' }), []);
  assert.equal(run(lengthKind, {}, '字'.repeat(141), { channel: 'x' }).length, 1);
});

test('length: links as X finds them', () => {
  const cases: [string, string[]][] = [
    ['see https://example.com/a.', ['https://example.com/a']],
    ['(https://en.wikipedia.org/wiki/Foo_(bar))', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['www.example.org, ok', ['www.example.org']],
    ['пишите в t.me/brand!', ['t.me/brand']],
    ['сайт магазин.рф и shop.ru/sale?x=1', ['магазин.рф', 'shop.ru/sale?x=1']],
    ['anna@mail.ru', []],
    ['v1.2 and e.g. and 3.14', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(findLinks(text).map(([s, e]) => text.slice(s, e)), want, text);
});

test('length: option validation', () => {
  refusesOptions(lengthKind, { max: 0 }, 'max', /whole number of at least 1/);
  refusesOptions(lengthKind, { max: 'long' }, 'max', /whole number/);
  refusesOptions(lengthKind, { limit: 5 }, 'limit', /unknown option "limit"/);
});

test('length: linear on a megabyte', () => {
  const text = 'слово https://a.co/x 😀 '.repeat(40_000);
  const t0 = performance.now();
  assert.equal(run(lengthKind, {}, text, { channel: 'x' }).length, 1);
  assert.equal(run(lengthKind, {}, text, { channel: 'telegram' }).length, 1);
  assert.ok(performance.now() - t0 < 3000, `${performance.now() - t0} ms`);
});
