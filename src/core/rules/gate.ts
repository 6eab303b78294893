// Word gates: a quick and certain "nothing to find here" for word rules, so that most texts are never
// tokenized. A word list (a TermMatcher's terms) takes a gate bit and files, for each term, the keys of
// its least common word in one trie (text/scan.ts, GateTrie) under that bit. The scan that finds a
// text's words walks each word down the trie, without making strings, and ORs together the bits of
// the keys it passes: a list whose bit is not in a text's mask cannot match there and returns at once.
//
// Why the answer is certain: a word matches a key only if the key is a prefix of the word's lookup form
// (a stem, a family root and the exact forms all are; see morph/), or the whole of it; and a phrase
// matches only where all its words do. Bits are shared round-robin when there are more than 31 lists,
// which can only let more texts through (they are then checked in full), never keep one out; so can
// words whose lookup form is more than their letters in lower case (stress marks, invisible
// characters, mixed scripts, İ, Σ), which let every text through.
import { GateTrie } from '../text/scan';

/** The gates of every gated word list. */
export const GATES = new GateTrie();

let nextBit = 0;
/** A bit for a new word list (31 bits, reused round-robin: sharing one only lets more texts through). */
export function newGateBit(): number {
  return 1 << (nextBit++ % 31);
}
