// caps: shouting — words in capitals that are not acronyms. FAQ, API, СБП, НДС and other acronyms
// are fine (a built-in list, the rule's `allow`, short words and words with digits); a run of shouted
// words is one finding. The suggestion is the same words in lower case.
import type { RuleKind } from '../api';
import { int, knownOptions, stringList } from './options';

const ACRONYMS = [
  'FAQ', 'API', 'URL', 'SMS', 'VIP', 'HTML', 'CSS', 'PDF', 'USB', 'GPS', 'CEO', 'CTO', 'HR', 'PR', 'QA', 'UX', 'UI', 'IT', 'OK', 'ID', 'PIN', 'NASA', 'HTTP', 'HTTPS', 'JSON', 'YAML', 'ASAP', 'FYI', 'DM', 'RSVP', 'NFT', 'SEO', 'SMM', 'CRM', 'NPS', 'KPI', 'ROI', 'AI', 'IOS', 'ANDROID', 'WIFI', 'LTE', 'USA', 'UK', 'EU', 'UN', 'GMT', 'UTC', 'EST', 'PST', 'AM', 'PM', 'TV', 'DIY', 'LGBT', 'LGBTQ', 'COVID',
  'TODO', 'FIXME', 'TBD', 'TBA', 'XXX', 'ХХХ', 'ТУДУ',
  'СБП', 'НДС', 'ООО', 'ОАО', 'ЗАО', 'ПАО', 'ИП', 'ИНН', 'КПП', 'ОГРН', 'БИК', 'РФ', 'СНГ', 'МФЦ', 'ГИБДД', 'МВД', 'ФНС', 'ЖКХ', 'ТВ', 'ПК', 'СМС', 'ЧАТ', 'ВК', 'ДР', 'МСК', 'СПБ', 'ТЦ', 'ТРЦ', 'ДТП', 'ЧП', 'ЕГЭ', 'ОГЭ', 'ВУЗ', 'НКО', 'АО', 'РЖД', 'МКАД', 'ТТ', 'ПВЗ', 'ЛК', 'ЛС', 'ЧАВО', 'ЕС', 'США', 'ООН', 'ИИ', 'ФИО', 'ПДН', 'ОФД', 'ККТ', 'ЭДО', 'ЭЦП', 'ЦБ', 'ГОСТ', 'СИЗ', 'ПО',
];
const WORD = /[\p{Lu}\p{Ll}\p{N}]+(?:[-'’][\p{Lu}\p{Ll}\p{N}]+)*/gu;

export const capsKind: RuleKind = {
  kind: 'caps',
  description: { en: 'Shouting: words in capitals that are not acronyms.', ru: 'Крик: слова заглавными буквами, которые не аббревиатуры.' },
  defaultMessage: {
    en: '«{words}» in capitals reads as shouting. Write it in lower case; to stress a point, choose a stronger word.',
    ru: '«{words}» заглавными читается как крик. Напишите строчными; чтобы подчеркнуть мысль, выберите точное слово.',
  },
  compile(def) {
    knownOptions(def, ['allow', 'minLength']);
    const allow = new Set([...ACRONYMS, ...stringList(def, 'allow').map((s) => s.toUpperCase())]);
    const minLength = int(def, 'minLength', 4, 2);
    return (unit, report) => {
      const text = unit.text;
      if (!/\p{Lu}{2}/u.test(text)) return;
      let run: { start: number; end: number; count: number } | null = null;
      const flush = () => {
        if (run) {
          const words = text.slice(run.start, run.end);
          report({ start: run.start, end: run.end, args: { words }, suggestions: [{ start: run.start, end: run.end, replacement: words.toLowerCase() }] });
        }
        run = null;
      };
      WORD.lastIndex = 0;
      let prevEnd = 0;
      for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
        const w = m[0];
        const letters = w.replace(/[^\p{L}]/gu, '');
        const shouted = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !/\p{N}/u.test(w);
        // A slot to fill ([NAME], <NAME>, %NAME%, {{NAME}}) is the placeholder rule's business, not shouting.
        const slot = /[[<%{]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && /^\s*[\]>%}]/.test(text.slice(m.index + w.length, m.index + w.length + 3));
        const acronym = slot || allow.has(w.toUpperCase()) || w.split(/[-'’]/).every((p) => allow.has(p.toUpperCase()));
        const gapOk = run !== null && !/[.!?\n]/.test(text.slice(prevEnd, m.index));
        if (shouted && !acronym) {
          const r = run as { start: number; end: number; count: number } | null;
          if (r && gapOk) {
            r.end = m.index + w.length;
            r.count++;
          } else {
            flush();
            if (letters.length >= minLength) run = { start: m.index, end: m.index + w.length, count: 1 };
            else run = { start: m.index, end: m.index + w.length, count: 0 }; // short: counts only inside a run
          }
        } else {
          const r = run as { count: number } | null;
          if (r && r.count === 0) run = null;
          flush();
        }
        prevEnd = m.index + w.length;
      }
      const r = run as { count: number } | null;
      if (r && r.count === 0) run = null;
      flush();
    };
  },
};
