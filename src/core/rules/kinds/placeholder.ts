// placeholder: text meant to be sent that still holds a slot to fill: {{name}}, [ИМЯ], <name>,
// %NAME%, TODO, XXX, TBD. In a template (the response matrix) a declared {{variable}} is fine.
import type { RuleKind } from '../api';
import { knownOptions, stringList } from './options';

const PATTERNS: RegExp[] = [
  /\{\{\s*[#/^]?\s*([\p{L}\p{N}_.-]*)\s*\}\}/gu, // {{name}}
  /\[\s*(?:\p{Lu}[\p{Lu}\p{N}_ -]{1,30}|\.{2,}|…|_{2,})\s*\]/gu, // [ИМЯ], [NAME], [...]
  /<\s*(?:name|имя|user|username|пользователь|клиент|client|customer|product|продукт|товар|order|заказ|date|дата|link|ссылка|city|город|\.{2,}|…)\s*>/giu, // <name>
  /%[\p{Lu}_]{2,}%/gu, // %NAME%
  /(?<![\p{L}\p{N}])(?:TODO|FIXME|TBD|TBA|XXX|ХХХ|ТУДУ)(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}_])_{3,}(?![\p{L}\p{N}_])/gu, // ___
];

export const placeholderKind: RuleKind = {
  kind: 'placeholder',
  description: { en: 'Unfilled placeholders left in text to be sent.', ru: 'Незаполненные заготовки в тексте, который уйдёт читателю.' },
  defaultMessage: {
    en: '«{slot}» is a placeholder nobody filled in. Put the real value in before you send the reply.',
    ru: '«{slot}» — незаполненная заготовка. Подставьте настоящее значение перед отправкой.',
  },
  compile(def) {
    knownOptions(def, ['ignore']);
    const ignore = new Set(stringList(def, 'ignore'));
    return (unit, report) => {
      const text = unit.text;
      if (!/[{[<%_]|TODO|FIXME|TB[DA]|XXX|ХХХ|ТУДУ/.test(text)) return;
      const seen: [number, number][] = [];
      for (const re of PATTERNS) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          const slot = m[0];
          if (ignore.has(slot)) continue;
          // In a template, {{variables}} are the point; undeclared ones are the matrix validator's business.
          if (re === PATTERNS[0] && unit.ctx.role === 'template') continue;
          const s = m.index;
          const e = s + slot.length;
          if (seen.some(([a, b]) => s < b && e > a)) continue;
          seen.push([s, e]);
          report({ start: s, end: e, args: { slot } });
        }
      }
    };
  },
};
