// Unicode-aware word tokenization. A regex over letters and digits, one pass, linear time; words joined
// by hyphens or apostrophes stay one token (кто-нибудь, don't) and soft hyphens and combining marks
// are part of the word. `norm` is the lookup form: lower case, ё→е, soft hyphens and stress marks removed.

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower case, ё→е, without soft hyphens (U+00AD), combining acute/grave accents or zero-width joiners. */
  norm: string;
}

const WORD = /[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]+(?:['’\-‐][\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]+)*/gu;
const STRIP = /[\u00AD\u0300\u0301\u200B-\u200D\u2060\uFEFF]/g;

const SPECIAL = /[\u00AD\u0300\u0301\u200B-\u200D\u2060\uFEFF’‐ёЁ]/;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (!SPECIAL.test(lower)) return lower;
  return lower.replace(STRIP, '').replace(/ё/g, 'е').replace(/’/g, "'").replace(/‐/g, '-');
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], norm: normalizeWord(m[0]) });
  }
  return out;
}
