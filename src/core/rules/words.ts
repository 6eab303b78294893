// Term matching for word rules: a list of words and phrases compiled once into a lookup by word keys,
// so that checking a text costs one Map lookup per token. A term is written as a lemma and matches its
// forms (see morph/); `word*` matches by prefix, `=word` only exactly; a phrase matches its words in a
// row, each in any form, with only spaces and light punctuation between them; after a phrase's first
// word, `*ending` is any word that ends so ("you should have *ed", «надо было *ть»). A loose matcher (the
// banned rules' words and exceptions, required elements) also lets a couple of filler words sit
// between them (FILLERS: «как мы вам уже писали», "you didn't even read"), as people write.
import { MIN_ROOT } from '../morph/ru';
import { englishForms } from '../morph/en';
import { isCyrillic, wordKeys } from '../morph/index';
import type { Token } from '../text/tokenize';
import { codeSpans, insideRanges, quotesOf } from '../text/quotes';
import type { TextUnit } from './api';
import type { Lang, TextRole } from '../types';
import { RuleOptionError } from './api';
import { GATES, newGateBit, TermGates } from './gate';
import { normalizeWord, tokenize } from '../text/tokenize';
import { MARK } from '../text/scan';
import { slotContent } from './kinds/placeholder';

type WordPattern =
  | { kind: 'exact'; norm: string }
  | { kind: 'prefix'; norm: string }
  | { kind: 'suffix'; norm: string }
  | { kind: 'forms'; norm: string; stem: string; root?: string }
  | { kind: 'set'; norm: string; forms: Set<string> };

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
  /** Filler words of the text the match stepped over (0: the term's words, in a row). */
  skipped: number;
}

const familyOf = (k: { stem: string; root?: string }) => k.root ?? k.stem;

function compileWord(raw: string, exact: boolean): WordPattern {
  if (raw.startsWith('*')) return { kind: 'suffix', norm: normalizeWord(raw.slice(1)) };
  if (raw.endsWith('*')) return { kind: 'prefix', norm: normalizeWord(raw.slice(0, -1)) };
  const norm = normalizeWord(raw);
  if (exact) return { kind: 'exact', norm };
  // English: the exact inflected forms; Russian: stems and family roots (see morph/).
  if (!isCyrillic(norm)) return { kind: 'set', norm, forms: new Set(englishForms(norm)) };
  const k = wordKeys(norm);
  // Stems under three letters over-match: those words match exactly. Homonyms in one paradigm stay a
  // limit of any morphology (данные is both "these" and "data"): list exact forms (=данный) for them.
  if (k.stem.length < 3) return { kind: 'exact', norm };
  const p: WordPattern = { kind: 'forms', norm, stem: k.stem };
  if (familyOf(k).length >= MIN_ROOT) p.root = familyOf(k);
  return p;
}

export function compileTerm(source: string, index: number): Term | undefined {
  let text = source.trim();
  const exact = text.startsWith('=');
  if (exact) text = text.slice(1);
  const words: WordPattern[] = [];
  // Each whitespace-separated part may end with * (prefix) or start with it (suffix); parts hold one or
  // more tokens.
  for (const part of text.split(/\s+/)) {
    const star = part.endsWith('*');
    const lead = part.length > 1 && part.startsWith('*') && !star;
    const tokens = tokenize(part.slice(lead ? 1 : 0, star ? -1 : undefined));
    tokens.forEach((t, i) => words.push(compileWord((lead && i === 0 ? '*' : '') + t.text + (star && i === tokens.length - 1 ? '*' : ''), exact)));
  }
  if (!words.length) return undefined;
  // a text's words are looked up by their beginnings, so a phrase cannot start with an ending
  if (words[0]?.kind === 'suffix') throw new RuleOptionError(`"${source.trim()}": a word written as *ending (any word that ends so) can only follow another word of a phrase, as in "you should have *ed".`);
  return { source, index, words };
}

