// sentence kind: words per sentence, reading ease (Oborneva for Russian, Flesch for English) and
// long words, one finding per sentence with the figures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { readingEase, sentenceKind, syllables } from '../../../src/core/rules/kinds/sentence';
import { scanWords, syllableBound, syllablesAt } from '../../../src/core/text/scan';
import { refusesOptions, run } from './helpers';

test('sentence: syllables and the reading-ease formulas', () => {
  assert.deepEqual(['спасибо', 'осуществление', 'в', 'ёж'].map((w) => syllables(w, 'ru')), [3, 6, 0, 1]);
  assert.deepEqual(['the', 'thanks', 'order', 'delivery', 'implementation', 'make', 'shipped', 'yes'].map((w) => syllables(w, 'en')), [1, 1, 2, 4, 5, 1, 1, 1]);
  assert.equal(readingEase(10, 20, 'ru').toFixed(3), (206.835 - 13 - 120.2).toFixed(3));
  assert.equal(readingEase(10, 15, 'en').toFixed(3), (206.835 - 10.15 - 126.9).toFixed(3));
});

test('sentence: too many words — the sentence is marked with its count', () => {
  const long = 'Большое спасибо за отзыв, нам очень приятно, что вы нашли время рассказать о своём опыте, и мы обязательно передадим ваши слова бариста, который готовил вам кофе в тот вечер, потому что это важно.';
  const text = `Спасибо! ${long} Хорошего дня.`;
  const found = run(sentenceKind, {}, text, { lang: 'ru' });
  assert.deepEqual(found.map((f) => [f.start, f.end, f.message]), [[9, 9 + long.length, 'Слов в предложении: 33 (по гайду — не больше 25). Разбейте его на два: короткие предложения читаются быстрее.']]);
  const en = 'Thank you so much for taking the time to write such a detailed review of our new espresso blend, which our team roasted in small batches over the whole of last month just for the holidays.';
  assert.deepEqual(run(sentenceKind, { maxWords: 28 }, en).map((f) => [f.start, f.end, f.message]), [[0, en.length, 'This sentence has 36 words (the guide allows 28). Split it in two: short sentences read faster in a comment thread.']]);
  assert.deepEqual(run(sentenceKind, { maxWords: 36 }, en), []);
});

test('sentence: reading ease — dense officialese is reported with its figures, plain replies are not', () => {
  const heavy = 'Осуществление возврата денежных средств производится в течение десяти рабочих дней с момента получения соответствующего заявления.';
  const plain = 'Напишите, пожалуйста, номер заказа в личные сообщения, и мы всё проверим.';
  const found = run(sentenceKind, { maxWords: 0, minScore: 0 }, `${plain} ${heavy}`, { lang: 'ru' });
  assert.deepEqual(found.map((f) => [f.start, f.covered === heavy]), [[plain.length + 1, true]]);
  assert.equal(found[0]!.message, 'Предложение трудно читать: индекс удобочитаемости −9,0 (по гайду — не ниже 0,0), в среднем 3,3 слога на слово, длинных слов: 5 из 15. Замените длинные и канцелярские слова простыми или разбейте предложение.');
  const enHeavy = 'Notwithstanding the aforementioned considerations, reimbursement eligibility is contingent upon verification of documentation.';
  const enFound = run(sentenceKind, { maxWords: 0, minScore: 20 }, `Thanks, Sam! ${enHeavy}`, { lang: 'en' });
  assert.equal(enFound.length, 1);
  assert.match(enFound[0]!.message, /^Hard to read: reading ease −\d+\.\d \(the guide wants 20\.0 or more\), 3\.\d syllables per word, \d of 12 words are long\. Use plainer words or split the sentence\.$/);
  // under eight words: no score
  assert.deepEqual(run(sentenceKind, { maxWords: 0, minScore: 50 }, 'Вследствие невозможности идентификации плательщика осуществление возврата задерживается.', { lang: 'ru' }), []);
  assert.deepEqual(run(sentenceKind, { maxWords: 0, minScore: 0 }, 'We apologize for any inconvenience.', { lang: 'en' }), []);
  // length first: one finding per sentence
  const both = run(sentenceKind, { maxWords: 5, minScore: 0 }, heavy, { lang: 'ru' });
  assert.equal(both.length, 1);
  assert.match(both[0]!.message, /^Слов в предложении: 15/);
});

test('sentence: links, e-mail addresses and {{variables}} are not words', () => {
  const text = 'Thanks, Jess! The details are here: https://example.com/spring-sale-on-all-coffee-beans-and-brewing-gear-2024';
  assert.deepEqual(run(sentenceKind, { maxWords: 0, minScore: 20 }, text, { lang: 'en' }), []);
  assert.deepEqual(run(sentenceKind, { maxWords: 5 }, 'Write to anna.maria.petrova@example.com or {{support.email.address}} today.'), []);
  assert.equal(run(sentenceKind, { maxWords: 5 }, 'Write to us or to the support team today.').length, 1);
});

