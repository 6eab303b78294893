// emoji: how many emoji a reply may carry, and emoji the brand never uses. A family, a flag or a
// skin-toned hand counts as one emoji (an extended grapheme cluster with a pictograph).
import type { RuleKind } from '../api';
import { int, knownOptions, stringList } from './options';

const EMOJI = /\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*/gu;

export const emojiKind: RuleKind = {
  kind: 'emoji',
  description: { en: 'Emoji per reply, and emoji the brand never uses.', ru: 'Эмодзи в ответе и эмодзи, которых бренд не использует.' },
  defaultMessage: {
    en: '{count} emoji in one reply; keep to {max} at most so the words carry the message.',
    ru: '{count} эмодзи в одном ответе; оставьте не больше {max}, пусть говорят слова.',
  },
  compile(def) {
    knownOptions(def, ['max', 'forbid']);
    const max = int(def, 'max', 3, 0);
    const forbid = new Set(stringList(def, 'forbid'));
    return (unit, report) => {
      const text = unit.text;
      if (!/[\u00A9\u00AE\u203C-\u3299\uD83C-\uDBFF#*0-9]/.test(text)) return;
      EMOJI.lastIndex = 0;
      const found: { start: number; end: number; e: string }[] = [];
      for (let m = EMOJI.exec(text); m !== null; m = EMOJI.exec(text)) {
        if (/^[0-9#*]$/.test(m[0])) continue;
        found.push({ start: m.index, end: m.index + m[0].length, e: m[0] });
      }
      for (const f of found) {
        if (forbid.has(f.e) || forbid.has(f.e.replace(/\uFE0F/g, ''))) {
          report({ start: f.start, end: f.end, message: unit.ctx.lang === 'ru' ? `Эмодзи ${f.e} бренд не использует; уберите его или замените словами.` : `The brand does not use ${f.e}; remove it or say it in words.` });
        }
      }
      if (found.length > max) {
        const first = found[max] as { start: number };
        const last = found[found.length - 1] as { end: number };
        report({ start: first.start, end: last.end, args: { count: found.length, max } });
      }
    };
  },
};