// English as it is typed in a hurry: without apostrophes (dont, thats, youre), with u and ur for
// you and your, and "of" for a modal's have ("should of"). A term with those words also matches its
// hurried forms ("thats on u" is "that's on you"), unless dropping an apostrophe makes another word
// (we're → were, it's → its, we'll → well).
const NOT_HURRIED = new Set(['were', 'its', 'well', 'hell', 'ill', 'wed', 'id', 'shed', 'hed', 'shell', 'wont', 'cant', 'lets', 'whos', 'shes', 'hes']);
const MAX_HURRIED = 16;
const MODALS_OF = new Set(['should', 'could', 'would', 'must', 'might']);

/** The hurried forms of an English term (see above), without the term itself; [] for none. */
export function hurriedForms(source: string): string[] {
  const text = source.trim();
  if (!/[a-z]/i.test(text) || /[а-яё]/i.test(text)) return [];
  const exact = text.startsWith('=') ? '=' : '';
  let combos: string[][] = [[]];
  let changed = false;
  let previous = '';
  for (const word of text.slice(exact.length).split(/\s+/)) {
    const lower = word.toLowerCase().replace(/’/g, "'");
    const alts = [word];
    // "should of checked", "must of been": have as it sounds after a modal
    if (lower === 'have' && MODALS_OF.has(previous)) alts.push('of');
    previous = lower;
    if (lower.includes("'") && !lower.includes('*')) {
      const bare = lower.replace(/'/g, '');
      if (bare && !NOT_HURRIED.has(bare)) alts.push(bare);
    }
    if (lower === 'you') alts.push('u');
    else if (lower === 'your' || lower === "you're") alts.push('ur');
    if (alts.length > 1) changed = true;
    combos = combos.flatMap((c) => alts.map((a) => [...c, a]));
    if (combos.length > MAX_HURRIED) return []; // too many: the term matches as written
  }
  return changed ? combos.slice(1).map((c) => exact + c.join(' ')) : [];
}

function wordMatches(p: WordPattern, token: Token, k: ReturnType<typeof wordKeys>): boolean {
  switch (p.kind) {
    case 'exact':
      return token.norm === p.norm;
    case 'prefix':
      return token.norm.startsWith(p.norm);
    case 'suffix':
      return token.norm.length > p.norm.length && token.norm.endsWith(p.norm);
    case 'set':
      return p.forms.has(token.norm);
    default: {
      // token === the stem: a zero ending, as in the genitive plural (проблем of проблема)
      if (token.norm === p.norm || token.norm === p.stem) return true;
      if (k.stem === p.stem) return true;
      return p.root !== undefined && familyOf(k) === p.root;
    }
  }
}

/** Between two words of a phrase: spaces and light punctuation only (no sentence end, no letters). */
function joinable(text: string, from: number, to: number, acrossSentences: boolean): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const c = text[i] as string;
    if (acrossSentences ? /[\p{L}\p{N}]/u.test(c) : /[\p{L}\p{N}.!?…;]/u.test(c)) return false;
  }
  return true;
}

type Keys = ReturnType<typeof wordKeys>;

// Words that add stress but not meaning: between two words of a phrase a loose matcher steps over
// up to MAX_FILLERS of them («вы же сами виноваты», "nothing else we can do", "never, ever happen
// again"). Never at the start or the end of a match, and never in place of a word the term has: the
// term "as we already said" needs its «already» (it does not match "as we said in the post"), while a
// term "as we said" would match "as we already said", «already» being a filler.
const FILLERS = new Set(
  ('already just really ever even clearly simply honestly actually literally totally truly certainly definitely else exactly quite ' +
    'же ж ведь уже еще вот ну тут здесь выше ранее раньше просто вообще совсем действительно конечно даже неоднократно все-таки ' +
    'сразу заранее вовремя сначала внимательно внимательнее что-то подробно дважды трижды twice наверное видимо похоже кажется probably apparently ' +
    // the reader as an object: «ничем не можем вам помочь», «как мы вам уже писали»
    'вам вас тебе тебя ' +
    // courtesy inside a request: «пришлите, пожалуйста, номер карты»
    'пожалуйста please').split(' '),
);
const MAX_FILLERS = 2;

