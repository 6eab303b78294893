// A TextUnit: one text and its context, with tokens and sentences computed lazily and once, so that
// every rule that needs words shares one tokenization pass.
import type { TextUnit } from '../rules/api';
import type { LintContext } from '../types';
import { GATES } from '../rules/gate';
import { scanWords, type ScanArrays, type WordSpans } from '../text/scan';
import { tokensOf, type Token } from '../text/tokenize';

// A sentence ends at . ! ? … (and runs of them, and closing quotes or brackets after them) followed by
// space or the end, or at a blank line, or at a line break before a list item (a bullet or a number
// with . or ) and a space). Abbreviations with a dot are not worth a dictionary here: a false split
// only makes a sentence look shorter. A loop over the characters, not a regex (a test holds it to the
// regex that says the same): this runs for every text, and made an array per sentence end.

/** JavaScript's \s. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isMark = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
const isCloser = (c: number) => c === 34 || c === 0xbb || c === 0x201d || c === 39 || c === 41 || c === 93; // " » ” ' ) ]
const isBullet = (c: number) => c === 45 || c === 42 || c === 0x2022 || c === 0x2013; // - * • –

// Where a sentence may end: the loop jumps from one of these to the next (a regex finds them faster
// than a test per character) and decides there; the word scan lists them as it passes (WordSpans.stops).
const CANDIDATE = /[.!?\u2026\n]/g;

function pushSentence(out: { start: number; end: number }[], text: string, s: number, e: number): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** The sentences of `text`; with its word scan, from the places the scan listed (`stops`), else by a regex. */
export function splitSentences(text: string, words?: WordSpans): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const n = text.length;
  let start = 0;
  let p = 0;
  for (let i = 0; i < n; ) {
    if (words) {
      while (p < words.stopCount && (words.stops[p] as number) < i) p++;
      if (p === words.stopCount) break;
      i = words.stops[p] as number;
    } else {
      CANDIDATE.lastIndex = i;
      if (!CANDIDATE.test(text)) break;
      i = CANDIDATE.lastIndex - 1;
    }
    const c = text.charCodeAt(i);
    if (isMark(c)) {
      let k = i + 1;
      while (k < n && isMark(text.charCodeAt(k))) k++;
      while (k < n && isCloser(text.charCodeAt(k))) k++;
      if (k === n || isSpace(text.charCodeAt(k))) {
        pushSentence(out, text, start, k);
        start = k;
      }
      i = k; // no sentence end starts inside the run
      continue;
    }
    // a line break: the whitespace after it; a blank line ends at its last line break
    let k = i + 1;
    let lastBreak = -1;
    while (k < n && isSpace(text.charCodeAt(k))) {
      if (text.charCodeAt(k) === 10) lastBreak = k;
      k++;
    }
    let end = -1;
    if (lastBreak >= 0) end = lastBreak + 1;
    else {
      const m = text.charCodeAt(k);
      let d = k;
      if (isBullet(m)) d = k + 1;
      else if (m >= 48 && m <= 57) {
        while (d < n && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
        const p = text.charCodeAt(d);
        d = p === 46 || p === 41 ? d + 1 : k;
      }
      if (d > k && d < n && isSpace(text.charCodeAt(d))) end = i + 1;
    }
    if (end >= 0) {
      pushSentence(out, text, start, i);
      start = end;
      i = end;
      continue;
    }
    i++;
  }
  pushSentence(out, text, start, n);
  return out;
}

/** A text and its context; tokens, sentences and word spans are computed on first use (a class, so a unit costs one object). */
class Unit implements TextUnit {
  private tokens_: Token[] | undefined;
  private sentences_: { start: number; end: number }[] | undefined;
  private words_: WordSpans | undefined;
  private gates_: number | undefined;
  // one memo in fields (the common case), more in a map
  private memoKey: object | undefined;
  private memoValue: unknown;
  private memos: Map<object, unknown> | undefined;

  constructor(
    readonly text: string,
    readonly ctx: LintContext,
    words?: WordSpans,
    private readonly arrays?: ScanArrays,
  ) {
    this.words_ = words;
  }

  get words(): WordSpans {
    return (this.words_ ??= scanWords(this.text, GATES.trie, this.arrays));
  }

  get gates(): number {
    return (this.gates_ ??= GATES.mask(this.words.hits, this.words.hitCount));
  }

  memo<T>(key: object, make: (unit: TextUnit) => T): T {
    if (this.memoKey === key) return this.memoValue as T;
    if (this.memos?.has(key)) return this.memos.get(key) as T;
    const value = make(this);
    if (this.memoKey === undefined) {
      this.memoKey = key;
      this.memoValue = value;
    } else (this.memos ??= new Map()).set(key, value);
    return value;
  }

  get tokens(): Token[] {
    return (this.tokens_ ??= tokensOf(this.text, this.words));
  }

  get sentences(): { start: number; end: number }[] {
    return (this.sentences_ ??= splitSentences(this.text, this.words));
  }
}

/**
 * `words`: the text's word scan when the caller already made it (with the gate trie, see rules/gate.ts);
 * `arrays`: the arrays to scan into (see scanWords), when the caller lends them for the unit's life.
 */
export function makeUnit(text: string, ctx: LintContext, words?: WordSpans, arrays?: ScanArrays): TextUnit {
  return new Unit(text, ctx, words, arrays);
}
