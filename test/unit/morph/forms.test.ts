// A banned lemma is caught in all its forms, and not in words that only share letters with it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflectLike } from '../../../src/core/morph/inflect';
import { tokenize } from '../../../src/core/text/tokenize';
import { TermMatcher } from '../../../src/core/rules/words';

function matches(term: string, text: string): string[] {
  const m = new TermMatcher([term]);
  return m.find(tokenize(text), text).map((x) => text.slice(x.start, x.end));
}

const RU: [string, string[], string[]][] = [
  ['гарантировать', ['гарантирую', 'гарантируем', 'гарантировали', 'гарантия', 'гарантии', 'гарантированно', 'Гарантируем'], ['гараж', 'гарантийность-нет']],
  ['обещать', ['обещаем', 'обещали', 'обещание', 'обещания'], ['общение']],
  ['идиот', ['идиоты', 'идиотов', 'идиотский', 'Идиот'], ['идея']],
  ['юзер', ['юзера', 'юзеру', 'юзеров', 'юзерами'], ['юз']],
  ['осуществлять', ['осуществляем', 'осуществление', 'осуществляют'], ['существо']],
  ['клиент', ['клиента', 'клиентам', 'клиентов'], ['клин']],
  ['проблема', ['проблемы', 'проблемой', 'проблем'], ['пробел']],
  ['дурак', ['дураки', 'дураков'], ['дура']],
  ['ёлка', ['елки', 'ёлкой', 'ЕЛКА'], ['ель']],
  ['девайс', ['девайсы', 'девайсом'], ['девиз']],
  ['тупой', ['тупая', 'тупые', 'тупого'], ['тупик']],
  ['неудобство', ['неудобства', 'неудобствами'], ['удобство']],
  ['=отвали', ['отвали', 'Отвали'], ['отвал', 'отвалил']],
  ['кто-нибудь', ['кто-нибудь'], ['кто']],
  ['извинить', ['извините', 'извиним', 'извинения', 'извиняемся', 'извинялись'], ['вино']],
];
const EN: [string, string[], string[]][] = [
  ['guarantee', ['guarantees', 'guaranteed', 'guaranteeing', 'Guarantee'], ['guard']],
  ['promise', ['promised', 'promises', 'promising'], ['prom']],
  ['idiot', ['idiots'], ['idiom']],
  ['apologize', ['apologized', 'apologizes', 'apologizing'], ['apology-no']],
  ['blame', ['blamed', 'blames', 'blaming'], ['blank']],
  ['utilize', ['utilized', 'utilizes'], ['utility']],
  ['policy', ['policies'], ['police']],
  ['fault', ['faults'], ['fall']],
  ['inconvenience', ['inconveniences', 'inconvenienced'], ['convenience']],
  ['stupid', ['stupid', 'STUPID'], ['stupor']],
];

test('Russian lemmas match their forms and family, not look-alikes', () => {
  for (const [lemma, yes, no] of RU) {
    for (const w of yes) assert.deepEqual(matches(lemma, `— ${w} —`), [w], `${lemma} ⊇ ${w}`);
    for (const w of no) assert.deepEqual(matches(lemma, `— ${w} —`), [], `${lemma} ∌ ${w}`);
  }
});

test('English lemmas match their inflections, not look-alikes', () => {
  for (const [lemma, yes, no] of EN) {
    for (const w of yes) assert.deepEqual(matches(lemma, `— ${w} —`), [w], `${lemma} ⊇ ${w}`);
    for (const w of no) assert.deepEqual(matches(lemma, `— ${w} —`), [], `${lemma} ∌ ${w}`);
  }
});

test('phrases match across line breaks and punctuation, each word in any form, with soft hyphens and ё', () => {
  assert.deepEqual(matches('как мы уже писали', 'Как мы\nуже писали, доставка'), ['Как мы\nуже писали']);
  assert.deepEqual(matches('приносим извинения', 'Приносим свои извинения'), []);
  assert.deepEqual(matches('сами виноваты', 'вы сами, виноваты'), ['сами, виноваты']);
  assert.deepEqual(matches('сами виноваты', 'сами. Виноваты'), [], 'not across a sentence end');
  assert.deepEqual(matches('гарантировать', 'гаран\u00ADтируем'), ['гаран\u00ADтируем']);
  assert.deepEqual(matches('=данный', 'данные'), []);
  assert.deepEqual(matches('неадекват*', 'неадекватный'), ['неадекватный']);
});

test('replacements are inflected like the word they replace, or not at all', () => {
  const cases: [string, string][] = [['юзер', 'пользователь'], ['юзера', 'пользователя'], ['юзеру', 'пользователю'], ['юзером', 'пользователем'], ['юзеры', 'пользователи'], ['юзеров', 'пользователей'], ['юзерах', 'пользователях']];
  for (const [w, want] of cases) assert.equal(inflectLike(w, 'юзер', 'пользователь'), want);
  assert.equal(inflectLike('девайсом', 'девайс', 'устройство'), 'устройством');
  assert.equal(inflectLike('проблемы', 'проблема', 'вопрос'), undefined, 'ambiguous: genitive singular or plural');
});
