// The word scanner: where the words of a text are, found by a loop over its UTF-16 units with
// per-character lookup tables instead of a regex, and without making a string or an object per word.
// `tokenize` builds its tokens on it, the sentence rules count words and syllables on it, the word
// gates (rules/gate.ts) walk each word it finds down their trie, it tells the shouting rule whether
// any word may be in capitals, and other rules (by MARK) whether the characters they look for are
// there at all; so all of them agree on what a word is. A word is what this regex matches, and a
// property test holds the scanner to it:
//   [\p{L}\p{N}\p{M}INVISIBLE]+(?:['’\-‐][\p{L}\p{N}\p{M}INVISIBLE]+)*   (flag u)
// INVISIBLE: soft hyphen, zero-width characters, bidi controls, word joiner, BOM (see tokenize.ts).

export const INVISIBLE = '\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF';
/** The regex source of a word (flag u): what the scanner finds, by definition. */
export const WORD_PATTERN = `[\\p{L}\\p{N}\\p{M}${INVISIBLE}]+(?:['’\\-‐][\\p{L}\\p{N}\\p{M}${INVISIBLE}]+)*`;
const WORD_CHAR = new RegExp(`^[\\p{L}\\p{N}\\p{M}${INVISIBLE}]$`, 'u');

// Per BMP code unit, flags (0: not looked up yet): WORD part of a word, NOT_WORD not, and for word
// characters what their lookup form is (see foldUnit): LATIN folds to a–z, CYRILLIC to а–я, COMPLEX_FORM
// cannot be folded on its own. SURROGATE units take the slow path. One table lookup per character
// tells all of it; each entry is filled in the first time its character is seen.
const WORD = 1;
const NOT_WORD = 2;
const LATIN = 4;
const CYRILLIC = 8;
const COMPLEX_FORM = 16;
const SURROGATE = 32;
// For the shouting rule: UPPER a capital (lower case differs, upper case is itself), CASELESS a letter
// that neither case changes.
const UPPER = 64;
const CASELESS = 128;
const LETTER = /^\p{L}$/u;
// For language detection: ASCII_LETTER A–Z and a–z (the Kelvin sign folds to k but is not one).
const ASCII_LETTER = 256;
// For syllables (rules/kinds/sentence.ts counts them as the scan gives them, see WordSpans.syllables):
// SYL_LETTER an English letter of the count (A–Z, a–z, the Kelvin sign, İ), SYL_VOWEL one of a e i o
// u y in either case, RU_VOWEL а е ё и о у ы э ю я in either case, SYL_CYRILLIC А–я, Ё, ё.
const SYL_LETTER = 1 << 15;
const SYL_VOWEL = 1 << 16;
const RU_VOWEL = 1 << 17;
const SYL_CYRILLIC = 1 << 18;
const SYL_VOWEL_SHIFT = 16;
const RU_VOWEL_SHIFT = 17;
// For the sentence split: . ! ? … and the line break, where a sentence may end (see WordSpans.stops).
const STOP = 1 << 20;
// ' ’ - ‐, which join word characters into one word (see isJoiner), and the dot (for www., see MARK.DOTTED).
const JOINER = 1 << 22;
const DOT = 1 << 23;
// Marks: classes of characters some rule needs before it has anything to do (see WordSpans.marks).
// Each is set on the characters the regex it replaces looks for, so a mark that is absent rules the
// regex out; a mark that is present only sends the rule on to its regex.
export const MARK = {
  /** ! ? ‼ ⁇ ⁈ ⁉ */
  EXCLAIM: 512,
  /** / @ # { (links, mentions, hashtags, e-mail addresses, {{variables}}) */
  LINKISH: 1024,
  /** { [ < % _ $ (slots to fill) */
  SLOT: 2048,
  /** 0–9 */
  DIGIT: 4096,
  /** © ® U+203C–U+3299 and high surrogates U+D83C–U+DBFF: where emoji are */
  EMOJI: 8192,
  /** invisible characters (see INVISIBLE) and ‐ (U+2010) */
  INVISIBLE: 16384,
  /**
   * Not a class of characters but of places: a word right after a dot (“x.com”, “e.g”), or a word
   * ending in www right before one (www.): where a link without a scheme can be (see findLinks).
   */
  DOTTED: 1 << 19,
  /** ( ) */
  BRACKET: 1 << 21,
} as const;
const INVISIBLE_CHAR = new RegExp(`^[${INVISIBLE}\u2010]$`);

