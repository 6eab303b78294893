// Every kind stays linear on hostile input: thousands of findings, quotes, slots or long runs in one
// text must not make a check quadratic (each case here took seconds when it was).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressKind } from '../../../src/core/rules/kinds/address';
import { capsKind } from '../../../src/core/rules/kinds/caps';
import { emojiKind } from '../../../src/core/rules/kinds/emoji';
import { lengthKind } from '../../../src/core/rules/kinds/length';
import { piiKind } from '../../../src/core/rules/kinds/pii';
import { placeholderKind } from '../../../src/core/rules/kinds/placeholder';
import { punctuationKind } from '../../../src/core/rules/kinds/punctuation';
import { requiredKind } from '../../../src/core/rules/kinds/required';
import { sentenceKind } from '../../../src/core/rules/kinds/sentence';
import { run } from './helpers';

const cases: [string, () => unknown[], number][] = [
  ['address: 40k quotes and 40k pronouns', () => run(addressKind, {}, '«ты» '.repeat(40_000) + 'ты '.repeat(40_000), { lang: 'ru' }), 40_000],
  ['pii: 40k e-mail addresses', () => run(piiKind, {}, 'anna@mail.ru '.repeat(40_000), { lang: 'ru' }), 40_000],
  ['pii: 20k phones', () => run(piiKind, {}, '+7 912 345 67 89 '.repeat(20_000), { lang: 'ru' }), 20_000],
  ['placeholder: 60k slots', () => run(placeholderKind, {}, '[NAME] {{x}} TODO '.repeat(20_000)), 60_000],
  ['caps: 50k shouted sentences', () => run(capsKind, {}, 'ОЧЕНЬ. '.repeat(50_000), { lang: 'ru' }), 50_000],
  ['punctuation: 50k runs', () => run(punctuationKind, {}, '!! '.repeat(50_000)), 50_000],
  ['emoji: 50k forbidden emoji', () => run(emojiKind, { forbid: ['🤡'] }, '🤡 '.repeat(50_000)), 50_001],
  ['length: 40k links and emoji on X', () => run(lengthKind, {}, 'a https://a.co/x 😀 '.repeat(40_000), { channel: 'x' }), 1],
  ['required: 100k words', () => run(requiredKind, { greeting: true, require: [{ any: ['спасибо'] }] }, 'привет, '.repeat(100_000), { lang: 'ru' }), 2],
  ['sentence: 20k links and e-mails', () => run(sentenceKind, { minScore: 0 }, 'a@b.ru https://x.com/a. '.repeat(20_000)), 0],
];

for (const [name, f, count] of cases) {
  test(`linear: ${name}`, () => {
    const t0 = performance.now();
    const found = f();
    const ms = performance.now() - t0;
    assert.equal(found.length, count);
    assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
  });
}
