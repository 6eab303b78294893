// length: a reply longer than its channel accepts. The limit comes from the guide's channel table
// (env.channelLimits: X 280, Telegram 4096, VK 4096, Instagram comments 2200, ...) for the text's
// channel, or from the rule's `max`, which overrides it.
//   max: 500     a limit for every channel (counted the way the text's channel counts)
// Counting follows the channel: characters are code points (an astral emoji is one, not two UTF-16
// units); on X, as X counts (twitter-text, version 3): every link is 23, an emoji is 2 whatever its
// code points, letters up to U+10FF and common punctuation (dashes, quotes, spaces) are 1 and every
// other character (CJK, “…”, “№”, “€”) is 2. The excess — from the character that crosses the limit to
// the end — is marked.
import type { Lang } from '../../types';
import { fillMessage } from '../../types';
import type { RuleKind } from '../api';
import { findEmoji } from './emoji';
import { int, knownOptions } from './options';

// Links as X finds them: with a scheme, with www., or a bare domain with a well-known top-level domain.
const TLD = 'com|net|org|ru|su|xn--p1ai|рф|io|me|co|info|biz|app|dev|shop|store|online|site|pro|tv|ly|gl|gg|ua|by|kz|uz|am|ge|uk|us|de|fr|es|it|nl|pl|eu|ca|au|in|jp|cn';
const URL = new RegExp(`(?<![\\p{L}\\p{N}@._%+-])(?:https?://[^\\s<>"«»]+|www\\.[^\\s<>"«»]+|(?:[\\p{L}\\p{N}-]+\\.)+(?:${TLD})(?![\\p{L}\\p{N}-])(?:/[^\\s<>"«»]*)?)`, 'giu');
const TRAILING = /[.,:;!?'"»”’)\]]+$/;
// What every link has, whichever way URL finds it: a cheap test that rules most texts out.
const MAY_LINK = new RegExp(`://|www\\.|\\.(?:${TLD})(?![\\p{L}\\p{N}-])`, 'iu');

/** The links in a text as X counts them: without trailing punctuation (an unbalanced “)” too). */
export function findLinks(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!MAY_LINK.test(text)) return out;
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
    let url = m[0];
    for (;;) {
      const t = TRAILING.exec(url);
      if (!t) break;
      // keep a “)” that closes a “(” inside the link (Wikipedia-style links)
      let keep = t[0].length;
      for (let k = 0; k < t[0].length; k++) {
        const head = url.slice(0, url.length - t[0].length + k + 1);
        if (t[0][k] === ')' && (head.match(/\(/g)?.length ?? 0) >= (head.match(/\)/g)?.length ?? 0)) continue;
        keep = k;
        break;
      }
      if (keep === t[0].length) break;
      url = url.slice(0, url.length - t[0].length + keep);
    }
    if (url.length) out.push([m.index, m.index + url.length]);
    URL.lastIndex = m.index + Math.max(1, url.length);
  }
  return out;
}

/** X's weight of one code point (twitter-text v3: 1 in these ranges, 2 elsewhere). */
function xWeight(cp: number): number {
  return cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247) ? 1 : 2;
}

/** Length as a channel counts it, and the UTF-16 offset of the first character past the limit (or -1). */
export function channelLength(text: string, channel: string | undefined, limit: number): { length: number; cut: number } {
  let length = 0;
  let cut = -1;
  if (channel === 'x') {
    // [start, end, weight] of the units that do not count character by character
    const links = findLinks(text);
    const units: [number, number, number][] = links.map(([s, e]): [number, number, number] => [s, e, 23]);
    let l = 0;
    for (const e of findEmoji(text)) {
      while (l < links.length && (links[l] as [number, number])[1] <= e.start) l++;
      const link = links[l];
      if (!link || link[0] >= e.end) units.push([e.start, e.end, 2]); // an emoji inside a link is the link's
    }
    units.sort((a, b) => a[0] - b[0]);
    let u = 0;
    for (let i = 0; i < text.length; ) {
      const unit = units[u];
      const at = i;
      if (unit && i === unit[0]) {
        length += unit[2];
        i = unit[1];
        u++;
      } else {
        const cp = text.codePointAt(i) as number;
        i += cp > 0xffff ? 2 : 1;
        length += xWeight(cp);
      }
      if (cut === -1 && length > limit) cut = at;
    }
    return { length, cut };
  }
  for (let i = 0; i < text.length; ) {
    const at = i;
    const c = text.charCodeAt(i);
    // a surrogate pair is one code point; a lone surrogate counts as one, as it is shown as one
    i += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    length++;
    if (cut === -1 && length > limit) cut = at;
  }
  return { length, cut };
}

const CHANNEL_NAMES: Record<string, Record<Lang, string>> = {
  x: { en: 'X', ru: 'X' },
  twitter: { en: 'X', ru: 'X' },
  telegram: { en: 'Telegram', ru: 'Telegram' },
  vk: { en: 'VK', ru: 'ВКонтакте' },
  instagram: { en: 'Instagram', ru: 'Instagram' },
  facebook: { en: 'Facebook', ru: 'Facebook' },
  email: { en: 'e-mail', ru: 'e-mail' },
  ok: { en: 'Odnoklassniki', ru: 'Одноклассники' },
};

const GUIDE_LIMIT = {
  en: 'The reply is longer than the guide allows: {length} characters against {limit}, {over} too many. Shorten it or split it in two.',
  ru: 'Ответ длиннее, чем допускает гайд: {length} при лимите {limit}, лишних — {over}. Сократите его или разбейте на два.',
};

export const lengthKind: RuleKind = {
  kind: 'length',
  description: { en: 'Reply length per channel.', ru: 'Длина ответа для канала.' },
  defaultMessage: {
    en: 'The reply is longer than the {channel} limit: {length} characters against {limit}, {over} too many. Shorten it or split it in two.',
    ru: 'Ответ длиннее лимита канала {channel}: {length} при лимите {limit}, лишних — {over}. Сократите его или разбейте на два.',
  },
  compile(def, env) {
    knownOptions(def, ['max']);
    const max = def.max === undefined ? undefined : int(def, 'max', 0, 1);
    return (unit, report) => {
      const channel = unit.ctx.channel;
      const limit = max ?? (channel !== undefined ? env.channelLimits[channel] : undefined);
      if (limit === undefined || !(limit > 0)) return;
      // Every counted unit of a text is at least one UTF-16 unit, except links on X.
      if (unit.text.length <= limit && channel !== 'x') return;
      const { length, cut } = channelLength(unit.text, channel, limit);
      if (length <= limit || cut < 0) return;
      const lang = unit.ctx.lang;
      const name = channel === undefined ? '' : CHANNEL_NAMES[channel]?.[lang] ?? channel;
      const args = { length, limit, over: length - limit, channel: name };
      report({
        start: cut,
        end: unit.text.length,
        args,
        ...(max !== undefined && def.message === undefined ? { message: fillMessage(GUIDE_LIMIT[lang], args) } : {}),
      });
    };
  },
};