function marksOf(c: number): number {
  let m = 0;
  if (c === 0x21 || c === 0x3f || c === 0x203c || (c >= 0x2047 && c <= 0x2049)) m |= MARK.EXCLAIM;
  if (c === 0x2f || c === 0x40 || c === 0x23 || c === 0x7b) m |= MARK.LINKISH;
  if (c === 0x7b || c === 0x5b || c === 0x3c || c === 0x25 || c === 0x5f || c === 0x24) m |= MARK.SLOT;
  if (c >= 0x30 && c <= 0x39) m |= MARK.DIGIT;
  if (c === 0xa9 || c === 0xae || (c >= 0x203c && c <= 0x3299) || (c >= 0xd83c && c <= 0xdbff)) m |= MARK.EMOJI;
  if (INVISIBLE_CHAR.test(String.fromCharCode(c))) m |= MARK.INVISIBLE;
  if (c === 0x28 || c === 0x29) m |= MARK.BRACKET;
  return m;
}

const FLAGS = new Uint32Array(0x10000);
const ASTRAL = new Map<number, boolean>();

const isJoiner = (c: number) => c === 0x27 || c === 0x2d || c === 0x2019 || c === 0x2010;

function classify(c: number): number {
  foldUnit(c); // every classified unit is folded too (GateTrie.walk reads FOLD directly)
  let k: number;
  if (c >= 0xd800 && c <= 0xdfff) k = SURROGATE;
  else if (!WORD_CHAR.test(String.fromCharCode(c))) k = NOT_WORD;
  else {
    const f = foldUnit(c);
    k = WORD | (f === COMPLEX ? COMPLEX_FORM : f >= 0x61 && f <= 0x7a ? LATIN : f >= 0x430 && f <= 0x44f ? CYRILLIC : 0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) k |= ASCII_LETTER;
    const ch = String.fromCharCode(c);
    const en = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x130 || c === 0x212a;
    if (en) k |= SYL_LETTER | ('aeiouyAEIOUYİ'.includes(ch) ? SYL_VOWEL : 0);
    if ((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451) k |= SYL_CYRILLIC | ('аеёиоуыэюяАЕЁИОУЫЭЮЯ'.includes(ch) ? RU_VOWEL : 0);
    if (LETTER.test(ch)) {
      const lower = ch.toLowerCase() !== ch;
      const upper = ch.toUpperCase() !== ch;
      if (lower && !upper) k |= UPPER;
      else if (!lower && !upper) k |= CASELESS;
    }
  }
  k |= marksOf(c);
  if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x0a) k |= STOP;
  if (isJoiner(c)) k |= JOINER;
  if (c === 0x2e) k |= DOT;
  FLAGS[c] = k;
  return k;
}

/** UTF-16 units of the word character at `i` (2 for an astral letter), or 0 if none starts there. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = FLAGS[c] || classify(c);
  if (!(k & SURROGATE)) return k & WORD;
  if (c > 0xdbff) return 0; // a lone low surrogate
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return 0;
  const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  let w = ASTRAL.get(cp);
  if (w === undefined) {
    w = WORD_CHAR.test(String.fromCodePoint(cp));
    ASTRAL.set(cp, w);
  }
  return w ? 2 : 0;
}

/** The words of a text as [start, end) pairs: spans[2k], spans[2k + 1]. */
export interface WordSpans {
  /**
   * A plain array, not a typed one: allocating a typed array costs about a microsecond, and there is one
   * per text. Read the first 2 × count entries: a scan into lent arrays (see scanWords) leaves others after them.
   */
  readonly spans: readonly number[];
  readonly count: number;
  /**
   * With a gate trie: pairs of the id of a key some word matches and that word's index (repeats
   * possible, in the order of the words; the first `hitCount` entries), or null when some word's lookup
   * form cannot be told from its letters (then every key may match; see scanWords).
   */
  readonly hits: readonly number[] | null;
  readonly hitCount: number;
  /**
   * Whether some word may be in capitals: two capitals, a capital and a caseless letter, or a form
   * the tables cannot tell (astral letters...). False means no word of the text is in capitals.
   */
  readonly capitals: boolean;
  /**
   * The MARK bits of the characters in the text (with other flags: test only MARK bits). A rule whose
   * regex needs one of the characters tests its mark first: without it, the regex cannot match.
   */
  readonly marks: number;
  /**
   * Per word, packed in one number: its vowel groups, its Russian vowels and whether it has a
   * Cyrillic letter, counted as the scan reads the letters: what `syllableBound` needs, so that the
   * sentence rules read a word again only in a sentence its bound does not clear. The first `count`
   * entries are the text's (as in `spans`).
   */
  readonly syllables: readonly number[];
  /**
   * Where . ! ? … and line breaks are, in order (the first `stopCount` entries): the places a sentence
   * may end, for splitSentences, found as the scan passes them.
   */
  readonly stops: readonly number[];
  readonly stopCount: number;
  /** Letters A–Z/a–z and Cyrillic А–я/Ё/ё in the text (every letter is inside a word). */
  readonly latin: number;
  readonly cyrillic: number;
}