// Per token list (one per text): the word keys of tokens looked up so far, and the tokens that could
// start a match for some rule. One pass per text marks those tokens: the first-words gate rules out
// most of them without a lookup, and the rest are looked up in every key any matcher indexes (a
// word's answer is kept on its cached keys, asked again only when a matcher has added keys since).
// Each matcher then looks only at those tokens (most texts have none or few), and of them only at the
// ones its own terms start with: a key is known with the bits of the matchers that index it.
const KNOWN_KEYS = new Map<string, number>();
let knownVersion = 0;
interface TokenInfo {
  keys: (Keys | undefined)[];
  starts: number[];
  /** Per start, the bits of the matchers that index one of its keys. */
  bits: number[];
}
// A matcher's bit, by its list of terms (a guide compiled again reuses them); past 30 lists, 1 << 30,
// which every known key carries: such a matcher looks at every start.
const ALL = 1 << 30;
const MATCHER_BITS = new Map<string, number>();
function matcherBit(sources: readonly string[]): number {
  const id = sources.join('\n');
  let bit = MATCHER_BITS.get(id);
  if (bit === undefined) MATCHER_BITS.set(id, (bit = MATCHER_BITS.size < 30 ? 1 << MATCHER_BITS.size : ALL));
  return bit;
}
const knownBits = (key: string | undefined) => (key === undefined ? 0 : (KNOWN_KEYS.get(key) ?? 0));
// The info of the last tokens asked about: every word-list rule of a text asks for the same tokens,
// one after another. (A WeakMap held an entry for every text ever tokenized, which the garbage
// collector had to visit at every collection.)
let lastTokens: readonly Token[] | undefined;
let lastInfo: TokenInfo | undefined;
function infoOf(tokens: readonly Token[]): TokenInfo {
  let info = lastTokens === tokens ? lastInfo : undefined;
  if (!info) {
    info = { keys: new Array<Keys | undefined>(tokens.length), starts: [], bits: [] };
    for (let i = 0; i < tokens.length; i++) {
      const norm = (tokens[i] as Token).norm;
      if (!FIRST_WORDS.trie.matches(norm)) continue;
      const k = (info.keys[i] = wordKeys(norm));
      if (k.knownAt !== knownVersion) {
        k.knownAt = knownVersion;
        k.known = knownBits(k.sKey) | knownBits(k.eKey) | knownBits(k.rKey) | knownBits(`p:${norm.slice(0, 2)}`);
      }
      if (k.known) {
        info.starts.push(i);
        info.bits.push(k.known);
      }
    }
    lastTokens = tokens;
    lastInfo = info;
  }
  return info;
}
const keyAt = (info: TokenInfo, tokens: readonly Token[], i: number): Keys => (info.keys[i] ??= wordKeys((tokens[i] as Token).norm));

/** What a word matching `p` starts with, or (`whole`) is: its shortest lookup keys (see rules/gate.ts). */
function gateKeys(p: WordPattern): { keys: string[]; whole: boolean } {
  switch (p.kind) {
    case 'set':
      return { keys: [...p.forms], whole: true };
    case 'exact':
      return { keys: [p.norm], whole: true };
    case 'suffix':
      return { keys: [], whole: false }; // never a gate word (see gateWords)
    case 'forms':
      return { keys: [p.root ?? p.stem], whole: false };
    default:
      return { keys: [p.norm], whole: false };
  }
}

// Words too common to rule a text out on their own: a phrase is gated on its other words first.
const COMMON = new Set(
  ('the a an and or but if so as at by for from in into of on to with about all any can could do does did done ' +
    "have has had having be is are was were been being it its it's that that's this there these those then than " +
    "what when who how why where which not no yes you you're your we we're our us i i'm me my he she they them " +
    "their his her just even only also very more most some one will would should must may might shall get got " +
    "know see said say says right don't didn't doesn't isn't like take make go come now here well out up " +
    'и в во не на с со что как а но же то это так по за из к ко у о об от до для мы вы вас вам ваш ваша ваше ' +
    'наш наша нам нас все всё уже было был была быть там тут еще ещё бы ли или да нет ни может можем можно надо ' +
    'нужно очень сам сами себя').split(' '),
);

/**
 * The words of a term that rule out the most texts: one for a single word, two for a phrase (it needs
 * them all), three when one of the two is a common word: not common words first, then the longest keys.
 */
