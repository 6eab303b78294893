// The structural packs (ru-structure, en-structure) run through the engine with the rule kinds:
// every rule compiles and speaks both languages, fixture replies trigger exactly the expected rules,
// and realistic polite replies trigger nothing at all (the false-positive guard).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultConfig, type RuleCatalog } from '../../../src/core/config/voice';
import { lintText } from '../../../src/core/engine/lint';
import { EN_STRUCTURE_RULES } from '../../../src/core/packs/en-structure';
import { RU_STRUCTURE_RULES } from '../../../src/core/packs/ru-structure';
import type { RuleKind } from '../../../src/core/rules/api';
import { addressKind } from '../../../src/core/rules/kinds/address';
import { capsKind } from '../../../src/core/rules/kinds/caps';
import { emojiKind } from '../../../src/core/rules/kinds/emoji';
import { lengthKind } from '../../../src/core/rules/kinds/length';
import { patternKind } from '../../../src/core/rules/kinds/pattern';
import { piiKind } from '../../../src/core/rules/kinds/pii';
import { placeholderKind } from '../../../src/core/rules/kinds/placeholder';
import { punctuationKind } from '../../../src/core/rules/kinds/punctuation';
import { requiredKind } from '../../../src/core/rules/kinds/required';
import { sentenceKind } from '../../../src/core/rules/kinds/sentence';
import type { LintContext } from '../../../src/core/types';
import { localize } from '../../../src/core/types';

const KINDS: RuleKind[] = [punctuationKind, emojiKind, lengthKind, capsKind, addressKind, placeholderKind, piiKind, sentenceKind, requiredKind, patternKind];
const catalog: RuleCatalog = { kinds: new Map(KINDS.map((k) => [k.kind, k])), packs: { ru: RU_STRUCTURE_RULES, en: EN_STRUCTURE_RULES } };
const config = defaultConfig(catalog);
const lint = (text: string, ctx: Partial<LintContext>) => lintText(text, ctx, config);

test('packs: every rule compiles, has its language, unique id, both languages, and the error policy', () => {
  const ids = new Set<string>();
  for (const [lang, defs] of [['ru', RU_STRUCTURE_RULES], ['en', EN_STRUCTURE_RULES]] as const) {
    for (const d of defs) {
      assert.ok(!ids.has(d.id), `duplicate ${d.id}`);
      ids.add(d.id);
      assert.ok(d.id.startsWith(`${lang}.`), d.id);
      assert.equal(d.lang, lang, d.id);
      const kind = catalog.kinds.get(d.kind);
      assert.ok(kind, `${d.id}: kind ${d.kind}`);
      assert.doesNotThrow(() => kind.compile(d, { channelLimits: {}, allow: [] }), d.id);
      for (const l of ['ru', 'en'] as const) {
        assert.ok(localize(d.description, l), `${d.id} description in ${l}`);
        const message = d.message ?? kind.defaultMessage;
        assert.ok(typeof message === 'object' && message[l], `${d.id} message in ${l}`);
      }
      const mustNeverPublish = /\.(shouting|pii|placeholder)$/.test(d.id);
      assert.equal(d.severity === 'error', mustNeverPublish, `${d.id} severity ${d.severity}`);
    }
  }
  for (const id of ['ru.shouting', 'ru.pii', 'ru.placeholder', 'ru.address', 'ru.length', 'ru.critic-needs-apology', 'ru.greeting', 'en.exclamations', 'en.pii', 'en.readability']) assert.ok(ids.has(id), id);
});

/** [context, text, expected rule ids] */
type Case = [Partial<LintContext>, string, string[]];

