// caps kind: shouting in Cyrillic and Latin, acronyms and other capitals that are fine, runs as one
// finding, suggestions that keep acronyms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capsKind } from '../../../src/core/rules/kinds/caps';
import { applyFix, refusesOptions, run } from './helpers';

type Row = [text: string, lang: 'ru' | 'en', expected: [covered: string, start: number, suggestion: string][]];

test('caps: shouting vs acronyms (table)', () => {
  const rows: Row[] = [
    ['Мы НИКОГДА так не делаем.', 'ru', [['НИКОГДА', 3, 'Мы никогда так не делаем.']]],
    ['We will NEVER do that.', 'en', [['NEVER', 8, 'We will never do that.']]],
    ['СРОЧНО проверьте почту', 'ru', [['СРОЧНО', 0, 'Срочно проверьте почту']]],
    ['НЕ ДЕЛАЙТЕ ТАК, пожалуйста', 'ru', [['НЕ ДЕЛАЙТЕ ТАК', 0, 'Не делайте так, пожалуйста']]],
    ['Это ОЧЕНЬ ВАЖНО. И ЭТО ТОЖЕ.', 'ru', [['ОЧЕНЬ ВАЖНО', 4, 'Это очень важно. И ЭТО ТОЖЕ.'], ['ЭТО ТОЖЕ', 19, 'Это ОЧЕНЬ ВАЖНО. И это тоже.']]],
    ['Цены ВЫРОСЛИ С НДС', 'ru', [['ВЫРОСЛИ', 5, 'Цены выросли С НДС']]],
    ['В ОБЩЕМ, ВСЁ', 'ru', [['ОБЩЕМ, ВСЁ', 2, 'В общем, всё']]],
    ['ЦЕНЫ С НДС ВЫРОСЛИ', 'ru', [['ЦЕНЫ С НДС ВЫРОСЛИ', 0, 'Цены с НДС выросли']]],
    ['Ответ в разделе FAQ, оплата через СБП, цены с НДС.', 'ru', []],
    ['See the FAQ for the API and the PDF guide.', 'en', []],
    ['ООО «Ромашка», ИНН 7700000000', 'ru', []],
    ['Да, ОК, это ок', 'ru', []],
    ['ДА или НЕТ', 'ru', []], // short words alone do not shout (an answer to type)...
    ['Reply YES to confirm', 'en', []],
    ['Reply YES or NO, or text NO to stop.', 'en', []], // answers to type
    ['NO filming. NO phones during the show.', 'en', [['NO', 0, 'No filming. NO phones during the show.'], ['NO', 12, 'NO filming. No phones during the show.']]],
    ['This is NOT okay', 'en', [['NOT', 8, 'This is not okay']]], // ...but words stressed in capitals do
    ['Это НЕ шутка', 'ru', [['НЕ', 4, 'Это не шутка']]],
    ['Louis XVIII and Henry VIII', 'en', []],
    ['Телевизор 4K, модель QLED55', 'ru', []],
    ['Заказ в IKEA уже готов', 'ru', []],
    ['Подарки от SANTA CLAUS', 'ru', [['SANTA CLAUS', 11, 'Подарки от santa claus']]],
    ['Shop at IKEA today', 'en', []],
    ['Big SALE today', 'en', [['SALE', 4, 'Big sale today']]],
    ['Пишите @SUPPORT_TEAM или #ДОСТАВКА', 'ru', []],
    ['See https://EXAMPLE.COM/PATH now', 'en', []],
    ['Здравствуйте, [ИМЯ]! Привет, {{NAME}} и %CLIENT%', 'ru', []],
    ['TODO: вставить ссылку', 'ru', []],
    ['Ёлки: ЁЛКИ-ПАЛКИ', 'ru', [['ЁЛКИ-ПАЛКИ', 6, 'Ёлки: ёлки-палки']]],
    ['«ВНИМАНИЕ» — акция', 'ru', [['ВНИМАНИЕ', 1, '«Внимание» — акция']]],
  ];
  for (const [text, lang, expected] of rows) {
    const found = run(capsKind, {}, text, { lang });
    assert.deepEqual(
      found.map((f) => [f.covered, f.start, applyFix(text, f.suggestions![0]!)]),
      expected,
      text,
    );
    for (const f of found) assert.equal(f.fix, undefined, 'a suggestion, never a fix');
  }
});

