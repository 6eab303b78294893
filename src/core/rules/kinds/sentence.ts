// sentence: sentences too long to read in a comment thread, and sentences too heavy to read.
//   maxWords: 25      words per sentence (0 turns the length check off)
//   minScore: 0       the lowest readability score a sentence may have (no default: off). The score
//                     is Flesch's reading ease — for Russian in Oborneva's adaptation,
//                     206.835 − 1.3·words − 60.1·syllables per word; for English Flesch's own,
//                     206.835 − 1.015·words − 84.6·syllables per word — computed per sentence of eight
//                     words or more. 60–100 reads easily, below 30 is hard, below 0 is dense officialese.
//   maxLongWords: 4   long words per sentence (no default: off); long is 5+ syllables in Russian, 4+ in English
// One finding per sentence: the length if it is too long, else the reading difficulty, with the figures.
// Links, e-mail addresses and {{variables}} are not counted as words.
// Syllables are vowels in Russian; in English, vowel groups without a silent final e (an estimate).
import type { Lang } from '../../types';
import { fillMessage } from '../../types';
import type { RuleDef, RuleKind, TextUnit } from '../api';
import { RuleOptionError } from '../api';
import { MARK, packedBound, syllablesAt } from '../../text/scan';
import { findLinks } from './length';
import { int, knownOptions } from './options';

const LONG: Record<Lang, number> = { ru: 5, en: 4 };
// Reading ease swings wildly on a handful of words; a short sentence is easy to read anyway.
const MIN_WORDS_FOR_SCORE = 8;
// Not words a reader reads: e-mail addresses and template variables (links are found by findLinks).
const NOT_PROSE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+|\{\{[^{}\n]*\}\}/gu;

/** Ranges of links, e-mail addresses and {{variables}}, whose tokens are not counted as words. */
function notProse(text: string, marks: number): [number, number][] {
  // a link has a :// (so a /) or a dot right before a word or after www (see MARK.DOTTED)
  const out = marks & (MARK.LINKISH | MARK.DOTTED) ? findLinks(text) : [];
  // an e-mail address has an @, a variable a {{
  if (marks & MARK.LINKISH && (text.includes('@') || text.includes('{{'))) {
    NOT_PROSE.lastIndex = 0;
    for (let m = NOT_PROSE.exec(text); m !== null; m = NOT_PROSE.exec(text)) out.push([m.index, m.index + m[0].length]);
    out.sort((a, b) => a[0] - b[0]);
  }
  return out;
}

/** Syllables in a word: vowels in Russian, vowel groups in English (a silent final e or -es/-ed dropped). */
export function syllables(word: string, lang: Lang): number {
  return syllablesAt(word, 0, word.length, lang);
}

/** Flesch's reading ease of one sentence (Oborneva's coefficients for Russian). */
export function readingEase(words: number, syllableTotal: number, lang: Lang): number {
  const asw = syllableTotal / words;
  return lang === 'ru' ? 206.835 - 1.3 * words - 60.1 * asw : 206.835 - 1.015 * words - 84.6 * asw;
}

const HARD = {
  en: 'Hard to read: reading ease {score} (the guide wants {min} or more), {asw} syllables per word, {long} of {words} words are long. Use plainer words or split the sentence.',
  ru: 'Предложение трудно читать: индекс удобочитаемости {score} (по гайду — не ниже {min}), в среднем {asw} слога на слово, длинных слов: {long} из {words}. Замените длинные и канцелярские слова простыми или разбейте предложение.',
};
const LONG_WORDS = {
  en: '{long} long words in one sentence (the guide allows {maxLong}): it reads heavily. Swap some for plain words.',
  ru: 'Длинных слов в предложении: {long} (по гайду — не больше {maxLong}), читать тяжело. Замените часть простыми словами.',
};