/** A run of letters with Latin and Cyrillic ones, in lower case: what tokenize's normalization unmixes (MIXED there, per run). */
const MIXED_RUN = /[a-z]\p{L}*[а-яё]|[а-яё]\p{L}*[a-z]/u;

/** Arrays a scan fills in place of making its own (see scanWords). */
export interface ScanArrays {
  spans: number[];
  syllables: number[];
  stops: number[];
  hits: number[];
}

/** Empty arrays for scans to fill (see scanWords). */
export function scanArrays(): ScanArrays {
  return { spans: [], syllables: [], stops: [], hits: [] };
}

/** Arrays of more words (or stops) than this are not kept on for the next text (a huge text's words). */
const SCRATCH_KEPT = 1 << 16;
/** `arrays`, or new ones where a huge text filled them: what to keep for the next scan. */
export function keepable(arrays: ScanArrays): ScanArrays {
  return arrays.syllables.length > SCRATCH_KEPT || arrays.stops.length > SCRATCH_KEPT || arrays.hits.length > SCRATCH_KEPT ? scanArrays() : arrays;
}

// The scan's working arrays, shared by every scan that is not lent arrays (one runs at a time, and
// what it returns is a copy).
let SCRATCH = scanArrays();

/**
 * Where the words of `text` are; with `trie`, also which of its keys they match (`hits`). With `into`,
 * the scan fills those arrays and returns them as `spans`, `syllables` and `stops` (they hold what the scan's
 * words are until the lender scans into them again: the engine lends each lintText a set for the
 * text's one unit, so that the arrays of 26,000 paragraphs are not copied out); else they are copies.
 */
