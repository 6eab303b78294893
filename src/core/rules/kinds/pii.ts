// pii: personal data in a public reply — phone numbers, e-mail addresses, payment card numbers
// (Luhn-checked) and street addresses down to the flat or house. Such details go to private messages.
import type { RuleKind } from '../api';
import { bool, knownOptions, stringList } from './options';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// A phone: +7/8 and a Russian number in any usual grouping, or an international number with a +.
const PHONE = /(?<![\p{L}\p{N}+])(?:(?:\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}|\+(?:[1-689]\d{0,2})[\s(-]*\d{1,4}[\s)-]*\d{2,4}[\s-]*\d{2,4}(?:[\s-]*\d{2,4})?|\(\d{3}\)\s?\d{3}-\d{4}|\d{3}-\d{3}-\d{4})(?![\p{N}])/gu;
const CARD = /(?<![\p{N}])(?:\d[ -]?){12,18}\d(?![\p{N}])/gu;
const ADDRESS_RU = /(?<![\p{L}])(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|ш\.|шоссе|б-р|бульвар|наб\.|набережная|пл\.|площадь)\s*[\p{Lu}\p{L}\d. -]{2,40}?,?\s*(?:д\.|дом)\s*\d+[а-яА-Я]?(?:[,\s]*(?:к\.|корп\.|корпус|стр\.|строение)\s*\d+)?(?:[,\s]*(?:кв\.|квартира|оф\.|офис)\s*\d+)?/gu;
const ADDRESS_RU_SHORT = /(?<![\p{L}])(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|б-р|бульвар)\s+[\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?,?\s+\d+[а-я]?(?:\s*[-/]\s*\d+|,?\s*(?:кв\.|квартира)\s*\d+)/gu;
const ADDRESS_EN = /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Court|Ct\.?|Place|Pl\.?|Terrace|Way)(?:,?\s*(?:Apt\.?|Apartment|Suite|Unit|Flat|#)\s*\w+)?(?![\p{L}])/gu;

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const MESSAGES = {
  email: { en: 'An e-mail address in a public reply: «{value}». Move personal contacts to private messages.', ru: 'Адрес почты в публичном ответе: «{value}». Личные контакты — только в личных сообщениях.' },
  phone: { en: 'A phone number in a public reply: «{value}». Ask the person to send contacts in a private message instead.', ru: 'Номер телефона в публичном ответе: «{value}». Попросите прислать контакты в личные сообщения.' },
  card: { en: 'A payment card number in a public reply. Remove it at once and never ask for card details in comments.', ru: 'Номер банковской карты в публичном ответе. Удалите его и никогда не просите данные карты в комментариях.' },
  address: { en: 'A street address in a public reply: «{value}». Discuss delivery details in private messages.', ru: 'Адрес в публичном ответе: «{value}». Детали доставки обсуждайте в личных сообщениях.' },
};

export const piiKind: RuleKind = {
  kind: 'pii',
  description: { en: 'Personal data in a public reply: phones, e-mails, card numbers, street addresses.', ru: 'Личные данные в публичном ответе: телефоны, почта, номера карт, адреса.' },
  defaultMessage: { en: 'Personal data in a public reply: «{value}». Move it to private messages.', ru: 'Личные данные в публичном ответе: «{value}». Перенесите это в личные сообщения.' },
  compile(def) {
    knownOptions(def, ['email', 'phone', 'card', 'address', 'allowDomains', 'allow']);
    const on = { email: bool(def, 'email', true), phone: bool(def, 'phone', true), card: bool(def, 'card', true), address: bool(def, 'address', true) };
    const domains = stringList(def, 'allowDomains').map((d) => d.toLowerCase());
    const allow = new Set(stringList(def, 'allow').map((s) => s.toLowerCase()));
    return (unit, report) => {
      const text = unit.text;
      const lang = unit.ctx.lang;
      const taken: [number, number][] = [];
      const put = (what: keyof typeof MESSAGES, s: number, e: number) => {
        const value = text.slice(s, e);
        if (allow.has(value.toLowerCase()) || taken.some(([a, b]) => s < b && e > a)) return;
        taken.push([s, e]);
        report({ start: s, end: e, message: MESSAGES[what][lang].replace('{value}', value) });
      };
      const hasDigits = /\d/.test(text);
      if (on.email && text.includes('@')) {
        EMAIL.lastIndex = 0;
        for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
          const domain = (m[0].split('@')[1] ?? '').toLowerCase();
          if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
          put('email', m.index, m.index + m[0].length);
        }
      }
      if (!hasDigits) return;
      if (on.card) {
        CARD.lastIndex = 0;
        for (let m = CARD.exec(text); m !== null; m = CARD.exec(text)) {
          const digits = m[0].replace(/\D/g, '');
          if (digits.length >= 13 && digits.length <= 19 && luhn(digits) && !/^(\d)\1+$/.test(digits)) put('card', m.index, m.index + m[0].length);
        }
      }
      if (on.phone) {
        PHONE.lastIndex = 0;
        for (let m = PHONE.exec(text); m !== null; m = PHONE.exec(text)) {
          const digits = m[0].replace(/\D/g, '');
          if (digits.length < 10 || digits.length > 15) continue;
          put('phone', m.index, m.index + m[0].length);
        }
      }
      if (on.address) {
        for (const re of [ADDRESS_RU, ADDRESS_RU_SHORT, ADDRESS_EN]) {
          re.lastIndex = 0;
          for (let m = re.exec(text); m !== null; m = re.exec(text)) put('address', m.index, m.index + m[0].trimEnd().length);
        }
      }
    };
  },
};