function say(def: RuleDef, lang: Lang, m: { en: string; ru: string }, args: Record<string, string | number>): string | undefined {
  return def.message === undefined ? fillMessage(m[lang], args) : undefined;
}

const fmt = (n: number, lang: Lang) => {
  // one decimal always: «3,0 слога» agrees in Russian where «3 слога» and «5 слога» would not both
  const s = (Math.round(n * 10) / 10).toFixed(1);
  return lang === 'ru' ? s.replace('.', ',').replace('-', '−') : s.replace('-', '−');
};

/**
 * Per text, shared by every sentence rule (the length and the readability rule read the same
 * figures): its sentences and, per sentence, six numbers in one flat array: the prose words (not
 * links, e-mail addresses or {{variables}}), the range of word indexes [first, last), syllables and
 * long words (upper bounds until a rule needs them counted), and whether those two are exact (1) or
 * upper bounds (0).
 */
interface SentenceStats {
  sentences: readonly { start: number; end: number }[];
  figures: number[];
  skip: [number, number][];
}
const STATS = {};
const STRIDE = 6;
const WORDS = 0;
const FIRST = 1;
const LAST = 2;
const SYL = 3;
const LONG_WORDS_AT = 4;
const EXACT = 5;

function sentenceStats(unit: TextUnit): SentenceStats {
  const { spans, count } = unit.words;
  const skip = notProse(unit.text, unit.words.marks);
  const sentences = unit.sentences;
  // made at its length: grown by push, it was most of what the sentence rules allocate
  const figures: number[] = new Array(STRIDE * sentences.length);
  let sk = 0;
  let t = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as { start: number; end: number };
    while (t < count && (spans[2 * t] as number) < s.start) t++;
    let last = t;
    while (last < count && (spans[2 * last + 1] as number) <= s.end) last++;
    // upper bounds of the syllables and long words first (the scan's counts, without reading any word
    // again; see syllableBound): they clear most sentences of the reading-ease check
    figures[STRIDE * i + FIRST] = t;
    figures[STRIDE * i + LAST] = last;
    sk = countProse(unit, skip, sk, figures, STRIDE * i, false);
  }
  return { sentences, figures, skip };
}

/**
 * Counts the prose words of the sentence whose figures are at `at`, and its syllables and long words:
 * `exact` counts them, else their upper bounds (exact in Russian). `sk` is where to start in `skip`
 * (the ranges not counted; sentences come in order); returns where the sentence left it.
 */
function countProse(unit: TextUnit, skip: readonly [number, number][], sk: number, f: number[], at: number, exact: boolean): number {
  const { spans, syllables } = unit.words;
  const text = unit.text;
  const lang = unit.ctx.lang;
  const ru = lang === 'ru';
  const longAt = LONG[lang];
  let n = 0;
  let syl = 0;
  let long = 0;
  const last = f[at + LAST] as number;
  for (let k = f[at + FIRST] as number; k < last; k++) {
    const start = spans[2 * k] as number;
    const end = spans[2 * k + 1] as number;
    while (sk < skip.length && (skip[sk] as [number, number])[1] <= start) sk++;
    if (sk < skip.length && (skip[sk] as [number, number])[0] < end) continue;
    n++;
    // the bound (see syllableBound), or the count where it is exact or the bound cannot say
    let c = exact ? -1 : packedBound(syllables[k] as number, end - start, ru);
    if (c < 0) c = syllablesAt(text, start, end, lang);
    syl += c;
    if (c >= longAt) long++;
  }
  f[at + WORDS] = n;
  f[at + SYL] = syl;
  f[at + LONG_WORDS_AT] = long;
  f[at + EXACT] = exact || lang === 'ru' ? 1 : 0;
  return sk;
}

/** Counts the syllables and long words of sentence `i` exactly, in place of their bounds, once. */
function countSyllables(unit: TextUnit, stats: SentenceStats, i: number): void {
  if (!stats.figures[STRIDE * i + EXACT]) countProse(unit, stats.skip, 0, stats.figures, STRIDE * i, true);
}

