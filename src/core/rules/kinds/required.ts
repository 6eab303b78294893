// required: what a reply must contain in a situation. Each requirement is a list of words or phrases
// (any one of them will do, in any form); `when` scopes the rule beyond the common keys, e.g. only
// replies longer than a few words. Built-in uses: a reply to a critic thanks or apologises and offers
// a private channel; a reply greets the person by name.
//   require: [ { any: [спасибо, благодарим, извините], message: {...} }, ... ]
//   greeting: true   — the reply must open with the person's name ({{name}}, «Анна, ...», "Hi Anna,")
import type { Localized } from '../../types';
import { fillMessage, localize } from '../../types';
import type { RuleKind } from '../api';
import { RuleOptionError } from '../api';
import { TermMatcher } from '../words';
import { bool, int, knownOptions } from './options';

// An opening that names the person: {{name}}, "Hi Anna," / "Dear Anna", «Анна, ...», «Здравствуйте, Анна!»
const GREETING = /^\s*(?:\{\{\s*[\p{L}_.]+\s*\}\}|(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\s*,?\s+)?(?:\{\{\s*[\p{L}_.]+\s*\}\}|\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}[\p{Ll}'-]+)?)\s*[,!—–-]|(?:здравствуйте|добрый (?:день|вечер)|доброе утро|привет)\s*,\s*(?:\{\{\s*[\p{L}_.]+\s*\}\}|\p{Lu}[\p{Ll}-]+))/iu;
const FALSE_NAMES = /^\s*(?:hi|hello|hey|dear|thanks|thank|sorry|yes|no|ok|okay|well|unfortunately|спасибо|здравствуйте|привет|добрый|извините|простите|да|нет|увы|конечно|к сожалению)\s*[,!—–-]/iu;

export const requiredKind: RuleKind = {
  kind: 'required',
  description: { en: 'What a reply must contain in a situation.', ru: 'Что обязательно должно быть в ответе в этой ситуации.' },
  defaultMessage: { en: 'The reply lacks something the guide requires here.', ru: 'В ответе не хватает того, что гайд требует в этой ситуации.' },
  compile(def) {
    knownOptions(def, ['require', 'greeting', 'minWords']);
    const minWords = int(def, 'minWords', 4, 0);
    const greeting = bool(def, 'greeting', false);
    const raw = def.require ?? [];
    if (!Array.isArray(raw)) throw new RuleOptionError('"require" must be a list of { any: [...], message }.', 'require');
    const reqs = raw.map((r, i) => {
      const any = (r as { any?: unknown })?.any;
      if (!Array.isArray(any) || !any.length || any.some((x) => typeof x !== 'string')) throw new RuleOptionError(`"require" item ${i + 1} needs "any": a list of words or phrases.`, `require.${i}.any`);
      return { matcher: new TermMatcher(any as string[]), message: (r as { message?: Localized }).message, any: any as string[] };
    });
    if (!reqs.length && !greeting) throw new RuleOptionError('needs "require" (a list of { any: [...] }) or "greeting: true".', 'require');
    return (unit, report) => {
      const tokens = unit.tokens;
      if (tokens.length < minWords) return;
      const lineEnd = unit.text.indexOf('\n');
      const end = lineEnd === -1 ? unit.text.length : lineEnd;
      const lang = unit.ctx.lang;
      for (const r of reqs) {
        if (r.matcher.find(tokens, unit.text).length) continue;
        const msg = r.message ? localize(r.message, lang) : undefined;
        report({ start: 0, end, message: fillMessage(msg ?? localize({ en: 'Add one of: {any}.', ru: 'Добавьте одно из: {any}.' }, lang), { any: r.any.slice(0, 4).join(', ') }) });
      }
      if (greeting) {
        const text = unit.text;
        // The name may open the reply («Анна, ...», "Hi Sam,") or come as an address in its first
        // sentence ("Thank you, {{name}}!", «Простите за задержку, Олег.»).
        const first = unit.sentences[0] ? text.slice(unit.sentences[0].start, unit.sentences[0].end) : text;
        const addressed = /\{\{\s*[\p{L}_.]+\s*\}\}|,\s*\p{Lu}[\p{Ll}'-]+\s*(?:[,!.?—–-]|$)/u.test(first);
        const opens = GREETING.test(text) && !(FALSE_NAMES.test(text) && !/^\s*(?:hi|hello|hey|dear|здравствуйте|добрый|привет)\s*,?\s+(?:\{\{|\p{Lu})/iu.test(text));
        if (!opens && !addressed) {
          report({
            start: 0,
            end,
            message: lang === 'ru'
              ? 'Ответ не начинается с имени человека. Обратитесь по имени: «{{name}}, ...» или «Анна, ...».'
              : 'The reply does not open with the person’s name. Greet them: “Hi {{name}}, ...” or “Anna, ...”.',
          });
        }
      }
    };
  },
};
