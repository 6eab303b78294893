// The structural rules of the Russian pack: shouting, punctuation, emoji, length, placeholders,
// personal data, sentence length and reading ease, the form of address, what a reply to a critic
// must contain and greeting by name.
//
// Language-neutral kinds (length, emoji, pii, placeholder, caps, punctuation) live in both packs, as
// ru.* and en.*, each with `lang` set, rather than once with `lang` unset: a text always has one
// language, so it gets exactly one copy; a guide can tune or turn off the Russian rule alone
// (`ru.emoji: off`); a Russian rule's description and docs entry read naturally; and the ids say which
// pack a finding came from. Messages come from the kinds in both languages (the text's language is
// used) unless a rule below sets its own.
//
// Severity: what must never be published is an error (shouting, personal data, unfilled placeholders);
// what makes a reply worse is a warning; hints are info.
import type { RuleDef } from '../rules/api';

export const RU_STRUCTURE_RULES: RuleDef[] = [
  {
    id: 'ru.shouting',
    kind: 'caps',
    lang: 'ru',
    severity: 'error',
    description: { ru: 'Крик: слова заглавными, которые не аббревиатуры.', en: 'Shouting: words in capitals that are not acronyms.' },
  },
  {
    id: 'ru.exclamations',
    kind: 'punctuation',
    lang: 'ru',
    severity: 'warning',
    description: { ru: 'Серии «!!!», «?!», «???», многоточия длиннее трёх точек и скобочные смайлы «)))».', en: 'Runs of “!!!”, “?!”, “???”, ellipses over three dots and bracket smileys “)))”.' },
  },
  {
    id: 'ru.emoji',
    kind: 'emoji',
    lang: 'ru',
    severity: 'warning',
    max: 3,
    description: { ru: 'Не больше трёх эмодзи в ответе.', en: 'At most three emoji per reply.' },
  },
  {
    id: 'ru.length',
    kind: 'length',
    lang: 'ru',
    severity: 'warning',
    description: { ru: 'Длина ответа в пределах лимита канала (X считает ссылку за 23 знака).', en: 'Reply length within the channel’s limit (X counts a link as 23).' },
  },
  {
    id: 'ru.placeholder',
    kind: 'placeholder',
    lang: 'ru',
    severity: 'error',
    description: { ru: 'Незаполненные заготовки и пометки: {{name}}, [ИМЯ], <ссылка>, TODO, XXX.', en: 'Unfilled placeholders and notes: {{name}}, [ИМЯ], <ссылка>, TODO, XXX.' },
  },
  {
    id: 'ru.pii',
    kind: 'pii',
    lang: 'ru',
    severity: 'error',
    roles: ['reply', 'template'],
    description: { ru: 'Личные данные в публичном ответе: телефон, почта, номер карты, домашний адрес.', en: 'Personal data in a public reply: phone, e-mail, card number, home address.' },
  },
  {
    id: 'ru.sentence-length',
    kind: 'sentence',
    lang: 'ru',
    severity: 'warning',
    maxWords: 25,
    description: { ru: 'Предложения не длиннее 25 слов.', en: 'Sentences of at most 25 words.' },
  },
  {
    id: 'ru.readability',
    kind: 'sentence',
    lang: 'ru',
    severity: 'info',
    maxWords: 0,
    minScore: 0,
    description: {
      ru: 'Предложения, которые трудно читать: индекс удобочитаемости (Флеш в адаптации Оборневой) ниже нуля.',
      en: 'Sentences that are hard to read: reading ease (Flesch, Oborneva’s Russian adaptation) below zero.',
    },
  },
  {
    id: 'ru.address',
    kind: 'address',
    lang: 'ru',
    severity: 'warning',
    description: { ru: 'Одно обращение на весь ответ — «вы» (или как решил бренд), и правило о «Вы» с заглавной.', en: 'One form of address throughout a reply — «вы» (or the brand’s choice) — and the policy on a capital «Вы».' },
  },
  {
    id: 'ru.critic-needs-apology',
    kind: 'required',
    lang: 'ru',
    severity: 'warning',
    commenters: ['critic'],
    roles: ['reply', 'template'],
    description: { ru: 'Ответ критику благодарит или извиняется и предлагает продолжить в личном канале.', en: 'A reply to a critic thanks or apologises and offers a private channel.' },
    require: [
      {
        any: ['спасибо', 'благодарим', 'благодарю', 'благодарность', 'признательны', 'извините', 'извиняемся', 'извинения', 'простите', 'сожалеем', 'жаль', 'вы правы'],
        message: {
          ru: 'Ответ на критику начните с благодарности или извинения: «Спасибо, что написали» или «Простите за задержку».',
          en: 'Open a reply to criticism with thanks or an apology: «Спасибо, что написали» or «Простите за задержку».',
        },
      },
      {
        any: ['личные сообщения', 'личное сообщение', 'личка', 'директ', 'напишите нам', 'пишите нам', 'свяжитесь с нами', 'на почту', 'чат поддержки', 'в поддержку', 'позвоните нам',
          'напишите на', 'пишите на', '=в лс', '=в личку', 'позвоните', 'горячая линия', 'по телефону', 'электронная почта', 'в чат'],
        message: {
          ru: 'Предложите продолжить разговор в личном канале: «Напишите нам в личные сообщения, разберёмся».',
          en: 'Offer to continue in a private channel: «Напишите нам в личные сообщения, разберёмся».',
        },
        // an e-mail reply is the private channel already
        unless: { channels: ['email'] },
      },
    ],
  },
  {
    id: 'ru.greeting',
    kind: 'required',
    lang: 'ru',
    severity: 'info',
    roles: ['reply', 'template'],
    greeting: true,
    minWords: 6,
    description: { ru: 'Ответ обращается к человеку по имени.', en: 'A reply greets the person by name.' },
  },
];
