// The structural rules of both packs: shouting, punctuation, emoji, length, placeholders, personal
// data, sentence length, form of address and what replies to critics must contain. Each exists once
// per language (ru.* and en.*) so that messages, severities and scopes can be tuned per language and
// a guide can turn off, say, the Russian one only; a text gets the rules of its own language.
import type { RuleDef } from '../rules/api';
import type { Lang, Localized } from '../types';

function pack(lang: Lang): RuleDef[] {
  const t = (ru: string, en: string): Localized => ({ ru, en });
  const rules: RuleDef[] = [
    {
      id: `${lang}.shouting`,
      kind: 'caps',
      lang,
      severity: 'error',
      description: t('Крик: слова заглавными, которые не аббревиатуры.', 'Shouting: words in capitals that are not acronyms.'),
    },
    {
      id: `${lang}.exclamations`,
      kind: 'punctuation',
      lang,
      severity: 'warning',
      description: t('Серии «!!!», «???» и скобочные смайлы «)))».', 'Runs of “!!!”, “???” and bracket smileys “)))”.'),
    },
    {
      id: `${lang}.emoji`,
      kind: 'emoji',
      lang,
      severity: 'warning',
      max: 3,
      description: t('Не больше трёх эмодзи в ответе.', 'At most three emoji per reply.'),
    },
    {
      id: `${lang}.length`,
      kind: 'length',
      lang,
      severity: 'warning',
      description: t('Длина ответа в пределах лимита канала.', 'Reply length within the channel’s limit.'),
    },
    {
      id: `${lang}.placeholder`,
      kind: 'placeholder',
      lang,
      severity: 'error',
      description: t('Незаполненные заготовки: {{name}}, [ИМЯ], TODO.', 'Unfilled placeholders: {{name}}, [NAME], TODO.'),
    },
    {
      id: `${lang}.pii`,
      kind: 'pii',
      lang,
      severity: 'error',
      roles: ['reply', 'template'],
      description: t('Личные данные в публичном ответе.', 'Personal data in a public reply.'),
    },
    {
      id: `${lang}.sentence-length`,
      kind: 'sentence',
      lang,
      severity: 'warning',
      maxWords: lang === 'ru' ? 25 : 28,
      description: t('Длинные и тяжёлые предложения.', 'Long and heavy sentences.'),
    },
    {
      id: `${lang}.critic-needs-apology`,
      kind: 'required',
      lang,
      severity: 'warning',
      commenters: ['critic'],
      roles: ['reply', 'template'],
      description: t('Ответ критику благодарит или извиняется и предлагает личный канал.', 'A reply to a critic thanks or apologises and offers a private channel.'),
      require:
        lang === 'ru'
          ? [
              { any: ['спасибо', 'благодарить', 'извинить', 'извините', 'простите', 'сожалеем', 'жаль', 'приносим извинения'], message: t('Ответ на критику начните с благодарности или извинения: «Спасибо, что написали» или «Простите за ...».', 'Open a reply to criticism with thanks or an apology.') },
              { any: ['личные сообщения', 'личных сообщениях', 'личку', 'директ', 'напишите нам', 'почту', 'почте', 'поддержку', 'чат поддержки', 'позвоните'], message: t('Предложите продолжить в личном канале: «напишите нам в личные сообщения».', 'Offer a private channel: “send us a private message”.') },
            ]
          : [
              { any: ['thank', 'thanks', 'sorry', 'apologise', 'apologize', 'apologies', 'regret'], message: t('Ответ критику начните с благодарности или извинения.', 'Open a reply to criticism with thanks or an apology: “Thanks for telling us” or “Sorry about ...”.') },
              { any: ['private message', 'direct message', 'DM', 'DMs', 'message us', 'email us', 'e-mail us', 'inbox', 'support team', 'call us'], message: t('Предложите продолжить в личном канале.', 'Offer a private channel: “send us a direct message”.') },
            ],
    },
    {
      id: `${lang}.greeting`,
      kind: 'required',
      lang,
      severity: 'info',
      roles: ['reply', 'template'],
      greeting: true,
      minWords: 6,
      description: t('Ответ начинается с имени человека.', 'A reply opens with the person’s name.'),
    },
  ];
  if (lang === 'ru') {
    rules.push({
      id: 'ru.address',
      kind: 'address',
      lang: 'ru',
      severity: 'warning',
      description: t('Обращение на «вы» (или как решил бренд), одно на весь ответ.', 'One form of address (вы, or the brand’s choice) throughout a reply.'),
    });
  }
  return rules;
}

export const RU_STRUCTURE_RULES: RuleDef[] = pack('ru');
export const EN_STRUCTURE_RULES: RuleDef[] = pack('en');
