// address kind: ты/вы against the brand's form, mixing, the capital «Вы» policies with fixes; quoted
// words and replies to a group; Russian texts only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressKind } from '../../../src/core/rules/kinds/address';
import { applyFix, refusesOptions, run } from './helpers';

const ru = { lang: 'ru' as const };

test('address: the brand uses вы (the default) — forms of ты are reported', () => {
  const rows: [string, [string, number][]][] = [
    ['Ты идиот?', [['Ты', 0]]],
    ['Вы можете оформить заказ, а ты потом заберёшь.', [['ты', 28], ['заберёшь', 37]]],
    ['Напиши нам в личку, посмотрим твой заказ.', [['Напиши', 0], ['твой', 30]]],
    ['Если хочешь, можем перезвонить.', [['хочешь', 5]]],
    ['Не волнуйся, всё решим.', [['волнуйся', 3]]],
    ['Тебе-то какая разница?', [['Тебе-то', 0]]],
    ['Спасибо, что написали! Мы уже проверяем ваш заказ.', []],
    ['Лишь бы вам понравилось.', []], // лишь is not a verb
    ['Клиент написал: «ты не прав», но мы разберёмся с вами.', []], // quoted words are the customer's
    ['Hi, how are you?', []],
  ];
  for (const [text, want] of rows) {
    const found = run(addressKind, {}, text, ru);
    assert.deepEqual(found.map((f) => [f.covered, f.start]), want, text);
    for (const f of found) assert.equal(f.fix, undefined, 'rephrasing is for the author');
  }
  const [f] = run(addressKind, {}, 'Ты прав.', ru);
  // no guide chose the form: the message says how to choose «ты»
  assert.equal(f?.message, '«Ты» — обращение на «ты», а ответы по умолчанию обращаются на «вы». Перефразируйте на «вы» или, если бренд говорит с читателями на «ты», укажите в .community/voice.yaml `address: { form: ty }`.');
  // a guide that chose «вы» is named as the reason
  assert.equal(run(addressKind, {}, 'Ты прав.', ru, { address: { form: 'vy' } })[0]?.message, '«Ты» — обращение на «ты», а бренд обращается на «вы». Перефразируйте на «вы».');
  assert.equal(run(addressKind, { form: 'vy' }, 'Ты прав.', ru)[0]?.message, '«Ты» — обращение на «ты», а бренд обращается на «вы». Перефразируйте на «вы».');
  assert.equal(run(addressKind, {}, 'Ты прав.', { lang: 'ru' })[0]?.covered, 'Ты');
  // English texts are never checked, even with Russian words in them
  assert.deepEqual(run(addressKind, {}, 'The word ты means you.', { lang: 'en' }), []);
});

test('address: the brand uses ты — forms of вы are reported, except to a group', () => {
  const found = run(addressKind, { form: 'ty' }, 'Спасибо, что написал! Ваш заказ уже в пути.', ru);
  assert.deepEqual(found.map((f) => [f.covered, f.start, f.message]), [['Ваш', 22, '«Ваш» — обращение на «вы», а бренд обращается на «ты». Перефразируйте на «ты».']]);
  assert.deepEqual(run(addressKind, { form: 'ty' }, 'Друзья, вы лучшие! Спасибо, что вы с нами.', ru), []);
  assert.deepEqual(run(addressKind, { form: 'ty' }, 'Ты можешь написать нам в личку.', ru), []);
  // the guide's address setting is the default
  assert.equal(run(addressKind, {}, 'Вы правы.', ru, { address: { form: 'ty' } }).length, 1);
});

test('address: form any — only mixing is reported, the odd one out', () => {
  assert.deepEqual(run(addressKind, { form: 'any' }, 'Ты прав, спасибо.', ru), []);
  assert.deepEqual(run(addressKind, { form: 'any' }, 'Вы правы, спасибо.', ru), []);
  const mixed = run(addressKind, { form: 'any' }, 'Вы правы, и ваш отзыв важен, а ты молодец.', ru);
  assert.deepEqual(mixed.map((f) => [f.covered, f.message]), [['ты', '«ты»: в ответе смешаны «ты» и «вы». Держитесь «вы» во всём ответе.']]);
  const tie = run(addressKind, { form: 'any' }, 'Ты прав. Вас поняли.', { lang: 'ru' });
  assert.deepEqual(tie.map((f) => f.covered), ['Вас']);
});

