// The structural rules of the English pack: shouting, punctuation, emoji, length, placeholders,
// personal data, sentence length and reading ease, what a reply to a critic must contain and greeting
// by name. The same kinds as the Russian pack, each rule with `lang: 'en'` and an en.* id — see
// ru-structure.ts for why language-neutral kinds live in both packs rather than once without a language.
// English has no ты/вы, so there is no address rule here.
import type { RuleDef } from '../rules/api';

export const EN_STRUCTURE_RULES: RuleDef[] = [
  {
    id: 'en.shouting',
    kind: 'caps',
    lang: 'en',
    severity: 'error',
    description: { en: 'Shouting: words in capitals that are not acronyms.', ru: 'Крик: слова заглавными, которые не аббревиатуры.' },
  },
  {
    id: 'en.exclamations',
    kind: 'punctuation',
    lang: 'en',
    severity: 'warning',
    description: { en: 'Runs of “!!!”, “?!”, “???”, ellipses over three dots and bracket smileys “)))”.', ru: 'Серии «!!!», «?!», «???», многоточия длиннее трёх точек и скобочные смайлы «)))».' },
  },
  {
    id: 'en.emoji',
    kind: 'emoji',
    lang: 'en',
    severity: 'warning',
    max: 3,
    description: { en: 'At most three emoji per reply.', ru: 'Не больше трёх эмодзи в ответе.' },
  },
  {
    id: 'en.length',
    kind: 'length',
    lang: 'en',
    severity: 'warning',
    description: { en: 'Reply length within the channel’s limit (X counts a link as 23).', ru: 'Длина ответа в пределах лимита канала (X считает ссылку за 23 знака).' },
  },
  {
    id: 'en.placeholder',
    kind: 'placeholder',
    lang: 'en',
    severity: 'error',
    description: { en: 'Unfilled placeholders and notes: {{name}}, [NAME], <link>, TODO, TBD.', ru: 'Незаполненные заготовки и пометки: {{name}}, [NAME], <link>, TODO, TBD.' },
  },
  {
    id: 'en.pii',
    kind: 'pii',
    lang: 'en',
    severity: 'error',
    roles: ['reply', 'template'],
    description: { en: 'Personal data in a public reply: phone, e-mail, card number, home address.', ru: 'Личные данные в публичном ответе: телефон, почта, номер карты, домашний адрес.' },
  },
  {
    id: 'en.sentence-length',
    kind: 'sentence',
    lang: 'en',
    severity: 'warning',
    maxWords: 25,
    description: { en: 'Sentences of at most 25 words.', ru: 'Предложения не длиннее 25 слов.' },
  },
  {
    id: 'en.readability',
    kind: 'sentence',
    lang: 'en',
    severity: 'info',
    maxWords: 0,
    minScore: 20,
    description: { en: 'Sentences that are hard to read: Flesch reading ease below 20.', ru: 'Предложения, которые трудно читать: индекс удобочитаемости Флеша ниже 20.' },
  },
  {
    id: 'en.critic-needs-apology',
    kind: 'required',
    lang: 'en',
    severity: 'warning',
    commenters: ['critic'],
    roles: ['reply', 'template'],
    description: { en: 'A reply to a critic thanks or apologises and offers a private channel.', ru: 'Ответ критику благодарит или извиняется и предлагает продолжить в личном канале.' },
    require: [
      {
        any: ['thank', 'thanks', 'sorry', 'apologise', 'apologize', 'apologies', 'apology', 'regret', 'grateful', 'appreciate', "you're right", 'you are right'],
        message: {
          en: 'Open a reply to criticism with thanks or an apology: “Thanks for telling us” or “Sorry about the delay”.',
          ru: 'Ответ на критику начните с благодарности или извинения: “Thanks for telling us” или “Sorry about the delay”.',
        },
      },
      {
        any: ['private message', 'direct message', 'DM', 'DMs', 'message us', 'email us', 'e-mail us', 'inbox', 'contact us', 'reach out', 'call us', 'support team',
          'email', 'e-mail', 'write to us', 'drop us a line', 'get in touch', 'give us a call', 'phone us', 'live chat', 'support chat', 'hotline'],
        message: {
          en: 'Offer to continue in a private channel: “Send us a direct message and we’ll sort it out”.',
          ru: 'Предложите продолжить в личном канале: “Send us a direct message and we’ll sort it out”.',
        },
        // an e-mail reply is the private channel already
        unless: { channels: ['email'] },
      },
    ],
  },
  {
    id: 'en.greeting',
    kind: 'required',
    lang: 'en',
    severity: 'info',
    roles: ['reply', 'template'],
    greeting: true,
    minWords: 6,
    description: { en: 'A reply greets the person by name.', ru: 'Ответ обращается к человеку по имени.' },
  },
];