test('packs: replies trigger exactly the expected structural rules', () => {
  const ru = (ctx: Partial<LintContext> = {}) => ({ lang: 'ru' as const, ...ctx });
  const en = (ctx: Partial<LintContext> = {}) => ({ lang: 'en' as const, ...ctx });
  const cases: Case[] = [
    [ru(), 'Анна, мы НИКОГДА так не делаем.', ['ru.shouting']],
    [ru(), 'Анна, ответ в разделе FAQ, оплата через СБП, цены с НДС.', []],
    [ru(), 'Анна, спасибо за заказ!!!', ['ru.exclamations']],
    [ru(), 'Ну вы даёте)))', ['ru.exclamations']],
    [ru(), 'Анна, вы правда не получили заказ?!', ['ru.exclamations']],
    [ru(), 'Здравствуйте, {{name}}! Ваш заказ готов.', ['ru.placeholder']],
    [ru({ role: 'template', variables: ['name'] }), 'Здравствуйте, {{name}}! Ваш заказ готов.', []],
    [ru(), 'Здравствуйте, [ИМЯ]! Ваш заказ готов.', ['ru.placeholder']], // five words: too short for the greeting rule
    [ru(), 'Анна, позвоните менеджеру по номеру +7 (912) 345-67-89.', ['ru.pii']],
    [ru(), 'Анна, заказ №1234567890 отправлен 12.05.2024, сумма 2 490 ₽.', []],
    [ru(), 'Анна, отправим на ул. Ленина, д. 5, кв. 12 завтра.', ['ru.pii']],
    [ru(), 'Вы можете оформить заказ, а ты потом заберёшь.', ['ru.address', 'ru.greeting']],
    [ru({ commenter: 'critic' }), 'Доставка задержалась из-за погоды.', ['ru.critic-needs-apology']],
    [ru({ commenter: 'critic' }), 'Простите за задержку, Олег. Напишите номер заказа в личные сообщения, разберёмся.', []],
    [ru({ channel: 'x' }), 'Анна, спасибо. '.repeat(20), ['ru.length']],
    [ru({ channel: 'telegram' }), 'Анна, спасибо. '.repeat(20), []],
    [ru(), 'Привет 😀😀😀😀', ['ru.emoji']],
    [ru(), 'Спасибо за вопрос, завтра ответим подробно.', ['ru.greeting']],
    [ru(), 'Анна, осуществление возврата денежных средств производится в течение десяти рабочих дней с момента получения соответствующего заявления.', ['ru.readability']],
    [ru(), `Анна, ${'спасибо за отзыв, '.repeat(9)}нам приятно.`, ['ru.sentence-length']],
    [en(), 'Sam, we will NEVER do that.', ['en.shouting']],
    [en(), 'Really?!', ['en.exclamations']],
    [en(), 'Hi <name>, your order is ready.', ['en.placeholder', 'en.greeting']],
    [en(), 'Sam, we will call you on +1 (415) 555-0134 today.', ['en.pii']],
    // the brand's own line, given as ours, is no one's personal number
    [en(), 'Sam, call us on +1 (415) 555-0134 today.', []],
    [en(), 'Hi Sam, card 4111 1111 1111 1111 was declined.', ['en.pii']],
    [en(), "Hi Sam, we'll deliver to 221B Baker Street, Apt 4 tomorrow.", ['en.pii']],
    [en({ commenter: 'critic' }), 'The delay was caused by the weather.', ['en.critic-needs-apology', 'en.greeting']],
    [en({ commenter: 'critic' }), 'Sorry about the delay, Olga. Could you send us a private message with your order number?', []],
    [en(), "We'll look into it and reply tomorrow with details.", ['en.greeting']],
    [en(), 'Sam, notwithstanding the aforementioned considerations, reimbursement eligibility is contingent upon verification of documentation.', ['en.readability']],
  ];
  const failures: string[] = [];
  for (const [ctx, text, want] of cases) {
    const got = [...new Set(lint(text, ctx).map((f) => f.rule))].sort();
    if (JSON.stringify(got) !== JSON.stringify([...want].sort())) failures.push(`${text}\n    expected ${want.join(', ') || '(none)'}; got ${got.join(', ') || '(none)'}`);
  }
  assert.equal(failures.length, 0, failures.join('\n'));
});