function gateWords(t: Term): WordPattern[] {
  const score = (p: WordPattern) => {
    const g = gateKeys(p);
    let shortest = Infinity;
    for (const k of g.keys) shortest = Math.min(shortest, k.length);
    return (COMMON.has(p.norm) ? 0 : 100) + shortest + (g.whole ? 2 : 0);
  };
  // an ending says nothing about how a word starts: not a gate (a phrase's first word never is one)
  const scored = t.words.filter((w) => w.kind !== 'suffix').map((w) => ({ w, s: score(w) }));
  const best = scored.sort((a, b) => b.s - a.s).map((x) => x.w);
  return best.slice(0, best.slice(0, 2).some((w) => COMMON.has(w.norm)) ? 3 : 2);
}

// First words of every term of every matcher: a token that none of them can be is never looked up.
// Their own gates (not GATES: the scan need not walk them); kept by their keys, so a guide compiled
// again adds nothing.
const FIRST_WORDS = new TermGates();

/**
 * The terms filed under one key of their first word. Those whose second word is a set of forms
 * (English words, exact ones) are filed again by those forms, so that a text's "you" tries only the
 * "you should…" terms before a "should": one lookup instead of a try per term. Thousands of buckets
 * are made at start-up and a short run visits a few, so each is indexed the first time a text asks.
 */
class Bucket {
  private readonly terms: Term[] = [];
  private indexed = false;
  private second: Map<string, Term[]> | undefined;
  private others: Term[] = [];

  add(t: Term): void {
    // a term's keys are filed one after another, so a term filed here twice comes twice in a row
    if (this.terms[this.terms.length - 1] !== t) this.terms.push(t);
  }

  /** One-word terms, and those whose second word needs the word's keys (Russian forms, prefixes, endings). */
  get rest(): Term[] {
    if (!this.indexed) this.index();
    return this.others;
  }

  /** The other terms by the forms their second word may take. */
  get bySecond(): Map<string, Term[]> | undefined {
    if (!this.indexed) this.index();
    return this.second;
  }

  private index(): void {
    this.indexed = true;
    for (const t of this.terms) {
      const w = t.words[1];
      if (!w || (w.kind !== 'set' && w.kind !== 'exact')) {
        this.others.push(t);
        continue;
      }
      const map = (this.second ??= new Map());
      for (const f of w.kind === 'set' ? w.forms : [w.norm]) {
        const list = map.get(f);
        if (list) list.push(t);
        else map.set(f, [t]);
      }
    }
  }
}

export class TermMatcher {
  private readonly byKey = new Map<string, Bucket>();
  /** Prefix terms by the first two letters of their prefix (a token is checked against its own bucket). */
  private readonly byPrefix = new Map<string, Bucket>();
  readonly terms: Term[] = [];
  /** This list's gate bit (see `mayMatch`); 0: not gated. */
  private readonly gate: number = 0;
  /** This list's bit among the known keys' (see KNOWN_KEYS). */
  private readonly bit: number;

  private readonly loose: boolean;
  private readonly acrossSentences: boolean;

