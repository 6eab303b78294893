// required: what a reply must contain in a situation.
//   require: [ { any: [спасибо, благодарим, извините, "приносим извинения"], message: { ru, en } }, ... ]
//            each requirement is met by any one of its words or phrases, in any form (stems, ё = е,
//            any case); its message says what to add; `unless: { channels: [email] }` skips it in a
//            reply for those channels (an e-mail is already the private channel a critic is offered)
//   greeting: true   the reply must greet the person by name: {{name}} (any {{variable}}) in a template,
//            a vocative opening («Анна, ...», "Sam, ..."), a greeting with the name ("Hi Anna,",
//            «Здравствуйте, Анна!»), or the name as an address in the first sentence
//            ("Thank you, {{name}}!", «Простите за задержку, Олег.»); a reply that opens by addressing a
//            group («Друзья, …», «Всем привет!», "Hi everyone,") needs no name
//   minWords: 4      shorter texts are not checked (a one-line «Спасибо!» needs nothing more)
//   when: { commenters: [critic], roles: [reply], channels: [vk], minWords: 6 }   where the rule applies
//            besides the common keys (`commenters`, `roles`, `channels` work as well)
// A missing requirement is reported on the first sentence (up to the first line break): where an editor
// shows it at once and where thanks, apologies and names usually go. A missing name is reported on the
// first word, with a suggestion to open with {{name}} in a template that declares it.
import type { CommenterType, Lang, LintContext, Localized, TextRole } from '../../types';
import { COMMENTER_TYPES, fillMessage, localize } from '../../types';
import type { RuleDef, RuleKind } from '../api';
import { RuleOptionError } from '../api';
import { TermMatcher } from '../words';
import { bool, int, knownOptions } from './options';

const NAME = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?(?:\\s\\p{Lu}\\p{Ll}+)?";
const VAR = '\\{\\{\\{?\\s*[\\p{L}_][\\p{L}\\p{N}_.]*\\s*\\}?\\}\\}';
const GREETING_WORDS = "hi|hello|hey|dear|good\\s+(?:morning|afternoon|evening)|здравствуйте|здравствуй|привет|добрый\\s+(?:день|вечер)|доброе\\s+утро|доброй\\s+ночи|уважаем\\p{L}+";
const GREETING = new RegExp(`^(?:${GREETING_WORDS})(?![\\p{L}])[\\s,]*`, 'iu');
// Case-sensitive on purpose: with the i flag, \p{Lu} would match small letters too.
const OPENING_NAME = new RegExp(`^(?<name>${VAR}|${NAME})\\s*(?:[,!—–:.]|-\\s|$)`, 'u');
// The first word of a text that looks like a name but is a greeting, a courtesy or an adverb.
const NOT_NAMES = new Set(
  (
    'hi hello hey dear thanks thank sorry yes no ok okay well unfortunately sure absolutely great done also however good friends folks everyone team hmm oh please ' +
    'welcome congratulations congrats apologies update note ' +
    'спасибо благодарим здравствуйте здравствуй привет добрый доброе доброй извините простите конечно увы да нет кстати итак например друзья коллеги ребята ' +
    'дорогие уважаемые уважаемый уважаемая хорошо отлично понимаем понятно ок ага внимание поздравляем ура жаль сожалеем правда точно верно'
  ).split(' '),
);
// The name as an address inside the first sentence: ", Анна!" / ", {{name}}." / ", Sam,"
const ADDRESSED = new RegExp(`(?:${VAR})|,\\s*(?<name>${NAME})\\s*(?:[,!.?—–]|$)`, 'u');
const NAME_VARIABLES = ['name', 'first_name', 'firstName', 'firstname', 'имя', 'user_name', 'userName', 'username', 'customer_name', 'customerName'];

interface Requirement {
  matcher: TermMatcher;
  any: string[];
  message?: Localized;
  /** Channels where the requirement does not apply. */
  unless?: string[];
}

interface When {
  commenters?: CommenterType[];
  roles?: TextRole[];
  channels?: string[];
  minWords?: number;
}

