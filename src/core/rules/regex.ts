// User regular expressions run on re2js, a port of RE2: matching is linear in the text whatever the
// pattern, so a hostile or careless pattern in a shared voice.yaml can never hang the editor or CI.
// The price: no backreferences and no lookaround; such a pattern is refused with a clear message.
import { RE2JS } from 're2js';
import { RuleOptionError } from './api';

export interface UserRegex {
  source: string;
  /** Every match as [start, end) in UTF-16 offsets, at most `limit` of them. */
  matches(text: string, limit?: number): [number, number][];
}

const FLAGS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL };

export function compileUserRegex(source: string, flags = '', option = 'pattern'): UserRegex {
  let bits = 0;
  for (const f of flags) {
    if (f === 'u' || f === 'g') continue; // always Unicode, always global
    const b = FLAGS[f];
    if (b === undefined) throw new RuleOptionError(`flag "${f}" is not supported; use i (ignore case), m (multiline), s (dot matches newline).`, 'flags');
    bits |= b;
  }
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, bits);
  } catch (e) {
    const why = (e as Error).message.replace(/^error parsing regexp: /, '');
    const hint = /\\[1-9]|\(\?<?[=!]/.test(source)
      ? ' Backreferences (\\1) and lookaround ((?=...), (?!...), (?<=...), (?<!...)) are not supported: patterns run on a linear-time engine so that no pattern can hang the linter.'
      : '';
    throw new RuleOptionError(`the regular expression /${source}/ is not valid: ${why}.${hint}`, option);
  }
  return {
    source,
    matches(text, limit = 1000) {
      const out: [number, number][] = [];
      const m = re.matcher(text);
      let from = 0;
      while (out.length < limit && from <= text.length && m.find(from)) {
        const s = m.start();
        const e = m.end();
        out.push([s, e]);
        from = e > s ? e : e + 1;
      }
      return out;
    },
  };
}
