// preferred: the brand's words instead of others, with a fix that keeps the form and capitals.
//   terms: { юзер: пользователь, "e-mail": email, utilize: use, девайс: [устройство, гаджет] }
//   exceptions: ["kindly *ed"]   forms or phrases that are fine although they match ("kindly donated")
// In prose a quoted word is mentioned, not used («не пишите «юзер»»), and is not reported.
import { inflectLike } from '../../morph/inflect';
import { RuleOptionError, withGates, type RuleKind } from '../api';
import type { Fix } from '../../types';
import { TermMatcher, inUse, matchCase, mentionNote, withoutAllowed } from '../words';
import { knownOptions, stringList } from './options';

export const preferredKind: RuleKind = {
  kind: 'preferred',
  description: { en: 'The brand’s words instead of others, with a fix.', ru: 'Слова бренда вместо других, с исправлением.' },
  defaultMessage: {
    en: 'Write «{suggestion}» instead of «{word}».',
    ru: 'Пишите «{suggestion}» вместо «{word}».',
  },
  compile(def, env) {
    knownOptions(def, ['terms', 'exceptions']);
    const raw = def.terms;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new RuleOptionError('needs "terms": a mapping from the word to avoid to the word to use.', 'terms');
    const wrong: string[] = [];
    const right: string[][] = [];
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
      const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : null;
      if (!list || !list.length || list.some((x) => typeof x !== 'string' || !x.trim())) {
        throw new RuleOptionError(`"terms.${k}" must be a word or a list of words to use instead.`, `terms.${k}`);
      }
      wrong.push(k);
      right.push(list as string[]);
    }
    const matcher = new TermMatcher(wrong, { gated: true, option: 'terms' });
    const exceptions = new TermMatcher(stringList(def, 'exceptions'), { loose: true, option: 'exceptions' });
    const allowed = new TermMatcher([...env.allow]);
    return withGates(matcher.gateBit, (unit, report) => {
      if (!matcher.mayMatch(unit)) return;
      const tokens = unit.tokens;
      if (!tokens.length) return;
      const note = mentionNote(unit.ctx.role, unit.ctx.lang);
      const found = withoutAllowed(withoutAllowed(matcher.find(tokens, unit.text), exceptions, tokens, unit.text), allowed, tokens, unit.text);
      for (const m of inUse(found, unit)) {
        const word = unit.text.slice(m.start, m.end);
        const lemma = m.term.source.replace(/^=|\*$/g, '').toLowerCase().replace(/ё/g, 'е');
        const options = right[m.term.index] as string[];
        const single = m.first === m.last;
        const fixes: Fix[] = [];
        for (const target of options) {
          let form: string | undefined;
          const norm = (tokens[m.first]?.norm ?? '').toLowerCase();
          if (!single) form = target;
          else if (norm === lemma) form = target;
          else if (/^[а-я]+$/.test(lemma) && !target.includes(' ')) form = inflectLike(norm, lemma, target.toLowerCase());
          else if (norm === `${lemma}s` && /^[a-z]+$/.test(target)) form = `${target}s`;
          if (form !== undefined) fixes.push({ start: m.start, end: m.end, replacement: matchCase(form, word) });
        }
        report({
          start: m.start,
          end: m.end,
          args: { word, suggestion: options.join(' / ') },
          ...(note ? { note } : {}),
          ...(fixes[0] ? { fix: fixes[0] } : {}),
          ...(fixes.length > 1 ? { suggestions: fixes.slice(1) } : {}),
        });
      }
    });
  },
};
