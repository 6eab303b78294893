// caps: shouting — words in capitals that are not acronyms, in Cyrillic and Latin.
//   minLength: 4     a word in capitals shouts from this many letters on (shorter ones — OMG, ТЦ —
//                    only as part of a run with a longer one: «НЕ ДЕЛАЙТЕ ТАК»), except the short
//                    words people capitalize to stress them, which are no acronym: NOT, SO, YOU,
//                    НЕ, ВСЁ, ЭТО... ("This is NOT okay", «Это НЕ шутка»)
//   allow: [ЕГРЮЛ, ACME]   acronyms and brand names written in capitals, besides the built-in list
// Not shouting: acronyms from the built-in list or `allow` (FAQ, API, СБП, НДС, ООО, ИНН, ...) and words
// without a vowel (SMTP, ПВЗ: no English or Russian word is written so), Roman numerals (XVIII),
// acronyms the text defines in brackets ("Liaison Service (PALS)"), words with digits (4K, COVID19),
// codes to type ("reply STOP", «промокод на доставку — СЫРНИК»), links, e-mail addresses, @mentions
// and #hashtags, slots to fill ([ИМЯ], {{NAME}}, %NAME% are the placeholder rule's business), in a
// Russian text a lone Latin word in capitals (IKEA, OZON: brand names are written so), and capitals
// inside quotation marks, two words or more (someone else's words, quoted as written: 'WORST SHOP
// EVER'). Capitals in a row — with only spaces, commas or dashes between — are one finding. The
// suggestion (not a fix: the author may have meant a name) is the run in lower case, with its acronyms
// kept and a capital at a sentence start.
import { MARK } from '../../text/scan';
import { insideRanges, quotesOf } from '../../text/quotes';
import type { RuleKind } from '../api';
import { int, knownOptions, stringList } from './options';
import { startsSentence } from '../../text/sentences';

