// required kind: requirements met by any form of any listed word or phrase, `when` scoping, the
// greeting-by-name check, report ranges and messages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressesGroup, greetsByName, requiredKind } from '../../../src/core/rules/kinds/required';
import type { LintContext } from '../../../src/core/types';
import { applyFix, refusesOptions, run } from './helpers';

const critic = {
  require: [
    { any: ['спасибо', 'благодарить', 'извинить', 'простить', 'приносим извинения', 'thank', 'sorry', 'apologise'], message: { ru: 'Поблагодарите или извинитесь.', en: 'Thank them or apologise.' } },
    { any: ['личные сообщения', 'личка', 'директ', 'напишите нам', 'DM', 'private message', 'email us'] },
  ],
};
const ru: Partial<LintContext> = { lang: 'ru' };
const en: Partial<LintContext> = { lang: 'en' };

test('required: any form of any phrase meets a requirement; ё = е; case does not matter', () => {
  const ok = [
    'Простите за задержку, Олег. Напишите номер заказа в личные сообщения, разберёмся.',
    'Благодарим за отзыв! Напишите нам, пожалуйста, мы всё проверим.',
    'Приносим извинения. Номер заказа пришлите в личку.',
    'Извините нас. Ждём вас в директе.',
    'Спасибо, что сообщили. Загляните в ЛИЧНЫЕ СООБЩЕНИЯ.',
    'Sorry about the delay, Olga. Could you send us a private message with your order number?',
    'Thanks for flagging this. Please DM us your order number.',
  ];
  for (const text of ok) assert.deepEqual(run(requiredKind, critic, text, ru), [], text);
});

test('required: a missing requirement is reported on the first sentence, with its message or the default one', () => {
  const text = 'Доставка задержалась из-за погоды. Ждите.';
  const found = run(requiredKind, critic, text, ru);
  assert.deepEqual(found.map((f) => [f.start, f.end, f.message]), [
    [0, 34, 'Поблагодарите или извинитесь.'],
    [0, 34, 'В ответе не хватает того, что гайд требует в этой ситуации: добавьте одно из — «личные сообщения», «личка», «директ», «напишите нам».'],
  ]);
  // the first line only, when the first sentence runs over a line break
  const multi = run(requiredKind, critic, 'Доставка задержалась\nиз-за погоды, ждите', ru);
  assert.deepEqual(multi.map((f) => [f.start, f.end]), [[0, 20], [0, 20]]);
  // English text gets the English message
  assert.equal(run(requiredKind, critic, 'The delay was caused by the weather.', { lang: 'en' })[0]?.message, 'Thank them or apologise.');
  // the rule's own message is used for a requirement without one, with {any}
  const own = run(requiredKind, { ...critic, message: { ru: 'Нужно: {any}' } }, 'Спасибо, что написали. Разберёмся здесь же.', ru);
  assert.deepEqual(own.map((f) => f.message), ['Нужно: «личные сообщения», «личка», «директ», «напишите нам»']);
});

test('required: minWords and when', () => {
  assert.deepEqual(run(requiredKind, critic, 'Ок.', ru), []); // under 4 words
  assert.equal(run(requiredKind, { ...critic, minWords: 0 }, 'Ок.', ru).length, 2);
  const scoped = { ...critic, when: { commenters: ['critic'], roles: ['reply'] } };
  assert.equal(run(requiredKind, scoped, 'Доставка задержалась из-за погоды.', { lang: 'ru', commenter: 'critic' }).length, 2);
  assert.equal(run(requiredKind, scoped, 'Доставка задержалась из-за погоды.', { lang: 'ru', commenter: 'neutral' }).length, 0);
  assert.equal(run(requiredKind, scoped, 'Доставка задержалась из-за погоды.', { lang: 'ru', commenter: 'critic', role: 'prose' }).length, 0);
  assert.equal(run(requiredKind, { ...critic, when: { channels: ['vk'] } }, 'Доставка задержалась из-за погоды.', { lang: 'ru' }).length, 0);
  assert.equal(run(requiredKind, { ...critic, when: { minWords: 10 } }, 'Доставка задержалась из-за погоды.', ru).length, 0);
});

test('required: a requirement with unless.channels is skipped in a reply for those channels', () => {
  const [thanks, privately] = critic.require as [object, object];
  const rule = { require: [thanks, { ...privately, unless: { channels: ['email'] } }] };
  const text = 'Простите за задержку, Олег. Возврат отправили вчера.';
  assert.deepEqual(run(requiredKind, rule, text, { lang: 'ru', channel: 'email' }), []); // an e-mail is private already
  assert.equal(run(requiredKind, rule, text, { lang: 'ru', channel: 'vk' }).length, 1);
  assert.equal(run(requiredKind, rule, text, ru).length, 1); // no channel known: the requirement stands
  assert.equal(run(requiredKind, rule, 'Возврат отправили вчера, Олег, ждите.', { lang: 'ru', channel: 'email' }).length, 1, 'the other requirement still applies');
});

test('required: a reply that opens by addressing a group needs no name', () => {
  const group = ['Друзья, спасибо всем, кто пришёл на встречу!', 'Дорогие подписчики, розыгрыш закончился.', 'Всем привет! Завтра стрим в 19:00.', 'Привет всем! Конкурс продлён.', 'Коллеги, напоминаем о правилах чата.', 'Hey everyone, thanks for coming on Saturday!', 'Hi all, the giveaway is over.', 'Dear friends, the shop is closed on Monday.', 'Folks: the stream starts at 7 pm.'];
  const person = ['Все заказы отправлены сегодня утром, ждите трек.', 'Всемирный день кофе отмечаем скидкой.', 'All orders ship within two days, tracking follows.', 'Teamwork matters to us, thanks for the review.'];
  for (const t of group) {
    assert.ok(addressesGroup(t), t);
    assert.deepEqual(run(requiredKind, { greeting: true }, t, /[а-я]/i.test(t) ? ru : en), [], t);
  }
  for (const t of person) {
    assert.ok(!addressesGroup(t), t);
    assert.equal(run(requiredKind, { greeting: true }, t, /[а-я]/i.test(t) ? ru : en).length, 1, t);
  }
});

