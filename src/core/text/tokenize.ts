// Unicode-aware word tokenization. Words are where the scanner (scan.ts) finds them: letters, digits
// and marks, one pass, linear time; words joined
// by hyphens or apostrophes stay one token (кто-нибудь, don't) and soft hyphens and combining marks
// are part of the word, and so are invisible characters that could hide a word from a word list
// (zero-width characters, bidirectional controls). `norm` is the lookup form: lower case, ё→е, soft
// hyphens, stress marks and invisible characters removed, and in a word that mixes Cyrillic and Latin
// letters the look-alikes of the minority script turned into the majority's («идиoт» with a Latin o).
import { INVISIBLE, WORD_PATTERN, type WordSpans } from './scan';

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower case, ё→е, without soft hyphens (U+00AD), combining acute/grave accents or zero-width joiners. */
  norm: string;
}

const STRIP = new RegExp(`[\\u0300\\u0301${INVISIBLE}]`, 'g');

const SPECIAL = new RegExp(`[\\u0300\\u0301${INVISIBLE}’‐ёЁ]`);

// Latin letters that look like Cyrillic ones, and back (lower case).
const LATIN_LOOKALIKE: Record<string, string> = { a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у' };
const CYRILLIC_LOOKALIKE: Record<string, string> = { а: 'a', в: 'b', с: 'c', е: 'e', н: 'h', к: 'k', м: 'm', о: 'o', р: 'p', т: 't', х: 'x', у: 'y', і: 'i', ј: 'j', ѕ: 's' };
const MIXED = /[a-z][^a-z]*[а-яё]|[а-яё][^а-яё]*[a-z]/;

const LETTER_RUN = /\p{L}+/gu;

/** Each run of letters that mixes Cyrillic and Latin written in the script most of its letters are in, where look-alikes allow. */
function unmix(text: string): string {
  return text.replace(LETTER_RUN, (run) => (MIXED.test(run) ? unmixRun(run) : run));
}

function unmixRun(word: string): string {
  let cyr = 0;
  let lat = 0;
  for (const ch of word) {
    if (ch >= 'a' && ch <= 'z') lat++;
    else if ((ch >= 'а' && ch <= 'я') || ch === 'ё') cyr++;
  }
  const map = cyr >= lat ? LATIN_LOOKALIKE : CYRILLIC_LOOKALIKE;
  let out = '';
  for (const ch of word) out += map[ch] ?? ch;
  return out;
}

export function normalizeWord(word: string): string {
  return normalize(word, true);
}

/** `mayMix`: false when the text around has no Latin or no Cyrillic letters, so no word can mix them. */
function normalize(word: string, mayMix: boolean): string {
  let lower = word.toLowerCase();
  if (SPECIAL.test(lower)) lower = lower.replace(STRIP, '').replace(/ё/g, 'е').replace(/’/g, "'").replace(/‐/g, '-');
  return mayMix && MIXED.test(lower) ? unmix(lower) : lower;
}

const WORDS = new RegExp(WORD_PATTERN, 'gu');

/**
 * The words of a short text, such as a term of a word list, with their lookup forms: where the
 * scanner in scan.ts would find them, found by the regex that defines the scanner (a property test holds
 * the two together). Texts to lint go through the scanner (see TextUnit.tokens). Terms are not scanned
 * on purpose: the first few hundred scans of a process are what V8 optimizes the scanner for, and
 * when they were the one- and two-word terms of the packs (compiled before any text is linted) the
 * scanner ran at half speed on paragraphs ever after (4 MB of English linted about a tenth slower).
 */
export function tokenize(text: string): Token[] {
  const spans: number[] = [];
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m !== null; m = WORDS.exec(text)) spans.push(m.index, m.index + m[0].length);
  return tokensOf(text, { spans, count: spans.length / 2 });
}

/** Tokens at the word spans of `text` (from the scanner, or tokenize's regex). */
export function tokensOf(text: string, words: Pick<WordSpans, 'spans' | 'count'>): Token[] {
  const out: Token[] = new Array(words.count);
  // one look at the whole text instead of a mixed-script test per word (this runs for every word)
  const lower = text.toLowerCase();
  const mayMix = /[a-z]/.test(lower) && /[а-яё]/.test(lower);
  const { spans } = words;
  for (let k = 0; k < words.count; k++) {
    const start = spans[2 * k] as number;
    const end = spans[2 * k + 1] as number;
    const word = text.slice(start, end);
    out[k] = { start, end, text: word, norm: normalize(word, mayMix) };
  }
  return out;
}