  /**
   * `gated`: file the terms under a gate bit, so `mayMatch` can rule texts out without tokens.
   * `loose`: phrases may have filler words between their words (see FILLERS).
   * `acrossSentences`: a phrase's words may be in sentences of their own ("Thanks. Noted." for
   * "thanks noted": the `alone` terms of a whole short reply); else a sentence end parts them.
   * `option`: the rule option the terms come from, for errors (`words` → `words.3`).
   */
  constructor(
    sources: readonly string[],
    { gated = false, loose = false, acrossSentences = false, option }: { gated?: boolean; loose?: boolean; acrossSentences?: boolean; option?: string } = {},
  ) {
    this.loose = loose;
    this.acrossSentences = acrossSentences;
    this.bit = matcherBit(sources);
    sources.forEach((s, i) => {
      let t: Term | undefined;
      try {
        t = compileTerm(s, i);
      } catch (e) {
        if (e instanceof RuleOptionError && option && e.option === undefined) throw new RuleOptionError(e.message, `${option}.${i}`);
        throw e;
      }
      if (!t) return;
      // its hurried forms are the same term: same index and source (for suggestions and messages)
      for (const h of hurriedForms(s)) {
        const v = compileTerm(h, i);
        if (v) this.file({ ...v, source: s });
      }
      this.file(t);
    });
    for (const t of this.terms) {
      const first = gateKeys(t.words[0] as WordPattern);
      FIRST_WORDS.word(first.keys, first.whole);
    }
    if (gated && this.terms.length) {
      this.gate = newGateBit();
      // a word of a phrase stands so many words after its first gate word, more by fillers in between
      const spread = loose ? 1 + MAX_FILLERS : 1;
      for (const t of this.terms) {
        const words = gateWords(t);
        const [a, b, c] = words.map((w) => {
          const g = gateKeys(w);
          return GATES.word(g.keys, g.whole);
        });
        const at = words.map((w) => t.words.indexOf(w));
        const near = (k: number): [number, number] => {
          const d = (at[k] as number) - (at[0] as number);
          return d > 0 ? [d, d * spread] : [d * spread, d];
        };
        GATES.require(this.gate, a as number, b, c, words.length > 1 ? { b: near(1), ...(words.length > 2 ? { c: near(2) } : {}) } : undefined);
      }
    }
  }

  /** Files a compiled term under the keys of its first word. */
  private file(t: Term): void {
    this.terms.push(t);
    const w = t.words[0] as WordPattern;
    if (w.kind === 'prefix') this.add(this.byPrefix, w.norm.slice(0, 2), t);
    else if (w.kind === 'set') {
      for (const f of w.forms) this.add(this.byKey, `e:${f}`, t);
    } else {
      this.add(this.byKey, `e:${w.norm}`, t);
      if (w.kind === 'forms') {
        this.add(this.byKey, `e:${w.stem}`, t);
        this.add(this.byKey, `s:${w.stem}`, t);
        if (w.root) this.add(this.byKey, `r:${w.root}`, t);
      }
    }
  }

  /** The gate bit a text must have for `mayMatch` to say "look"; 0 when the list is not gated (or empty). */
  get gateBit(): number {
    return this.terms.length ? this.gate : 0;
  }

  /** False when no term can match the unit's text (its words' first letters say so); true means "look". */
  mayMatch(unit: { readonly gates: number }): boolean {
    if (!this.terms.length) return false;
    return !this.gate || (unit.gates & this.gate) !== 0;
  }

  private add(map: Map<string, Bucket>, key: string, t: Term) {
    const known = map === this.byPrefix ? `p:${key}` : key;
    const bits = KNOWN_KEYS.get(known) ?? 0;
    if ((bits | this.bit | ALL) !== bits) {
      KNOWN_KEYS.set(known, bits | this.bit | ALL);
      knownVersion++;
    }
    let bucket = map.get(key);
    if (!bucket) map.set(key, (bucket = new Bucket()));
    bucket.add(t);
  }

  /** Whether a phrase steps over the word `norm` after `gap` filler words already (see FILLERS). */
  private steps(norm: string, gap: number): boolean {
    return this.loose && gap < MAX_FILLERS && FILLERS.has(norm);
  }

  /** The longest of `best` and the matches of `terms` at token `i` (on a tie, the term listed first). */
  private longest(terms: readonly Term[], i: number, k: Keys, tokens: readonly Token[], info: TokenInfo, text: string, best: TermMatch | undefined): TermMatch | undefined {
    for (const term of terms) {
      if (!wordMatches(term.words[0] as WordPattern, tokens[i] as Token, k)) continue;
      const m = this.matchAt(term, i, tokens, info, text);
      if (m && (!best || m.last > best.last || (m.last === best.last && term.index < best.term.index))) best = m;
    }
    return best;
  }

  /** The match of `term` starting at token `i` (whose first word it matches), if the rest follows. */
  private matchAt(term: Term, i: number, tokens: readonly Token[], info: TokenInfo, text: string): TermMatch | undefined {
    let j = i;
    let skipped = 0;
    for (let w = 1; w < term.words.length; w++) {
      for (let gap = 0; ; ) {
        const next = tokens[j + 1];
        if (!next || !joinable(text, (tokens[j] as Token).end, next.start, this.acrossSentences)) return undefined;
        if (wordMatches(term.words[w] as WordPattern, next, keyAt(info, tokens, j + 1))) {
          j++;
          break;
        }
        if (!this.steps(next.norm, gap)) return undefined;
        j++;
        gap++;
        skipped++;
      }
    }
    return { term, first: i, last: j, start: (tokens[i] as Token).start, end: (tokens[j] as Token).end, skipped };
  }

