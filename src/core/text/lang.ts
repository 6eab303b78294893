// Language detection for a reply: Russian or English, from the share of Cyrillic and Latin letters.
// URLs, e-mail addresses, @mentions, #hashtags and {{placeholders}} do not count: a Russian reply full
// of links is still Russian. One pass; long texts are judged on their first 4,000 letters.
import type { Lang } from '../types';
import { MARK } from './scan';

const SKIP = /https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|[@#][\p{L}\p{N}_]+|\{\{[^}]*\}\}/gu;
// SKIP where a text has no @: the same matches without the e-mail branch, which tried an address at
// every character of every word (\S+ to the word's end, then back one character at a time).
const SKIP_NO_AT = /https?:\/\/\S+|www\.\S+|#[\p{L}\p{N}_]+|\{\{[^}]*\}\}/gu;
// What every SKIP match holds: most texts have none of these, and are counted as they are.
const MAY_SKIP = /[/@#{]|www\./i;
const WWW = /www\./i;
// The letters that count: А–я, Ё, ё and A–Z, a–z.
const isCyrillic = (c: number) => (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451;
const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * `counts`: the text's Cyrillic (А–я, Ё, ё) and Latin (A–Z, a–z) letters if already counted (the word
 * scan does): under the cap they decide without another pass over the text, less the letters of the
 * links and mentions left out. With the scan's `marks`, the test for links and mentions only looks
 * for «www.» when none of / @ # { is there and the scan saw a dot where one may be (MARK.DOTTED).
 */
export function detectLang(text: string, fallback: Lang = 'ru', counts?: { cyrillic: number; latin: number; marks?: number }): Lang {
  let cyr = 0;
  let lat = 0;
  const counted = counts && text.length <= 20_000 && counts.cyrillic + counts.latin < 4000;
  if (counted) {
    cyr = counts.cyrillic;
    lat = counts.latin;
    // the letters of what SKIP leaves out are taken off the counts (the text is under the cap)
    if (counts.marks === undefined ? MAY_SKIP.test(text) : counts.marks & MARK.LINKISH || (counts.marks & MARK.DOTTED && WWW.test(text))) {
      const skip = text.includes('@') ? SKIP : SKIP_NO_AT;
      skip.lastIndex = 0;
      for (let m = skip.exec(text); m !== null; m = skip.exec(text)) {
        for (let i = m.index; i < m.index + m[0].length; i++) {
          const c = text.charCodeAt(i);
          if (isCyrillic(c)) cyr--;
          else if (isLatin(c)) lat--;
        }
      }
    }
  } else {
    const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
    const clean = MAY_SKIP.test(sample) ? sample.replace(SKIP, ' ') : sample;
    for (let i = 0; i < clean.length && cyr + lat < 4000; i++) {
      const c = clean.charCodeAt(i);
      if (isCyrillic(c)) cyr++;
      else if (isLatin(c)) lat++;
    }
  }
  if (cyr === 0 && lat === 0) return fallback;
  // Russian text often carries Latin brand names and acronyms; it takes a clear Latin majority to be English.
  if (cyr >= lat * 0.5) return cyr === lat * 0.5 && cyr === 0 ? fallback : 'ru';
  return 'en';
}
