// pii kind: phones (and what is not a phone), e-mails, Luhn-checked cards, home addresses; options.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { luhn, piiKind } from '../../../src/core/rules/kinds/pii';
import type { LintContext } from '../../../src/core/types';
import { refusesOptions, run } from './helpers';

const ru: Partial<LintContext> = { lang: 'ru' };
const en: Partial<LintContext> = { lang: 'en' };
const found = (text: string, ctx: Partial<LintContext> = ru, def: Record<string, unknown> = {}) => run(piiKind, def, text, ctx).map((f) => [f.covered, f.start]);

test('pii: Luhn', () => {
  for (const ok of ['4111111111111111', '4276380012345679', '5555555555554444', '378282246310005', '2200000000000004', '79927398713']) assert.ok(luhn(ok), ok);
  for (const bad of ['4111111111111112', '4276380012345678', '1234567890123456', '', '12a4']) assert.ok(!luhn(bad), bad);
});

test('pii: phone numbers in their usual shapes', () => {
  const rows: [string, Partial<LintContext>, [string, number][]][] = [
    ['Позвоните менеджеру по номеру +7 (912) 345-67-89.', ru, [['+7 (912) 345-67-89', 30]]],
    ['Мой номер 8 912 345 67 89, жду', ru, [['8 912 345 67 89', 10]]],
    ['Тел.: 89123456789', ru, [['89123456789', 6]]],
    ['Звоните: +79123456789!', ru, [['+79123456789', 9]]],
    ['8-912-345-67-89 — это её номер', ru, [['8-912-345-67-89', 0]]],
    ['Call Sam on +1 (415) 555-0134 today.', en, [['+1 (415) 555-0134', 12]]],
    ['Rita +44 20 7946 0958 or (415) 555-0134 or 415-555-0134.', en, [['+44 20 7946 0958', 5], ['(415) 555-0134', 25], ['415-555-0134', 43]]],
    // the reader told to call or text the number itself: a line to call (but not a Russian mobile)
    ['Ring +44 20 7946 0958 if you are late, or text 07700 900412.', en, []],
    ['Call Anna on 07700 900123 about it.', en, [['07700 900123', 13]]],
    ['Nummer: +49 (30) 1234567', en, [['+49 (30) 1234567', 8]]],
    // a group longer than the pattern's first guess: the whole number, not a number with a digit left over
    ['We tried calling you at +44 7700 900123 twice.', en, [['+44 7700 900123', 24]]],
    ['Наберите +375 29 1234567, Оля', ru, [['+375 29 1234567', 9]]],
  ];
  for (const [text, ctx, want] of rows) assert.deepEqual(found(text, ctx), want, text);
});

test('pii: order numbers, dates, prices, ids and toll-free lines are not phones', () => {
  const rows: [string, Partial<LintContext>][] = [
    ['Заказ №1234567890 отправлен 12.05.2024, сумма 2 490 ₽.', ru],
    ['Номер заказа 89123456789, трек 81234567890', ru],
    ['Заказ 8 912 345 67 89 уже в пути', ru],
    ['Order 12345678 shipped on 2024-05-12 for $24.90.', en],
    ['Order #415-555-0134 is on its way', en],
    ['ИНН 7707083893, ОГРН 1027700132195, БИК 044525225', ru],
    ['Горячая линия 8 800 555-35-35 и +7 800 100-00-00 — бесплатно', ru],
    // a business's own line, named as such: a bakery's, the duty manager's, the emergency service's
    ['Позвоните накануне по номеру пекарни: +7 812 555-01-23.', ru],
    ['Пока трубу не заменят, отопления не будет. Дежурный УК: 8 (343) 210-15-15.', ru],
    ['Аварийная служба: 8 (495) 123-45-67, круглосуточно.', ru],
    // helplines the reply points to, and a team's mailbox named as the team's
    ['Позвоните на телефон доверия 8-800-2000-122 или в психологическую помощь МЧС: +7 495 989-50-50.', ru],
    ['Samaritans: +44 116 123 4567, day and night.', en],
    ['Call us free on 1-800-555-0199', en],
    ['Цена 8 990 ₽, скидка 1 500 ₽, итого 7 490 ₽', ru],
    ['Работаем с 8:00 до 20:00, 7 дней в неделю', ru],
    ['Версия 8.912.345.67 вышла 12.05.2024', ru],
    ['Время доставки 2024-05-12 10:30–12:30', ru],
    ['Артикул 89123456789', ru],
    ['Координаты 55.7558, 37.6173', ru],
    ['Рост на +1 000 000 000 просмотров и +100 000 000 ₽', ru],
  ];
  for (const [text, ctx] of rows) assert.deepEqual(found(text, ctx), [], text);
});