function readWhen(raw: unknown): When {
  if (raw === undefined) return {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new RuleOptionError('"when" must be a mapping such as { commenters: [critic] }.', 'when');
  const out: When = {};
  const list = (key: string, allowed?: readonly string[]): string[] => {
    const v = (raw as Record<string, unknown>)[key];
    if (!Array.isArray(v) || !v.length) throw new RuleOptionError(`"when.${key}" must be a non-empty list.`, `when.${key}`);
    v.forEach((x, i) => {
      if (typeof x !== 'string' || (allowed && !allowed.includes(x))) {
        throw new RuleOptionError(`"when.${key}" item ${i + 1} must be ${allowed ? `one of: ${allowed.join(', ')}` : 'a string'}.`, `when.${key}.${i}`);
      }
    });
    return v as string[];
  };
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (k === 'commenters') out.commenters = list(k, COMMENTER_TYPES) as CommenterType[];
    else if (k === 'roles') out.roles = list(k, ['reply', 'prose', 'template']) as TextRole[];
    else if (k === 'channels') out.channels = list(k);
    else if (k === 'minWords') {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new RuleOptionError('"when.minWords" must be a whole number of at least 0.', 'when.minWords');
      out.minWords = v;
    } else throw new RuleOptionError(`unknown key "when.${k}"; use commenters, roles, channels or minWords.`, `when.${k}`);
  }
  return out;
}

function applies(when: When, ctx: LintContext): boolean {
  if (when.commenters && (!ctx.commenter || !when.commenters.includes(ctx.commenter))) return false;
  if (when.roles && !when.roles.includes(ctx.role)) return false;
  if (when.channels && (!ctx.channel || !when.channels.includes(ctx.channel))) return false;
  return true;
}

/** A requirement's `unless`: { channels: [...] }, the channels where it does not apply. */
function readUnless(v: unknown, key: string): string[] | undefined {
  if (v === undefined) return undefined;
  const channels = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>).channels : undefined;
  const keys = v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
  if (!Array.isArray(channels) || !channels.length || keys.some((k) => k !== 'channels') || channels.some((c) => typeof c !== 'string' || !c)) {
    throw new RuleOptionError(`"${key}" must be { channels: [...] }, a non-empty list of channel ids.`, key);
  }
  return channels as string[];
}

function localizedOption(v: unknown, key: string): Localized | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string' && v.trim()) return v;
  if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length && Object.entries(v).every(([k, s]) => (k === 'ru' || k === 'en') && typeof s === 'string' && s.trim())) return v as Localized;
  throw new RuleOptionError(`"${key}" must be a text or { ru: ..., en: ... }.`, key);
}

const firstWord = (name: string) => (name.split(/[\s-]/)[0] ?? '').toLowerCase();