test('required: greeting by name', () => {
  const yes = [
    'Анна, спасибо за вопрос, завтра ответим подробно.',
    'Спасибо, Анна! Рады, что кофе понравился.',
    'Здравствуйте, Анна Петровна! Заказ уже в пути.',
    'Добрый день, Ирина! Заказ уже у курьера.',
    'Уважаемая Мария, спасибо за терпение.',
    'Простите за задержку, Олег. Разберёмся.',
    '{{name}}, спасибо за отзыв!',
    'Здравствуйте, {{ name }}! Ваш заказ готов.',
    'Hi Sam, your order left the roastery this morning.',
    'Hello Anna! Thanks for the kind words.',
    'Dear Sam, thank you for your patience.',
    'Thank you, {{name}}! We are on it.',
    'Sorry about the delay, Olga. We will check it.',
    'Anna-Maria, thanks for writing to us.',
  ];
  const no = [
    'Спасибо за вопрос, завтра ответим подробно.',
    'Здравствуйте! Заказ уже у курьера, ждите.',
    'Уважаемый клиент, ваш вопрос очень важен для нас.',
    'Конечно, мы всё проверим завтра утром.',
    'Друзья, спасибо всем за отзывы!',
    "We'll look into it and reply tomorrow with details.",
    'Hi there, thanks for the message!',
    'Thanks, we will check it tomorrow morning.',
    'Dear valued customer, please be advised.',
  ];
  for (const t of yes) assert.ok(greetsByName(t, t.split(/(?<=[.!?])\s/)[0]!), t);
  for (const t of no) assert.ok(!greetsByName(t, t.split(/(?<=[.!?])\s/)[0]!), t);
  const found = run(requiredKind, { greeting: true }, 'Спасибо за вопрос, завтра ответим подробно.', ru);
  assert.deepEqual(found.map((f) => [f.start, f.end, f.message]), [[0, 7, 'Ответ не обращается к человеку по имени. Начните с имени: «Анна, …» или «Здравствуйте, Анна!» (в шаблоне — «{{name}}, …»).']]);
  assert.equal(run(requiredKind, { greeting: true }, 'We will look into it tomorrow.', { lang: 'en' })[0]?.message, 'The reply does not greet the person by name. Open with it: “Anna, …” or “Hi Anna,” (in a template, “{{name}}, …”).');
  // in a template that declares a name variable: a suggestion to open with it
  const text = 'Спасибо за вопрос, завтра ответим подробно.';
  const [t] = run(requiredKind, { greeting: true }, text, { lang: 'ru', role: 'template', variables: ['order', 'first_name'] });
  assert.equal(applyFix(text, t!.suggestions![0]!), '{{first_name}}, спасибо за вопрос, завтра ответим подробно.');
  assert.equal(t?.fix, undefined);
  // short texts are not checked
  assert.deepEqual(run(requiredKind, { greeting: true, minWords: 6 }, 'Спасибо за вопрос!', ru), []);
});

test('required: option validation names the exact key', () => {
  refusesOptions(requiredKind, {}, 'require', /needs "require".*or "greeting: true"/);
  refusesOptions(requiredKind, { require: 'спасибо' }, 'require', /list of \{ any/);
  refusesOptions(requiredKind, { require: ['спасибо'] }, 'require.0', /must be a mapping/);
  refusesOptions(requiredKind, { require: [{ any: [] }] }, 'require.0.any', /non-empty list/);
  refusesOptions(requiredKind, { require: [{ any: ['a', 5] }] }, 'require.0.any.1', /"any" item 2/);
  refusesOptions(requiredKind, { require: [{ any: ['a'], msg: 'x' }] }, 'require.0.msg', /unknown key "msg"/);
  refusesOptions(requiredKind, { require: [{ any: ['a'], unless: ['email'] }] }, 'require.0.unless', /\{ channels/);
  refusesOptions(requiredKind, { require: [{ any: ['a'], unless: { channels: [] } }] }, 'require.0.unless', /non-empty list/);
  refusesOptions(requiredKind, { require: [{ any: ['a'], message: { de: 'x' } }] }, 'require.0.message', /text or \{ ru/);
  refusesOptions(requiredKind, { greeting: 'yes' }, 'greeting', /true or false/);
  refusesOptions(requiredKind, { greeting: true, when: [] }, 'when', /mapping/);
  refusesOptions(requiredKind, { greeting: true, when: { commenters: ['angry'] } }, 'when.commenters.0', /one of: grateful, neutral, critic, troll/);
  refusesOptions(requiredKind, { greeting: true, when: { roles: 'reply' } }, 'when.roles', /non-empty list/);
  refusesOptions(requiredKind, { greeting: true, when: { minWords: -1 } }, 'when.minWords', /at least 0/);
  refusesOptions(requiredKind, { greeting: true, when: { lang: 'ru' } }, 'when.lang', /unknown key "when.lang"/);
  refusesOptions(requiredKind, { greeting: true, minWords: 'five' }, 'minWords', /whole number/);
});
