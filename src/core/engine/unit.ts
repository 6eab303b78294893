// A TextUnit: one text and its context, with tokens and sentences computed lazily and once, so that
// every rule that needs words shares one tokenization pass.
import type { TextUnit } from '../rules/api';
import type { LintContext } from '../types';
import { GATES, type TermGates } from '../rules/gate';
import { scanWords, type WordSpans } from '../text/scan';
import { tokensOf, type Token } from '../text/tokenize';

// A sentence ends at . ! ? … (and runs of them) followed by space, or at a blank line / line break
// that ends a paragraph or list item. Abbreviations with a dot are not worth a dictionary here: a false
// split only makes a sentence look shorter.
const SENTENCE_END = /[.!?…]+["»”')\]]*(?=\s|$)|\n\s*\n|\n(?=\s*(?:[-*•–]|\d+[.)])\s)/gu;

export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const isBreak = m[0].startsWith('\n');
    push(start, isBreak ? m.index : m.index + m[0].length);
    start = m.index + m[0].length;
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
  }
  push(start, text.length);
  return out;
}

/** A text and its context; tokens, sentences and word spans are computed on first use (a class, so a unit costs one object). */
class Unit implements TextUnit {
  private tokens_: Token[] | undefined;
  private sentences_: { start: number; end: number }[] | undefined;
  private words_: WordSpans | undefined;
  private gates_: number | undefined;
  private own: Map<TermGates, number> | undefined;

  constructor(
    readonly text: string,
    readonly ctx: LintContext,
  ) {}

  get words(): WordSpans {
    return (this.words_ ??= scanWords(this.text, GATES.trie));
  }

  get gates(): number {
    return (this.gates_ ??= GATES.mask(this.words.hits));
  }

  gatesFor(gates: TermGates): number {
    if (gates === GATES) return this.gates;
    let bits = this.own?.get(gates);
    if (bits === undefined) {
      bits = gates.maskOf(this.text, this.words);
      (this.own ??= new Map()).set(gates, bits);
    }
    return bits;
  }

  get tokens(): Token[] {
    return (this.tokens_ ??= tokensOf(this.text, this.words));
  }

  get sentences(): { start: number; end: number }[] {
    return (this.sentences_ ??= splitSentences(this.text));
  }
}

export function makeUnit(text: string, ctx: LintContext): TextUnit {
  return new Unit(text, ctx);
}
