// placeholder: text meant to be sent that still holds a slot nobody filled in, or a note to self.
//   ignore: ["[sic]"]   exact slots that are fine
// Slots: {{name}} / {{ order }} / {{{name}}} and Handlebars blocks ({{#if}}), ${name}, {name}, %NAME% /
// %username%, printf's %s, [ИМЯ] / [NAME] / [номер заказа] / [insert link], <name> / <имя> / <NAME> /
// <...>, {...}, runs of ___; notes: TODO, FIXME, TBD, XXX / ХХХ, ТУДУ, lorem ipsum. Not TBA: "to be
// announced" tells the readers something ("the venue is TBA"), as an event post may.
// In a template (role `template`) {{variables}} are the point: a declared one is fine, and whether an
// undeclared one is declared is the response matrix's business, not this rule's — so no {{...}} is
// reported there. Not slots: [OK], [ESC] and other acronyms or key names, [1] and [^1] footnotes, Markdown links [text](url) and [text][ref], <3,
// HTML tags such as <b> or <br>, <https://...> links, a percentage (10% и 20%), [...] marking a cut in
// a quotation.
import type { Lang } from '../../types';
import { fillMessage } from '../../types';
import { MARK } from '../../text/scan';
import { codeSpans, insideRanges } from '../../text/quotes';
import type { RuleDef, RuleKind } from '../api';
import { ACRONYMS } from './caps';
import { knownOptions, stringList } from './options';

// Words that make bracketed text a slot: [имя клиента], [номер заказа], <ссылка>, [insert link].
const VOCAB = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      'им[яеиё]\\p{L}*', 'фамили\\p{L}*', 'отчеств\\p{L}*', 'фио', 'ник\\p{L}*', 'номер\\p{L}*', 'дат[аыуе]', 'врем[яе]', 'ссылк\\p{L}*', 'город\\p{L}*',
      'адрес\\p{L}*', 'сумм\\p{L}*', 'цен[аыуе]', 'товар\\p{L}*', 'продукт\\p{L}*', 'названи\\p{L}*', 'компани\\p{L}*', 'бренд\\p{L}*', 'клиент\\p{L}*',
      'пользовател\\p{L}*', 'почт\\p{L}*', 'телефон\\p{L}*', 'заказ\\p{L}*', 'промокод\\p{L}*', 'код\\p{L}*', 'менеджер\\p{L}*', 'оператор\\p{L}*',
      'скидк\\p{L}*', 'срок\\p{L}*', 'вставь\\p{L}*', 'вставить', 'укажи\\p{L}*', 'указать', 'подставь\\p{L}*', 'заполни\\p{L}*',
      'name', 'first name', 'last name', 'full name', 'username', 'nickname', 'number', 'date', 'time', 'link', 'url', 'city', 'address', 'amount',
      'price', 'product', 'title', 'company', 'brand', 'customer', 'client', 'user', 'e-?mail', 'phone', 'order', 'order id', 'promo ?code', 'code',
      'manager', 'agent', 'discount', 'deadline', 'insert', 'placeholder', 'fill in', 'tbd',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
);
// HTML tags that can stand in prose: never slots in angle brackets, even when a slot word (<code>, <time>).
const HTML = /^\/?(?:a|b|i|u|s|p|q|br|hr|em|strong|span|div|img|code|pre|ul|ol|li|small|sub|sup|mark|del|ins|kbd|time|title|address|link|abbr|cite|dfn|var|samp|h[1-6]|table|tr|td|th|blockquote|details|summary)(?:\s[^<>]*)?\/?$/i;

// Notes to self, in capitals (case counts: "todo" in prose is a word).
const NOTES = 'TODO|FIXME|TBD|ТУДУ|[XХ]{3,}';
const MUSTACHE = /\{\{\{?[^{}\n]{0,80}?\}?\}\}/gu;
// Each with what a text must hold for it to match (NOTE: a note word in capitals; LOREM: lorem), so that
// a text is searched only by the patterns it can match.
const NOTE_NEEDED = 1;
const LOREM_NEEDED = 2;
const PATTERNS: [needs: string | number, re: RegExp][] = [
  ['${', /\$\{\s*[\p{L}_][\p{L}\p{N}_.]*\s*\}/gu], // ${name}
  ['{', /(?<!\{)\{\s*(?:[\p{L}_][\p{L}\p{N}_.-]{0,40}|\.{2,}|…)\s*\}(?!\})/gu], // {name}, {...}
  ['%', /%[\p{L}_][\p{L}\p{N}_]{0,40}%(?![\\/])/gu], // %NAME%, %username% (not %LOCALAPPDATA%\Logs, a path)
  ['%', /(?<![\p{L}\p{N}%])%(?:\d\$)?[sd](?![\p{L}\p{N}])/gu], // printf's %s, %d
  [NOTE_NEEDED, new RegExp(`(?<![\\p{L}\\p{N}])(?:${NOTES})(?![\\p{L}\\p{N}])`, 'gu')],
  [LOREM_NEEDED, /(?<![\p{L}])lorem ipsum(?![\p{L}])/giu],
  ['___', /(?<![\p{L}\p{N}_])_{3,}(?![\p{L}\p{N}_])/gu], // ___
];
const SQUARE = /\[([^[\]\n]{1,60})\]/gu;
const ANGLE = /<([^<>\n]{1,50})>/gu;
const NOTE = new RegExp(`^(?:${NOTES}|lorem ipsum)$`, 'i');
// What the note pattern needs (notes are in capitals, so the scan sees a word in capitals first).
const NOTE_WORD = new RegExp(NOTES);
const ONLY_A_NOTE = new RegExp(`^(?:${NOTES})$`);
const LOREM = /lorem/i;

