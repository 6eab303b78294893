// emoji kind: sequences count once (ZWJ families, flags, tag flags, keycaps, skin tones); text symbols
// do not count; max and forbid with exact offsets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emojiKind, findEmoji } from '../../../src/core/rules/kinds/emoji';
import { applyFix, refusesOptions, run } from './helpers';

test('emoji: one picture is one emoji, whatever its code points', () => {
  const rows: [string, string[]][] = [
    ['👨‍👩‍👧‍👦', ['👨‍👩‍👧‍👦']], // family (ZWJ)
    ['👍🏽👍', ['👍🏽', '👍']], // skin tone
    ['🇷🇺🇬🇧', ['🇷🇺', '🇬🇧']], // flags: pairs of regional indicators
    ['🏴󠁧󠁢󠁥󠁮󠁧󠁿', ['🏴󠁧󠁢󠁥󠁮󠁧󠁿']], // England: a tag sequence
    ['1️⃣ #️⃣', ['1️⃣', '#️⃣']], // keycaps
    ['🧑🏽‍💻 и 🏳️‍🌈', ['🧑🏽‍💻', '🏳️‍🌈']], // profession with a tone, rainbow flag
    ['❤️‍🔥❤', ['❤️‍🔥', '❤']],
    ['☺ ✔ ⭐ ⌚', ['☺', '✔', '⭐', '⌚']],
    ['© ® ™ ↔ ‼ 1 # *', []], // text symbols and plain digits
    ['©️', ['©️']], // a text symbol with the emoji selector
    ['☺︎', []], // with the text selector
    ['🇷', []], // a lone regional indicator
    ['Спасибо!', []],
  ];
  for (const [text, want] of rows) assert.deepEqual(findEmoji(text).map((e) => e.text), want, text);
  // offsets are UTF-16
  assert.deepEqual(findEmoji('a👨‍👩‍👧b🇷🇺').map((e) => [e.start, e.end]), [[1, 9], [10, 14]]);
});

test('emoji: more than max — the excess is marked, with the count and a suggestion for a trailing run', () => {
  const text = 'Привет 😀😀😀😀😀';
  const found = run(emojiKind, { max: 3 }, text, { lang: 'ru' });
  assert.deepEqual(found.map((f) => [f.start, f.end, f.message]), [[13, 17, '5 эмодзи в одном ответе; оставьте не больше 3, пусть говорят слова.']]);
  assert.equal(applyFix(text, found[0]!.suggestions![0]!), 'Привет 😀😀😀');
  // a family counts once: three families and a flag are four emoji
  const en = run(emojiKind, { max: 3 }, 'Hi 👨‍👩‍👧‍👦👨‍👩‍👧‍👦 there 👨‍👩‍👧‍👦 and 🇬🇧');
  assert.deepEqual(en.map((f) => [f.covered, f.message]), [['🇬🇧', '4 emoji in one reply; keep to 3 at most so the words carry the message.']]);
  // emoji spread over the text: the excess from the first extra one, no removal suggestion
  const spread = run(emojiKind, { max: 1 }, '🙂 one 🙂 two 🙂');
  assert.deepEqual(spread.map((f) => [f.start, f.end, f.suggestions]), [[7, 16, undefined]]);
  assert.deepEqual(run(emojiKind, { max: 3 }, 'Ура 🎉🎉🎉'), []);
  // default max is 3
  assert.equal(run(emojiKind, {}, '🎉🎉🎉🎉').length, 1);
});

test('emoji: max 0 — none at all, its own message', () => {
  const text = 'Спасибо 🙏';
  const [f] = run(emojiKind, { max: 0 }, text, { lang: 'ru' });
  assert.equal(f?.message, 'В ответах по гайду эмодзи не ставят (здесь их 1). Скажите словами.');
  assert.equal(applyFix(text, f!.suggestions![0]!), 'Спасибо');
  assert.equal(run(emojiKind, { max: 0 }, 'Thanks 🙏', { lang: 'en' })[0]?.message, 'The guide’s replies carry no emoji (1 here). Say it in words.');
});

test('emoji: forbid matches every skin tone and presentation', () => {
  const text = 'Ok 👍🏿 👍 🤡';
  const found = run(emojiKind, { forbid: ['👍', '🤡'] }, text, { lang: 'en' });
  assert.deepEqual(found.map((f) => [f.covered, f.start, f.end]), [['👍🏿', 3, 7], ['👍', 8, 10], ['🤡', 11, 13]]);
  assert.equal(found[0]?.message, 'The guide does not use 👍🏿 in replies. Remove it or say it in words.');
  assert.equal(run(emojiKind, { forbid: ['❤️'] }, 'Люблю ❤', { lang: 'ru' })[0]?.message, 'Эмодзи ❤ гайд в ответах не использует. Уберите его или скажите словами.');
});

test('emoji: option validation', () => {
  refusesOptions(emojiKind, { max: -1 }, 'max', /at least 0/);
  refusesOptions(emojiKind, { max: '3' }, 'max', /whole number/);
  refusesOptions(emojiKind, { forbid: '🤡' }, 'forbid', /list of emoji/);
  refusesOptions(emojiKind, { forbid: ['🤡', 'clown'] }, 'forbid.1', /item 2 \("clown"\) must be exactly one emoji/);
  refusesOptions(emojiKind, { forbid: ['🤡🤡'] }, 'forbid.0', /exactly one emoji/);
  refusesOptions(emojiKind, { forbid: [1] }, 'forbid.0', /exactly one emoji/);
  refusesOptions(emojiKind, { limit: 2 }, 'limit', /unknown option/);
});

test('emoji: grief — a laughing or smiling emoji beside news of a death is reported, whatever the count', () => {
  const covered = (text: string, def: Record<string, unknown> = {}, lang: 'en' | 'ru' = 'en') => run(emojiKind, def, text, { lang }).map((f) => f.covered);
  assert.deepEqual(covered('Oh no, so sorry your cat passed away 😂 we will refund the order.'), ['😂']);
  assert.deepEqual(covered('Our condolences 🙏🙂'), ['🙂']);
  assert.deepEqual(covered('Соболезнуем 😊 Если понадобится памятник, звоните.', {}, 'ru'), ['😊']);
  assert.deepEqual(covered('Светлая память 👍🏽', {}, 'ru'), ['👍🏽']);
  // a sad emoji is no mockery; a laughing one without a death is the count's business only
  assert.deepEqual(covered('So sorry for your loss 🕊️'), []);
  assert.deepEqual(covered('My phone died 😂 but the app saved my draft.'), []);
  assert.deepEqual(covered('RIP Max, the best shop cat 🙂'), ['🙂']);
  assert.deepEqual(covered('That price was a rip-off 😂 fixed now.'), []);
  assert.deepEqual(covered('Ноут умер 😂 хорошо, что всё в облаке.', {}, 'ru'), []);
  assert.deepEqual(covered('Our condolences 😂', { grief: false }), []);
  const [f] = run(emojiKind, {}, 'Соболезнуем 😊', { lang: 'ru' });
  assert.equal(f?.message, '«😊» рядом с известием о смерти читается как смех над ним. Уберите его: слова скажут сами.');
  assert.equal(applyFix('Соболезнуем 😊', f!.suggestions![0]!), 'Соболезнуем ');
  refusesOptions(emojiKind, { grief: 'yes' }, 'grief', /true or false|boolean/);
});