export function scanWords(text: string, trie?: GateTrie, into?: ScanArrays): WordSpans {
  const n = text.length;
  // filled in place, then copied out at their length (unless lent): cheaper than growing arrays by push in every text
  const spans = into ? into.spans : SCRATCH.spans;
  const syllables = into ? into.syllables : SCRATCH.syllables;
  const stops = into ? into.stops : SCRATCH.stops;
  let stopCount = 0;
  let count = 0;
  // filled in place like the others: the gate hits were a fifth of what a lint allocated
  const hitArray = into ? into.hits : SCRATCH.hits;
  let hits: number[] | null = hitArray;
  let hitCount = 0;
  let capitals = false;
  let latin = 0;
  let cyrillic = 0;
  let marks = 0;
  // where the last dot was, for MARK.DOTTED at the next word's start
  let dot = -2;
  let i = 0;
  while (i < n) {
    let k = FLAGS[text.charCodeAt(i)] || classify(text.charCodeAt(i));
    if (k & NOT_WORD) {
      marks |= k;
      if (k & STOP) {
        stops[stopCount++] = i;
        if (k & DOT) dot = i;
      }
      i++;
      continue;
    }
    let w = k & SURROGATE ? wordCharAt(text, i) : 1;
    if (!w) {
      marks |= k;
      i++;
      continue;
    }
    if (w === 2) marks |= k;
    const start = i;
    if (dot === start - 1) marks |= MARK.DOTTED;
    // what the word's characters are, for the gate: astral ones count as complex
    let seen = w === 2 ? COMPLEX_FORM : k;
    let upper = k & UPPER ? 1 : 0;
    if (k & ASCII_LETTER) latin++;
    else if (k & CYRILLIC) cyrillic++;
    // for the syllables' bound (see syllableBound): vowel groups, and Russian vowels
    let prev = w === 1 ? k : 0;
    let groups = (prev >>> SYL_VOWEL_SHIFT) & 1;
    let ruVowels = (prev >>> RU_VOWEL_SHIFT) & 1;
    i += w;
    for (;;) {
      // the common case: BMP word characters, one lookup each
      while (i < n && ((k = FLAGS[text.charCodeAt(i)] || classify(text.charCodeAt(i))) & WORD)) {
        seen |= k;
        if (k & UPPER) upper++;
        if (k & ASCII_LETTER) latin++;
        else if (k & CYRILLIC) cyrillic++;
        groups += ((k & ~prev) >>> SYL_VOWEL_SHIFT) & 1;
        ruVowels += (k >>> RU_VOWEL_SHIFT) & 1;
        prev = k;
        i++;
      }
      if (i >= n) break;
      if (k & SURROGATE && (w = wordCharAt(text, i))) {
        seen |= COMPLEX_FORM;
        marks |= k;
        i += w;
        continue;
      }
      // a joiner between word characters is part of the word; the character after it is read (and
      // counted, and flagged) by the loop above like any other
      if (k & JOINER && i + 1 < n && (w = wordCharAt(text, i + 1))) {
        marks |= k;
        if (w === 2) {
          marks |= FLAGS[text.charCodeAt(i + 1)] as number;
          seen |= COMPLEX_FORM;
          i += 1 + w;
        } else i += 1;
        continue;
      }
      break;
    }
    // www. (in either case: W and w are all that fold to w); k is the flags of the character after the word
    if (k & DOT && i < n && i - start >= 3 && (text.charCodeAt(i - 1) | 32) === 0x77 && (text.charCodeAt(i - 2) | 32) === 0x77 && (text.charCodeAt(i - 3) | 32) === 0x77) marks |= MARK.DOTTED;
    spans[2 * count] = start;
    spans[2 * count + 1] = i;
    syllables[count] = packSyllables(groups, ruVowels, seen & SYL_CYRILLIC);
    count++;
    marks |= seen;
    if (!capitals && (upper > 1 || (upper && seen & CASELESS) || seen & COMPLEX_FORM)) capitals = true;
    if (trie && hits) {
      // a form more than the letters in lower case, or letters of both scripts in one run of letters
      // (идиoт with a Latin o, whose look-alikes normalization swaps): the gates cannot tell, so every
      // one is open. Scripts apart in one word (PnP-документы, Microsoft'у) are walked as they are.
      if (seen & COMPLEX_FORM || ((seen & (LATIN | CYRILLIC)) === (LATIN | CYRILLIC) && MIXED_RUN.test(text.slice(start, i).toLowerCase()))) hits = null;
      else hitCount = trie.walk(text, start, i, hits, hitCount, count - 1);
    }
  }
  if (hits === null) hitCount = 0;
  if (into) return { spans, count, syllables, stops, stopCount, hits, hitCount, capitals, marks, latin, cyrillic };
  const out = { spans: spans.slice(0, 2 * count), count, syllables: syllables.slice(0, count), stops: stops.slice(0, stopCount), stopCount, hits: hits && hits.slice(0, hitCount), hitCount, capitals, marks, latin, cyrillic };
  // a huge text's words are not kept on after it
  SCRATCH = keepable(SCRATCH);
  return out;
}

// WordSpans.syllables: 13 bits of English vowel groups, 13 of Russian vowels, 1 for a Cyrillic letter.
// A count that fills its bits is SATURATED: that word is counted from its letters (words of thousands
// of vowels are junk, but counted right).
const SATURATED = 0x1fff;
function packSyllables(groups: number, ruVowels: number, cyrillic: number): number {
  return Math.min(groups, SATURATED) | (Math.min(ruVowels, SATURATED) << 13) | (cyrillic ? 1 << 26 : 0);
}

/**
 * At least the syllables of word `k` of a scan of `text` (syllablesAt counts them), from what the scan
 * counted as it read the word: exact in Russian; in English its vowel groups, where a silent ending,
 * a leading y, a digit inside a group or a short word would only have taken some away.
 */