// Capitals in brackets that are not slots: acronyms and the names of keys and buttons ([OK], [ESC], [ВВОД]).
const NOT_SLOTS = new Set([
  ...ACRONYMS.filter((a) => !ONLY_A_NOTE.test(a)),
  ...'OK ОК ESC ENTER TAB SHIFT CTRL ALT DEL DELETE HOME END SPACE BACKSPACE INS INSERT PGUP PGDN CMD FN ВВОД ПРОБЕЛ'.split(' '),
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
]);

/** Whether bracketed text reads as a slot: capitals ([NAME], <ИМЯ КЛИЕНТА>), or a few words with a slot word. */
export function slotContent(inner: string): boolean {
  const s = inner.trim();
  if (!s || NOT_SLOTS.has(s.toUpperCase())) return false;
  if (/^\p{Lu}[\p{Lu}\p{N}_ -]*$/u.test(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2) return true;
  if (/[.,:;!?]/.test(s) || s.split(/\s+/).length > 4) return false;
  return VOCAB.test(s);
}

const NOTE_MESSAGE = {
  en: '«{slot}» is a note to yourself left in the text. Finish that part and remove it before you send the reply.',
  ru: '«{slot}» — пометка для себя, оставшаяся в тексте. Допишите этот фрагмент и уберите её перед отправкой.',
};

function say(def: RuleDef, lang: Lang, m: { en: string; ru: string }, args: Record<string, string | number>): string | undefined {
  return def.message === undefined ? fillMessage(m[lang], args) : undefined;
}

export const placeholderKind: RuleKind = {
  kind: 'placeholder',
  description: { en: 'Unfilled placeholders left in text to be sent.', ru: 'Незаполненные заготовки в тексте, который уйдёт читателю.' },
  defaultMessage: {
    en: '«{slot}» is a placeholder nobody filled in. Put the real value in before you send the reply.',
    ru: '«{slot}» — незаполненная заготовка. Подставьте настоящее значение перед отправкой.',
  },
  compile(def) {
    knownOptions(def, ['ignore']);
    const ignore = new Set(stringList(def, 'ignore').map((s) => s.trim()));
    return (unit, report) => {
      const text = unit.text;
      // every pattern needs one of { [ < % _ $, or a note in capitals, or lorem
      // (lorem: a lower-case one has «orem» — a search without a regex —, a capital one a word in capitals)
      const notes = unit.words.capitals && NOTE_WORD.test(text);
      const lorem = (text.includes('orem') || unit.words.capitals) && LOREM.test(text);
      if (!(unit.words.marks & MARK.SLOT) && !notes && !lorem) return;
      const lang = unit.ctx.lang;
      const found: [number, number][] = [];
      // a slot is reported once, by the first pattern that finds it (the map is made at the first slot:
      // most texts that get this far have none)
      let covered: Uint8Array | undefined;
      const overlaps = (s: number, e: number) => {
        if (covered) for (let i = s; i < e; i++) if (covered[i]) return true;
        return false;
      };
      const keep = (s: number, e: number) => {
        found.push([s, e]);
        (covered ??= new Uint8Array(text.length)).fill(1, s, e);
      };
      const take = (s: number, e: number) => {
        if (ignore.has(text.slice(s, e)) || overlaps(s, e)) return;
        keep(s, e);
      };
      if (text.includes('{{')) {
        MUSTACHE.lastIndex = 0;
        for (let m = MUSTACHE.exec(text); m !== null; m = MUSTACHE.exec(text)) {
          // In a template {{variables}} are the point (see the header).
          if (unit.ctx.role === 'template') keep(m.index, m.index + m[0].length);
          else take(m.index, m.index + m[0].length);
        }
      }
      if (text.includes('[')) {
        SQUARE.lastIndex = 0;
        for (let m = SQUARE.exec(text); m !== null; m = SQUARE.exec(text)) {
          const end = m.index + m[0].length;
          if (/^[([:]/.test(text[end] ?? '')) continue; // a Markdown link or reference
          const inner = m[1] as string;
          if (/^\s*(?:\^?\d+|\.{2,}|…|sic!?|upd|update|edit|ред\.?|обновлено)\s*$/iu.test(inner)) continue; // a footnote, a cut, [sic], [UPD]
          if (slotContent(inner) || /^\s*_{2,}\s*$/.test(inner)) take(m.index, end);
        }
      }
      if (text.includes('<')) {
        ANGLE.lastIndex = 0;
        for (let m = ANGLE.exec(text); m !== null; m = ANGLE.exec(text)) {
          const inner = (m[1] as string).trim();
          if (HTML.test(inner) || /:\/\/|@|^!--/.test(inner)) continue;
          if (/^(?:\.{2,}|…|_{2,})$/.test(inner) || slotContent(inner)) take(m.index, m.index + m[0].length);
        }
      }
      for (const [needs, re] of PATTERNS) {
        if (needs === NOTE_NEEDED ? !notes : needs === LOREM_NEEDED ? !lorem : !text.includes(needs as string)) continue;
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) take(m.index, m.index + m[0].length);
      }
      found.sort((a, b) => a[0] - b[0]);
      const code = codeSpans(text);
      for (const [s, e] of found) {
        if (code.length && insideRanges(code, s, e)) continue; // `GET /v1/{id}`: code, not a slot
        // in a template, {{variables}} were kept only to stop other patterns from reporting inside them
        if (unit.ctx.role === 'template' && text.startsWith('{{', s)) continue;
        const slot = text.slice(s, e);
        const args = { slot };
        report({ start: s, end: e, args, ...(NOTE.test(slot) ? { message: say(def, lang, NOTE_MESSAGE, args) } : {}) });
      }
    };
  },
};
