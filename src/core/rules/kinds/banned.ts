// banned: words and phrases the brand never uses, caught in all their forms.
//   words: [гарантировать, "мы вынуждены", "as per our policy", "идиот*", "=данный"]
//   exceptions: [...]   forms or phrases that are fine although they match
//   suggest: { term: replacement }   offered as a quick fix where the match is exactly the term
import type { RuleKind } from '../api';
import { TermMatcher, matchCase, withoutAllowed } from '../words';
import { knownOptions, stringList } from './options';

export const bannedKind: RuleKind = {
  kind: 'banned',
  description: { en: 'Words and phrases the brand never uses, in all their forms.', ru: 'Слова и фразы, которых бренд не использует, во всех формах.' },
  defaultMessage: {
    en: '«{word}» is off-brand here. Rephrase without it.',
    ru: '«{word}» не в тоне бренда. Переформулируйте без этого слова.',
  },
  compile(def, env) {
    knownOptions(def, ['words', 'exceptions', 'suggest']);
    const matcher = new TermMatcher(stringList(def, 'words', true));
    const exceptions = new TermMatcher(stringList(def, 'exceptions'));
    const allowed = new TermMatcher([...env.allow]);
    const suggest = (def.suggest ?? {}) as Record<string, unknown>;
    return (unit, report) => {
      const tokens = unit.tokens;
      if (!tokens.length) return;
      let found = matcher.find(tokens, unit.text);
      if (!found.length) return;
      found = withoutAllowed(withoutAllowed(found, exceptions, tokens, unit.text), allowed, tokens, unit.text);
      for (const m of found) {
        const word = unit.text.slice(m.start, m.end);
        const s = suggest[m.term.source];
        report({
          start: m.start,
          end: m.end,
          args: { word, term: m.term.source },
          ...(typeof s === 'string' ? { suggestions: [{ start: m.start, end: m.end, replacement: matchCase(s, word) }] } : {}),
        });
      }
    };
  },
};