  get size(): number {
    return this.terms.length;
  }

  /** Every match in the text, longest first at each position; matches do not overlap. */
  find(tokens: readonly Token[], text: string): TermMatch[] {
    const out: TermMatch[] = [];
    if (!this.terms.length || !tokens.length) return out;
    const info = infoOf(tokens);
    let after = -1; // matches do not overlap: skip starts inside the last match
    const { starts, bits } = info;
    for (let s = 0; s < starts.length; s++) {
      const i = starts[s] as number;
      if (i <= after || !((bits[s] as number) & this.bit)) continue;
      const tok = tokens[i] as Token;
      const k = keyAt(info, tokens, i);
      let best: TermMatch | undefined;
      // A term may sit in several of these buckets; checking it twice gives the same match, so no dedupe.
      const buckets = [this.byKey.get(k.sKey as string), this.byKey.get(k.eKey as string), k.rKey ? this.byKey.get(k.rKey) : undefined, this.byPrefix.size ? this.byPrefix.get(tok.norm.slice(0, 2)) : undefined];
      for (const bucket of buckets) {
        if (!bucket) continue;
        best = this.longest(bucket.rest, i, k, tokens, info, text, best);
        const bySecond = bucket.bySecond;
        if (!bySecond) continue;
        // the second word is the next one, or (loose) the one after a filler or two
        for (let n = i + 1, gaps = 0; n < tokens.length; n++, gaps++) {
          const norm = (tokens[n] as Token).norm;
          const terms = bySecond.get(norm);
          if (terms) best = this.longest(terms, i, k, tokens, info, text, best);
          if (!this.steps(norm, gaps)) break;
        }
      }
      if (best) {
        out.push(best);
        after = best.last;
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
  // an exception is a set phrase ("30-day guarantee", «гарантия на»): outside the match it covers it
  // does not reach over a comma it is not written with ("within a month, guaranteed" is no month
  // guarantee; "In future, please feel free" still excuses "in future, please")
  const reaches = (s: TermMatch, m: TermMatch) => s.term.source.includes(',') || !(text.slice(s.start, m.start) + text.slice(m.end, s.end)).includes(',');
  return matches.filter((m) => !spans.some((s) => s.start <= m.start && m.end <= s.end && reaches(s, m)));
}

// Slots to fill, {{customer_name}}, [customer name], <name>, {name}: their words are no one's words
// ("Dear {{customer_first_name}}" is not "dear customer"). Bracketed text is a slot as the placeholder
// rule, which reports slots left in, judges it ([NAME], [номер заказа]; not [finally] or [you idiot]).
const SLOT = /\{\{[^{}\n]{0,80}\}\}|\{([^{}\n]{1,60})\}|\[([^\[\]\n]{1,60})\]|<([^<>\n]{1,60})>/g;
const SLOTS_KEY = {};
function slotsOf(unit: TextUnit): [number, number][] {
  const slots: [number, number][] = [];
  if (!(unit.words.marks & MARK.SLOT)) return slots;
  SLOT.lastIndex = 0;
  for (let m = SLOT.exec(unit.text); m !== null; m = SLOT.exec(unit.text)) {
    const inner = m[1] ?? m[2] ?? m[3];
    if (inner === undefined || slotContent(inner)) slots.push([m.index, m.index + m[0].length]);
  }
  return slots;
}

/** Whether the word at `start` is part of a #tag or an @handle: # or @ before it and its joined words. */
function inTag(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\p{L}\p{N}\p{M}_-]/u.test(text[i] as string)) i--;
  return text[i] === '#' || text[i] === '@';
}

/** Whether text[start, end) has a slash right before it, or right after it and then a letter or digit. */
function inPath(text: string, start: number, end: number): boolean {
  return text[start - 1] === '/' || (text[end] === '/' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''));
}

