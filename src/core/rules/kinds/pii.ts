// pii: personal data in a public reply — phone numbers, e-mail addresses, payment card numbers and
// home addresses. Such details belong in private messages; the messages say so.
//   phone, email, card, address, document, secret: true|false   turn a detector off (secret: a
//                                  wallet's recovery phrase or private key; document: identity
//                                  document numbers the text names — СНИЛС, полис ОМС, passport —, a person's
//                                  accounts — лицевой счёт, account number, IBAN, a UK sort code with its
//                                  account — and dates of birth)
//   allowDomains: [brand.ru]       e-mail addresses at these domains (and their subdomains) are fine
//   allow: ["+7 800 555-35-35"]    values that are fine (e-mails as written, phones compared by digits)
//   allowRoleAddresses: true       support@, info@, hello@... are a company's mailboxes, not a person's,
//                                  and so is one the reader is asked to write to (not at gmail.com...)
//   allowTollFree: true            8-800 / +7 800 and US toll-free numbers are a company's lines, and so is
//                                  a number the text gives as ours («по номеру клуба», "call us on", a
//                                  city line after «позвоните», a signature at the end of the reply)
//   addressLevel: apartment|house  apartment (default): flag addresses down to the flat (кв. 12,
//                                  «Мира 10-45», Apt 4), and house-level ones only where the text
//                                  delivers to or names someone's address; house: every street address
//                                  with a house number (a shop's address too)
// Not personal data: order and tracking numbers, INN/OGRN and other ids (a number after №, #, «заказ»,
// "order", «трек», «ИНН» is not a phone), dates, times, prices, a city or a street without a number.
// Phones need a phone's shape: +7 / 8 and ten digits in the usual groupings, an international number
// with + (9–15 digits), or the US (415) 555-0134 / 415-555-0134. Cards: 13–19 digits, grouped as cards
// are, starting as card numbers do (2–6), Luhn-checked unless the text calls it a card («карта 2202 …»);
// and a card's expiry date where the text names one ("expiry 08/27").
// An address the text asks the reader to write to («напишите на …», "email us at …"), and a number or
// an address the writer gives as their own ("my email is", «мой прямой телефон», a signature at the
// end: «Руслан, +7 (843) …») are the brand's.
import type { Lang } from '../../types';
import { fillMessage } from '../../types';
import { MARK } from '../../text/scan';
import { GATES, sawGateWord } from '../gate';
import type { RuleDef, RuleKind } from '../api';
import { RuleOptionError } from '../api';
import { bool, knownOptions, oneOf, stringList } from './options';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;
// A company's mailbox: a role name as the whole local part, or at its start or end (appsupport@,
// support.team@, help-desk@, clientcare@; not carey.jones@).
const ROLE_MAILBOX = /^(?:app|apps|[\p{L}\p{N}]*(?:support|help|care|service|feedback)|(?:support|feedback|billing)[\p{L}\p{N}]*|(?:support|help|care|service|feedback|info|hello|press|billing|sales|team|contact)[._-][\p{L}\p{N}._-]*|[\p{L}\p{N}]+[._-](?:support|help|care|service|feedback|info|hello|press|billing|sales|team|contact)|support|help|helpdesk|info|hello|hi|care|service|services|access|accessibility|enquiries|inquiries|bookings?|tickets?|events|reservations?|membership|members|complaints|returns|claims|accounts|payments|safeguarding|customer(?:care|service)?|feedback|press|media|pr|hr|jobs|careers|sales|team|contact|contacts|office|admin|noreply|no-reply|privacy|security|dpo|abuse|incidents?|status|memorial|bereavement|condolences|wellbeing|safety|trust|fans|fanclub|boxoffice|legal|billing|orders?|shop|store|partners?|ask|mail|post|letters|newsdesk|news|editor|editorial|redaktsiya|red|clients?|lessons|classes|school|reception|frontdesk|studio|zakaz|podderzhka|pomosch|pomoshch|otzyv|otzyvy|kontakt|поддержка|помощь|заказ|инфо)$/iu;
const PHONE = new RegExp(
  [
    // Russian: +7 or 8, then ten digits as 3-3-2-2 with spaces, dashes or brackets
    '(?:\\+\\s?7|(?<![\\d+])8)[\\s(\\-]{0,3}\\d{3}[\\s)\\-]{0,3}\\d{3}[\\s\\-]?\\d{2}[\\s\\-]?\\d{2}(?!\\d)',
    // international with a plus: +44 20 7946 0958, +1 415 555 0134, +49 (30) 1234567
    // (each ends where the digits do, so that the groups are tried until the whole number is taken:
    // +44 7700 900123 is not +44 7700 90012 with a 3 left over)
    '\\+\\s?(?:[1-689]\\d{0,2})[\\s.(\\-]{0,3}\\d{1,4}[\\s.)\\-]{0,3}\\d{2,6}(?:[\\s.\\-]?\\d{2,5}){0,3}(?!\\d)',
    // a UK mobile without a plus: 07700 900123, 07700-900-123
    '(?<![\\d+])07\\d{3}[\\s\\-]?\\d{3}[\\s\\-]?\\d{3}(?!\\d)',
    // the US without a plus: (415) 555-0134, 415-555-0134, 415.555.0134
    '(?<!\\d)(?:1[\\s.\\-])?(?:\\(\\d{3}\\)\\s?|\\d{3}[.\\-])\\d{3}[.\\-]\\d{4}(?!\\d)',
  ].join('|'),
  'g',
);
const CARD = /(?<![\p{N}.,-])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\p{N}]|[.,]\d)/gu;
// An address the reader is asked to write to is the brand's own: nobody is told to e-mail themselves
// («напишите на app@brand.ru», "email us at", "drop us a line at"); "we sent it to ivan@..." is not one,
// nor is a mailbox at a public mail service (FREE_MAIL): a brand writes from its own domain.
const WRITE_TO_BEFORE = /(?<![\p{L}])(?:e-?mail(?:\s+us)?(?:\s+at)?|write\s+(?:to\s+)?(?:us\s+)?(?:at\s+)?|contact\s+us\s+(?:at|on)|reach\s+us\s+(?:at|on)|drop\s+us\s+a\s+(?:line|note)\s+at|(?:send|forward|e-?mail)(?:\s+us)?(?:\s+[\p{L}\p{N},'-]+){0,6}\s+(?:to|at)|my\s+(?:work\s+)?e-?mail(?:\s+address)?(?:\s+is)?|(?:i'm|i\s+am|she's|he's|she\s+is|he\s+is)\s+on|e-?mail\s+(?:me|her|him)(?:\s+(?:at|on))?|(?:мо(?:й|я))\s+(?:почта|адрес|e-?mail)|пишите\s+(?:мне|ей|ему)(?:\s+на)?|(?:пришлите|присылайте|отправьте|перешлите)(?:,?\s*пожалуйста,?)?(?:\s+(?:нам|их|его|её|ее|\p{L}+)){0,2}\s+на|напишите(?:,?\s*пожалуйста,?)?(?:\s+нам)?(?:\s+(?:на\s+(?:почту|адрес)|на))?|пишите(?:,?\s*пожалуйста,?)?(?:\s+нам)?(?:\s+на)?|(?:напишите|пишите)(?:\s+\p{L}+){1,3}\s*[:—–-]|(?:напишите|пишите|пришлите|присылайте|отправьте)(?:\s+\p{L}+){1,3}\s+на|обращайтесь(?:\s+на)?|(?:наш(?:а|у|ей)?|our)\s+(?:почт\p{L}*|адрес\p{L}*|e-?mail|address|support\s+address)|(?:our|the)(?:\s+[\p{L}-]+){0,2}\s+team\s+(?:at|on))\s*[:—–-]?\s*$/iu;
// The second of two ways to reach the same place: "reach them on 0300 …, or at pals@…", «пишите в
// студсовет или на campus@…» — the sentence asked the reader to write or call before the «or».
const OR_AT_BEFORE = /(?:,?\s+or\s+(?:at|on|by\s+e-?mail\s+at)|\s+или\s+на)\s*$/iu;
const CONTACT_CUE = /(?<![\p{L}])(?:reach|call|ring|contact|write|e-?mail|пишите|напишите|звоните|позвоните|обращайтесь|обратитесь)(?![\p{L}])/iu;
function orAtAfterContact(text: string, s: number): boolean {
  const before = text.slice(Math.max(0, s - 160), s);
  if (!OR_AT_BEFORE.test(before)) return false;
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n')) + 1);
  return CONTACT_CUE.test(sentence);
}
const FREE_MAIL = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|inbox|list|bk|internet|yandex|ya|rambler|lenta|autorambler|ro|myrambler|qip|ukr|i|meta|tut)\.[\p{L}]{2,}$/u;
// The reader told to call or text the number itself ("call +33 4 50 …", "you can text 07700 …"): a
// line to call, not someone's number leaked ("call her on …" is not this). In Russian only a city
// line after «позвоните» is (CALL_BEFORE): «Звоните: +7 912 …» may well be a person's own mobile.
const CALL_NUMBER_BEFORE = /(?<![\p{L}])(?:call|ring|text|phone|dial|whatsapp)\s*:?\s*$/iu;
// A phone the text gives as the brand's own line: «по номеру клуба», «позвоните нам», "call us on",
// "our hotline". (A number to call someone, «позвоните менеджеру по номеру …», is still personal.)
const OUR_LINE_BEFORE = /(?:(?<![\p{L}])наш(?:ему|его|ем)?\s+(?:номер\p{L}*|телефон\p{L}*)|(?:номер|телефон)\p{L}*\s+(?:клуба|магазина|офиса|салона|ресторана|кафе|поддержки|горяч\p{L}+\s+лини\p{L}+|колл-центра|call-центра|контакт-центра|филиала|отделения|ресепш\p{L}*|компании|абонемент\p{L}*|кассы|справочной|регистратуры|администратора|библиотеки|театра|музея|клиники|ветклиник\p{L}*|пекарн\p{L}*|кондитерск\p{L}*|кофейн\p{L}*|пиццери\p{L}*|бара|отеля|гостиниц\p{L}*|хостела|мастерск\p{L}*|ателье|автосервиса|сервиса|сервисного\s+центра|аптеки|склада|пункта\s+выдачи|службы\s+доставки|доставки|студии|школы|шоурума|бутика|автосалона|парикмахерск\p{L}*|стоматологи\p{L}*|лаборатори\p{L}*|бюро|агентства|редакции|приёмной|приемной|диспетчерск\p{L}*)|(?:позвоните|звоните|наберите|пишите)(?:,?\s*пожалуйста,?)?\s+(?:нам|в\s+(?:регистратур\p{L}*|клиник\p{L}*|офис|магазин|салон|отделени\p{L}*|поддержк\p{L}*|кол+-?центр|call-центр|контакт-центр|ресепш\p{L}*|администраци\p{L}*|касс\p{L}*|справочн\p{L}*|библиотек\p{L}*)|на\s+(?:горяч\p{L}+\s+лини\p{L}+|абонемент|ресепш\p{L}*))|(?<![\p{L}])call\s+(?:the\s+)?(?:clinic|office|store|shop|front\s+desk|reception|practice|branch)(?:\s+(?:on|at))?|горяч\p{L}+\s+лини\p{L}+|(?<![\p{L}])(?:дежурн\p{L}*|диспетчер\p{L}*|аварийн\p{L}*\s+служб\p{L}*|телефон\p{L}*\s+доверия|лини\p{L}*\s+доверия|психологическ\p{L}*\s+помощ\p{L}*|помощ\p{L}*\s+МЧС|crisis\s+line|samaritans|lifeline)|(?<![\p{L}])(?:можно|записаться|запишитесь|запись|справки)\s+по\s+телефону|(?<![\p{L}])по\s+записи|(?<![\p{L}])позвоните\s+мне|(?<![\p{L}])мо(?:й|я)\s+(?:прямой|рабочий)\s+(?:телефон|номер)|(?<![\p{L}])my\s+(?:direct|work)\s+(?:line|number|phone)(?:\s+is)?|(?<![\p{L}])(?:i'm|i\s+am|she's|he's|she\s+is|he\s+is)\s+on|(?<![\p{L}])(?:call|ring|text|phone|whatsapp)\s+us(?:\s+(?:on|at))?|(?<![\p{L}])(?:call|ring|reach|contact)\s+(?:them|the\s+\p{L}+(?:\s+\p{L}+)?)\s+(?:on|at)|our\s+(?:number|hotline|helpline|phone|support\s+line|line)|hotline|helpline)[^.!?\n]{0,20}$/iu;
// «Позвоните 8 (495) …», «позвоните в кабинет 212: …»: a city number the reader is asked to call, with
// nobody named between (not «звоните Ирине на …», «позвоните менеджеру по номеру …»: someone's own).
const CALL_BEFORE = /(?<![\p{L}])[ПпЗзНн](?:озвоните|воните|аберите)(?:,?\s*пожалуйста,?)?(?:\s+(?:нам|сразу|заранее|в\s+кабинет\s+\d+|в\s+\p{Ll}+|по\s+(?:номеру|телефону)))?\s*[:—–-]?\s*$/u;
// A number after one of these is a card's even when its check digit is wrong (a typo, or made up).
// An identity document's number, as the text names it (СНИЛС, полис ОМС, паспорт, passport, NI, SSN),
// and a date of birth: personal data whoever holds them.
const DOCUMENT = /(?<![\p{L}])(?:СНИЛС|(?:полис\p{L}*\s+)?ОМС|полис\p{L}*|паспорт\p{L}*(?:\s+серии)?|passport(?:\s+(?:number|no\.?))?|national\s+insurance(?:\s+number)?|NI\s+number|SSN|social\s+security(?:\s+number)?|лицев\p{L}*\s+сч[её]т\p{L}*|(?:bank\s+)?account\s+(?:number|no\.?))\s*(?:№|#|no\.?|:)?\s*\d[\d -]{5,}\d|(?<![\p{L}])IBAN\s*:?\s*[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?|(?<![\p{N}-])\d{2}-\d{2}-\d{2},?\s+(?:(?:account(?:\s+(?:number|no\.?))?|acc\.?)\s*:?\s*)?\d{8}(?![\p{N}])/giu;
// What every DOCUMENT match holds: seven or more digits, spaces and dashes from a digit to a digit (an
// IBAN's run of digit groups too). Tested first, it spares the texts without one the regex above,
// which tries each of its names at every position: over the English bench corpus's texts with digits,
// 5–11 ms a lint for the regex alone, 2–3 ms with this test first.
const DOCUMENT_DIGITS = /\d[\d -]{5,}\d/;
const BIRTH = /(?<![\p{N}])\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\s*(?:г\.\s*р\.?|г\.р\.?|года\s+рождения)|(?<![\p{L}])(?:дата\s+рождения|date\s+of\s+birth|DOB|born\s+on)\s*[:—–-]?\s*\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}(?!\d)/giu;
// A contact at the very end of a reply after a name and perhaps a role: the writer's signature
// («Руслан, +7 (843) …», «Анастасия, координатор волонтёров, +7 …», "Maria, adoptions lead, maria@…").
const SIGNED_BEFORE = /(?:^|[.!?\n]\s*|[—–]\s*)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?,(?:\s*\p{Ll}[\p{L}\s-]{1,40},)?\s*$/u;
/** Whether text[s, e) ends the text (but for punctuation) after a signature: a name, a role. */
function signature(text: string, s: number, e: number): boolean {
  return /^[\s.!)]*$/.test(text.slice(e)) && SIGNED_BEFORE.test(text.slice(Math.max(0, s - 80), s));
}

/** Whether the contact text[s, e) is given as the brand's own: introduced so (`before`, within `reach` characters) or signed. */
function givenAsOurs(text: string, s: number, e: number, before: RegExp, reach: number): boolean {
  return before.test(text.slice(Math.max(0, s - reach), s)) || signature(text, s, e);
}

// A card's expiry date, as the text names it: "expiry 08/27", «срок действия 08/27».
const EXPIRY = /(?<![\p{L}])(?:expiry|expires|exp\.?|expiration|valid\s+(?:thru|through|until)|срок\s+действия|действительна\s+до)(?:\s+(?:date|of\s+the\s+card|карты))?\s*[:—–-]?\s*(?:0[1-9]|1[0-2])\s?\/\s?(?:\d{4}|\d{2})(?!\d)/giu;
const CARD_BEFORE = /(?:card|карт[аеуыо]й?|visa|mastercard|maestro|мир)\s*(?:number|номер|no\.?|№|#)?\s*[:№#-]?\s*$/iu;
// A number preceded by one of these is an id, not a phone or a card.
const ID_BEFORE = /(?:№|#|no\.|заказ\p{L}*|order|номер\s+заказа|трек\p{L}*|track\p{L}*|инн|огрн\p{L}*|кпп|бик|окпо|артикул\p{L}*|арт\.|sku|id|ид|сч[её]т\p{L}*|invoice|накладн\p{L}*|тикет\p{L}*|ticket|обращени\p{L}*|case|ref\.?|reference|код\p{L}*|code|договор\p{L}*|contract|посылк\p{L}*|отправлени\p{L}*|parcel)\s*(?:номер|number|no\.?|№)?\s*[:№#-]?\s*$/iu;

const AMOUNT_AFTER = /^\s?(?:%|₽|\$|€|£|руб|р\.|тыс|млн|млрд|k(?![\p{L}])|views|просмотр|подписчик|followers|likes|лайк|раз(?![\p{L}])|шт)/iu;
const STREET_RU = 'ул\\.|улиц[аеуы]|пр-т|просп\\.|проспект|пр\\.|пер\\.|переулок|ш\\.|шоссе|б-р|бульвар|наб\\.|набережная|пл\\.|площадь|пр-д|проезд|мкр\\.?|микрорайон|тупик|аллея';
const NAME_RU = '(?:\\d{1,3}-?(?:я|й|го)?\\s+)?[\\p{Lu}\\d][\\p{L}\\d.-]*(?:\\s+[\\p{Lu}][\\p{L}.-]*){0,3}';
const HOUSE_RU = '(?:д\\.|дом)?\\s*\\d{1,4}[а-яА-Я]?(?:/\\d{1,4})?(?:[,\\s]*(?:к\\.|корп\\.|корпус|стр\\.|строение)\\s*\\d{1,3}[а-яА-Я]?)?';
const FLAT_RU = '(?:[,\\s]*(?:кв\\.?|квартира|комн\\.?|комната)\\s*\\d{1,4}[а-яА-Я]?|-\\d{1,4}(?![\\d-]))';
const ADDRESS_RU = new RegExp(
  `(?<![\\p{L}])(?:(?:${STREET_RU})\\s*${NAME_RU}|[\\p{Lu}][\\p{L}-]+(?:ий|ый|ой|ая)\\s+(?:проспект|пр-т|переулок|пер\\.|бульвар|б-р|шоссе|проезд|тупик|ул\\.|улица|наб\\.|набережная|пл\\.|площадь))[,\\s]+${HOUSE_RU}(?<flat>${FLAT_RU})?`,
  'gu',
);
const STREET_EN = 'Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Court|Ct\\.?|Place|Pl\\.?|Terrace|Way|Close|Crescent|Square|Sq\\.?|Parkway|Highway|Hwy\\.?';
const ADDRESS_EN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<pre>(?:Flat|Apt\\.?|Apartment|Unit)\\s*\\d{1,4}[A-Za-z]?,\\s*)?\\d{1,5}[A-Za-z]?\\s+(?:[A-Z][a-z]+\\s){1,3}(?:${STREET_EN})(?![\\p{L}])(?<flat>,?\\s*(?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Flat|#)\\s*\\d{1,5}[A-Za-z]?)?`,
  'gu',
);
// What every match of ADDRESS_EN has (a house number, then a capitalised word), found far faster than a
// match: the full regex is tried only where it is there.
const ADDRESS_EN_CUE = /\d[A-Za-z]?\s+[A-Z][a-z]/;
/** The address regexes, each with what all its matches have where a test for that is cheaper (see ADDRESS_EN_CUE). */
const ADDRESSES: readonly [RegExp, RegExp | undefined][] = [
  [ADDRESS_RU, undefined],
  [ADDRESS_EN, ADDRESS_EN_CUE],
];
// Words that make a house-level address someone's own: delivering there, living there, "your address",
// a policy or a booking for it ("the policy for 14 Elm Crescent", "booking under Mark Ellis, 14 Alder Road").
const PERSONAL_BEFORE = /(?:deliver(?:ed|y|ing)?\s+(?:it\s+)?to|(?<![\p{L}])(?:policy|booking|claim|reservation|tenancy)\s+(?:for|under|at)|(?<![\p{L}])(?:will|'ll|to|can)\s+visit\s+(?!us|our)|(?:мастер|инженер|техник|специалист)\p{L}*\s+(?:приед\p{L}*|прид[её]т|подъед\p{L}*)|(?:left|dropped\s+off|handed\s+in|collected\s+from|picked\s+up\s+from)\s+(?:it\s+)?at|оставил\p{L}*|оставлен\p{L}*|ship(?:ped|ping)?\s+(?:it\s+)?to|sen[dt]\s+(?:it\s+)?to|your\s+(?:home\s+)?address|your\s+account\s+at|neighbou?rs?\s+at|сосед\p{L}*|registered\s+(?:to|at)|you\s+live|lives?\s+(?:at|on)|доставим|доставили|доставка\s+(?:на|по)|отправим|отправили|привез[её]м|привезли|курьер\p{L}*|ваш\p{L}*\s+адрес|адрес\s+доставки|вы\s+живете|вы\s+живёте|живет|живёт|проживает)[^.!?\n]{0,40}$/iu;

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Whether the digits of a phone number are a toll-free line: 8-800 / +7 800 in Russia, 800/888/877/866/855/844/833 in the US. */
function tollFree(digits: string): boolean {
  return /^[78]800\d{7}$/.test(digits) || /^1?8(?:00|88|77|66|55|44|33)\d{7}$/.test(digits);
}

/** Whether a phone's digits are a Russian city line (8 495 …), not a mobile (+7 9…) that may be anyone's. */
/** Whether some word of the scan is at least `min` units long (a key is one long word). */
function hasLongWord(words: { readonly spans: readonly number[]; readonly count: number }, min: number): boolean {
  for (let k = 0; k < words.count; k++) if ((words.spans[2 * k + 1] as number) - (words.spans[2 * k] as number) >= min) return true;
  return false;
}

function russianCityLine(digits: string): boolean {
  return /^[78][2-8]\d{9}$/.test(digits);
}

/** Whether card digits are grouped as cards are printed (4-4-4-4, 4-6-5, 4-4-4-4-3) or not grouped at all. */
function cardGrouping(raw: string): boolean {
  const groups = raw.split(/[ -]/).map((g) => g.length);
  if (groups.length === 1) return true;
  const shape = groups.join('-');
  return /^(?:4-4-4-4(?:-[1-3])?|4-6-[45]|4-4-4-[1-3]|4-4-4-4-4)$/.test(shape);
}

// A wallet's recovery phrase (12 to 24 lower-case words given after the text names it, behind a colon,
// a dash or a quotation mark: "keep your seed phrase offline and …" gives none) or private key (a WIF
// key, or 64 hex digits after «private key»): whoever reads it owns the funds. The naming words start
// a word (not "linseed phrase"), so the word scan's gates can rule a text out before any regex runs
// (SECRET_WORD: one of the words that start SEED's or HEX_KEY's names, as a word's start).
const SEED = /(?<![\p{L}\p{N}\p{M}][-'’‐]?)(?:seed[\s-]?(?:phrase|words)|recovery\s+(?:phrase|words)|secret\s+(?:recovery\s+)?phrase|mnemonic(?:\s+phrase)?|backup\s+phrase|seed-?фраз\p{L}*|сид-?фраз\p{L}*|мнемоническ\p{L}*(?:\s+фраз\p{L}*)?|фраз\p{L}*\s+(?:для\s+)?восстановлени\p{L}*|секретн\p{L}*\s+фраз\p{L}*)[^.!?\n]{0,40}?(?:[:—–]\s*[«"“']?|[«"“'])((?:[a-z]{3,8}[ ,]+){11,23}[a-z]{3,8})(?![a-z])/giu;
const WIF_KEY = /(?<![A-Za-z0-9])(?:5[HJK][1-9A-HJ-NP-Za-km-z]{49}|[KL][1-9A-HJ-NP-Za-km-z]{51})(?![A-Za-z0-9])/g;
const HEX_KEY = /(?<![\p{L}\p{N}\p{M}][-'’‐]?)(?:private\s+key|приватн\p{L}*\s+ключ\p{L}*)[^.!?\n]{0,30}?((?:0x)?[0-9a-fA-F]{64})(?![0-9a-fA-F])/giu;
const SECRET_WORD = GATES.word(['seed', 'recovery', 'secret', 'mnemonic', 'backup', 'private', 'сид', 'мнемоническ', 'фраз', 'секретн', 'приватн'], false);

const MESSAGES = {
  secret: {
    en: 'A wallet\'s recovery phrase or private key in a public reply: whoever reads it can take the funds. Delete it at once, and tell the person to move the funds to a new wallet and never share these words or keys.',
    ru: 'Сид-фраза или приватный ключ кошелька в публичном ответе: любой, кто их прочтёт, заберёт средства. Немедленно удалите и посоветуйте человеку перевести средства на новый кошелёк и никому не сообщать эти слова и ключи.',
  },
  email: {
    en: 'An e-mail address in a public reply: «{value}». Personal contacts go to private messages — remove it and ask the person to write to you privately.',
    ru: 'Адрес почты в публичном ответе: «{value}». Личные контакты — только в личных сообщениях: уберите адрес и предложите написать в личку.',
  },
  phone: {
    en: 'A phone number in a public reply: «{value}». Remove it and ask the person to send their contacts in a private message.',
    ru: 'Номер телефона в публичном ответе: «{value}». Уберите его и попросите прислать контакты в личные сообщения.',
  },
  document: {
    en: 'An identity document or account number, or a date of birth, in a public reply: «{value}». Remove it at once; such details go only to private messages, and only when they are needed.',
    ru: 'Номер документа или счёта либо дата рождения в публичном ответе: «{value}». Немедленно удалите; такие данные — только в личных сообщениях и только когда без них нельзя.',
  },
  expiry: {
    en: 'A payment card\'s expiry date in a public reply: «{value}». With the last digits it is enough for fraud: remove it and discuss payments in private messages.',
    ru: 'Срок действия банковской карты в публичном ответе: «{value}». Вместе с последними цифрами этого хватает мошенникам: удалите его и обсуждайте оплату в личных сообщениях.',
  },
  card: {
    en: 'A payment card number in a public reply. Remove it at once and never ask for card details in comments; payment questions go to private messages.',
    ru: 'Номер банковской карты в публичном ответе. Немедленно удалите его и никогда не просите данные карты в комментариях: вопросы оплаты — в личных сообщениях.',
  },
  address: {
    en: 'A home address in a public reply: «{value}». Discuss delivery details in private messages and remove the address here.',
    ru: 'Домашний адрес в публичном ответе: «{value}». Детали доставки обсуждайте в личных сообщениях, а здесь адрес уберите.',
  },
};

function say(def: RuleDef, lang: Lang, m: { en: string; ru: string }, args: Record<string, string | number>): string | undefined {
  return def.message === undefined ? fillMessage(m[lang], args) : undefined;
}

export const piiKind: RuleKind = {
  kind: 'pii',
  description: { en: 'Personal data in a public reply: phones, e-mails, card numbers, street addresses, wallet keys.', ru: 'Личные данные в публичном ответе: телефоны, почта, номера карт, адреса, ключи кошельков.' },
  defaultMessage: {
    en: 'Personal data in a public reply ({what}): «{value}». Remove it and move the conversation to private messages.',
    ru: 'Личные данные в публичном ответе ({what}): «{value}». Уберите их и продолжите разговор в личных сообщениях.',
  },
  compile(def) {
    knownOptions(def, ['email', 'phone', 'card', 'address', 'document', 'secret', 'allowDomains', 'allow', 'allowRoleAddresses', 'allowTollFree', 'addressLevel']);
    const on = { email: bool(def, 'email', true), phone: bool(def, 'phone', true), card: bool(def, 'card', true), address: bool(def, 'address', true), document: bool(def, 'document', true), secret: bool(def, 'secret', true) };
    const domains = stringList(def, 'allowDomains').map((d, i) => {
      const clean = d.trim().toLowerCase().replace(/^@/, '');
      if (!/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(clean)) throw new RuleOptionError(`"allowDomains" item ${i + 1} (${JSON.stringify(d)}) is not a domain such as brand.ru.`, `allowDomains.${i}`);
      return clean;
    });
    const allowList = stringList(def, 'allow');
    const allowText = new Set(allowList.map((s) => s.trim().toLowerCase()));
    // phones compare by digits, a Russian 8 and +7 as the same
    const phoneKey = (s: string) => s.replace(/\D/g, '').replace(/^8(?=\d{10}$)/, '7');
    const allowDigits = new Set(allowList.map(phoneKey).filter((d) => d.length >= 7));
    const roleAddresses = bool(def, 'allowRoleAddresses', true);
    const allowTollFree = bool(def, 'allowTollFree', true);
    const level = oneOf(def, 'addressLevel', ['apartment', 'house'] as const, 'apartment');
    const WHAT = {
      secret: { en: 'wallet recovery phrase or key', ru: 'сид-фраза или ключ кошелька' },
      email: { en: 'e-mail', ru: 'почта' },
      phone: { en: 'phone', ru: 'телефон' },
      card: { en: 'card number', ru: 'номер карты' },
      expiry: { en: 'card expiry date', ru: 'срок действия карты' },
      document: { en: 'document number', ru: 'номер документа' },
      address: { en: 'address', ru: 'адрес' },
    };
    return (unit, report) => {
      const text = unit.text;
      const lang = unit.ctx.lang;
      // offsets already reported by another detector (a card is not also a phone)
      let taken: Uint8Array | undefined;
      const put = (what: keyof typeof MESSAGES, s: number, e: number) => {
        const value = text.slice(s, e);
        if (allowText.has(value.toLowerCase())) return;
        taken ??= new Uint8Array(text.length);
        for (let i = s; i < e; i++) if (taken[i]) return;
        taken.fill(1, s, e);
        const args = { value: what === 'card' ? '…' + value.replace(/\D/g, '').slice(-4) : what === 'secret' ? '…' : value, what: WHAT[what][lang] };
        report({ start: s, end: e, args, message: say(def, lang, MESSAGES[what], args) });
      };
      const idBefore = (s: number) => ID_BEFORE.test(text.slice(Math.max(0, s - 30), s));
      /** Reports every match of `re` as it stands. */
      const putAll = (what: keyof typeof MESSAGES, re: RegExp) => {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) put(what, m.index, m.index + m[0].length);
      };
      if (on.email && text.includes('@')) {
        EMAIL.lastIndex = 0;
        for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
          const [local = '', domain = ''] = m[0].toLowerCase().split('@');
          if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
          if (roleAddresses && ROLE_MAILBOX.test(local)) continue;
          if (roleAddresses && !FREE_MAIL.test(domain) && (givenAsOurs(text, m.index, m.index + m[0].length, WRITE_TO_BEFORE, 60) || orAtAfterContact(text, m.index))) continue;
          put('email', m.index, m.index + m[0].length);
        }
      }
      if (on.secret) {
        // a phrase or a hex key the text names: the secret itself, not the words that name it
        if (sawGateWord(unit.words, SECRET_WORD)) {
          for (const re of [SEED, HEX_KEY]) {
            re.lastIndex = 0;
            for (let m = re.exec(text); m !== null; m = re.exec(text)) {
              const end = m.index + m[0].length;
              put('secret', end - (m[1] as string).length, end);
            }
          }
        }
        // a key named or not: fifty-odd base58 characters, digits among them, in one word
        if (unit.words.marks & MARK.DIGIT && hasLongWord(unit.words, 51)) putAll('secret', WIF_KEY);
      }
      if (!(unit.words.marks & MARK.DIGIT)) return;
      // a document number first: its digits are not also a card or a phone
      if (on.document) {
        if (DOCUMENT_DIGITS.test(text)) putAll('document', DOCUMENT);
        putAll('document', BIRTH);
      }
      if (on.card) {
        CARD.lastIndex = 0;
        for (let m = CARD.exec(text); m !== null; m = CARD.exec(text)) {
          const raw = m[0];
          const digits = raw.replace(/\D/g, '');
          if (digits.length < 13 || digits.length > 19 || !cardGrouping(raw) || /^(\d)\1+$/.test(digits)) continue;
          if (!luhn(digits) && !CARD_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
          if (idBefore(m.index)) continue;
          put('card', m.index, m.index + raw.length);
        }
        putAll('expiry', EXPIRY);
      }
      if (on.phone) {
        PHONE.lastIndex = 0;
        for (let m = PHONE.exec(text); m !== null; m = PHONE.exec(text)) {
          const raw = m[0];
          const s = m.index;
          const e = s + raw.length;
          // a phone stands alone: not inside a longer number, a date or a version
          if (/[\p{L}\p{N}]/u.test(text[e] ?? '') || /[.,/:]\d/.test(text.slice(e, e + 2)) || /[\p{L}\p{N}]/u.test(text[s - 1] ?? '')) continue;
          const digits = raw.replace(/\D/g, '');
          if (digits.length < (raw.startsWith('+') ? 9 : 10) || digits.length > 15) continue;
          // an amount: «+1 000 000 000 просмотров», "+100 000 000 $"
          if (AMOUNT_AFTER.test(text.slice(e, e + 14))) continue;
          if (allowDigits.has(phoneKey(raw)) || (allowTollFree && tollFree(digits)) || idBefore(s)) continue;
          if (allowTollFree && (givenAsOurs(text, s, e, OUR_LINE_BEFORE, 50) || CALL_NUMBER_BEFORE.test(text.slice(Math.max(0, s - 24), s)) || (russianCityLine(digits) && CALL_BEFORE.test(text.slice(Math.max(0, s - 50), s))))) continue;
          put('phone', s, e);
        }
      }
      if (on.address) {
        for (const [re, cue] of ADDRESSES) {
          if (cue && !cue.test(text)) continue;
          re.lastIndex = 0;
          for (let m = re.exec(text); m !== null; m = re.exec(text)) {
            const value = m[0].replace(/[\s,]+$/, '');
            const flat = Boolean(m.groups?.flat || m.groups?.pre);
            if (!flat && level === 'apartment' && !PERSONAL_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
            put('address', m.index, m.index + value.length);
          }
        }
      }
    };
  },
};
