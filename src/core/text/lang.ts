// Language detection for a reply: Russian or English, from the share of Cyrillic and Latin letters.
// URLs, e-mail addresses, @mentions, #hashtags and {{placeholders}} do not count: a Russian reply full
// of links is still Russian. One pass; long texts are judged on their first 4,000 letters.
import type { Lang } from '../types';
import { MARK } from './scan';

const SKIP = /https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|[@#][\p{L}\p{N}_]+|\{\{[^}]*\}\}/gu;
// What every SKIP match holds: most texts have none of these, and are counted as they are.
const MAY_SKIP = /[/@#{]|www\./i;
const WWW = /www\./i;

/**
 * `counts`: the text's Cyrillic (А–я, Ё, ё) and Latin (A–Z, a–z) letters if already counted (the word
 * scan does): they decide when they are the whole story (no links or mentions to leave out, fewer
 * letters than the cap), without another pass over the text. With the scan's `marks`, the test for
 * links and mentions only looks for «www.» when none of / @ # { is there and the scan saw a dot where
 * one may be (MARK.DOTTED).
 */
export function detectLang(text: string, fallback: Lang = 'ru', counts?: { cyrillic: number; latin: number; marks?: number }): Lang {
  let cyr = 0;
  let lat = 0;
  const counted = counts && text.length <= 20_000 && counts.cyrillic + counts.latin < 4000;
  if (counted && !(counts.marks === undefined ? MAY_SKIP.test(text) : counts.marks & MARK.LINKISH || (counts.marks & MARK.DOTTED && WWW.test(text)))) {
    cyr = counts.cyrillic;
    lat = counts.latin;
  } else {
    const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
    const clean = MAY_SKIP.test(sample) ? sample.replace(SKIP, ' ') : sample;
    for (let i = 0; i < clean.length && cyr + lat < 4000; i++) {
      const c = clean.charCodeAt(i);
      if ((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451) cyr++;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
    }
  }
  if (cyr === 0 && lat === 0) return fallback;
  // Russian text often carries Latin brand names and acronyms; it takes a clear Latin majority to be English.
  if (cyr >= lat * 0.5) return cyr === lat * 0.5 && cyr === 0 ? fallback : 'ru';
  return 'en';
}
