// Term matching for word rules: a list of words and phrases compiled once into a lookup by word keys,
// so that checking a text costs one Map lookup per token. A term is written as a lemma and matches its
// forms (see morph/); `word*` matches by prefix, `=word` only exactly; a phrase matches its words in a
// row, each in any form, with only spaces and light punctuation between them.
import { MIN_ROOT } from '../morph/ru';
import { wordKeys } from '../morph/index';
import type { Token } from '../text/tokenize';
import { normalizeWord, tokenize } from '../text/tokenize';

type WordPattern = { kind: 'exact'; norm: string } | { kind: 'prefix'; norm: string } | { kind: 'forms'; norm: string; stem: string; root?: string };

export interface Term {
  /** The term as the user wrote it. */
  source: string;
  index: number;
  words: WordPattern[];
}

export interface TermMatch {
  term: Term;
  /** Token indexes [first, last] of the match. */
  first: number;
  last: number;
  start: number;
  end: number;
}

const familyOf = (k: { stem: string; root?: string }) => k.root ?? k.stem;

function compileWord(raw: string, exact: boolean): WordPattern {
  if (raw.endsWith('*')) return { kind: 'prefix', norm: normalizeWord(raw.slice(0, -1)) };
  const norm = normalizeWord(raw);
  if (exact) return { kind: 'exact', norm };
  const k = wordKeys(norm);
  // Very short stems over-match (дан- from данный also begins данные, "data"): match those exactly.
  if (k.stem.length < 4) return { kind: 'exact', norm };
  const p: WordPattern = { kind: 'forms', norm, stem: k.stem };
  if (familyOf(k).length >= MIN_ROOT) p.root = familyOf(k);
  return p;
}

export function compileTerm(source: string, index: number): Term | undefined {
  let text = source.trim();
  const exact = text.startsWith('=');
  if (exact) text = text.slice(1);
  const words: WordPattern[] = [];
  // Each whitespace-separated part may end with * (prefix); parts hold one or more tokens.
  for (const part of text.split(/\s+/)) {
    const star = part.endsWith('*');
    const tokens = tokenize(star ? part.slice(0, -1) : part);
    tokens.forEach((t, i) => words.push(compileWord(t.text + (star && i === tokens.length - 1 ? '*' : ''), exact)));
  }
  if (!words.length) return undefined;
  return { source, index, words };
}

function wordMatches(p: WordPattern, token: Token): boolean {
  switch (p.kind) {
    case 'exact':
      return token.norm === p.norm;
    case 'prefix':
      return token.norm.startsWith(p.norm);
    default: {
      if (token.norm === p.norm) return true;
      const k = wordKeys(token.norm);
      if (k.stem === p.stem) return true;
      return p.root !== undefined && familyOf(k) === p.root;
    }
  }
}

/** Between two words of a phrase: spaces and light punctuation only (no sentence end, no letters). */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const c = text[i] as string;
    if (/[\p{L}\p{N}.!?…;]/u.test(c)) return false;
  }
  return true;
}

export class TermMatcher {
  private readonly byKey = new Map<string, Term[]>();
  private readonly prefixes: Term[] = [];
  readonly terms: Term[] = [];

  constructor(sources: readonly string[]) {
    sources.forEach((s, i) => {
      const t = compileTerm(s, i);
      if (!t) return;
      this.terms.push(t);
      const w = t.words[0] as WordPattern;
      if (w.kind === 'prefix') this.prefixes.push(t);
      else {
        this.add(`e:${w.norm}`, t);
        if (w.kind === 'forms') {
          this.add(`s:${w.stem}`, t);
          if (w.root) this.add(`r:${w.root}`, t);
        }
      }
    });
  }

  private add(key: string, t: Term) {
    const list = this.byKey.get(key);
    if (list) {
      if (!list.includes(t)) list.push(t);
    } else this.byKey.set(key, [t]);
  }

  get size(): number {
    return this.terms.length;
  }

  /** Every match in the text, longest first at each position; matches do not overlap. */
  find(tokens: readonly Token[], text: string): TermMatch[] {
    const out: TermMatch[] = [];
    if (!this.terms.length) return out;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i] as Token;
      const candidates = new Set<Term>();
      for (const t of this.byKey.get(`e:${tok.norm}`) ?? []) candidates.add(t);
      const k = wordKeys(tok.norm);
      for (const t of this.byKey.get(`s:${k.stem}`) ?? []) candidates.add(t);
      const fam = familyOf(k);
      if (fam.length >= MIN_ROOT) for (const t of this.byKey.get(`r:${fam}`) ?? []) candidates.add(t);
      for (const t of this.prefixes) candidates.add(t);
      let best: TermMatch | undefined;
      for (const term of candidates) {
        if (!wordMatches(term.words[0] as WordPattern, tok)) continue;
        let j = i;
        let ok = true;
        for (let w = 1; w < term.words.length; w++) {
          const next = tokens[j + 1];
          if (!next || !joinable(text, (tokens[j] as Token).end, next.start) || !wordMatches(term.words[w] as WordPattern, next)) {
            ok = false;
            break;
          }
          j++;
        }
        if (!ok) continue;
        const m: TermMatch = { term, first: i, last: j, start: tok.start, end: (tokens[j] as Token).end };
        if (!best || m.last > best.last || (m.last === best.last && m.term.index < best.term.index)) best = m;
      }
      if (best) {
        out.push(best);
        i = best.last;
      }
    }
    return out;
  }
}

/** Drops matches that fall inside an allowed phrase (brand names and the like). */
export function withoutAllowed(matches: TermMatch[], allowed: TermMatcher | undefined, tokens: readonly Token[], text: string): TermMatch[] {
  if (!allowed || !allowed.size || !matches.length) return matches;
  const spans = allowed.find(tokens, text);
  if (!spans.length) return matches;
  return matches.filter((m) => !spans.some((s) => s.start <= m.start && m.end <= s.end));
}

/** Gives `word` the capitalization of `model`: ALL CAPS, Capitalized or as it is. */
export function matchCase(word: string, model: string): string {
  const letters = model.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return word.toUpperCase();
  const first = model.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