export const ACRONYMS: readonly string[] = [
  // English and international
  'FAQ', 'API', 'URL', 'URI', 'SMS', 'MMS', 'VIP', 'HTML', 'CSS', 'PDF', 'USB', 'GPS', 'CEO', 'CTO', 'CFO', 'COO', 'HR', 'PR', 'QA', 'UX', 'UI', 'IT', 'OK', 'ID', 'PIN', 'NASA', 'NATO', 'HTTP', 'HTTPS', 'JSON', 'YAML', 'XML', 'CSV', 'ASAP', 'FYI', 'DM', 'DMS', 'PM', 'AM', 'RSVP', 'NFT', 'SEO', 'SMM', 'CRM', 'NPS', 'KPI', 'ROI', 'AI', 'IOS', 'WIFI', 'LTE', 'NFC', 'USA', 'UK', 'EU', 'UN', 'GMT', 'UTC', 'EST', 'PST', 'CET', 'MSK', 'TV', 'DIY', 'LGBT', 'LGBTQ', 'COVID', 'GDPR', 'IBAN', 'SWIFT', 'BIC', 'VAT', 'ISBN', 'UNESCO', 'UNICEF', 'FIFA', 'UEFA', 'NBA', 'NHL', 'BBC', 'CNN', 'IKEA', 'LEGO', 'ZARA', 'ASUS', 'BMW', 'HDMI', 'SSD', 'HDD', 'RAM', 'CPU', 'GPU', 'VPN', 'DNS', 'SQL', 'OLED', 'LED', 'LCD', 'JPEG', 'JPG', 'PNG', 'GIF', 'MP3', 'SIM', 'ESIM', 'IMEI', 'OTP', 'SSO', 'FAQS', 'PS', 'PPS', 'TBA', 'ETA', 'EOD', 'OOO', 'AFAIK', 'IMHO', 'LOL', 'OMG', 'CTA', 'MVP', 'MBA',
  'SAML', 'OAUTH', 'SCIM', 'LDAP', 'SMTP', 'IMAP', 'REST', 'SDK', 'CLI', 'IDE', 'AWS', 'GCP', 'SAAS', 'CDN', 'TLS', 'SSL', 'JWT', 'MFA', 'TOTP', 'SLA', 'KYC', 'AML', 'ATM', 'POS', 'EMV', 'CVV', 'CVC', 'SKU', 'RMA', 'FTP', 'SFTP', 'SSH', 'RSS', 'WWW', 'MAC', 'PC', 'OS', 'ROM', 'DVD', 'CD', 'AR', 'VR', 'FPS', 'RPG', 'MMO', 'MMORPG', 'PVP', 'PVE', 'NPC', 'DLC', 'XP', 'HP', 'NHS', 'IRS', 'HMRC', 'DMV', 'LLC', 'INC', 'LTD', 'PLC', 'GMBH', 'EULA', 'TOS', 'IPO', 'ETF', 'APR', 'APY', 'SEPA', 'ACH', 'NASDAQ', 'ASCII', 'UTF', 'WYSIWYG', 'GIPHY', 'EMEA', 'APAC', 'LATAM', 'AMA', 'TLDR', 'IIRC', 'RIP', 'DKIM', 'DMARC', 'SPF', 'EPUB', 'MOBI', 'IELTS', 'TOEFL', 'TOEIC', 'DELF', 'DALF', 'HSK', 'JLPT', 'GMAT', 'GRE', 'SAT', 'GCSE', 'APRC', 'LTV', 'AER', 'ISA', 'CCJ', 'FCA', 'PALS', 'MOT', 'DRM', 'HDR', 'UHD', 'USB-C', 'ESIM', 'RSVP', 'AWOL',
  // the name of the thing, written as it looks: "don't post in ALL CAPS", «не пишите КАПСОМ»
  'CAPS', 'CAPSLOCK', 'CAPITALS', 'UPPERCASE', 'КАПС', 'КАПСОМ', 'КАПСЛОК', 'ЗАГЛАВНЫМИ', 'ПРОПИСНЫМИ',
  // leftovers to fill are the placeholder rule's business
  'TODO', 'FIXME', 'TBD', 'XXX', 'ХХХ', 'ТУДУ',
  // Russian
  'СБП', 'НДС', 'ООО', 'ОАО', 'ЗАО', 'ПАО', 'НАО', 'АО', 'ИП', 'ИНН', 'КПП', 'ОГРН', 'ОГРНИП', 'БИК', 'РФ', 'СНГ', 'МФЦ', 'ГИБДД', 'МВД', 'ФНС', 'ФСБ', 'ЖКХ', 'ЖКУ', 'ТВ', 'ПК', 'СМС', 'ВК', 'ДР', 'МСК', 'СПБ', 'ТЦ', 'ТРЦ', 'ДТП', 'ЧП', 'ЕГЭ', 'ОГЭ', 'ВУЗ', 'НКО', 'РЖД', 'МКАД', 'ТТ', 'ПВЗ', 'ЛК', 'ЛС', 'ЧАВО', 'ЕС', 'США', 'ООН', 'ИИ', 'ФИО', 'ПДН', 'ОФД', 'ККТ', 'ЭДО', 'ЭЦП', 'ЦБ', 'ГОСТ', 'СИЗ', 'ПО', 'СНИЛС', 'ОМС', 'ДМС', 'ОСАГО', 'КАСКО', 'ЕГРЮЛ', 'ЕГРИП', 'ОКВЭД', 'СДЭК', 'ВТБ', 'МТС', 'ЦУМ', 'ГУМ', 'МГУ', 'МФТИ', 'ВШЭ', 'НИИ', 'ТЗ', 'КП', 'УПД', 'ТТН', 'ЧЗ', 'СЗВ', 'НДФЛ', 'ИПН', 'АЗС', 'ГСМ', 'МЧС', 'ГАИ', 'ЗАГС', 'РОВД', 'ПТС', 'СТС', 'ОКПО', 'КБК', 'ЮЛ', 'ФЛ', 'ВИП', 'СМИ', 'АПИ', 'ОК', 'ТК', 'ГК', 'ЗОЗПП',
  'README', 'CHANGELOG', 'USDC', 'USDT', 'BUSD', 'WBTC', 'DAI', 'USD', 'EUR', 'GBP', 'RUB', 'ИФНС', 'УФНС', 'ФССП', 'ЕГРН', 'УФМС', 'ПФР', 'СФР', 'ФСС', 'ФАС', 'РКН', 'ФМС', 'КБМ', 'ЖЭУ', 'РСО', 'ЕПД', 'ИПУ', 'ОДН', 'ЕГАИС', 'ЕАЭС', 'ЕСИА', 'ЕПГУ', 'ФОМС', 'ЕИРЦ', 'МРОТ', 'НПФ', 'МФО', 'ИИС', 'БКИ', 'ОФЗ', 'ТСЖ', 'СНТ', 'ЖСК', 'УК', 'ЖЭК', 'ДЕЗ', 'НИОКР', 'ВУЗЫ', 'ВУЗА', 'ВУЗОВ', 'ОМОН', 'ГУВД', 'ПВЗ', 'АТС', 'ЦОД', 'ЛПУ', 'ФАП', 'ОРВИ', 'СПИД', 'ГОСТА', 'СДЭКА', 'МФЦА',
  // care, welfare and child protection: disability programmes, helplines, regulators
  'ИПРА', 'ИПР', 'ЕПГУ', 'МЧС', 'CEOP', 'NSPCC', 'DWP', 'HMRC', 'ACAS', 'RNIB', 'RNID', 'NHS', 'ADA', 'FCA', 'ICO',
  // sport and its bodies
  'VAR', 'PGMOL', 'EFL', 'MLS', 'NFL', 'IOC', 'КХЛ', 'РПЛ', 'ФНЛ', 'РФС', 'МСК', 'ВХЛ', 'МХЛ',
];

