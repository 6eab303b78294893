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
    // marks inside quotes are someone else's words; the brand's own after them still count
    ['Понимаем ваше «КАК ТАК?!»: привезём завтра.', 'ru', []],
    ['You wrote "WHERE IS MY ORDER???" twice, sorry!!', 'en', [['!!', 45, 'You wrote "WHERE IS MY ORDER???" twice, sorry!']]],
    ['Правда?..', 'ru', []],
    ['Ну что ж...', 'ru', []],
    ['Ну что ж.....', 'ru', [['.....', 8, 'Ну что ж…']]],
    ['Hmm…..', 'en', [['…..', 3, 'Hmm…']]],
    ['Hmm….', 'en', [['….', 3, 'Hmm…']]],
    ['Ну……', 'ru', [['……', 2, 'Ну…']]],
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

// The rule looks for runs where the word scan's list of . ! ? … says two stand side by side, and for
// doubled marks and brackets only under the scan's marks: it must find what it finds when it is told
// that every character may be one (every place a stop, every mark set). (What it does at a stop, the
// table above holds: “….” and “……” have no “..”.)
import fc from 'fast-check';
import { makeUnit } from '../../../src/core/engine/unit';
import type { Report } from '../../../src/core/rules/api';
import { DEFAULT_ENV } from '../../../src/core/rules/testing';

test('property: the scan’s stops and marks rule out no run of marks, ellipsis or smiley', () => {
  const check = punctuationKind.compile({ id: 'p', kind: 'punctuation' }, DEFAULT_ENV);
  const pieces = ['.', '..', '...', '…', '!', '?', '!!', '?!', '‼', '⁇', '⁈', '⁉', '(', ')', '))', '((', 'a', 'Да', ' ', '\n', '1', '/', '»', '😀', '\uD83D'];
  const reports = (t: string, open: boolean) => {
    const unit = makeUnit(t, { lang: 'en', role: 'reply' });
    if (open) {
      const words = unit.words;
      const every = Array.from({ length: t.length }, (_, i) => i);
      Object.defineProperty(unit, 'words', { get: () => ({ ...words, marks: ~0, stops: every, stopCount: t.length }) });
    }
    const out: Report[] = [];
    check(unit, (r) => out.push(r));
    return out;
  };
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((x) => x.join('')), (t) => {
    assert.deepEqual(reports(t, false), reports(t, true), JSON.stringify(t));
  }), { numRuns: 3000 });
});