/** Whether the text greets the person by name (see the header). */
export function greetsByName(text: string, firstSentence: string): boolean {
  let rest = text.replace(/^[\s«"“]*/, '');
  const greeting = GREETING.exec(rest);
  if (greeting) rest = rest.slice(greeting[0].length);
  const open = OPENING_NAME.exec(rest);
  const name = open?.groups?.name;
  if (name && (name.startsWith('{{') || !NOT_NAMES.has(firstWord(name)))) return true;
  const m = ADDRESSED.exec(firstSentence);
  return !!m && (m[0].includes('{{') || !NOT_NAMES.has(firstWord(m.groups?.name ?? '')));
}

// A reply that opens by addressing a group («Друзья, …», «Всем привет!», "Hi everyone,") has no one
// person to greet by name: the greeting requirement does not apply to it.
const GROUP_WORDS = "друзья|коллеги|ребята|подписчики|участники|гости|покупатели|все|everyone|everybody|all|folks|friends|team|guys|y'all|members|followers";
const GROUP_OPENING = new RegExp(
  `^(?:(?:${GREETING_WORDS}|дорог\\p{L}*|мои|our)\\s*,?\\s*)*(?:${GROUP_WORDS})(?![\\p{L}])\\s*[,!—–:.]|^(?:всем\\s+(?:привет|здравствуйте|добрый\\s+(?:день|вечер)|доброе\\s+утро)|(?:привет|здравствуйте)\\s+всем?|всем\\s*,)(?![\\p{L}])`,
  'iu',
);

/** Whether the text opens by addressing a group rather than one person. */
export function addressesGroup(text: string): boolean {
  return GROUP_OPENING.test(text.replace(/^[\s«"“]*/, ''));
}

const MISSING = {
  en: 'The reply is missing something the guide requires here: add one of {any}.',
  ru: 'В ответе не хватает того, что гайд требует в этой ситуации: добавьте одно из — {any}.',
};
const NO_NAME = {
  en: 'The reply does not greet the person by name. Open with it: “Anna, …” or “Hi Anna,” (in a template, “{{name}}, …”).',
  ru: 'Ответ не обращается к человеку по имени. Начните с имени: «Анна, …» или «Здравствуйте, Анна!» (в шаблоне — «{{name}}, …»).',
};

export const requiredKind: RuleKind = {
  kind: 'required',
  description: { en: 'What a reply must contain in a situation.', ru: 'Что обязательно должно быть в ответе в этой ситуации.' },
  defaultMessage: MISSING,
  compile(def: RuleDef) {
    knownOptions(def, ['require', 'greeting', 'minWords', 'when']);
    const greeting = bool(def, 'greeting', false);
    const when = readWhen(def.when);
    const minWords = when.minWords ?? int(def, 'minWords', 4, 0);
    const raw = def.require ?? [];
    if (!Array.isArray(raw)) throw new RuleOptionError('"require" must be a list of { any: [...], message }.', 'require');
    const reqs: Requirement[] = raw.map((r, i) => {
      if (!r || typeof r !== 'object' || Array.isArray(r)) throw new RuleOptionError(`"require" item ${i + 1} must be a mapping { any: [...], message }.`, `require.${i}`);
      for (const k of Object.keys(r)) if (k !== 'any' && k !== 'message' && k !== 'unless') throw new RuleOptionError(`unknown key "${k}" in "require" item ${i + 1}; use any, message and unless.`, `require.${i}.${k}`);
      const any = (r as { any?: unknown }).any;
      if (!Array.isArray(any) || !any.length) throw new RuleOptionError(`"require" item ${i + 1} needs "any": a non-empty list of words or phrases.`, `require.${i}.any`);
      any.forEach((x, j) => {
        if (typeof x !== 'string' || !x.trim()) throw new RuleOptionError(`"require" item ${i + 1}, "any" item ${j + 1} must be a non-empty string.`, `require.${i}.any.${j}`);
      });
      const message = localizedOption((r as { message?: unknown }).message, `require.${i}.message`);
      const unless = readUnless((r as { unless?: unknown }).unless, `require.${i}.unless`);
      return { matcher: new TermMatcher(any as string[], { loose: true, option: `require.${i}.any` }), any: any as string[], ...(message !== undefined ? { message } : {}), ...(unless ? { unless } : {}) };
    });
    if (!reqs.length && !greeting) throw new RuleOptionError('needs "require" (a list of { any: [...] }) or "greeting: true".', 'require');
    return (unit, report) => {
      if (!applies(when, unit.ctx)) return;
      // the words are counted by the scan; tokens are made only for a requirement's list or a report
      const count = unit.words.count;
      if (count < minWords || !count) return;
      const text = unit.text;
      const lang: Lang = unit.ctx.lang;
      const first = unit.sentences[0] ?? { start: 0, end: text.length };
      const lineEnd = text.indexOf('\n', first.start);
      const end = lineEnd === -1 ? first.end : Math.min(first.end, lineEnd);
      for (const r of reqs) {
        if (r.unless && unit.ctx.channel !== undefined && r.unless.includes(unit.ctx.channel)) continue;
        if (r.matcher.find(unit.tokens, text).length) continue;
        const args = { any: r.any.slice(0, 4).map((a) => `«${a}»`).join(', ') };
        const own = r.message !== undefined ? fillMessage(localize(r.message, lang), args) : def.message === undefined ? fillMessage(MISSING[lang], args) : undefined;
        report({ start: first.start, end, args, ...(own !== undefined ? { message: own } : {}) });
      }
      if (greeting && !greetsByName(text, text.slice(first.start, first.end)) && !addressesGroup(text)) {
        const at = unit.words.spans;
        const word = { start: at[0] as number, end: at[1] as number, text: text.slice(at[0], at[1]) };
        const variable = unit.ctx.role === 'template' ? unit.ctx.variables?.find((v) => NAME_VARIABLES.includes(v)) : undefined;
        const suggestions = [];
        if (variable) {
          // “{{name}}, спасибо за ...”: the old first word loses its capital unless it is a name or an acronym
          const lower = /^\p{Lu}\p{Ll}*$/u.test(word.text) && !/^(?:I|I'm|I'll)$/.test(word.text) ? word.text.charAt(0).toLowerCase() + word.text.slice(1) : word.text;
          suggestions.push({ start: word.start, end: word.end, replacement: `{{${variable}}}, ${lower}` });
        }
        report({
          start: word.start,
          end: word.end,
          ...(def.message === undefined ? { message: NO_NAME[lang] } : {}),
          ...(suggestions.length ? { suggestions } : {}),
        });
      }
    };
  },
};