test('pii: payment cards are Luhn-checked and grouped as cards', () => {
  const rows: [string, Partial<LintContext>, [string, number][]][] = [
    ['Оплата с карты 4276 3800 1234 5679 не прошла.', ru, [['4276 3800 1234 5679', 15]]],
    ['Card 4111 1111 1111 1111 was declined.', en, [['4111 1111 1111 1111', 5]]],
    ['Card 4111-1111-1111-1111 and 5555555555554444', en, [['4111-1111-1111-1111', 5], ['5555555555554444', 29]]],
    ['Amex 3782 822463 10005', en, [['3782 822463 10005', 5]]],
    ['Номер 4276 3800 1234 5678 (не по Луну)', ru, []],
    // called a card, it is one even with a wrong check digit (a typo, or made up)
    ['Оплата с карты 4276 3800 1234 5678 (не по Луну)', ru, [['4276 3800 1234 5678', 15]]],
    ['Your card 4532 7720 1184 4417 was charged twice.', en, [['4532 7720 1184 4417', 10]]],
    ['Номер заказа 4111111111111111', ru, []],
    ['Карта 4276 **** **** 5679', ru, []],
    ['Трек-номер 80085123456789', ru, []],
    ['Сумма 4111 111 111 111 111 ₽', ru, []], // not grouped as a card
  ];
  for (const [text, ctx, want] of rows) assert.deepEqual(found(text, ctx), want, text);
  // the message never repeats the number
  const [f] = run(piiKind, {}, 'Card 4111 1111 1111 1111', en);
  assert.equal(f?.message, 'A payment card number in a public reply. Remove it at once and never ask for card details in comments; payment questions go to private messages.');
});

test('pii: a wallet recovery phrase or private key, given after the text names it', () => {
  const seed = 'orbit lemon canyon trust velvet pilot frozen amber ladder echo salad river';
  assert.deepEqual(found(`Your recovery words are: ${seed}.`, en), [[seed, 25]]);
  assert.deepEqual(found(`Проверили по вашей сид-фразе «${seed}», всё в порядке.`), [[seed, 30]]);
  assert.deepEqual(found('Key: 5Kb8kLf9zgWQnogidDA76MzPL6TsZZY36hWXMssSzNydYXYB9KF, imported for you, and the balance is right now.', en), [['5Kb8kLf9zgWQnogidDA76MzPL6TsZZY36hWXMssSzNydYXYB9KF', 5]]);
  // advice about the phrase names no phrase: no colon, dash or quotation mark before twelve words
  assert.deepEqual(found('Keep your seed phrase offline and never share these words with anyone online ever again please, Sam.', en), []);
  assert.deepEqual(found(`Your recovery words are: ${seed}.`, en, { secret: false }), []);
  // the naming words in any case, as a word of their own (the word gates find them), not inside another word
  assert.deepEqual(found(`YOUR SEED PHRASE: ${seed}`, en), [[seed, 18]]);
  assert.deepEqual(found(`Our linseed phrase: ${seed}`, en), []);
  const hex = 'a3f1'.repeat(16);
  assert.deepEqual(found(`Private key: 0x${hex}`, en), [[`0x${hex}`, 13]]);
  assert.deepEqual(found(`Ваш приватный ключ — ${hex}`), [[hex, 21]]);
  const [f] = run(piiKind, {}, `Your recovery words are: ${seed}.`, en);
  assert.ok(f && !f.message.includes('orbit'), 'the message does not repeat the secret');
});

