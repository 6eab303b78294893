// User regular expressions run on re2js, a port of RE2: matching is linear in the text whatever the
// pattern, so a hostile or careless pattern in a shared voice.yaml can never hang the editor or CI.
// The price: no backreferences and no lookaround; such a pattern is refused with a clear message.
//
// RE2's own \b, \w and \s know only ASCII, so `\bпо факту\b` would never match Russian text. Before
// compiling, the pattern is rewritten so that they mean what a writer of Russian or English expects:
//   \w  a letter of any alphabet, a digit, a combining mark or _      \W  anything else
//   \s  any white space, including the no-break and thin spaces        \S  anything else
//   \b  a word boundary in those terms. At the end of the pattern (or of a group or alternative that
//       ends it) it is exact; elsewhere it is decided by the character the pattern expects next.
// \B is refused (RE2 would only apply it to Latin letters); \d stays 0-9.
import { RE2JS } from 're2js';
import { RuleOptionError } from './api';

export interface UserRegex {
  /** The pattern as the user wrote it. */
  readonly source: string;
  /** The flags as the user wrote them. */
  readonly flags: string;
  /** Every non-empty match as [start, end) in UTF-16 offsets, in order, at most `limit` of them. */
  exec(text: string, limit?: number): IterableIterator<[number, number]>;
  /** The same as an array. */
  matches(text: string, limit?: number): [number, number][];
}

/** Matches reported per text by default, and find() calls allowed per text (empty matches included). */
export const DEFAULT_MATCH_LIMIT = 1000;
const MAX_STEPS = 20_000;
/** Longer patterns are refused: a guide's rule is a phrase or a few, not a program. */
export const MAX_PATTERN_LENGTH = 2000;

const FLAG_BITS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL, u: 0 };

const WORD = '\\p{L}\\p{N}\\p{M}_';
const SPACE = '\\t-\\r\\p{Z}\\x{FEFF}';
const WHY = 'user patterns run on RE2, a linear-time engine, so that no pattern can hang the editor or CI';

type Cls = 'word' | 'nonword' | 'unknown';

type Item =
  | { t: 'open'; at: number; text: string; close: number }
  | { t: 'close'; at: number; open: number; quant: string }
  | { t: 'alt'; at: number }
  | { t: 'atom'; at: number; text: string; cls: Cls; quant: string }
  | { t: 'zero'; at: number; text: string }
  | { t: 'b'; at: number };

const fail = (message: string, option: string): never => {
  throw new RuleOptionError(message, option);
};

function charClass(c: string): Cls {
  return /^[\p{L}\p{N}\p{M}_]$/u.test(c) ? 'word' : 'nonword';
}

/** A quantifier at `i` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy), or ''. */
function quantAt(src: string, i: number): string {
  const m = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(src.slice(i, i + 24));
  return m ? m[0] : '';
}

/** A quantifier that allows zero repetitions makes the atom's class unknown to its neighbours. */
const optional = (q: string) => /^(?:[*?]|\{0(?:[,}]))/.test(q);

/**
 * Splits a pattern into the items the rewrite needs, checking the constructs RE2 lacks on the way.
 * Character classes are rewritten here (their \w and \s), other escapes later.
 */