test('sentence: long words', () => {
  const text = 'Предоставление информационно-консультационных услуг осуществляется исключительно посредством электронной коммуникации.';
  const [f] = run(sentenceKind, { maxWords: 0, maxLongWords: 3 }, text, { lang: 'ru' });
  assert.equal(f?.message, 'Длинных слов в предложении: 5 (по гайду — не больше 3), читать тяжело. Замените часть простыми словами.');
  assert.deepEqual(run(sentenceKind, { maxWords: 0, maxLongWords: 5 }, text, { lang: 'ru' }), []);
});

test('sentence: option validation', () => {
  refusesOptions(sentenceKind, { maxWords: 2 }, 'maxWords', /0 \(off\) or at least 3/);
  refusesOptions(sentenceKind, { maxWords: -1 }, 'maxWords', /whole number/);
  refusesOptions(sentenceKind, { maxWords: 0 }, 'maxWords', /checks nothing/);
  refusesOptions(sentenceKind, { minScore: 'easy' }, 'minScore', /number from −200 to 120/);
  refusesOptions(sentenceKind, { minScore: 500 }, 'minScore', /number/);
  refusesOptions(sentenceKind, { maxLongWords: 0 }, 'maxLongWords', /at least 1/);
  refusesOptions(sentenceKind, { maxLength: 10 }, 'maxLength', /unknown option/);
});

test('sentence: linear on a long text', () => {
  const text = 'Спасибо за вопрос, ответим завтра. '.repeat(30_000);
  const t0 = performance.now();
  assert.deepEqual(run(sentenceKind, { minScore: 0 }, text, { lang: 'ru' }), []);
  assert.ok(performance.now() - t0 < 3000, `${performance.now() - t0} ms`);
});

test('property: syllables agree with the plain regex definition on any word, either case, any script', () => {
  // the definition the loops implement: vowels in Russian; English vowel groups after dropping a
  // consonant + es/ed or consonant + e ending and a leading y (words of four letters or more)
  const reference = (word: string, lang: 'ru' | 'en') => {
    if (lang === 'ru' || /[а-яё]/i.test(word)) return (word.match(/[аеёиоуыэюя]/gi) ?? []).length;
    let w = word.toLowerCase().replace(/[^a-z]/g, '');
    if (!w) return 0;
    if (w.length <= 3) return 1;
    w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
    return Math.max(1, (w.match(/[aeiouy]+/g) ?? []).length);
  };
  const letter = fc.constantFrom(...'aeiouylsdkbtAEIOUYLSDKЁёАаЕеИиОоУуЫыЭэЮюЯяБбВв-’1İKé\u212AЀђß'.split(''));
  fc.assert(
    fc.property(fc.array(letter, { maxLength: 14 }).map((a) => a.join('')), fc.constantFrom<'ru' | 'en'>('ru', 'en'), (w, lang) => {
      assert.equal(syllables(w, lang), reference(w, lang), `${w} (${lang})`);
    }),
    { numRuns: 5000 },
  );
  for (const w of ['makes', 'agrees', 'table', 'used', 'yes', 'yellow', 'rhythm', 'ТЕЛЕФОН', 'Ёлка']) assert.equal(syllables(w, 'en'), reference(w, 'en'), w);
});

test('property: the scan bounds every word\'s syllables from above, and counts Russian ones exactly', () => {
  // the rule clears a sentence on these bounds without reading its words again, so a bound below the
  // count would hide a hard sentence
  const piece = fc.constantFrom(...'aeiouylsdkbtAEIOUYLSDKЁёАаЕеИиОоУуЫыБб-’\'1İKé\u212AЀß '.split(''));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), fc.constantFrom<'ru' | 'en'>('ru', 'en'), (text, lang) => {
      const words = scanWords(text);
      for (let k = 0; k < words.count; k++) {
        const exact = syllablesAt(text, words.spans[2 * k] as number, words.spans[2 * k + 1] as number, lang);
        const bound = syllableBound(text, words, k, lang);
        const word = text.slice(words.spans[2 * k], words.spans[2 * k + 1]);
        assert.ok(bound >= exact, `${word} (${lang}): ${bound} < ${exact}`);
        if (lang === 'ru' || /[а-яё]/i.test(word)) assert.equal(bound, exact, `${word} (${lang})`);
      }
    }),
    { numRuns: 3000 },
  );
  // a word of more vowel groups than the scan's count holds is counted from its letters
  const junk = 'ba'.repeat(9000);
  assert.equal(syllableBound(junk, scanWords(junk), 0, 'en'), 9000);
  const ruJunk = 'да'.repeat(9000);
  assert.equal(syllableBound(ruJunk, scanWords(ruJunk), 0, 'ru'), 9000);
});

test('sentence: a sentence whose bound fails is still judged on its exact syllables', () => {
  // "rhymes", "makes", "hopes": silent endings that the bound counts; 8+ words, short and plain
  const plain = 'He makes rhymes and hopes those tunes will do fine today.';
  assert.deepEqual(run(sentenceKind, { maxWords: 0, minScore: 60 }, plain, { lang: 'en' }), []);
});