test('packs: realistic polite replies produce no findings at all (false-positive guard)', () => {
  const ru: Case[] = [
    [{}, 'Анна, спасибо за тёплые слова! Рады, что кофе понравился, передадим бариста.', []],
    [{}, 'Ирина, заказ уже у курьера. Трек-номер пришлём сегодня до 18:00.', []],
    [{ commenter: 'critic' }, 'Олег, простите за задержку. Напишите, пожалуйста, номер заказа в личные сообщения — разберёмся и ответим сегодня.', []],
    [{ commenter: 'critic' }, 'Мария, спасибо, что рассказали об этом. Такого быть не должно: пришлите детали в директ, и мы всё исправим.', []],
    [{ commenter: 'neutral' }, 'Здравствуйте, Павел! Доставка по Москве занимает 1–2 дня, по России — до недели. Подробности есть в разделе FAQ на сайте.', []],
    [{ commenter: 'grateful' }, 'Светлана, благодарим за отзыв 😊 Нам очень приятно, что подарок понравился!', []],
    [{}, 'Добрый день, Алексей! Оплатить заказ можно картой, через СБП или наличными курьеру. Цены указаны с НДС.', []],
    [{ channel: 'x' }, 'Наталья, спасибо! Подробности акции — на https://example.com/sale-2024-spring-coffee-beans-and-more', []],
    [{}, 'Екатерина, мы открылись в Казани на проспекте Победы, 12. Ждём вас ежедневно с 9:00 до 21:00.', []],
    [{ commenter: 'neutral' }, 'Дмитрий, по вопросам оптовых закупок пишите на sales@example.ru или звоните 8 800 555-35-35 — это бесплатно.', []],
    [{ role: 'template', variables: ['name', 'order'] }, 'Здравствуйте, {{name}}! Заказ {{order}} передан в доставку. Если появятся вопросы, напишите нам в личные сообщения.', []],
    [{}, 'Анна, к сожалению, эта обжарка закончилась. Новая партия ожидается на следующей неделе — можем отложить для вас пачку.', []],
    [{}, 'Сергей, понимаем, как неприятно ждать... Курьер приедет завтра с 10:00 до 14:00, номер заказа 89123456789.', []],
  ];
  const en: Case[] = [
    [{}, 'Thanks so much, Anna! We are glad you liked the beans.', []],
    [{}, 'Hi Sam, your order left the roastery this morning and should arrive on Friday.', []],
    [{ commenter: 'critic' }, 'Sorry about the delay, Olga. Could you send us a private message with your order number? We will sort it out today.', []],
    [{ commenter: 'critic' }, 'Thanks for flagging this, Mark. That should not have happened: please DM us the details and we will make it right.', []],
    [{ commenter: 'neutral' }, 'Hi Priya! Shipping within the UK takes 1-2 days. You can find more in the FAQ on our site.', []],
    [{ commenter: 'grateful' }, 'Thank you, Tom! 🙌 It means a lot to the whole team.', []],
    [{}, 'Hello Chris, you can pay by card, Apple Pay or PayPal. All prices include VAT.', []],
    [{ channel: 'x' }, 'Thanks, Jess! The details are here: https://example.com/spring-sale-on-all-coffee-beans-and-brewing-gear-2024', []],
    [{}, 'Hi Ben, our new shop is at 10 Downing Street. We are open daily from 9am to 9pm.', []],
    [{ commenter: 'neutral' }, 'Laura, for wholesale orders please email sales@example.com or call us free on 1-800-555-0199.', []],
    [{ role: 'template', variables: ['name', 'order'] }, 'Hi {{name}}, order {{order}} is on its way. If anything comes up, send us a direct message.', []],
    [{}, 'Emma, unfortunately this roast is sold out... A new batch arrives next week, and we can save a bag for you.', []],
    [{}, 'Hi Alex, your order 12345678 shipped on 2024-05-12 for $24.90 and the tracking number is 1Z999AA10123456784.', []],
  ];
  const failures: string[] = [];
  for (const [lang, cases] of [['ru', ru], ['en', en]] as const) {
    assert.ok(cases.length >= 10);
    for (const [ctx, text] of cases) {
      const found = lint(text, { lang, ...ctx });
      if (found.length) failures.push(`${text}\n    ${found.map((f) => `${f.rule} «${text.slice(f.start, f.end)}»: ${f.message}`).join('\n    ')}`);
    }
  }
  assert.equal(failures.length, 0, failures.join('\n'));
});