/** Short words that shout on their own: stressed in capitals, never an acronym. */
// (NO too: "NO filming. NO phones." — but not after a word to type, "reply NO", or as the second of a
// pair of answers, "YES or NO"; not YES, ДА, НЕТ: "reply YES to confirm", «ответьте ДА или НЕТ» name an
// answer to type; not AND or OR, the search operators)
const EMPHATIC = new Set([
  'NO', 'NOT', 'SO', 'YOU', 'ARE', 'BUT', 'WHY', 'HOW', 'NOW', 'THE', 'HAS', 'HAD', 'WAS', 'DID', 'CAN', 'TOO', 'BAD', 'BIG', 'OUR', 'ANY', 'YET',
  'НЕ', 'ВСЕ', 'УЖЕ', 'ЭТО', 'КАК', 'ЧТО', 'ТАК', 'ВЫ', 'МЫ', 'ТЫ', 'ВАМ', 'ВАС', 'НАС', 'ВОТ', 'ТУТ', 'ЕЩЕ', 'ВАШ', 'НАМ', 'КТО', 'ГДЕ', 'ОНИ', 'БЫЛ', 'НИ',
]);
// A word with no vowel is no word to shout in English or Russian: an acronym (HTML, SMTP, ПВЗ, МКС).
const VOWEL = /[AEIOUYАЕЁИОУЫЭЮЯ]/;
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*/gu;
export const SKIP = /https?:\/\/\S+|www\.\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+|[#@][\p{L}\p{N}_]+/gu;
// SKIP where the text has no @: the same matches, without trying an e-mail address at every letter
export const SKIP_NO_AT = /https?:\/\/\S+|www\.\S+|#[\p{L}\p{N}_]+/gu;
// slots to fill, the placeholder rule's business: [TICKET_ID], <ORDER NO>, %FIRST_NAME%, {{ NAME }}, $USER_NAME
const SLOTS = /\[[\p{Lu}\p{N}_ .-]+\]|\{[\p{Lu}\p{N}_ .-]+\}|<[\p{Lu}\p{N}_ .-]+>|%[\p{Lu}\p{N}_]+%|\{\{[^{}]*\}\}|\$[\p{Lu}_][\p{Lu}\p{N}_]*/gu;
// A word to type or text: "send ROAM TR to 5050", «отправьте СТОП на 900», "reply STOP", "enter PROMO10"
const KEYWORD_BEFORE = /(?:^|[^\p{L}])(?:send|sending|text|texting|reply|replying|answer|type|typing|enter|entering|dial|write|use (?:the )?code|code|yes or|yes\/|да или|да\/|отправьте|отправив|отправить|пришлите|напишите|наберите|введите|ответьте|ответив|код|кодовое слово|промокод)\s*[«"“'‘]?$/iu;
// A code named a few words earlier and then given after a dash or colon: «промокод на доставку — СЫРНИК»
const CODE_BEFORE = /(?:^|[^\p{L}])(?:promo\s*code|discount\s+code|code|промокод\p{L}*|код)(?:\s+[\p{L}\p{N}%-]+){0,4}\s*[—–:-]\s*[«"“'‘]?$/iu;
// An acronym the text defines: "Patient Advice and Liaison Service (PALS)" — then it is fine throughout
const DEFINED = /\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/gu;
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

// The scanner's words (text/scan.ts) are this rule's WORD but for invisible characters and the ‐
// joiner: a text without them can use the spans the scan already found.
/** A word in capitals (a word with a small letter, a link or a slot is none: it only ends a run). */
interface Word {
  /** Its index among the text's words: words in capitals make a run only one right after another. */
  k: number;
  start: number;
  end: number;
  text: string;
  /** In capitals but fine: an acronym, a numeral, a one-letter word. */
  fine: boolean;
  /** In capitals, not fine, long enough to shout on its own. */
  loud: boolean;
  latin: boolean;
  single: boolean;
}

/** What a word in capitals is, whatever text it is in (see Shape). */
interface Shape {
  norm: string;
  /** An acronym, a numeral, a word with a digit or without a vowel. */
  fine: boolean;
  /** Long enough, or emphatic enough, to shout when not fine. */
  long: boolean;
  latin: boolean;
}
/** Shapes by word, per compiled rule: the same few acronyms and shouts come back text after text. */
const SHAPES_KEPT = 4096;

const ONE_CAPITAL = /^\p{Lu}$/u;

export const capsKind: RuleKind = {
  kind: 'caps',
  description: { en: 'Shouting: words in capitals that are not acronyms.', ru: 'Крик: слова заглавными буквами, которые не аббревиатуры.' },
  defaultMessage: {
    en: '«{words}» in capitals reads as shouting. Write it in lower case; to stress a point, choose a stronger word.',
    ru: '«{words}» заглавными читается как крик. Напишите строчными; чтобы подчеркнуть мысль, выберите точное слово.',
  },
  compile(def) {
    knownOptions(def, ['allow', 'minLength']);
    const norm = (s: string) => s.toUpperCase().replace(/Ё/g, 'Е');
    const allow = new Set([...ACRONYMS, ...stringList(def, 'allow')].map(norm));
    const minLength = int(def, 'minLength', 4, 2);
    const shapes = new Map<string, Shape | null>();
    /** The shape of word `w` (two characters or more), or null when it is not in capitals (1990, Ünal). */
    const shapeOf = (w: string): Shape | null => {
      let shape = shapes.get(w);
      if (shape !== undefined) return shape;
      const letters = w.replace(/[^\p{L}]/gu, '');
      if (letters.length < 2 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) shape = null;
      else {
        const n = norm(w);
        const fine = /\p{N}/u.test(w) || allow.has(n) || w.split(/[-'’]/).every((p) => allow.has(norm(p)) || p.length <= 1) || ROMAN.test(w) || !VOWEL.test(letters.toUpperCase());
        shape = { norm: n, fine, long: letters.length >= minLength || EMPHATIC.has(n), latin: /^[A-Za-z'’-]+$/.test(w) };
      }
      if (shapes.size >= SHAPES_KEPT) shapes.clear();
      shapes.set(w, shape);
      return shape;
    };
    return (unit, report) => {
      const text = unit.text;
      // a word in capitals has two capitals (or a capital and a caseless letter): the word scan says
      // whether any word has, without a regex over the whole text
      if (!unit.words.capitals) return;
      const skip: [number, number][] = [];
      if (unit.words.marks & MARK.LINKISH && /[/@#]/.test(text)) {
        const re = text.includes('@') ? SKIP : SKIP_NO_AT;
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) skip.push([m.index, m.index + m[0].length]);
      }
      if (unit.words.marks & MARK.SLOT) {
        SLOTS.lastIndex = 0;
        const before = skip.length;
        for (let m = SLOTS.exec(text); m !== null; m = SLOTS.exec(text)) skip.push([m.index, m.index + m[0].length]);
        if (before && skip.length > before) skip.sort((a, b) => a[0] - b[0]);
      }
      const defined = new Set<string>();
      if (text.includes('(')) for (const m of text.matchAll(DEFINED)) defined.add(norm(m[1] as string));
      let sk = 0;
      const words: Word[] = [];
      const look = (k: number, start: number, end: number) => {
        // a word with a small Latin or Cyrillic letter is not in capitals
        for (let i = start; i < end; i++) {
          const c = text.charCodeAt(i);
          if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || c === 0x451) return;
        }
        while (sk < skip.length && (skip[sk] as [number, number])[1] <= start) sk++;
        if (sk < skip.length && (skip[sk] as [number, number])[0] < end) return; // a link, a slot
        if (end - start === 1) {
          // one character: a capital (И, В, A) joins a run between words in capitals but never makes one
          const code = text.charCodeAt(start);
          const latin = code >= 65 && code <= 90;
          if (latin || (code >= 0x410 && code <= 0x42f) || code === 0x401 || ONE_CAPITAL.test(text[start] as string)) words.push({ k, start, end, text: text[start] as string, fine: true, loud: false, latin, single: true });
          return;
        }
        const w = text.slice(start, end);
        const shape = shapeOf(w);
        if (!shape) return;
        const fine = shape.fine || defined.has(shape.norm);
        // NO. 5, NO 12: the number sign, not a no
        const numberSign = w === 'NO' && /^\.?\s?\d/.test(text.slice(end, end + 3));
        words.push({ k, start, end, text: w, fine, loud: !fine && !numberSign && shape.long, latin: shape.latin, single: false });
      };
      if (unit.words.marks & MARK.INVISIBLE) {
        // invisible characters or a ‐ make the scanner's words differ from this rule's: its own regex
        WORD.lastIndex = 0;
        let k = 0;
        for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) look(k++, m.index, m.index + m[0].length);
      } else {
        const { spans, count } = unit.words;
        for (let k = 0; k < count; k++) {
          // most words start with a small letter: not in capitals, and no call to find that out
          const c = text.charCodeAt(spans[2 * k] as number);
          if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f)) continue;
          look(k, spans[2 * k] as number, spans[2 * k + 1] as number);
        }
      }
      // runs of words in capitals with only spaces, commas or dashes between them
      for (let i = 0; i < words.length; ) {
        let j = i;
        let louder = (words[i] as Word).loud;
        while (j + 1 < words.length) {
          const next = words[j + 1] as Word;
          if (next.k !== (words[j] as Word).k + 1 || !/^[\s,:;«»"“”—–-]*$/.test(text.slice((words[j] as Word).end, next.start))) break;
          j++;
          louder ||= next.loud;
        }
        const from = i;
        i = j + 1;
        // most runs are one capital (I, A) or acronyms: nothing loud, nothing to make
        if (!louder) continue;
        let run = words.slice(from, j + 1);
        const loud = run.filter((x) => x.loud);
        // a lone Latin word in capitals inside Russian text is a brand name more often than a shout
        if (unit.ctx.lang === 'ru' && loud.length === 1 && (loud[0] as Word).latin && run.length === 1) continue;
        // acronyms at the edges are not part of the shout
        while (run.length && (run[0] as Word).fine) run = run.slice(1);
        while (run.length && (run[run.length - 1] as Word).fine) run = run.slice(0, -1);
        const first = run[0] as Word;
        const last = run[run.length - 1] as Word;
        if (KEYWORD_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start))) continue;
        if (CODE_BEFORE.test(text.slice(Math.max(0, first.start - 60), first.start))) continue;
        // someone else's words, quoted as they wrote them: «ХУДШАЯ СТРАХОВАЯ» — тяжело такое читать (a
        // single quoted word in capitals is the brand's own stress: «ВНИМАНИЕ»)
        if (run.length > 1) {
          if (insideRanges(quotesOf(unit), first.start, last.end)) continue;
        }
        const covered = text.slice(first.start, last.end);
        let lower = '';
        let at = first.start;
        for (const x of run) {
          lower += text.slice(at, x.start) + (x.fine && !x.single ? x.text : x.text.toLowerCase());
          at = x.end;
        }
        if (startsSentence(text, first.start) && !first.fine) lower = lower.charAt(0).toUpperCase() + lower.slice(1);
        report({ start: first.start, end: last.end, args: { words: covered }, suggestions: [{ start: first.start, end: last.end, replacement: lower }] });
      }
    };
  },
};
