// pattern: the brand's own regular expressions (on a linear-time engine; see ../regex.ts).
//   pattern: "\\bпо\\s+факту\\b"  or  patterns: [...];  flags: i
import type { RuleKind } from '../api';
import { RuleOptionError } from '../api';
import { compileUserRegex, type UserRegex } from '../regex';
import { knownOptions, stringList } from './options';

export const patternKind: RuleKind = {
  kind: 'pattern',
  description: { en: 'Your own regular expressions.', ru: 'Ваши регулярные выражения.' },
  defaultMessage: { en: '«{match}» matches a pattern the guide forbids.', ru: '«{match}» подпадает под шаблон, который запрещён гайдом.' },
  compile(def) {
    knownOptions(def, ['pattern', 'patterns', 'flags']);
    const flags = def.flags === undefined ? 'i' : def.flags;
    if (typeof flags !== 'string') throw new RuleOptionError('"flags" must be a string such as "i".', 'flags');
    const sources: { src: string; key: string }[] = [];
    if (def.pattern !== undefined) {
      if (typeof def.pattern !== 'string' || !def.pattern) throw new RuleOptionError('"pattern" must be a non-empty string.', 'pattern');
      sources.push({ src: def.pattern, key: 'pattern' });
    }
    stringList(def, 'patterns').forEach((src, i) => sources.push({ src, key: `patterns.${i}` }));
    if (!sources.length) throw new RuleOptionError('needs "pattern" (or "patterns"): the regular expression to look for.', 'pattern');
    const res: UserRegex[] = sources.map((s) => compileUserRegex(s.src, flags, s.key));
    return (unit, report) => {
      for (const re of res) {
        for (const [s, e] of re.matches(unit.text, 200)) {
          if (e > s) report({ start: s, end: e, args: { match: unit.text.slice(s, e) } });
        }
      }
    };
  },
};