/**
 * Whether a quotation is a title or someone's sentence: it starts with a capital («Подкидной дурак»,
 * "Exploding Kittens", «Вы все идиоты», as the customer wrote it; Dostoevsky's «Идиот», the 'Clueless'
 * DVD). Irony in quotation marks is in small letters: «ваш „отзыв“», "a "stupid" idea".
 */
function titleOrSentence(text: string, [start, end]: [number, number]): boolean {
  return /^\p{Lu}/u.test(text.slice(start + 1, end - 1).trim());
}

// A verb of saying or calling, and up to three words, right before a quotation: the words quoted are
// someone's, reported (a moderator's notice: "a message that called another member an "idiot"",
// «участника назвали «бездарем»», "they wrote 'refund now'"); not "so-called", «так называемый»:
// those quotes are the writer's own irony.
const REPORTED = /(?:^|[^\p{L}])(?<!so[\s-])(?<!так\s)(?:call(?:s|ed|ing)?|said|says|saying|wrote|writes|written|typed|posted|replied|told \p{L}+ to|назвал\p{L}*|называ\p{L}*|обозвал\p{L}*|обзыва\p{L}*|написал\p{L}*|сказал\p{L}*|ответил\p{L}*|пожелал\p{L}*)(?:[\s\u00a0]+[\p{L}\p{N}@_.-]+){0,3}[\s\u00a0]*[:,—–-]?[\s\u00a0]*$/iu;

/** Whether a quotation is someone's words reported after a verb of saying or calling (see REPORTED). */
function reported(text: string, [start]: [number, number]): boolean {
  return REPORTED.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * The matches of a word rule that are the text's own words: not inside a slot to fill (see SLOT), and
 * not inside quotation marks where a word is mentioned, not used: in prose (docs, house rules) any
 * quotation («слова вроде «идиот» мы удаляем», «не пишите «юзер»»), in replies a title, a quoted
 * sentence (a board game called «Подкидной дурак») or words reported after a verb of saying or calling
 * ("removed a message that called him an "idiot""). A reply's other quoted words count: ironic quotes
 * («ваш „отзыв“») are no excuse. The quotes and slots of a text are found once, for every rule that asks.
 */
export function inUse(matches: TermMatch[], unit: TextUnit): TermMatch[] {
  if (!matches.length) return matches;
  let quotes = quotesOf(unit);
  if (quotes.length && unit.ctx.role !== 'prose') quotes = quotes.filter((q) => titleOrSentence(unit.text, q) || reported(unit.text, q));
  if (quotes.length) matches = matches.filter((m) => !insideRanges(quotes, m.start, m.end));
  // a word joined to a path by a slash is part of a handle or a link: u/WavelyHelp, r/gaming, /faq/idiot-proof
  if (unit.text.includes('/')) matches = matches.filter((m) => !inPath(unit.text, m.start, m.end));
  // a command or a path in backticks is code: `kill -9`, `git push --force`
  const code = codeSpans(unit.text);
  if (code.length) matches = matches.filter((m) => !insideRanges(code, m.start, m.end));
  // a word of a #channel, #hashtag or @handle is its name: «пишите в #фидбек», @idiot_proof_bot
  if (unit.words.marks & MARK.LINKISH && /[#@]/.test(unit.text)) matches = matches.filter((m) => !inTag(unit.text, m.start));
  const slots = unit.memo(SLOTS_KEY, slotsOf);
  return slots.length ? matches.filter((m) => !slots.some(([s, e]) => m.start < e && s < m.end)) : matches;
}

const MENTION_NOTE = {
  en: 'If the text names the word rather than uses it, put it in quotation marks.',
  ru: 'Если в тексте слово названо, а не употреблено, возьмите его в кавычки.',
};
/** In prose, the note that tells how to mention a word without being reported for it (see inUse). */
export function mentionNote(role: TextRole, lang: Lang): string | undefined {
  return role === 'prose' ? MENTION_NOTE[lang] : undefined;
}

/** Gives `word` the capitalization of `model`: ALL CAPS, Capitalized or as it is. */
export function matchCase(word: string, model: string): string {
  const letters = model.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return word.toUpperCase();
  const first = model.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
