// Bilingual fuzzy search over response entries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMatrix, searchEntries } from '../../../src/core/responses/matrix';

const src = `responses:
  - id: order-where
    title: { ru: Где мой заказ, en: Where is my order }
    triggers: { ru: [где посылка, не пришёл], en: [not arrived] }
    tags: [delivery]
    reply: { ru: "Напишите номер заказа в личные сообщения.", en: "Send your order number in a private message." }
  - id: delivery-cost
    title: { ru: Стоимость доставки, en: Delivery cost }
    category: delivery
    reply: { ru: "Доставка бесплатна от 3000 ₽.", en: "Delivery is free over $30." }
  - id: elka
    title: Ёлочные игрушки
    reply: { ru: "Ёлочные игрушки вернутся в декабре." }
  - id: troll-calm
    title: { ru: Резкий комментарий, en: Harsh comment }
    triggers: [scam, развод]
    reply: { en: "Tell us what happened and we'll look into it." }
`;
const entries = parseMatrix(src, 'search.yaml').entries;
const ids = (q: string, lang?: 'ru' | 'en') => searchEntries(entries, q, lang).map((h) => h.entry.id);

test('both languages, any case, ё as е', () => {
  assert.deepEqual(ids('ЗАКАЗ').slice(0, 1), ['order-where']);
  assert.deepEqual(ids('where order'), ['order-where']);
  assert.deepEqual(ids('елочные'), ['elka']);
  assert.deepEqual(ids('ёлочные'), ['elka']);
  assert.deepEqual(ids('пришел'), ['order-where'], 'ё in the trigger, е in the query');
  assert.deepEqual(ids('развод'), ['troll-calm'], 'triggers given as one list');
  assert.deepEqual(ids('zzz'), []);
  assert.equal(ids('').length, entries.length, 'an empty query lists everything');
});

test('whole words and word starts beat pieces inside words; titles and triggers beat text', () => {
  const hits = searchEntries(entries, 'достав');
  assert.equal(hits[0]!.entry.id, 'delivery-cost', 'title starts with the word');
  assert.ok(ids('deliv').includes('order-where'), 'tags are searched');
  assert.deepEqual(ids('посылк'), ['order-where'], 'a word start in a trigger');
  assert.deepEqual(ids('order-where'), ['order-where'], 'the id');
});

test('typos: letters in order still find the entry', () => {
  assert.deepEqual(ids('dlvery'), ['delivery-cost', 'order-where']);
  assert.deepEqual(ids('заказзз'), [], 'extra letters are not a match');
});

test('a language puts its own matches first but still finds the other', () => {
  const both = 'responses:\n  - id: a\n    title: { en: Delivery }\n    reply: { en: "x" }\n  - id: b\n    title: { ru: Delivery по-русски }\n    reply: { ru: "x" }\n';
  const list = parseMatrix(both, 'lang.yaml').entries;
  assert.deepEqual(searchEntries(list, 'delivery', 'ru').map((h) => h.entry.id), ['b', 'a']);
  assert.deepEqual(searchEntries(list, 'delivery', 'en').map((h) => h.entry.id), ['a', 'b']);
});

// Speed is measured in bench/responses-bench.mjs (search per query over 5,000 entries), not here.
