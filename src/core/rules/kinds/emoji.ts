// emoji: how many emoji a reply may carry, and emoji the brand never uses.
//   max: 3              emoji per text (0: none at all)
//   forbid: [🤡, 💩]    emoji never used; a forbidden emoji matches in every skin tone
//   grief: true         a laughing, smiling or celebrating emoji in a text about a death
//                       (condolences, a funeral, «соболезнуем») is reported: beside such news it reads
//                       as laughing at it, whatever the count (false: not looked for)
// An emoji is what a reader sees as one picture: a family or a profession joined with ZWJ, a flag
// (a pair of regional indicators, or a tag sequence such as England's), a keycap, a skin-toned hand
// each count once. Symbols that are text by default (©, ®, ™, ↔, ‼) count only with the emoji
// variation selector U+FE0F; pictographs from U+2600 on (☺, ✔, ❤) count as emoji, as messengers
// draw them so.
import type { Lang } from '../../types';
import { fillMessage } from '../../types';
import { MARK } from '../../text/scan';
import type { RuleDef, RuleKind } from '../api';
import { RuleOptionError } from '../api';
import { bool, int, knownOptions } from './options';

const PART = '(?:\\p{Extended_Pictographic}|\\p{Emoji_Modifier})[\\uFE0E\\uFE0F]?\\p{Emoji_Modifier}?';
const EMOJI = new RegExp(
  [
    '\\p{Regional_Indicator}{2}',
    '[#*0-9]\\uFE0F?\\u20E3',
    '\\u{1F3F4}[\\u{E0020}-\\u{E007E}]+\\u{E007F}',
    `${PART}(?:\\u200D(?:${PART}|\\p{Emoji_Component}\\uFE0F?))*`,
  ].join('|'),
  'gu',
);
const QUICK = /[\u00A9\u00AE\u203C-\u3299\uD83C-\uDBFF]/;
const SINGLE_EMOJI = /^(?:\p{Emoji_Presentation}|\p{Emoji_Modifier})/u;

export interface EmojiMatch {
  start: number;
  end: number;
  text: string;
}

/** Whether a matched sequence is drawn as an emoji (rather than as a text symbol such as © or ↔). */
function isEmoji(seq: string): boolean {
  if (seq.includes('\uFE0E')) return false;
  if (seq.length > 2 || seq.includes('\uFE0F') || seq.includes('\u20E3')) return true;
  const cp = seq.codePointAt(0) as number;
  if (SINGLE_EMOJI.test(seq)) return true;
  if (/^\p{Regional_Indicator}/u.test(seq)) return seq.length === 4;
  return cp >= 0x2600 && /^\p{Emoji}/u.test(seq);
}