test('address: capital Вы — always', () => {
  const text = 'Анна, вы правы: ваш заказ задержался. Вы получите его завтра.';
  const found = run(addressKind, { capitalVy: 'always' }, text, ru);
  assert.deepEqual(found.map((f) => [f.covered, f.start]), [['вы', 6], ['ваш', 16]]);
  assert.equal(found[0]!.message, '«вы»: бренд пишет «Вы» с заглавной, когда обращается к одному человеку.');
  let fixed = text;
  for (const f of [...found].reverse()) fixed = applyFix(fixed, f.fix!);
  assert.equal(fixed, 'Анна, Вы правы: Ваш заказ задержался. Вы получите его завтра.');
  // sentence-initial and after a line break: fine
  assert.deepEqual(run(addressKind, { capitalVy: 'always' }, 'Вы правы.\nвы правы. «Вы правы»', ru).map((f) => f.covered), []);
  // a reply to a group keeps a lower-case вы
  assert.deepEqual(run(addressKind, { capitalVy: 'always' }, 'Друзья, спасибо, что вы с нами!', ru), []);
  // from the guide
  assert.equal(run(addressKind, {}, 'Спасибо, что вы с нами.', ru, { address: { form: 'vy', capitalVy: 'always' } })[0]?.fix?.replacement, 'Вы');
});

test('address: capital Вы — never', () => {
  const text = 'Спасибо, что Вы с нами! Вашему заказу присвоен номер. Мы ждём Ваших отзывов.';
  const found = run(addressKind, { capitalVy: 'never' }, text, ru);
  assert.deepEqual(found.map((f) => [f.covered, f.start, f.fix?.replacement]), [['Вы', 13, 'вы'], ['Ваших', 62, 'ваших']]);
  assert.equal(found[0]!.message, '«Вы»: в середине предложения бренд пишет «вы» со строчной.');
  // ВЫ in capitals is the shouting rule's business
  assert.deepEqual(run(addressKind, { capitalVy: 'never' }, 'Спасибо, что ВЫ с нами', ru), []);
  // capital policy is off under the ты form
  assert.equal(run(addressKind, { form: 'ty', capitalVy: 'always' }, 'Ты молодец.', ru).length, 0);
});

test('address: a rule’s own message is filled with {word} and {expected}', () => {
  // a rule's own message uses the kind's slots
  const [f] = run(addressKind, { message: { ru: 'Не «{word}», а «{expected}».' } }, 'Ты прав.', ru);
  assert.equal(f?.message, 'Не «Ты», а «вы».');
});

test('address: option validation', () => {
  refusesOptions(addressKind, { form: 'you' }, 'form', /one of: vy, ty, any/);
  refusesOptions(addressKind, { capitalVy: true }, 'capitalVy', /one of: always, never, any/);
  refusesOptions(addressKind, { capital: 'always' }, 'capital', /unknown option "capital"/);
});

test('address: under no capital policy a reply writes «вы» one way throughout', () => {
  const rows: [string, [string, string][]][] = [
    // the odd one out is reported, with the majority's way as its fix
    ['Спасибо, что Вы нашли время написать. Мы вернули вам деньги и надеемся, что Вам понравится заказ.', [['вам', 'Вам']]],
    ['Спасибо, что вы написали. Мы вернули вам деньги, Ваш заказ отменён.', [['Ваш', 'ваш']]],
    // a tie: the second way is the odd one
    ['Мы вернули Вам деньги, а ваш заказ отменили.', [['ваш', 'Ваш']]],
    // one way throughout, either of them, is fine; so is a sentence-initial «Вы» and ВЫ in capitals
    ['Мы вернули Вам деньги и надеемся, что Вам понравится заказ.', []],
    ['Мы вернули вам деньги. Вы получите их завтра, ваш заказ отменён.', []],
    ['Мы вернули вам деньги, а ВАШ заказ отменили.', []],
    // a reply to a group says «вы» to many
    ['Друзья, спасибо Вам за отзывы, ваши идеи уже в работе.', []],
  ];
  for (const [text, want] of rows) {
    const found = run(addressKind, {}, text, ru);
    assert.deepEqual(found.map((f) => [f.covered, f.fix?.replacement]), want, text);
  }
  const [f] = run(addressKind, {}, 'Спасибо, что Вы написали, мы вернули вам деньги и Вам пришлём купон.', ru);
  assert.match(f?.message ?? '', /то с заглавной, то со строчной.*«Вам»/);
  // a guide's policy decides instead: under «always» the lower-case ones are reported as before
  assert.deepEqual(run(addressKind, { capitalVy: 'always' }, 'Мы вернули Вам деньги, а ваш заказ отменили.', ru).map((f) => f.covered), ['ваш']);
});