function scan(src: string, option: string): Item[] {
  const items: Item[] = [];
  const stack: number[] = [];
  let i = 0;
  const escapeAt = (j: number): string => {
    const c = src[j + 1];
    if (c === undefined) return fail(`the pattern ends with a lone backslash; write \\\\ for a backslash.`, option);
    if (c === 'p' || c === 'P') {
      const m = /^\\[pP](?:\{[^}]*\}|.)/u.exec(src.slice(j));
      return m ? m[0] : src.slice(j, j + 2);
    }
    if (c === 'x') {
      const m = /^\\x(?:\{[0-9A-Fa-f]*\}|[0-9A-Fa-f]{0,2})/.exec(src.slice(j));
      return m ? m[0] : src.slice(j, j + 2);
    }
    const cp = src.codePointAt(j + 1) as number;
    return src.slice(j, j + 1 + (cp > 0xffff ? 2 : 1));
  };
  const refuseEscape = (esc: string) => {
    if (/^\\[1-9]/.test(esc) || esc === '\\k' || esc === '\\g') {
      fail(`Backreferences (\\1, \\k<name>) are not supported: ${WHY}. Match the repeated text explicitly instead.`, option);
    }
    if (esc === '\\B') fail('\\B (not at a word boundary) is not supported: RE2 applies it to Latin letters only, so it would be wrong for Russian text. Rewrite the pattern without it.', option);
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '\\') {
      if (src[i + 1] === 'Q') {
        // \Q...\E: literal text
        const end = src.indexOf('\\E', i + 2);
        const lit = src.slice(i + 2, end === -1 ? src.length : end);
        const next = end === -1 ? src.length : end + 2;
        for (const ch of lit) items.push({ t: 'atom', at: i, text: ch.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&'), cls: charClass(ch), quant: '' });
        i = next;
        const last = items[items.length - 1];
        if (last && last.t === 'atom') {
          last.quant = quantAt(src, i);
          i += last.quant.length;
        }
        continue;
      }
      const esc = escapeAt(i);
      refuseEscape(esc);
      i += esc.length;
      if (esc === '\\b') {
        items.push({ t: 'b', at: i - 2 });
        if (quantAt(src, i)) fail('\\b cannot be repeated (a quantifier follows it).', option);
        continue;
      }
      if (/^\\[Azb]$/.test(esc)) {
        items.push({ t: 'zero', at: i - esc.length, text: esc });
        continue;
      }
      let text = esc;
      let cls: Cls = 'unknown';
      if (esc === '\\w') [text, cls] = [`[${WORD}]`, 'word'];
      else if (esc === '\\W') [text, cls] = [`[^${WORD}]`, 'nonword'];
      else if (esc === '\\s') [text, cls] = [`[${SPACE}]`, 'nonword'];
      else if (esc === '\\S') text = `[^${SPACE}]`;
      else if (esc === '\\d' || /^\\p(?:L|N|\{L[a-z]?\}|\{N[a-z]?\}|\{(?:Cyrillic|Latin|Greek)\})$/.test(esc)) cls = 'word';
      else if (esc === '\\D') cls = 'unknown';
      else if (/^\\[tnrfv]$/.test(esc)) cls = 'nonword';
      else if (/^\\[^\p{L}\p{N}]$/u.test(esc)) cls = charClass(esc.slice(1));
      const quant = quantAt(src, i);
      i += quant.length;
      items.push({ t: 'atom', at: i - esc.length - quant.length, text, cls, quant });
      continue;
    }
    if (c === '[') {
      const start = i;
      let j = i + 1;
      let out = '[';
      if (src[j] === '^') {
        out += '^';
        j++;
      }
      const negated = out === '[^';
      let word = 0;
      let nonword = 0;
      let other = 0;
      let first = true;
      for (;;) {
        const d = src[j];
        if (d === undefined) return fail(`the character class "[" at character ${start + 1} is never closed: add "]".`, option);
        if (d === ']' && !first) break;
        first = false;
        if (d === '[' && src[j + 1] === ':') {
          const end = src.indexOf(':]', j + 2);
          if (end !== -1) {
            out += src.slice(j, end + 2);
            other++;
            j = end + 2;
            continue;
          }
        }
        if (d === '\\') {
          const esc = escapeAt(j);
          refuseEscape(esc);
          j += esc.length;
          if (esc === '\\w') {
            out += WORD;
            word++;
          } else if (esc === '\\s') {
            out += SPACE;
            nonword++;
          } else if (esc === '\\W' || esc === '\\S') {
            fail(`${esc} inside [...] is not supported (it would only know Latin letters); use a negated class such as [^\\p{L}] instead.`, option);
          } else {
            out += esc;
            if (esc === '\\d' || /^\\p(?:L|N|\{L[a-z]?\}|\{N[a-z]?\}|\{(?:Cyrillic|Latin)\})$/.test(esc)) word++;
            else if (/^\\[^\p{L}\p{N}]$/u.test(esc)) nonword++;
            else other++;
          }
          continue;
        }
        const cp = src.codePointAt(j) as number;
        const ch = String.fromCodePoint(cp);
        out += ch;
        if (charClass(ch) === 'word') word++;
        else if (ch !== '-') nonword++;
        j += ch.length;
      }
      out += ']';
      j++;
      let cls: Cls = other ? 'unknown' : word && !nonword ? 'word' : nonword && !word ? 'nonword' : 'unknown';
      // [^\w] is every non-word character; any other negated class may hold both kinds
      if (negated) cls = out.includes(WORD) ? 'nonword' : 'unknown';
      const quant = quantAt(src, j);
      items.push({ t: 'atom', at: start, text: out, cls, quant });
      i = j + quant.length;
      continue;
    }
    if (c === '(') {
      if (src[i + 1] === '?') {
        const rest = src.slice(i + 2, i + 4);
        if (rest.startsWith('=') || rest.startsWith('!')) fail(`Lookahead «${src.slice(i, i + 3)}…)» is not supported: ${WHY}. Match the following text as part of the pattern instead.`, option);
        if (rest === '<=' || rest === '<!') fail(`Lookbehind «${src.slice(i, i + 4)}…)» is not supported: ${WHY}. Match the preceding text as part of the pattern instead.`, option);
        if (rest.startsWith('#')) fail('Comments in patterns ((?#...)) are not supported.', option);
        if (rest === 'P=') fail(`Backreferences ((?P=name)) are not supported: ${WHY}. Match the repeated text explicitly instead.`, option);
        const flags = /^\(\?[imsU-]*\)/.exec(src.slice(i));
        if (flags) {
          items.push({ t: 'zero', at: i, text: flags[0] });
          i += flags[0].length;
          continue;
        }
        const head = /^\(\?(?:P?<[^>]*>|[imsU-]*:)/.exec(src.slice(i));
        const text = head ? head[0] : '(?';
        stack.push(items.length);
        items.push({ t: 'open', at: i, text, close: -1 });
        i += text.length;
        continue;
      }
      stack.push(items.length);
      items.push({ t: 'open', at: i, text: '(', close: -1 });
      i++;
      continue;
    }
    if (c === ')') {
      const open = stack.pop();
      if (open === undefined) return fail(`the ")" at character ${i + 1} closes no group: remove it or escape it as \\).`, option);
      const quant = quantAt(src, i + 1);
      (items[open] as { close: number }).close = items.length;
      items.push({ t: 'close', at: i, open, quant });
      i += 1 + quant.length;
      continue;
    }
    if (c === '|') {
      items.push({ t: 'alt', at: i });
      i++;
      continue;
    }
    if (c === '^' || c === '$') {
      items.push({ t: 'zero', at: i, text: c });
      i++;
      continue;
    }
    const cp = src.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    const quant = quantAt(src, i + ch.length);
    items.push({ t: 'atom', at: i, text: ch, cls: ch === '.' ? 'unknown' : charClass(ch), quant });
    i += ch.length + quant.length;
  }
  if (stack.length) fail(`the group "(" at character ${(items[stack[stack.length - 1] as number] as Item).at + 1} is never closed: add ")".`, option);
  return items;
}

/** The class of the first character an item sequence starting at `k` consumes (within its group). */
function firstClass(items: Item[], k: number, depth = 0): Cls {
  const it = items[k];
  if (!it || it.t === 'alt' || it.t === 'close' || depth > 20) return 'unknown';
  if (it.t === 'atom') return optional(it.quant) ? 'unknown' : it.cls;
  if (it.t === 'zero') return it.text.startsWith('(?') ? firstClass(items, k + 1, depth + 1) : 'unknown';
  if (it.t === 'b') return 'unknown';
  // a group: every alternative must start with the same class
  const close = items[it.close] as Extract<Item, { t: 'close' }>;
  if (optional(close.quant)) return 'unknown';
  let cls: Cls | undefined;
  let j = k + 1;
  for (;;) {
    const c = firstClass(items, j, depth + 1);
    cls = cls === undefined || cls === c ? c : 'unknown';
    // skip to the next alternative of this group
    let d = 0;
    while (j < it.close) {
      const x = items[j] as Item;
      if (x.t === 'open') d++;
      else if (x.t === 'close') d--;
      else if (x.t === 'alt' && d === 0) break;
      j++;
    }
    if (j >= it.close) break;
    j++;
  }
  return cls ?? 'unknown';
}

/** The class of the last character consumed before item `k` (within its group). */
function lastClass(items: Item[], k: number, depth = 0): Cls | 'start' {
  const it = items[k - 1];
  if (!it || it.t === 'alt' || it.t === 'open') return 'start';
  if (depth > 20) return 'unknown';
  if (it.t === 'atom') return optional(it.quant) ? 'unknown' : it.cls;
  if (it.t === 'zero') return it.text.startsWith('(?') ? lastClass(items, k - 1, depth + 1) : it.text === '^' ? 'start' : 'unknown';
  if (it.t === 'b') return 'unknown';
  // a group that ends here: every alternative must end with the same class
  if (optional(it.quant)) return 'unknown';
  let cls: Cls | undefined;
  let d = 0;
  for (let j = it.open + 1; j <= k - 1; j++) {
    const x = items[j] as Item;
    if (x.t === 'open') d++;
    else if (x.t === 'close' && j !== k - 1) d--;
    if ((x.t === 'alt' && d === 0) || j === k - 1) {
      const c = lastClass(items, j, depth + 1);
      const cc: Cls = c === 'start' ? 'unknown' : c;
      cls = cls === undefined || cls === cc ? cc : 'unknown';
    }
  }
  return cls ?? 'unknown';
}

/**
 * Whether nothing is consumed after item `k` on any path to the end of the pattern: 'end' if so,
 * 'anchor' if an end anchor ($, \z) comes first (then the next character is a line end or none), or false.
 */
function atTail(items: Item[], k: number): 'end' | 'anchor' | false {
  let j = k + 1;
  for (;;) {
    const it = items[j];
    if (!it) return 'end';
    if (it.t === 'zero' && (it.text === '$' || it.text === '\\z')) return 'anchor';
    if (it.t === 'zero' && it.text.startsWith('(?')) {
      j++;
      continue;
    }
    if (it.t === 'close') {
      if (it.quant) return false;
      j++;
      continue;
    }
    if (it.t === 'alt') {
      // jump to the end of the group this alternative belongs to
      let d = 0;
      while (j < items.length) {
        const x = items[j] as Item;
        if (x.t === 'open') d++;
        else if (x.t === 'close') {
          if (d === 0) break;
          d--;
        }
        j++;
      }
      continue;
    }
    return false;
  }
}

interface Rewritten {
  pattern: string;
  lookbehind: boolean;
  /** Capture groups whose start marks where a reported match ends (a \b that consumed one character). */
  ends: number[];
}

function rewrite(items: Item[]): Rewritten {
  let out = '';
  let groups = 0;
  let lookbehind = false;
  const ends: number[] = [];
  items.forEach((it, k) => {
    switch (it.t) {
      case 'open':
        out += it.text;
        if (it.text === '(' || /^\(\?P?<[^>]*>$/.test(it.text)) groups++;
        return;
      case 'close':
        out += `)${it.quant}`;
        return;
      case 'alt':
        out += '|';
        return;
      case 'zero':
        out += it.text;
        return;
      case 'atom':
        out += it.text + it.quant;
        return;
      case 'b': {
        lookbehind = true;
        const tail = atTail(items, k);
        if (tail === 'anchor') {
          // before a line end or the text end: a boundary exactly when a word character comes before
          out += `(?<=[${WORD}])`;
          return;
        }
        if (tail === 'end') {
          // exact: a word character before and none after (or the end), or the other way round
          out += `(?:(?<=[${WORD}])()(?:\\z|[^${WORD}])|(?<![${WORD}])()[${WORD}])`;
          ends.push(groups + 1, groups + 2);
          groups += 2;
          return;
        }
        const next = firstClass(items, k + 1);
        const prev = lastClass(items, k);
        if (next === 'word') out += `(?<![${WORD}])`;
        else if (next === 'nonword') out += `(?<=[${WORD}])`;
        else if (prev === 'word') out += ''; // between a word and something unknown: not checked
        else out += `(?<![${WORD}])`; // before a group or a dot: taken as the start of a word
        return;
      }
    }
  });
  return { pattern: out, lookbehind, ends };
}

/** Reads a flags string (i, m, s, u; g is accepted and ignored: every match is always reported). */
export function parseFlags(flags: string): number {
  let bits = 0;
  const seen = new Set<string>();
  for (const f of flags) {
    if (seen.has(f)) throw new RuleOptionError(`flag "${f}" is given twice.`, 'flags');
    seen.add(f);
    if (f === 'g') continue;
    const b = FLAG_BITS[f];
    if (b === undefined) throw new RuleOptionError(`flag "${f}" is not supported; use i (ignore case), m (^ and $ at line ends), s (dot matches a line break), u (Unicode, always on).`, 'flags');
    bits |= b;
  }
  return bits;
}

/**
 * Compiles a user's pattern. Throws RuleOptionError (with `option` as its key, and `flags` for a bad
 * flag) when the pattern is invalid or uses what RE2 cannot run in linear time.
 */
export function compileUserRegex(source: string, flags = '', option = 'pattern'): UserRegex {
  if (typeof source !== 'string' || !source) throw new RuleOptionError('the pattern is empty.', option);
  if (source.length > MAX_PATTERN_LENGTH) throw new RuleOptionError(`the pattern is ${source.length} characters long; keep it under ${MAX_PATTERN_LENGTH} (split it into several patterns).`, option);
  const bits = parseFlags(flags);
  let items: Item[];
  try {
    items = scan(source, option);
  } catch (e) {
    if (e instanceof RuleOptionError) throw new RuleOptionError(`/${source}/: ${e.message}`, e.option);
    throw e;
  }
  const { pattern, lookbehind, ends } = rewrite(items);
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern, bits | (lookbehind ? RE2JS.LOOKBEHINDS : 0));
  } catch (e) {
    const why = String((e as Error).message ?? e).replace(/^error parsing regexp: /, '');
    throw new RuleOptionError(`the regular expression /${source}/ is not valid: ${why}.`, option);
  }
  if (re.matcher('').find()) {
    throw new RuleOptionError(`the regular expression /${source}/ matches empty text, so it would match everywhere; make it require at least one character (for example + instead of *).`, option);
  }
  function* exec(text: string, limit = DEFAULT_MATCH_LIMIT): IterableIterator<[number, number]> {
    const m = re.matcher(text);
    let from = 0;
    let found = 0;
    for (let steps = 0; found < limit && steps < MAX_STEPS && from <= text.length && m.find(from); steps++) {
      const s = m.start();
      let e = m.end();
      for (const g of ends) {
        const at = m.start(g);
        if (at >= 0) e = at;
      }
      if (e > s) {
        found++;
        yield [s, e];
        from = e;
      } else {
        // an empty match: step over one character, never into the middle of a surrogate pair
        const cp = text.codePointAt(e);
        from = e + (cp !== undefined && cp > 0xffff ? 2 : 1);
      }
    }
  }
  return {
    source,
    flags,
    exec,
    matches: (text, limit) => [...exec(text, limit)],
  };
}
