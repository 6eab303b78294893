// Word forms for matching: the lookup keys of a normalized word. A Russian term matches a word when
// they share a key: the stem (inflections: гарантирую/гарантируем) or, for a long enough root, the
// family root (гарантия, гарантированно). English terms match their generated forms (see en.ts).
import { rootRu, stemRu } from './ru';

export interface WordKeys {
  stem: string;
  /** The Russian family root, when it differs from the stem and is long enough to be safe. */
  root?: string;
  /** Lookup keys, built once per word: by stem, by exact form, by family root (if long enough). */
  sKey?: string;
  eKey?: string;
  rKey?: string;
  /** The bits of the word matchers that index one of these keys, as of `knownAt` (see rules/words.ts). */
  known?: number;
  knownAt?: number;
}

const CYRILLIC = /[а-яё]/;
const cache = new Map<string, WordKeys>();
const CACHE_MAX = 200_000;

export const isCyrillic = (word: string) => CYRILLIC.test(word);

export function wordKeys(norm: string): WordKeys {
  let k = cache.get(norm);
  if (k) return k;
  if (isCyrillic(norm)) {
    // Hyphenated words (кто-нибудь, по-моему) are stemmed on their last part.
    const dash = norm.lastIndexOf('-');
    const head = dash > 0 ? norm.slice(0, dash + 1) : '';
    const stem = head + stemRu(norm.slice(head.length));
    const root = head + rootRu(stem.slice(head.length));
    k = root !== stem ? { stem, root } : { stem };
  } else {
    k = { stem: norm };
  }
  k.sKey = `s:${k.stem}`;
  k.eKey = `e:${norm}`;
  const fam = k.root ?? k.stem;
  if (fam.length >= 5) k.rKey = `r:${fam}`;
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(norm, k);
  return k;
}
