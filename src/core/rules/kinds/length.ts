// length: a reply longer than its channel allows (X 280, Telegram 4096, VK 4096, Instagram comments
// 2200, ...; the guide's `channels` table). Counted as the channel counts: code points, and on X every
// link as 23 characters. The excess (from the limit to the end) is marked.
import type { RuleKind } from '../api';
import { int, knownOptions } from './options';

const URL = /https?:\/\/\S+/g;

/** Length as a channel counts it, and the UTF-16 offset where the limit is reached (or -1). */
export function channelLength(text: string, channel: string | undefined, limit: number): { length: number; cut: number } {
  let length = 0;
  let cut = -1;
  const urls: [number, number][] = [];
  if (channel === 'x') {
    URL.lastIndex = 0;
    for (let m = URL.exec(text); m !== null; m = URL.exec(text)) urls.push([m.index, m.index + m[0].length]);
  }
  let u = 0;
  for (let i = 0; i < text.length; ) {
    const url = urls[u];
    const at = i;
    if (url && i === url[0]) {
      length += 23;
      i = url[1];
      u++;
    } else {
      i += (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
      length += 1;
    }
    if (cut === -1 && length > limit) cut = at;
  }
  return { length, cut };
}

export const lengthKind: RuleKind = {
  kind: 'length',
  description: { en: 'Reply length per channel.', ru: 'Длина ответа для канала.' },
  defaultMessage: {
    en: 'The reply is {length} characters; {channel} allows {limit}. Cut {over} characters or split the reply.',
    ru: 'В ответе {length} знаков, а {channel} допускает {limit}. Сократите на {over} или разбейте ответ.',
  },
  compile(def, env) {
    knownOptions(def, ['max']);
    const max = def.max === undefined ? undefined : int(def, 'max', 0, 1);
    return (unit, report) => {
      const channel = unit.ctx.channel;
      const limit = max ?? (channel ? env.channelLimits[channel] : undefined);
      if (!limit || unit.text.length <= limit / 2) return;
      const { length, cut } = channelLength(unit.text, channel, limit);
      if (length <= limit || cut < 0) return;
      report({ start: cut, end: unit.text.length, args: { length, limit, over: length - limit, channel: channel ?? 'this reply' } });
    };
  },
};
