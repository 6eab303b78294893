// placeholder kind: slots and notes left in text to be sent; templates keep their {{variables}};
// footnotes, links, hearts, HTML and percentages are not slots.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeholderKind } from '../../../src/core/rules/kinds/placeholder';
import type { LintContext } from '../../../src/core/types';
import { refusesOptions, run } from './helpers';

type Row = [text: string, ctx: Partial<LintContext>, expected: [slot: string, start: number][]];

test('placeholder: slots and notes (table)', () => {
  const ru: Partial<LintContext> = { lang: 'ru' };
  const en: Partial<LintContext> = { lang: 'en' };
  const tpl = (variables: string[] = []): Partial<LintContext> => ({ lang: 'ru', role: 'template', variables });
  const rows: Row[] = [
    ['Здравствуйте, {{name}}! Ваш заказ готов.', ru, [['{{name}}', 14]]],
    ['Hi {{ order }}!', en, [['{{ order }}', 3]]],
    ['Hi {{{name}}}, {{#if vip}}thanks{{/if}}', en, [['{{{name}}}', 3], ['{{#if vip}}', 15], ['{{/if}}', 32]]],
    ['Здравствуйте, {{name}}! Ваш заказ готов.', tpl(['name']), []],
    ['Здравствуйте, {{name}}! Заказ {{order}}.', tpl(['name']), []], // undeclared: the matrix's business
    ['Здравствуйте, {{name}}! Ссылка: TODO', tpl(['name']), [['TODO', 32]]],
    ['Здравствуйте, [ИМЯ]! Ваш заказ готов.', ru, [['[ИМЯ]', 14]]],
    ['Hi [NAME], order [ORDER_ID] is ready.', en, [['[NAME]', 3], ['[ORDER_ID]', 17]]],
    ['Ваш заказ [номер заказа] отправлен, трек: [вставить ссылку].', ru, [['[номер заказа]', 10], ['[вставить ссылку]', 42]]],
    ['Hi <name>, your order is ready.', en, [['<name>', 3]]],
    ['Добрый день, <имя>! Ждём вас <...>', ru, [['<имя>', 13], ['<...>', 29]]],
    ['Привет, %USERNAME%! И %username% тоже.', ru, [['%USERNAME%', 8], ['%username%', 22]]],
    ['Привет, %s! Заказ ${order} и {name}, {...}', ru, [['%s', 8], ['${order}', 18], ['{name}', 29], ['{...}', 37]]],
    ['TODO: вставить ссылку на акцию.', ru, [['TODO', 0]]],
    ['Link: XXX, код ХХХХ, FIXME, TBD, TBA', en, [['XXX', 6], ['ХХХХ', 15], ['FIXME', 21], ['TBD', 28]]],
    ["May's game is TBA: vote in our Discord.", en, []], // to be announced: said to the readers
    ['Номер карты: ____, Lorem ipsum dolor.', ru, [['____', 13], ['Lorem ipsum', 19]]],
    // not slots
    ['См. условия [1] и [^2], размер XXL и XXXL.', ru, []],
    ['Подробнее [в правилах](https://example.com) и [тут][1].', ru, []],
    ['We <3 you, see <https://example.com> or <b>bold</b><br/>', en, []],
    ['Скидка 10% и 20%, а на второе — 15 %.', ru, []],
    ['Она написала: «Спасибо [...] всё понравилось» [sic] [UPD]', ru, []],
    ['a_b_c snake_case и __init__', ru, []],
    ['Напишите на <anna@mail.ru>', ru, []],
    ['Обращайтесь [по будням, с 9 до 18]', ru, []],
    ['Нажмите [ OK ] или [ESC], затем [F5]; раздел [FAQ]', ru, []],
  ];
  for (const [text, ctx, expected] of rows) {
    const found = run(placeholderKind, {}, text, ctx);
    assert.deepEqual(found.map((f) => [f.covered, f.start]), expected, text);
    for (const f of found) assert.equal(f.fix, undefined);
  }
});

test('placeholder: messages', () => {
  assert.equal(run(placeholderKind, {}, 'Привет, [ИМЯ]', { lang: 'ru' })[0]?.message, '«[ИМЯ]» — незаполненная заготовка. Подставьте настоящее значение перед отправкой.');
  assert.equal(run(placeholderKind, {}, 'Hi {{name}}', { lang: 'en' })[0]?.message, '«{{name}}» is a placeholder nobody filled in. Put the real value in before you send the reply.');
  assert.equal(run(placeholderKind, {}, 'TODO', { lang: 'ru' })[0]?.message, '«TODO» — пометка для себя, оставшаяся в тексте. Допишите этот фрагмент и уберите её перед отправкой.');
  assert.equal(run(placeholderKind, {}, 'Link: TBD', { lang: 'en' })[0]?.message, '«TBD» is a note to yourself left in the text. Finish that part and remove it before you send the reply.');
  assert.equal(run(placeholderKind, { message: { en: 'Fill {slot}' } }, 'Link: TBD')[0]?.message, 'Fill TBD');
});

test('placeholder: ignore and option validation', () => {
  assert.deepEqual(run(placeholderKind, { ignore: ['[NAME]'] }, 'Hi [NAME] and [CITY]').map((f) => f.covered), ['[CITY]']);
  refusesOptions(placeholderKind, { ignore: '[NAME]' }, 'ignore', /list of strings/);
  refusesOptions(placeholderKind, { ignore: [3] }, 'ignore.0', /non-empty string/);
  refusesOptions(placeholderKind, { variables: [] }, 'variables', /unknown option/);
});

test('placeholder: linear on hostile input', () => {
  const text = '[['.repeat(50_000) + '{{'.repeat(50_000) + '<'.repeat(50_000) + '%a'.repeat(50_000);
  const t0 = performance.now();
  run(placeholderKind, {}, text);
  assert.ok(performance.now() - t0 < 3000, `${performance.now() - t0} ms`);
});
