// pattern: the brand's own regular expressions, on a linear-time engine (see ../regex.ts for the
// syntax: RE2, with \b, \w and \s that know every alphabet).
//   pattern: "\\bпо\\s+факту\\b"   or   patterns: ["...", "..."]
//   flags: i (the default), or "" to match case; m, s, u also allowed
//   message: { ru: "...", en: "..." }   with {match} for the matched text
import type { RuleKind } from '../api';
import { RuleOptionError } from '../api';
import { compileUserRegex, type UserRegex } from '../regex';
import { knownOptions } from './options';

/** Findings one pattern rule reports in one text at most (a runaway pattern stays readable). */
export const PATTERN_MATCH_LIMIT = 200;

export const patternKind: RuleKind = {
  kind: 'pattern',
  description: { en: 'Your own regular expressions.', ru: 'Ваши регулярные выражения.' },
  defaultMessage: {
    en: '«{match}» matches a pattern the guide forbids. Rephrase this part.',
    ru: '«{match}» подпадает под шаблон, который запрещён гайдом. Перефразируйте этот фрагмент.',
  },
  compile(def) {
    knownOptions(def, ['pattern', 'patterns', 'flags']);
    const flags = def.flags === undefined ? 'i' : def.flags;
    if (typeof flags !== 'string') throw new RuleOptionError('"flags" must be a string of letters such as "i" (or "" to match case).', 'flags');
    const sources: { src: string; key: string }[] = [];
    if (def.pattern !== undefined) {
      if (typeof def.pattern !== 'string' || !def.pattern) throw new RuleOptionError('"pattern" must be a non-empty string: the regular expression to look for.', 'pattern');
      sources.push({ src: def.pattern, key: 'pattern' });
    }
    if (def.patterns !== undefined) {
      if (!Array.isArray(def.patterns) || !def.patterns.length) throw new RuleOptionError('"patterns" must be a non-empty list of regular expressions.', 'patterns');
      def.patterns.forEach((src, i) => {
        if (typeof src !== 'string' || !src) throw new RuleOptionError(`"patterns" item ${i + 1} must be a non-empty string.`, `patterns.${i}`);
        sources.push({ src, key: `patterns.${i}` });
      });
    }
    if (!sources.length) throw new RuleOptionError('needs "pattern" (or "patterns"): the regular expression to look for.', 'pattern');
    const res: UserRegex[] = sources.map((s) => compileUserRegex(s.src, flags, s.key));
    return (unit, report) => {
      const text = unit.text;
      const seen = new Set<string>();
      let left = PATTERN_MATCH_LIMIT;
      for (const re of res) {
        for (const [s, e] of re.exec(text, left)) {
          const key = `${s}:${e}`;
          if (seen.has(key)) continue;
          seen.add(key);
          report({ start: s, end: e, args: { match: text.slice(s, e) } });
          if (--left <= 0) return;
        }
      }
    };
  },
};
