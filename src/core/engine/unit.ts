// A TextUnit: one text and its context, with tokens and sentences computed lazily and once, so that
// every rule that needs words shares one tokenization pass.
import type { TextUnit } from '../rules/api';
import type { LintContext } from '../types';
import { GATES } from '../rules/gate';
import { scanWords, type GateTrie, type WordSpans } from '../text/scan';
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

export function makeUnit(text: string, ctx: LintContext): TextUnit {
  let tokens: Token[] | undefined;
  let sentences: { start: number; end: number }[] | undefined;
  let words: WordSpans | undefined;
  let own: Map<GateTrie, number> | undefined;
  return {
    text,
    ctx,
    get words() {
      return (words ??= scanWords(text, GATES));
    },
    get gates() {
      return this.words.gates;
    },
    gatesFor(trie) {
      if (trie === GATES) return this.words.gates;
      let bits = own?.get(trie);
      if (bits === undefined) {
        bits = trie.bitsOfWords(text, this.words);
        (own ??= new Map()).set(trie, bits);
      }
      return bits;
    },
    get tokens() {
      return (tokens ??= tokensOf(text, this.words));
    },
    get sentences() {
      return (sentences ??= splitSentences(text));
    },
  };
}
