// Word gates: a quick and certain "nothing to find here" for word rules, so that most texts are never
// tokenized. Each term of a gated word list is gated on its one, two or three least common words (a
// phrase needs all its words, so each more rules out more texts: "it's all there" is there only where
// it's, all and there are). Those words' keys go into a
// trie (text/scan.ts, GateTrie) under the id of their word; the scan that finds a text's words walks
// each of them down the trie, without making strings, and collects the ids it passes. A list's bit is
// in the text's mask when one of its terms has all its gate words there; a list whose bit is not
// cannot match the text and returns at once.
//
// Why the answer is certain: a word matches a key only if the key is a prefix of the word's lookup form
// (a stem, a family root and the exact forms all are; see morph/), or the whole of it. Lists share bits
// round-robin when there are more than 31, which can only let more texts through (they are then
// checked in full), never keep one out; so can words whose lookup form is more than their letters in
// lower case (stress marks, invisible characters, mixed scripts, İ, Σ), which let every text through.
// Gate words are kept by their keys, so compiling the same guide again adds nothing.
import { GateTrie } from '../text/scan';

/** The mask of a text no gate can rule out. */
export const EVERY_GATE = -1;

export class TermGates {
  readonly trie = new GateTrie();
  private readonly ids = new Map<string, number>();
  /** Per gate word: [bit, other word or -1, third word or -1] triples; the bit is set when they are all there. */
  private readonly uses: number[][] = [];
  private seen = new Int32Array(64);
  private round = 0;

  /** The id of a gate word given by its keys (`whole`: the word is exactly one of them). */
  word(keys: readonly string[], whole: boolean): number {
    const name = `${whole ? '=' : ''}${keys.join('|')}`;
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.uses.length;
      this.ids.set(name, id);
      this.uses.push([]);
      for (const key of keys) this.trie.add(id, key, whole);
    }
    return id;
  }

  /** Sets `bit` in the mask of texts that have gate word `a` and, if given, `b` and `c` too. */
  require(bit: number, a: number, b = -1, c = -1): void {
    const list = this.uses[a] as number[];
    for (let i = 0; i < list.length; i += 3) if (list[i] === bit && list[i + 1] === b && list[i + 2] === c) return;
    list.push(bit, b, c);
  }

  /** The mask of a text from the gate-word ids its scan collected (null: every gate). */
  mask(hits: readonly number[] | null): number {
    if (hits === null) return EVERY_GATE;
    if (!hits.length) return 0;
    if (this.seen.length < this.uses.length) this.seen = new Int32Array(this.uses.length * 2);
    const round = ++this.round;
    for (const id of hits) this.seen[id] = round;
    let mask = 0;
    for (const id of hits) {
      const list = this.uses[id] as number[];
      for (let i = 0; i < list.length; i += 3) {
        const b = list[i + 1] as number;
        const c = list[i + 2] as number;
        if ((b === -1 || this.seen[b] === round) && (c === -1 || this.seen[c] === round)) mask |= list[i] as number;
      }
    }
    return mask;
  }
}

/** The gates of every gated word list (the scan in TextUnit collects their words as it goes). */
export const GATES = new TermGates();

let nextBit = 0;
/** A bit for a new word list (31 bits, reused round-robin: sharing one only lets more texts through). */
export function newGateBit(): number {
  return 1 << (nextBit++ % 31);
}