test('caps: messages', () => {
  assert.equal(run(capsKind, {}, 'Мы НИКОГДА так', { lang: 'ru' })[0]?.message, '«НИКОГДА» заглавными читается как крик. Напишите строчными; чтобы подчеркнуть мысль, выберите точное слово.');
  assert.equal(run(capsKind, {}, 'We will NEVER', { lang: 'en' })[0]?.message, '«NEVER» in capitals reads as shouting. Write it in lower case; to stress a point, choose a stronger word.');
});

test('caps: options allow and minLength', () => {
  assert.deepEqual(run(capsKind, { allow: ['ACME', 'ЁЖИК'] }, 'ACME и ЕЖИК', { lang: 'ru' }), []);
  assert.deepEqual(run(capsKind, { allow: ['acme'] }, 'Buy ACME now'), []);
  assert.deepEqual(run(capsKind, {}, 'Buy ACME now').map((f) => f.covered), ['ACME']);
  assert.deepEqual(run(capsKind, { minLength: 3 }, 'Мы говорим НЕТ', { lang: 'ru' }).map((f) => f.covered), ['НЕТ']);
  assert.deepEqual(run(capsKind, { minLength: 6 }, 'Это ВАЖНО', { lang: 'ru' }), []);
  refusesOptions(capsKind, { minLength: 1 }, 'minLength', /at least 2/);
  refusesOptions(capsKind, { allow: 'FAQ' }, 'allow', /list of strings/);
  refusesOptions(capsKind, { allow: ['FAQ', ''] }, 'allow.1', /non-empty string/);
  refusesOptions(capsKind, { acronyms: [] }, 'acronyms', /unknown option/);
});

test('caps: linear on a long shouted text', () => {
  const text = 'ОЧЕНЬ ВАЖНО '.repeat(50_000);
  const t0 = performance.now();
  assert.equal(run(capsKind, {}, text, { lang: 'ru' }).length, 1);
  assert.ok(performance.now() - t0 < 3000);
});

test('property: words from the scanner and from the rule’s own regex give the same findings', async () => {
  const fc = (await import('fast-check')).default;
  const { runKind } = await import('../../../src/core/rules/testing');
  const piece = fc.constantFrom('НЕ', 'ДЕЛАЙТЕ', 'ТАК', 'STOP', 'NOW', 'FAQ', 'I', 'A', 'ok', 'Ok', 'ЗАЧЕМ-ТО', "DON'T", 'ВЫ’ЛИ', '4K', 'XVIII', 'СБП', ' ', ', ', ' — ', '!', '.', '\n', '[NAME]', '@USER', 'http://A.COM/X', 'A中中中', 'ĸĸĸĸ', 'ÀÉÎÔ', '𝐀𝐁𝐂𝐃', 'é');
  const text = fc.array(piece, { maxLength: 25 }).map((xs) => xs.join(''));
  fc.assert(fc.property(text, fc.constantFrom('ru' as const, 'en' as const), (t, lang) => {
    // an invisible character after a space sends the rule down its regex path; it changes no word
    const viaScan = runKind(capsKind, {}, t, { lang });
    const viaRegex = runKind(capsKind, {}, `${t} \u200B`, { lang });
    assert.deepEqual(viaRegex, viaScan, JSON.stringify(t));
  }), { numRuns: 2000 });
});


test('caps: a word to type or text is a keyword, not a shout; a word with no vowel is an acronym', () => {
  const covered = (t: string, lang: 'en' | 'ru' = 'en') => run(capsKind, {}, t, { lang }).map((f) => f.covered);
  assert.deepEqual(covered('Add it by sending ROAM TR to 5050.'), []);
  assert.deepEqual(covered('Reply STOP to unsubscribe.'), []);
  assert.deepEqual(covered('Use the code WINTER at checkout.'), []);
  assert.deepEqual(covered('Отправьте СТОП на номер 900.', 'ru'), []);
  assert.deepEqual(covered('Введите «ЗИМА» в поле промокода.', 'ru'), []);
  // the same words not after such a verb shout
  assert.deepEqual(covered('We STOP all orders today.'), ['STOP']);
  assert.deepEqual(covered('Format it as NTFS, or save it as XHTML.'), []);
  assert.deepEqual(covered('Эфир ГТРК и заявление ГКЧП.', 'ru'), []);
  // slots to fill are skipped whole
  assert.deepEqual(covered('Ticket #[TICKET_ID] is with billing.'), []);
  assert.deepEqual(covered('Hi {ORDER_OWNER}, thanks.'), []);
});