test('pii: e-mail addresses; the brand’s own domains and role mailboxes are fine', () => {
  assert.deepEqual(found('Пишите на anna.petrova@mail.ru, ответим.'), [['anna.petrova@mail.ru', 10]]);
  assert.deepEqual(found('Write to sam.lee@gmail.com for details.', en), [['sam.lee@gmail.com', 9]]);
  assert.deepEqual(found('Пишите на support@brand.ru или hello@brand.ru'), []);
  assert.deepEqual(found('Write to appsupport@brand.com, help-desk@brand.com or clientcare@brand.com', en), []);
  assert.deepEqual(found('We wrote to carey.jones@brand.com', en), [['carey.jones@brand.com', 12]]);
  // an address the reader is asked to write to is the brand's, unless it is at a public mail service
  assert.deepEqual(found('Напишите нам на anna@brand.ru, Оля.'), []);
  assert.deepEqual(found('Sam, drop us a line at jane.doe@brand.com', en), []);
  assert.deepEqual(found('Sam, email us at jane.doe@brand.com', en), []);
  assert.deepEqual(found('We emailed jane.doe@brand.com', en), [['jane.doe@brand.com', 11]]);
  // the second of two ways to reach a place the reader was asked to contact
  assert.deepEqual(found('Reach the desk on 0300 496 0444, weekdays, or at desk@clinic.org', en), []);
  assert.deepEqual(found('Пишите в студсовет или на campus@univer.ru'), []);
  assert.deepEqual(found('We passed it to Ivan or at ivan@acme.com', en), [['ivan@acme.com', 27]]);
  assert.deepEqual(found('Call us, or at ivan@gmail.com', en), [['ivan@gmail.com', 15]]);
  assert.deepEqual(found('Мы отправили чек на anna@brand.ru'), [['anna@brand.ru', 20]]);
  // the mailboxes a breach notice or an outage gives are a company's too
  assert.deepEqual(found('You will get an e-mail today from security@brand.example; write to dpo@brand.example or status@brand.example.', en), []);
  assert.deepEqual(found('Our care team at anna.k@brand.example will handle it with you.', en), []);
  assert.deepEqual(found('We forwarded it to anna.k@brand.example.', en), [['anna.k@brand.example', 19]]);
  assert.deepEqual(found('Пишите на anna@brand.ru', ru, { allowDomains: ['brand.ru'] }), []);
  assert.deepEqual(found('Пишите на anna@shop.brand.ru', ru, { allowDomains: ['@brand.ru'] }), []);
  assert.deepEqual(found('Пишите на support@brand.ru', ru, { allowRoleAddresses: false }), [['support@brand.ru', 10]]);
  assert.deepEqual(found('Пишите на anna@mail.ru', ru, { allow: ['Anna@mail.ru'] }), []);
  const [f] = run(piiKind, {}, 'Пишите на anna@mail.ru', ru);
  assert.equal(f?.message, 'Адрес почты в публичном ответе: «anna@mail.ru». Личные контакты — только в личных сообщениях: уберите адрес и предложите написать в личку.');
});

test('pii: home addresses down to the flat; a shop or a street mention is not personal', () => {
  const rows: [string, Partial<LintContext>, [string, number][]][] = [
    ['Отправим на ул. Ленина, д. 5, кв. 12 завтра.', ru, [['ул. Ленина, д. 5, кв. 12', 12]]],
    ['Курьер приедет: проспект Мира 10-45, домофон не работает', ru, [['проспект Мира 10-45', 16]]],
    ['Адрес: Ленинский проспект, д. 32, кв. 7', ru, [['Ленинский проспект, д. 32, кв. 7', 7]]],
    ['Доставим на ул. 8 Марта, 14', ru, [['ул. 8 Марта, 14', 12]]], // house level, but a delivery
    ["We'll deliver to 221B Baker Street, Apt 4 tomorrow.", en, [['221B Baker Street, Apt 4', 17]]],
    ['Ship it to 12 Main St, please', en, [['12 Main St', 11]]],
    ['Flat 3, 12 Baker Street is the address', en, [['Flat 3, 12 Baker Street', 0]]],
    // not personal
    ['Мы открылись в Казани на проспекте Победы.', ru, []],
    ['Ждём вас в магазине: ул. Ленина, д. 5', ru, []],
    ['We opened a new shop on Baker Street.', en, []],
    ['Visit our store at 10 Downing Street.', en, []],
    // a policy or a booking for a house is someone's home
    ["We've checked the policy for 14 Elm Crescent, Dudley, and the claim is pending.", en, [['14 Elm Crescent', 29]]],
    ['Found it: booking under Mark Ellis, 14 Alder Road, Leeds.', en, [['14 Alder Road', 36]]],
    ['Our new box office is at 14 Alder Road, Leeds.', en, []],
  ];
  for (const [text, ctx, want] of rows) assert.deepEqual(found(text, ctx), want, text);
  assert.deepEqual(found('Ждём вас в магазине: ул. Ленина, д. 5', ru, { addressLevel: 'house' }), [['ул. Ленина, д. 5', 21]]);
  assert.equal(run(piiKind, {}, 'Ship to 12 Main St, Apt 4', en)[0]?.message, 'A home address in a public reply: «12 Main St, Apt 4». Discuss delivery details in private messages and remove the address here.');
});

