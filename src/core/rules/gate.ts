// Word gates: a quick and certain "nothing to find here" for word rules, so that most texts are never
// tokenized. Each term of a gated word list is gated on its one, two or three least common words (a
// phrase needs all its words, so each more rules out more texts: "it's all there" is there only where
// it's, all and there are). Those words' keys go into a
// trie (text/scan.ts, GateTrie) under the id of their word; the scan that finds a text's words walks
// each of them down the trie, without making strings, and collects the ids it passes with the index of
// the word. A list's bit is in the text's mask when one of its terms has all its gate words there, and
// in their place: in the phrase's order and as many words apart as the phrase has them, or a few more
// where the list lets filler words in (see Near). A list whose bit is not cannot match the text and
// returns at once. Phrases of common words ("that is on you") need the places most: of the 26,651
// paragraphs of the English bench corpus, the words alone let 2,648 through to the word lists, the
// places 1,073.
//
// Why the answer is certain: a word matches a key only if the key is a prefix of the word's lookup form
// (a stem, a family root and the exact forms all are; see morph/), or the whole of it. Lists share bits
// round-robin when there are more than 31, which can only let more texts through (they are then
// checked in full), never keep one out; so can words whose lookup form is more than their letters in
// lower case (stress marks, invisible characters, mixed scripts, İ, Σ), which let every text through.
// Gate words are kept by their keys, so compiling the same guide again adds nothing.
import { GateTrie, packLists } from '../text/scan';

/** The mask of a text no gate can rule out. */
export const EVERY_GATE = -1;

/**
 * Where gate word `b` (or `c`) may stand, in words from gate word `a`: a phrase's words stand in their
 * order, at most a few filler words apart, so "that is on you" needs a "that" with an "is" one to
 * three words after it, not just the three words somewhere in the text. [lo, hi]; lo = 0: anywhere.
 */
export interface Near {
  b: [number, number];
  c?: [number, number];
}
const ANYWHERE: [number, number] = [0, 0];
// Per use: bit, b, c, b's lo and hi, c's lo and hi.
const STRIDE = 7;
/** Past this many hits a text is judged on which words it has, not on where they are (bounded work). */
const NEAR_HITS_MAX = 4096;

export class TermGates {
  readonly trie = new GateTrie();
  private readonly ids = new Map<string, number>();
  /** Per gate word: its uses (STRIDE numbers each); the bit is set when the others are all there (and near). */
  private readonly uses: number[][] = [];
  private seen = new Int32Array(64);
  private round = 0;
  // The uses as mask() reads them: gate word w's are flat[at[w] .. at[w + 1]), packed again at the first
  // mask after a word() or require(). Most hits are of words with no uses of their own (a phrase's second
  // or third gate word: the, a, you), and the offsets say so without a list to load.
  private dirty = true;
  private usesAt: Int32Array = new Int32Array(1);
  private flatUses: Int32Array = new Int32Array(0);

  private pack(): void {
    const uses = packLists([this.uses]);
    this.usesAt = uses.at[0] as Int32Array;
    this.flatUses = uses.flat;
    this.dirty = false;
  }

  /** The id of a gate word given by its keys (`whole`: the word is exactly one of them). */
  word(keys: readonly string[], whole: boolean): number {
    const name = `${whole ? '=' : ''}${keys.join('|')}`;
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.uses.length;
      this.ids.set(name, id);
      this.uses.push([]);
      this.dirty = true;
      for (const key of keys) this.trie.add(id, key, whole);
    }
    return id;
  }

  /** Sets `bit` in the mask of texts that have gate word `a` and, if given, `b` and `c` too (`near` it, if given). */
  require(bit: number, a: number, b = -1, c = -1, near?: Near): void {
    const [bLo, bHi] = b !== -1 && near ? near.b : ANYWHERE;
    const [cLo, cHi] = c !== -1 && near?.c ? near.c : ANYWHERE;
    const use = [bit, b, c, bLo, bHi, cLo, cHi];
    const list = this.uses[a] as number[];
    for (let i = 0; i < list.length; i += STRIDE) if (use.every((x, k) => list[i + k] === x)) return;
    list.push(...use);
    this.dirty = true;
  }

  /** The mask of a text from the gate-word hits its scan collected (the first `count` entries; null: every gate). */
  mask(hits: readonly number[] | null, count: number): number {
    if (hits === null) return EVERY_GATE;
    if (!count) return 0;
    if (this.dirty) this.pack();
    if (this.seen.length < this.uses.length) this.seen = new Int32Array(this.uses.length * 2);
    const round = ++this.round;
    for (let h = 0; h < count; h += 2) this.seen[hits[h] as number] = round;
    const near = count <= 2 * NEAR_HITS_MAX;
    let mask = 0;
    const at = this.usesAt;
    const list = this.flatUses;
    for (let h = 0; h < count; h += 2) {
      const w = hits[h] as number;
      for (let i = at[w] as number, end = at[w + 1] as number; i < end; i += STRIDE) {
        const bit = list[i] as number;
        if (mask & bit) continue;
        const b = list[i + 1] as number;
        const c = list[i + 2] as number;
        if (b !== -1 && this.seen[b] !== round) continue;
        if (c !== -1 && this.seen[c] !== round) continue;
        if (near && !(isNear(hits, count, h, b, list[i + 3] as number, list[i + 4] as number) && isNear(hits, count, h, c, list[i + 5] as number, list[i + 6] as number))) continue;
        mask |= bit;
      }
    }
    return mask;
  }
}

/** Whether gate word `id` is among the hits `lo` to `hi` words from the word of hit `h` (lo = 0: anywhere). */
function isNear(hits: readonly number[], count: number, h: number, id: number, lo: number, hi: number): boolean {
  if (lo === 0) return true;
  const from = (hits[h + 1] as number) + lo;
  const to = (hits[h + 1] as number) + hi;
  // the hits are in the order of their words: look forwards or backwards from h, up to the window's end
  if (lo > 0) {
    for (let j = h + 2; j < count && (hits[j + 1] as number) <= to; j += 2) if (hits[j] === id && (hits[j + 1] as number) >= from) return true;
  } else {
    for (let j = h - 2; j >= 0 && (hits[j + 1] as number) >= from; j -= 2) if (hits[j] === id && (hits[j + 1] as number) <= to) return true;
  }
  return false;
}

/**
 * Whether the scan of a text saw gate word `id` (or could not tell: hits null). For a rule's own cue
 * words, asked about directly rather than under a mask bit: a bit shared with word lists would open
 * those lists wherever the cue is, and theirs would open the rule's check.
 */
export function sawGateWord(words: { readonly hits: readonly number[] | null; readonly hitCount: number }, id: number): boolean {
  const { hits, hitCount } = words;
  if (hits === null) return true;
  for (let h = 0; h < hitCount; h += 2) if (hits[h] === id) return true;
  return false;
}

/** The gates of every gated word list (the scan in TextUnit collects their words as it goes). */
export const GATES = new TermGates();

let nextBit = 0;
/** A bit for a new word list (31 bits, reused round-robin: sharing one only lets more texts through). */
export function newGateBit(): number {
  return 1 << (nextBit++ % 31);
}
