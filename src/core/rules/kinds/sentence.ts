// sentence: sentences too long to read in a comment thread, and hard reading — many long words.
// Long words are counted in syllables (vowels), the measure behind Flesch-style scores in both
// languages: in Russian a word of 5+ syllables, in English of 4+, is hard for a quick reader.
import type { RuleKind } from '../api';
import { int, knownOptions } from './options';

const VOWELS_RU = /[аеёиоуыэюя]/gi;
const VOWELS_EN = /[aeiouy]+/gi;

function syllables(word: string, lang: 'ru' | 'en'): number {
  if (lang === 'ru') return (word.match(VOWELS_RU) ?? []).length;
  const w = word.toLowerCase().replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (w.match(VOWELS_EN) ?? []).length);
}

export const sentenceKind: RuleKind = {
  kind: 'sentence',
  description: { en: 'Sentence length and hard reading.', ru: 'Длина предложений и трудность чтения.' },
  defaultMessage: {
    en: 'This sentence has {words} words (the guide allows {max}). Split it in two: short sentences read faster in a comment thread.',
    ru: 'В предложении {words} слов (по гайду — не больше {max}). Разбейте его на два: короткие предложения читаются быстрее.',
  },
  compile(def) {
    knownOptions(def, ['maxWords', 'maxLongWords']);
    const maxWords = int(def, 'maxWords', 25, 3);
    const maxLong = int(def, 'maxLongWords', 4, 1);
    return (unit, report) => {
      const tokens = unit.tokens;
      if (tokens.length <= Math.min(maxWords, maxLong)) return;
      const lang = unit.ctx.lang;
      let t = 0;
      for (const s of unit.sentences) {
        while (t < tokens.length && (tokens[t] as { start: number }).start < s.start) t++;
        let words = 0;
        let long = 0;
        for (let k = t; k < tokens.length && (tokens[k] as { end: number }).end <= s.end; k++) {
          const w = (tokens[k] as { text: string }).text;
          words++;
          if (w.length >= (lang === 'ru' ? 8 : 7) && syllables(w, lang) >= (lang === 'ru' ? 5 : 4)) long++;
        }
        if (words > maxWords) report({ start: s.start, end: s.end, args: { words, max: maxWords } });
        else if (long > maxLong) {
          report({
            start: s.start,
            end: s.end,
            message: lang === 'ru'
              ? `В предложении ${long} длинных слов — читать тяжело. Замените часть простыми словами.`
              : `This sentence has ${long} long words and reads heavily. Swap some for plain words.`,
          });
        }
      }
    };
  },
};