test('pii: detectors can be turned off; allow by digits; a rule message gets {what} and {value}', () => {
  const text = 'Тел. +7 912 345-67-89, почта anna@mail.ru, карта 4111 1111 1111 1111, ул. Ленина, д. 5, кв. 12';
  assert.equal(run(piiKind, {}, text, ru).length, 4);
  assert.equal(run(piiKind, { phone: false, email: false, card: false, address: false }, text, ru).length, 0);
  assert.deepEqual(run(piiKind, { email: false, card: false, address: false }, text, ru).map((f) => f.covered), ['+7 912 345-67-89']);
  assert.deepEqual(found('Наш номер +7 912 345-67-89', ru, { allow: ['8 (912) 345 67 89'] }), []);
  assert.deepEqual(found('Наш номер 8 912 345-67-89', ru, { allow: ['+79123456789'] }), []);
  const own = run(piiKind, { message: { ru: 'Уберите ({what}): {value}' } }, text, ru).map((f) => f.message);
  assert.deepEqual(own, ['Уберите (телефон): +7 912 345-67-89', 'Уберите (почта): anna@mail.ru', 'Уберите (номер карты): …1111', 'Уберите (адрес): ул. Ленина, д. 5, кв. 12']);
});

test('pii: option validation', () => {
  refusesOptions(piiKind, { phone: 'no' }, 'phone', /true or false/);
  refusesOptions(piiKind, { allowDomains: 'brand.ru' }, 'allowDomains', /list/);
  refusesOptions(piiKind, { allowDomains: ['brand ru'] }, 'allowDomains.0', /not a domain/);
  refusesOptions(piiKind, { addressLevel: 'street' }, 'addressLevel', /apartment, house/);
  refusesOptions(piiKind, { allowTollFree: 1 }, 'allowTollFree', /true or false/);
  refusesOptions(piiKind, { phones: true }, 'phones', /unknown option "phones"/);
});

test('pii: linear on long digit runs and hostile input', () => {
  const text = '1 '.repeat(100_000) + '8'.repeat(100_000) + 'ул. А '.repeat(20_000) + 'a@'.repeat(50_000);
  const t0 = performance.now();
  run(piiKind, {}, text, ru);
  assert.ok(performance.now() - t0 < 3000, `${performance.now() - t0} ms`);
});

test('pii: a person’s account numbers (лицевой счёт, account number, IBAN, a UK sort code with its account)', () => {
  const rows: [string, Partial<LintContext>, [string, number][]][] = [
    ['Марина Сергеевна, проверили ваш лицевой счёт 4021-883-17: перерасчёт сделаем.', ru, [['лицевой счёт 4021-883-17', 32]]],
    ['Refunded to account 60-83-71 31926458 today.', en, [['60-83-71 31926458', 20]]],
    ['Your account number: 31926458 is now unlocked.', en, [['account number: 31926458', 5]]],
    ['Your IBAN GB29 NWBK 6016 1331 9268 19 was rejected.', en, [['IBAN GB29 NWBK 6016 1331 9268 19', 5]]],
    // no digits, an order, a date: nothing personal
    ['Пришлите номер лицевого счёта в личные сообщения.', ru, []],
    ['Order 12-34-56 shipped on 2024-05-02.', en, []],
  ];
  for (const [text, ctx, want] of rows) assert.deepEqual(found(text, ctx), want, text);
  const [f] = run(piiKind, {}, 'Refunded to account 60-83-71 31926458 today.', en);
  assert.match(f?.message ?? '', /^An identity document or account number/);
  assert.deepEqual(found('Refunded to account 60-83-71 31926458 today.', en, { document: false }), []);
});
