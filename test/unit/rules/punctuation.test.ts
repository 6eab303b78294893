// punctuation kind: runs of ! and ?, long ellipses, bracket smileys; exact offsets, messages and fixes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { punctuationKind } from '../../../src/core/rules/kinds/punctuation';
import { applyFix, refusesOptions, run } from './helpers';

type Row = [text: string, lang: 'ru' | 'en', expected: [covered: string, start: number, fixed: string | null][]];

test('punctuation: runs of marks, ellipses and smileys in both languages (table)', () => {
  const rows: Row[] = [
    ['Спасибо за заказ!!!', 'ru', [['!!!', 16, 'Спасибо за заказ!']]],
    ['Спасибо за заказ!', 'ru', []],
    ['Thanks for your order!!', 'en', [['!!', 21, 'Thanks for your order!']]],
    ['Вы не получили заказ?!', 'ru', [['?!', 20, 'Вы не получили заказ?']]],
    ['Really?!', 'en', [['?!', 6, 'Really?']]],
    ['Что???', 'ru', [['???', 3, 'Что?']]],
    ['What?!?!', 'en', [['?!?!', 4, 'What?']]],
    ['Неужели‼', 'ru', [['‼', 7, 'Неужели!']]],
    ['Правда?..', 'ru', []],
    ['Ну что ж...', 'ru', []],
    ['Ну что ж.....', 'ru', [['.....', 8, 'Ну что ж…']]],
    ['Hmm…..', 'en', [['…..', 3, 'Hmm…']]],
    ['Ну вы даёте)))', 'ru', [[')))', 11, null]]],
    ['Спасибо)) Хорошего дня!', 'ru', [['))', 7, null]]],
    ['Жаль(((', 'ru', [['(((', 4, null]]],
    ['Спасибо)', 'ru', []],
    ['Мы (команда (вся)) рады', 'ru', []],
    ['Скидка (до 20% (на всё)))', 'ru', []],
    ['1) выберите товар; 2) оплатите', 'ru', []],
    ['See ../../docs and 1..5', 'en', []],
  ];
  for (const [text, lang, expected] of rows) {
    const found = run(punctuationKind, {}, text, { lang });
    assert.deepEqual(
      found.map((f) => [f.covered, f.start, f.fix ? applyFix(text, f.fix) : null]),
      expected,
      text,
    );
  }
});

test('punctuation: messages fill their slots and say what to do', () => {
  const [bang] = run(punctuationKind, {}, 'Ура!!!', { lang: 'ru' });
  assert.equal(bang?.message, '«!!!»: несколько знаков подряд читаются как крик. Достаточно одного «!».');
  const [q] = run(punctuationKind, {}, 'Why??', { lang: 'en' });
  assert.equal(q?.message, '«??»: several marks in a row read as shouting. One «?» is enough.');
  const [mixed] = run(punctuationKind, {}, 'Как так?!', { lang: 'ru' });
  assert.equal(mixed?.message, '«?!» звучит как возмущение. Задайте вопрос с обычным «?».');
  const [dots] = run(punctuationKind, {}, 'Well....', { lang: 'en' });
  assert.equal(dots?.message, '«....»: an ellipsis has three dots. Write «…».');
  const [smile] = run(punctuationKind, {}, 'Ждём вас))', { lang: 'ru' });
  assert.match(smile?.message ?? '', /^«\)\)»: скобочный смайлик .* Скажите словами или поставьте один эмодзи\.$/);
  // a smiley gets a suggestion (remove it with the space before), never a fix
  const [s2] = run(punctuationKind, {}, 'Ждём вас )))', { lang: 'ru' });
  assert.equal(s2?.fix, undefined);
  assert.equal(applyFix('Ждём вас )))', s2!.suggestions![0]!), 'Ждём вас');
  // the rule's own message wins over the built-in wording for every case
  const own = run(punctuationKind, { message: { ru: 'Не так: «{run}»' } }, 'Да?! Ну))', { lang: 'ru' });
  assert.deepEqual(own.map((f) => f.message), ['Не так: «?!»', 'Не так: «))»']);
});

test('punctuation: options', () => {
  assert.deepEqual(run(punctuationKind, { max: 2 }, 'Ура!! Ура!!!').map((f) => [f.covered, f.start]), [['!!!', 9]]);
  assert.deepEqual(run(punctuationKind, { max: 3 }, 'What?!').map((f) => f.covered), []);
  assert.deepEqual(run(punctuationKind, { brackets: false }, 'Ну)))').map((f) => f.covered), []);
  assert.deepEqual(run(punctuationKind, { ellipsis: false }, 'Ну.....').map((f) => f.covered), []);
  refusesOptions(punctuationKind, { max: 0 }, 'max', /whole number of at least 1/);
  refusesOptions(punctuationKind, { max: 1.5 }, 'max', /whole number/);
  refusesOptions(punctuationKind, { brackets: 'yes' }, 'brackets', /true or false/);
  refusesOptions(punctuationKind, { ellipsis: 1 }, 'ellipsis', /true or false/);
  refusesOptions(punctuationKind, { maximum: 2 }, 'maximum', /unknown option "maximum".*max, brackets, ellipsis/);
});

test('punctuation: linear on a long run of brackets and marks', () => {
  const text = ')'.repeat(100_000) + '!'.repeat(100_000) + '.'.repeat(100_000);
  const t0 = performance.now();
  assert.equal(run(punctuationKind, {}, text).length, 3);
  assert.ok(performance.now() - t0 < 1000);
});