/** Every emoji in a text, in order, each a whole sequence. `marks`: the text's scan marks (text/scan.ts), if known. */
export function findEmoji(text: string, marks?: number): EmojiMatch[] {
  const out: EmojiMatch[] = [];
  if (marks === undefined ? !QUICK.test(text) : !(marks & MARK.EMOJI)) return out;
  EMOJI.lastIndex = 0;
  for (let m = EMOJI.exec(text); m !== null; m = EMOJI.exec(text)) {
    if (isEmoji(m[0])) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The key an emoji is compared by in `forbid`: without variation selectors and skin tones. */
const emojiKey = (e: string) => e.replace(/[\uFE0E\uFE0F]|\p{Emoji_Modifier}/gu, '') || e;

const FORBIDDEN = {
  en: 'The guide does not use {emoji} in replies. Remove it or say it in words.',
  ru: 'Эмодзи {emoji} гайд в ответах не использует. Уберите его или скажите словами.',
};
const GRIEF_MESSAGE = {
  en: '«{emoji}» beside news of a death reads as laughing at it. Remove it: the words say enough.',
  ru: '«{emoji}» рядом с известием о смерти читается как смех над ним. Уберите его: слова скажут сами.',
};
// Words of a death and of mourning, in both languages. Not "died", «умер» or «погиб»: a phone "died",
// «ноут умер» and lost game saves are everyday jokes; not "dead", "passing" or "memorial" either.
const GRIEF = /(?<![\p{L}])(?:passed\s+away|condolences?|funerals?|bereave\p{L}*|deceased|rest\s+in\s+peace|in\s+memory\s+of|mourn\p{L}*|griev\p{L}*|sorry\s+for\s+your\s+loss|death\s+of\s+(?:your|his|her|their)|соболезн\p{L}*|скончал\p{L}*|похорон\p{L}*|(?:ушёл|ушел|ушла|ушли)\s+из\s+жизни|кончин\p{L}*|(?:светлая|вечная)\s+память|поминк\p{L}*|траур\p{L}*|смерт(?:ь|и|ью)(?![\p{L}]))/iu;
// RIP in capitals only: a rip-off is no one's death.
const RIP = /(?<![\p{L}])RIP(?![\p{L}-])/u;
// Laughing, smiling, winking, celebrating and thumbs-up emoji (compared without variation selectors and skin tones).
const CHEERFUL = new Set([...'😂🤣😅😆😁😄😃😀😊🙂😉😜😝😛😋🥳🎉🎊👍🤪😎🤗😹😸']);

const NONE = {
  en: 'The guide’s replies carry no emoji ({count} here). Say it in words.',
  ru: 'В ответах по гайду эмодзи не ставят (здесь их {count}). Скажите словами.',
};

function say(def: RuleDef, lang: Lang, m: { en: string; ru: string }, args: Record<string, string | number>): string | undefined {
  return def.message === undefined ? fillMessage(m[lang], args) : undefined;
}

export const emojiKind: RuleKind = {
  kind: 'emoji',
  description: { en: 'Emoji per reply, and emoji the brand never uses.', ru: 'Эмодзи в ответе и эмодзи, которых бренд не использует.' },
  defaultMessage: {
    en: '{count} emoji in one reply; keep to {max} at most so the words carry the message.',
    ru: '{count} эмодзи в одном ответе; оставьте не больше {max}, пусть говорят слова.',
  },
  compile(def) {
    knownOptions(def, ['max', 'forbid', 'grief']);
    const max = int(def, 'max', 3, 0);
    const grief = bool(def, 'grief', true);
    const forbid = new Set<string>();
    if (def.forbid !== undefined) {
      if (!Array.isArray(def.forbid)) throw new RuleOptionError('"forbid" must be a list of emoji, e.g. [🤡, 💩].', 'forbid');
      def.forbid.forEach((e, i) => {
        const one = typeof e === 'string' ? findEmoji(e.trim()) : [];
        if (typeof e !== 'string' || one.length !== 1 || one[0]?.text !== e.trim()) {
          throw new RuleOptionError(`"forbid" item ${i + 1} (${JSON.stringify(e)}) must be exactly one emoji.`, `forbid.${i}`);
        }
        forbid.add(emojiKey(e.trim()));
      });
    }
    return (unit, report) => {
      const text = unit.text;
      const found = findEmoji(text, unit.words.marks);
      if (!found.length) return;
      const lang = unit.ctx.lang;
      // each emoji of a set, with its removal suggested
      const reportEach = (set: Set<string>, m: { en: string; ru: string }) => {
        for (const f of found) {
          if (!set.has(emojiKey(f.text))) continue;
          report({
            start: f.start,
            end: f.end,
            args: { emoji: f.text, count: found.length, max },
            message: say(def, lang, m, { emoji: f.text }),
            suggestions: [{ start: f.start, end: f.end, replacement: '' }],
          });
        }
      };
      if (grief && found.some((f) => CHEERFUL.has(emojiKey(f.text))) && (GRIEF.test(text) || RIP.test(text))) reportEach(CHEERFUL, GRIEF_MESSAGE);
      if (forbid.size) reportEach(forbid, FORBIDDEN);
      if (found.length > max) {
        const first = found[max] as EmojiMatch;
        const last = found[found.length - 1] as EmojiMatch;
        const args = { count: found.length, max };
        // Removing the excess is offered when it is a run of emoji (and spaces) and nothing else.
        const between = text.slice(first.start, last.end).replace(EMOJI, '');
        const run = !/[^\s\u200D\uFE0F]/.test(between);
        let s = first.start;
        while (run && s > 0 && text[s - 1] === ' ' && max === 0) s--;
        report({
          start: first.start,
          end: last.end,
          args,
          ...(max === 0 ? { message: say(def, lang, NONE, args) } : {}),
          ...(run ? { suggestions: [{ start: s, end: last.end, replacement: '' }] } : {}),
        });
      }
    };
  },
};