export function syllableBound(text: string, words: WordSpans, k: number, lang: 'ru' | 'en'): number {
  const start = words.spans[2 * k] as number;
  const end = words.spans[2 * k + 1] as number;
  const bound = packedBound(words.syllables[k] as number, end - start, lang === 'ru');
  return bound < 0 ? syllablesAt(text, start, end, lang) : bound;
}

/** syllableBound from a word's entry in WordSpans.syllables and its length; -1 where a count filled its bits (count the word then). */
export function packedBound(packed: number, length: number, ru: boolean): number {
  const groups = packed & SATURATED;
  const ruVowels = (packed >>> 13) & SATURATED;
  if (groups === SATURATED || ruVowels === SATURATED) return -1;
  if (ru || packed & (1 << 26)) return ruVowels;
  return length <= 3 || groups < 1 ? 1 : groups;
}

/**
 * Syllables of the word text[start, end): its vowels in Russian (or where it has a Cyrillic letter);
 * in English its vowel groups, less a silent ending (consonant + es/ed, consonant + e) and a leading y,
 * which is a consonant; 1 for words of up to three letters. Only the letters A–Z count in English
 * (either case, İ and the Kelvin sign as i and k), so "café" is counted as "caf". The scan counts a
 * bound as it reads a text (syllableBound); this reads one word and counts exactly.
 */
export function syllablesAt(text: string, start: number, end: number, lang: 'ru' | 'en'): number {
  let cyrillic = lang === 'ru';
  let ruVowels = 0;
  let groups = 0;
  let vowel = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const k = FLAGS[c] || classify(c);
    if (k & SYL_CYRILLIC) {
      cyrillic = true;
      ruVowels += (k >>> RU_VOWEL_SHIFT) & 1;
    } else if (k & SYL_LETTER) {
      const v = (k >>> SYL_VOWEL_SHIFT) & 1;
      groups += v & ~vowel;
      vowel = v;
      letters++;
    }
  }
  if (cyrillic) return ruVowels;
  if (!letters) return 0;
  if (letters <= 3) return 1;
  // a leading y counted as a vowel: where no vowel follows it, it made a group of its own
  const f = nextLetter(text, start, end);
  if (englishLetter(text.charCodeAt(f)) === Y) {
    const g = nextLetter(text, f + 1, end);
    if (g >= end || !isSyllableVowel(englishLetter(text.charCodeAt(g)), false)) groups--;
  }
  // a silent ending, in the last three letters (a word here has four or more)
  const e3 = prevLetter(text, f, end - 1);
  const e2 = prevLetter(text, f, e3 - 1);
  const e1 = prevLetter(text, f, e2 - 1);
  const l1 = englishLetter(text.charCodeAt(e1));
  const l2 = englishLetter(text.charCodeAt(e2));
  const l3 = englishLetter(text.charCodeAt(e3));
  if ((!isSyllableVowel(l1, true) && l2 === E && (l3 === 115 || l3 === 100)) || (!isSyllableVowel(l2, true) && l3 === E)) groups--;
  return Math.max(1, groups);
}

const Y = 121;
const E = 101;
/** a e i o u y (and l too where `withL`: a consonant before a silent ending must not be l, as in "able"). */
function isSyllableVowel(c: number, withL: boolean): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || (withL && c === 108);
}
/** The letter a–z an English letter of the count lower-cases to (İ as i, the Kelvin sign as k). */
function englishLetter(c: number): number {
  return c === 0x130 ? 105 : c === 0x212a ? 107 : c | 32;
}
/** The first English letter of the count at or after `i` (before `end`), else `end`. */
function nextLetter(text: string, i: number, end: number): number {
  while (i < end && !((FLAGS[text.charCodeAt(i)] as number) & SYL_LETTER)) i++;
  return i;
}
/** The last English letter of the count at or before `i` (from `start`), else start - 1. */
function prevLetter(text: string, start: number, i: number): number {
  while (i >= start && !((FLAGS[text.charCodeAt(i)] as number) & SYL_LETTER)) i--;
  return i;
}

/**
 * Keys (words in lookup form) as a trie of code units, each key filed under an id: the words of a
 * text are walked from their first letter, and a walk stops at the first letter no key continues with
 * (most words stop within two letters). Nodes carry the ids of the keys that end there, as prefixes
 * or (`whole`) as whole words. Used by the word gates (rules/gate.ts).
 */