/** Whether the figures at `at` fail the reading-ease check (`minScore`, when scored) or the long words' one. */
function fails(f: readonly number[], at: number, n: number, lang: Lang, minScore: number | undefined, maxLong: number | undefined): boolean {
  return (minScore !== undefined && readingEase(n, f[at + SYL] as number, lang) < minScore) || (maxLong !== undefined && (f[at + LONG_WORDS_AT] as number) > maxLong);
}

export const sentenceKind: RuleKind = {
  kind: 'sentence',
  description: { en: 'Sentence length and hard reading.', ru: 'Длина предложений и трудность чтения.' },
  defaultMessage: {
    en: 'This sentence has {words} words (the guide allows {max}). Split it in two: short sentences read faster in a comment thread.',
    ru: 'Слов в предложении: {words} (по гайду — не больше {max}). Разбейте его на два: короткие предложения читаются быстрее.',
  },
  compile(def) {
    knownOptions(def, ['maxWords', 'minScore', 'maxLongWords']);
    const maxWords = int(def, 'maxWords', 25, 0);
    if (maxWords > 0 && maxWords < 3) throw new RuleOptionError('"maxWords" must be 0 (off) or at least 3.', 'maxWords');
    let minScore: number | undefined;
    if (def.minScore !== undefined) {
      if (typeof def.minScore !== 'number' || !Number.isFinite(def.minScore) || def.minScore < -200 || def.minScore > 120) {
        throw new RuleOptionError('"minScore" must be a number from −200 to 120 (a reading-ease score; 30 is hard, 0 is dense).', 'minScore');
      }
      minScore = def.minScore;
    }
    const maxLong = def.maxLongWords === undefined ? undefined : int(def, 'maxLongWords', 4, 1);
    if (!maxWords && minScore === undefined && maxLong === undefined) {
      throw new RuleOptionError('checks nothing: set "maxWords" above 0, "minScore" or "maxLongWords".', 'maxWords');
    }
    return (unit, report) => {
      const count = unit.words.count;
      if (!count) return;
      if (maxWords && count <= maxWords && minScore === undefined && (maxLong === undefined || count <= maxLong)) return;
      const lang = unit.ctx.lang;
      const stats = unit.memo(STATS, sentenceStats);
      for (let i = 0; i < stats.sentences.length; i++) {
        const s = stats.sentences[i] as { start: number; end: number };
        const at = STRIDE * i;
        const n = stats.figures[at + WORDS] as number;
        if (!n) continue;
        if (maxWords && n > maxWords) {
          report({ start: s.start, end: s.end, args: { words: n, max: maxWords } });
          continue;
        }
        const scored = minScore !== undefined && n >= MIN_WORDS_FOR_SCORE;
        if (!scored && (maxLong === undefined || n <= maxLong)) continue; // syllables decide nothing here
        // more syllables only lower the score and add long words: if the bounds pass, so do the counts
        if (!stats.figures[at + EXACT] && !fails(stats.figures, at, n, lang, scored ? minScore : undefined, maxLong)) continue;
        countSyllables(unit, stats, i);
        const syl = stats.figures[at + SYL] as number;
        const long = stats.figures[at + LONG_WORDS_AT] as number;
        if (scored && minScore !== undefined) {
          const score = readingEase(n, syl, lang);
          if (score < minScore) {
            const args = { score: fmt(score, lang), min: fmt(minScore, lang), asw: fmt(syl / n, lang), long, words: n, max: maxWords };
            report({ start: s.start, end: s.end, args, message: say(def, lang, HARD, args) });
            continue;
          }
        }
        if (maxLong !== undefined && long > maxLong) {
          const args = { long, maxLong, words: n, max: maxWords };
          report({ start: s.start, end: s.end, args, message: say(def, lang, LONG_WORDS, args) });
        }
      }
    };
  },
};