export class GateTrie {
  // Edges in typed arrays, not a Map: this is walked for every word of every text. The root's edges
  // are a table by code unit (child + 1, 0: none); the others by a letter a dense table per node (below),
  // the rest an open-addressing hash of (node, unit).
  private readonly root = new Int32Array(0x10000);
  private edgeNode = new Int32Array(64).fill(-1);
  private edgeUnit = new Int32Array(64);
  private edgeChild = new Int32Array(64);
  private edges = 0;
  private readonly prefixIds: (number[] | undefined)[] = [undefined];
  private readonly wholeIds: (number[] | undefined)[] = [undefined];

  // Below the root, edges by a letter of the two alphabets (or ' and -) are in a dense table of DENSE
  // slots per node (child + 1, 0: none) rather than in the hash: most walks read only these.
  private dense = new Int32Array(64 * DENSE);

  /** The node under `node` by the code unit `unit`, or -1. */
  private next(node: number, unit: number): number {
    if (node === 0) return (this.root[unit] as number) - 1;
    const code = DENSE_CODE[unit] as number;
    if (code) return (this.dense[node * DENSE + code] as number) - 1;
    const mask = this.edgeNode.length - 1;
    for (let slot = (Math.imul(node, 0x9e3779b1) ^ unit) & mask; ; slot = (slot + 1) & mask) {
      const n = this.edgeNode[slot] as number;
      if (n === -1) return -1;
      if (n === node && this.edgeUnit[slot] === unit) return this.edgeChild[slot] as number;
    }
  }

  private link(node: number, unit: number, child: number): void {
    if (node === 0) {
      this.root[unit] = child + 1;
      return;
    }
    const code = DENSE_CODE[unit] as number;
    if (code) {
      this.dense[node * DENSE + code] = child + 1;
      return;
    }
    if (2 * (this.edges + 1) > this.edgeNode.length) {
      const [nodes, units, children] = [this.edgeNode, this.edgeUnit, this.edgeChild];
      this.edgeNode = new Int32Array(nodes.length * 2).fill(-1);
      this.edgeUnit = new Int32Array(nodes.length * 2);
      this.edgeChild = new Int32Array(nodes.length * 2);
      this.edges = 0;
      for (let i = 0; i < nodes.length; i++) if ((nodes[i] as number) !== -1) this.link(nodes[i] as number, units[i] as number, children[i] as number);
    }
    const mask = this.edgeNode.length - 1;
    let slot = (Math.imul(node, 0x9e3779b1) ^ unit) & mask;
    while ((this.edgeNode[slot] as number) !== -1) slot = (slot + 1) & mask;
    this.edgeNode[slot] = node;
    this.edgeUnit[slot] = unit;
    this.edgeChild[slot] = child;
    this.edges++;
  }

  /** Files a key (lower case, ё as е) under `id`: words starting with it, or (`whole`) words that are it. */
  add(id: number, key: string, whole = false): void {
    if (!key.length) return;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let next = this.next(node, unit);
      if (next === -1) {
        next = this.prefixIds.length;
        this.prefixIds.push(undefined);
        this.wholeIds.push(undefined);
        // every node has its row (next() reads it before the node has edges of its own)
        if (this.prefixIds.length * DENSE > this.dense.length) {
          const grown = new Int32Array(this.dense.length * 2);
          grown.set(this.dense);
          this.dense = grown;
        }
        this.link(node, unit, next);
      }
      node = next;
    }
    this.dirty = true;
    const lists = whole ? this.wholeIds : this.prefixIds;
    const list = (lists[node] ??= []);
    if (!list.includes(id)) list.push(id);
  }

  /**
   * Writes the ids of the keys the word text[start, end) matches into `out` from `at` on, each followed
   * by `word` (the word's index), and returns where it stopped; the word's units must fold simply (see scanWords).
   */
  walk(text: string, start: number, end: number, out: number[], at: number, word: number): number {
    if (this.dirty) this.pack();
    const prefixAt = this.prefixAt;
    const flat = this.flatIds;
    // the scan classified (and so folded) every unit of the word
    let node = (this.root[FOLD[text.charCodeAt(start)] as number] as number) - 1;
    if (node < 0) return at;
    for (let i = start; ; ) {
      for (let k = prefixAt[node] as number, e = prefixAt[node + 1] as number; k < e; k++) {
        out[at++] = flat[k] as number;
        out[at++] = word;
      }
      if (++i >= end) break;
      node = this.next(node, FOLD[text.charCodeAt(i)] as number);
      if (node < 0) return at;
    }
    for (let k = this.wholeAt[node] as number, e = this.wholeAt[node + 1] as number; k < e; k++) {
      out[at++] = flat[k] as number;
      out[at++] = word;
    }
    return at;
  }

  // The ids of the nodes as walk() reads them: node n's prefix ids are flatIds[prefixAt[n] .. prefixAt[n + 1]),
  // its whole-word ids flatIds[wholeAt[n] .. wholeAt[n + 1]). Typed arrays rather than the lists add()
  // files them in: a walk reads them for every node it passes, and most nodes have none (the lists'
  // holes made that read the walk's dearest step). Packed again at the first walk after an add().
  private dirty = true;
  private prefixAt: Int32Array = new Int32Array(1);
  private wholeAt: Int32Array = new Int32Array(1);
  private flatIds: Int32Array = new Int32Array(0);

  private pack(): void {
    const ids = packLists([this.prefixIds, this.wholeIds]);
    [this.prefixAt, this.wholeAt] = ids.at as [Int32Array, Int32Array];
    this.flatIds = ids.flat;
    this.dirty = false;
  }

  /** Whether a word already in lookup form matches some key. */
  matches(norm: string): boolean {
    let node = 0;
    for (let i = 0; i < norm.length; i++) {
      node = this.next(node, norm.charCodeAt(i));
      if (node === -1) return false;
      if (this.prefixIds[node]) return true;
    }
    return this.wholeIds[node] !== undefined;
  }
}

/**
 * Lists of numbers as one flat typed array and, per list of lists, offsets: list n of `lists[g]` is
 * flat[at[g][n] .. at[g][n + 1]) (a missing list is empty). For loops that read many lists, most of
 * them empty, for every word (GateTrie.walk, TermGates.mask).
 */
export function packLists(lists: readonly (readonly (readonly number[] | undefined)[])[]): { at: Int32Array[]; flat: Int32Array } {
  const flat: number[] = [];
  const at = lists.map((group) => {
    const offsets = new Int32Array(group.length + 1);
    for (let n = 0; n < group.length; n++) {
      offsets[n] = flat.length;
      for (const x of group[n] ?? []) flat.push(x);
    }
    offsets[group.length] = flat.length;
    return offsets;
  });
  return { at, flat: Int32Array.from(flat) };
}

// The dense alphabet of GateTrie: a–z 1–26, а–я 27–58, ' 59, - 60; other units 0 (hashed edges).
const DENSE = 64;
const DENSE_CODE = new Uint8Array(0x10000);
for (let c = 0x61; c <= 0x7a; c++) DENSE_CODE[c] = c - 0x61 + 1;
for (let c = 0x430; c <= 0x44f; c++) DENSE_CODE[c] = c - 0x430 + 27;
DENSE_CODE[0x27] = 59;
DENSE_CODE[0x2d] = 60;

// Lookup form of one code unit, as tokenize's normalization gives it: lower case, ё → е, ’ → ', ‐ → -.
// COMPLEX where one unit cannot say it: characters normalization removes (stress marks, invisible
// ones), capitals whose lower case is longer or depends on the word (İ, Σ), surrogates.
const COMPLEX = 0xffff;
const FOLD = new Uint16Array(0x10000);
const FOLDED = new Uint8Array(0x10000);
const STRIPPED = new RegExp(`^[\\u0300\\u0301${INVISIBLE}]$`);

function foldSlow(c: number): number {
  let f: number;
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || STRIPPED.test(String.fromCharCode(c))) f = COMPLEX;
  else {
    const lower = String.fromCharCode(c).toLowerCase();
    f = lower.length !== 1 ? COMPLEX : lower.charCodeAt(0);
    if (f === 0x451) f = 0x435; // ё
    else if (f === 0x2019) f = 0x27; // ’
    else if (f === 0x2010) f = 0x2d; // ‐
  }
  FOLD[c] = f;
  FOLDED[c] = 1;
  return f;
}

/** The lookup form of the code unit `c` (see above), or COMPLEX. */
function foldUnit(c: number): number {
  return FOLDED[c] ? (FOLD[c] as number) : foldSlow(c);
}
