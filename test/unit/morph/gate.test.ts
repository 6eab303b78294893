// The word scanner finds exactly the words the word regex finds, and a word gate never rules out a
// text its matcher would find something in: the gates are a shortcut, so they must never change a result.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { makeUnit } from '../../../src/core/engine/unit';
import { TermMatcher } from '../../../src/core/rules/words';
import { GateTrie, INVISIBLE, MARK, scanArrays, scanWords } from '../../../src/core/text/scan';
import { tokenize } from '../../../src/core/text/tokenize';

const WORD = new RegExp(`[\\p{L}\\p{N}\\p{M}${INVISIBLE}]+(?:['’\\-‐][\\p{L}\\p{N}\\p{M}${INVISIBLE}]+)*`, 'gu');
const regexSpans = (text: string) => [...text.matchAll(WORD)].flatMap((m) => [m.index, m.index + m[0].length]);
const scannerSpans = (text: string) => {
  const w = scanWords(text);
  return [...w.spans.slice(0, 2 * w.count)];
};

// Characters that decide word boundaries and lookup forms: both scripts in both cases, ё, joiners,
// invisible characters, stress marks, look-alikes, digits, astral letters and emoji, lone surrogates.
const PIECES = ['PnP-', 'WDM', "'у", 'Ы', 'ИДИ', 'OТ', 'а', 'Я', 'ё', 'Ё', 'e', 'Q', 'o', 'о', '-', "'", '’', '‐', ' ', '.', '\n', '\u00AD', '\u200B', '\u202E', '\u0301', '7', 'é', 'İ', 'Σ', 'ß', '𝐀', '😀', '\uD800', '\uDC00', '«', '—', 'ид', 'иот', 'идиот', 'guar', 'antee', 'shut', 'up', 'гарант', 'ирую', 'кто-\u00ADто', '-\u0301'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

test('property: the scanner finds exactly the words of the word regex', () => {
  fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 60 })), (t) => {
    assert.deepEqual(scannerSpans(t), regexSpans(t));
  }), { numRuns: 3000 });
  assert.deepEqual(tokenize('кто-нибудь, don’t 𝐀𝐁 x').map((t) => t.text), ['кто-нибудь', 'don’t', '𝐀𝐁', 'x']);
});

test('a scan’s words stay as they were when later scans run, a huge one among them (the scan reuses its working arrays)', () => {
  const first = scanWords('Один два, three');
  const kept = { spans: [...first.spans], syllables: [...first.syllables] };
  const huge = scanWords('слово '.repeat(70_000));
  const after = scanWords('x yz');
  assert.deepEqual({ spans: [...first.spans], syllables: [...first.syllables] }, kept);
  assert.equal(first.spans.length, 2 * first.count);
  assert.equal(huge.count, 70_000);
  assert.deepEqual(huge.spans.slice(-2), [6 * 69_999, 6 * 69_999 + 5]);
  assert.deepEqual(after.spans, [0, 1, 2, 4]);
  assert.equal(after.syllables.length, 2);
});

test('a scan into lent arrays returns them, with the text’s words first; lintText lends its scan a set and reuses it', async () => {
  const arrays = scanArrays();
  const long = scanWords('one two three four five', undefined, arrays);
  assert.equal(long.spans, arrays.spans);
  const short = scanWords('шесть семь', undefined, arrays);
  const copy = scanWords('шесть семь');
  assert.equal(short.count, 2);
  assert.deepEqual(short.spans.slice(0, 4), copy.spans);
  assert.deepEqual(short.syllables.slice(0, 2), copy.syllables);
  assert.ok(short.spans.length > 4); // the longer text's entries stay after them
  // the gate hits too: the first hitCount entries are the text's, whatever a longer text left after them
  const trie = new GateTrie();
  trie.add(1, 'гарант');
  trie.add(2, 'we', true);
  const many = scanWords('we guarantee, we promise, гарантия и гарантируем', trie, arrays);
  assert.deepEqual(many.hits?.slice(0, many.hitCount), [2, 0, 2, 2, 1, 4, 1, 6]);
  const few = scanWords('гарантия', trie, arrays);
  assert.equal(few.hits, arrays.hits);
  assert.deepEqual(few.hits?.slice(0, few.hitCount), [1, 0]);
  assert.deepEqual(scanWords('гарантия', trie).hits, [1, 0]);
  assert.equal(scanWords('ничего', trie, arrays).hitCount, 0);
  // a text linted after a longer one (and after a huge one) is linted as it is on its own
  const { lintText } = await import('../../../src/core/engine/lint');
  const config = defaultConfig(BUILTIN_CATALOG);
  const text = 'Dear customer, as per our policy we cannot refund!!! Your fault, obviously.';
  const alone = lintText(text, { lang: 'en' }, config);
  assert.ok(alone.length >= 3);
  lintText(`${'We are sorry about the long wait on the line today. '.repeat(200)}`, { lang: 'en' }, config);
  assert.deepEqual(lintText(text, { lang: 'en' }, config), alone);
  lintText('слово '.repeat(70_000), {}, config);
  assert.deepEqual(lintText(text, { lang: 'en' }, config), alone);
});

// Each mark stands for the characters of the regex a rule used to run over every text: set exactly
// when that regex matches, whatever the text holds (astral pairs, lone surrogates, joiners...).
const MARK_REGEX: [number, RegExp][] = [
  [MARK.EXCLAIM, /[!?\u203C\u2047-\u2049]/],
  [MARK.LINKISH, /[/@#{]/],
  [MARK.SLOT, /[{[<%_$]/],
  [MARK.DIGIT, /\d/],
  [MARK.EMOJI, /[\u00A9\u00AE\u203C-\u3299\uD83C-\uDBFF]/],
  [MARK.INVISIBLE, new RegExp(`[${INVISIBLE}\u2010]`)],
  // a place, not a character: a word right after a dot, or www right before one
  [MARK.BRACKET, /[()]/],
  [MARK.DOTTED, new RegExp(`\\.[\\p{L}\\p{N}\\p{M}${INVISIBLE}]|[wW]{3}\\.`, 'u')],
];
const MARK_PIECES = [...PIECES, '!', '?', '‼', '⁉', '/', '@', '#', '{', '[', '<', '%', '_', '$', '0', '9', '©', '®', 'Ⅻ', '〇', '👍', '🄀', '-‐', "'_", '’!', 'a-😀', 'б-9', 'www', 'WwW', 'ww', 'x.com', 'e.g.', '.рф', '.\u0301', '.𝐀', 'Ww.', '(', ')', '))'];

test('property: the scan marks exactly the characters each mark stands for', () => {
  const marked = fc.array(fc.constantFrom(...MARK_PIECES), { maxLength: 30 }).map((xs) => xs.join(''));
  fc.assert(fc.property(fc.oneof(marked, fc.string({ unit: 'binary', maxLength: 60 })), (t) => {
    const { marks } = scanWords(t);
    for (const [bit, re] of MARK_REGEX) assert.equal(!!(marks & bit), re.test(t), `${JSON.stringify(t)}: mark ${bit}`);
  }), { numRuns: 3000 });
});

const TERMS = ['кто-то', 'идиот', 'гарантировать', '=дура', 'идиот*', 'guarantee', 'shut up', '=u', 'as per our policy', 'вы неправильно', 'ёлка', 'e-mail', "don't"];

test('property: a gate that rules a text out means the matcher finds nothing there', () => {
  fc.assert(fc.property(fc.subarray(TERMS, { minLength: 1 }), fc.oneof(text, fc.string({ maxLength: 40 })), (terms, t) => {
    const m = new TermMatcher(terms, { gated: true });
    const unit = makeUnit(t, { lang: 'ru', role: 'reply' });
    if (!m.mayMatch(unit)) assert.deepEqual(m.find(tokenize(t), t), [], `gate ruled out ${JSON.stringify(t)} for ${terms.join(', ')}`);
  }), { numRuns: 3000 });
});

test('gates: rule out texts without the words, keep hidden and inflected forms', () => {
  const m = new TermMatcher(['идиот', 'shut up', 'guarantee'], { gated: true });
  const may = (t: string) => m.mayMatch(makeUnit(t, { lang: 'ru', role: 'reply' }));
  assert.equal(may('Спасибо за отзыв, мы всё исправим.'), false);
  assert.equal(may('Please shut the door.'), false); // a phrase needs both of its gate words
  assert.equal(may('Shut the door, then look up.'), false); // both there, but apart: no match can be there
  assert.equal(may('Please, shut up.'), true);
  assert.equal(may('Это ИДИОТСКИЙ вопрос'), true);
  assert.equal(may('We guaranteed it'), true);
  assert.equal(may('иди\u00ADот'), true); // a soft hyphen hides nothing
  assert.equal(may('идиoт'), true); // a Latin o
  assert.equal(may('ИДИOТ'), true); // a Latin O
  assert.equal(may('Идиoт-сервис'), true); // a run of letters with both scripts opens every gate
  assert.equal(may('Это PnP-документы от Microsoft\'а'), false); // both scripts in a word, each in a run of its own
  assert.equal(may('Это PnP-документы, идиот'), true);
  // an invisible character right after a hyphen is read like any other: кто-то is found
  const m2 = new TermMatcher(['кто-то'], { gated: true });
  const t2 = 'Если кто-\u00ADто спросит';
  assert.equal(m2.find(tokenize(t2), t2).length, 1);
  assert.equal(m2.mayMatch(makeUnit(t2, { lang: 'ru', role: 'reply' })), true);
  assert.equal(new TermMatcher([], { gated: true }).mayMatch(makeUnit('идиот', { lang: 'ru', role: 'reply' })), false);
});

// Phrases are gated on where their gate words stand too: in the phrase's order, a few fillers apart.
const PHRASES = ['that is on you', "that's on you", 'you should have *ed', 'as we already said', 'nothing else we can do', 'вы же сами виноваты', 'ничем не можем помочь', 'shut up', 'as per our policy'];
const PHRASE_PIECES = ['that', 'is', 'on', 'you', "that's", 'should', 'have', 'asked', 'as', 'we', 'already', 'said', 'nothing', 'else', 'can', 'do', 'вы', 'же', 'сами', 'виноваты', 'ничем', 'не', 'можем', 'помочь', 'вам', 'shut', 'up', 'per', 'our', 'policy', 'just', 'really', 'пожалуйста', 'the', 'list', ',', '.', '—', '-', ' '];

test('property: a phrase gate that rules a text out (its words absent, out of order or too far apart) means no match there', () => {
  // near misses most of all: a phrase's words with pieces put in between, some left out or swapped
  const around = fc.tuple(fc.constantFrom(...PHRASES), fc.array(fc.tuple(fc.nat(8), fc.constantFrom(...PHRASE_PIECES, '', '<swap>')), { maxLength: 6 })).map(([p, edits]) => {
    const words = p.replace('*ed', 'asked').split(' ');
    for (const [at, piece] of edits) {
      const i = at % (words.length + 1);
      if (piece === '<swap>' && i + 1 < words.length) [words[i], words[i + 1]] = [words[i + 1] as string, words[i] as string];
      else if (piece === '') words.splice(i, 1);
      else words.splice(i, 0, piece);
    }
    return words.join(' ');
  });
  const phraseText = fc.oneof(around, fc.array(fc.constantFrom(...PHRASE_PIECES), { maxLength: 24 }).map((xs) => xs.join(' ')));
  fc.assert(fc.property(fc.subarray(PHRASES, { minLength: 1 }), fc.boolean(), phraseText, (terms, loose, t) => {
    const m = new TermMatcher(terms, { gated: true, loose });
    const unit = makeUnit(t, { lang: 'ru', role: 'reply' });
    if (!m.mayMatch(unit)) assert.deepEqual(m.find(tokenize(t), t), [], `gate ruled out ${JSON.stringify(t)} for ${terms.join(', ')} (loose: ${loose})`);
  }), { numRuns: 4000 });
});

test('phrase gates: the gate words in the phrase’s order, fillers allowed where the matcher allows them', () => {
  const may = (terms: string[], t: string, loose = true) => new TermMatcher(terms, { gated: true, loose }).mayMatch(makeUnit(t, { lang: 'en', role: 'reply' }));
  assert.equal(may(['that is on you'], 'That is on you.'), true);
  assert.equal(may(['that is on you'], 'That is really just on you.'), true); // fillers: the matcher steps over them
  assert.equal(may(['that is on you'], 'That really just is on you.'), true);
  assert.equal(may(['that is on you'], 'You said that the list is on the table.'), false); // all there, none in place
  assert.equal(may(['that is on you'], 'Is that on you?'), false); // out of order
  assert.equal(may(['вы же сами виноваты'], 'Вы же сами, как мы понимаем, ничуть не виноваты'), false);
  assert.equal(may(['вы же сами виноваты'], 'Вы же сами и виноваты'), true);
  // a gated text with thousands of gate words is judged on which words it has, not where
  assert.equal(may(['that is on you'], `${'you is that on '.repeat(2100)}`), true);
});

// Every built-in rule reports the same on a text whether or not its gates may rule the text out.
import { BUILTIN_CATALOG, defaultConfig } from '../../../src/core/index';
import { EVERY_GATE } from '../../../src/core/rules/gate';
import type { Report, TextUnit } from '../../../src/core/rules/api';

const WORDS = ['ok', 'Noted.', 'whatever', 'Принято', 'Ок', 'НЕ ДЕЛАЙТЕ ТАК', 'STOP', 'A中中中', 'ÀÉÎ', 'ΣΑΣ', 'ǅǅǅǅ', 'STRAßE', 'ĸĸĸĸ', 'I', 'FAQ', 'ты', 'Ты', 'можешь', 'напиши-ка', 'вы', 'Вашего', 'идиот', 'Гарантируем', 'как мы уже писали', 'в связи с тем что', 'юзеры', 'сами виноваты', 'shut up', 'guaranteed', 'as per our policy', 'your fault', 'you', 'Not our problem', 'utilize', 'pls', 'obviously', 'друзья', 'спасибо', 'hello', 'sorry'];
// what the marks stand for, and what the rules behind them look for
const MARKED = ['!!', '?!', '‼', 'https://x.ru/a', 'www.site.com', '@user', '#tag', 'a@b.ru', '{{name}}', '{name}', '${x}', '[ИМЯ]', '<name>', '%s', '%NAME%', '___', 'TODO', 'ХХХ', 'lorem ipsum', '8 800 555-35-35', '4111 1111 1111 1111', '👍👍👍👍', '©', 'Ⅻ', 'кто-\u00ADто', 'НЕ\u2010ДЕЛАЙТЕ'];
const reply = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PIECES), fc.constantFrom(...MARKED)), { maxLength: 30 }).map((xs) => xs.join(' '));

test('property: the built-in rules report the same with the gates (and the capitals flag and the marks) and without them', () => {
  const config = defaultConfig(BUILTIN_CATALOG);
  const run = (rule: (typeof config.rules)[number], unit: TextUnit) => {
    const out: Report[] = [];
    rule.check(unit, (r) => out.push(r));
    return out;
  };
  assert.ok(config.rules.filter((r) => r.check.gates).length >= 10, 'the word rules say which gates they need');
  fc.assert(fc.property(reply, fc.constantFrom('ru' as const, 'en' as const), (t, lang) => {
    const gated = makeUnit(t, { lang, role: 'reply' });
    const open = makeUnit(t, { lang, role: 'reply' });
    Object.defineProperty(open, 'gates', { get: () => EVERY_GATE });
    const words = open.words;
    Object.defineProperty(open, 'words', { get: () => ({ ...words, capitals: true, marks: ~0 }) });
    for (const rule of config.rules) {
      const reports = run(rule, gated);
      assert.deepEqual(reports, run(rule, open), `${rule.id} on ${JSON.stringify(t)}`);
      // the engine does not call a check whose gates are all shut (see Check.gates): it must have nothing to say
      const gates = rule.check.gates;
      if (gates !== undefined && !(gated.gates & gates)) assert.deepEqual(reports, [], `${rule.id} skipped on ${JSON.stringify(t)}`);
    }
  }), { numRuns: 1500 });
});

// splitSentences is a loop; this regex is what it means.
import { splitSentences } from '../../../src/core/engine/unit';
const SENTENCE_END = /[.!?…]+["»”')\]]*(?=\s|$)|\n\s*\n|\n(?=\s*(?:[-*•–]|\d+[.)])\s)/gu;
function sentencesByRegex(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    push(start, m[0].startsWith('\n') ? m.index : m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}
const SENTENCE_PIECES = ['a', 'Word', ' ', '  ', '\n', '\n\n', '\t', '\u00A0', '\u2028', '\uFEFF', '.', '!', '?', '…', '...', '"', '»', '”', "'", ')', ']', '(', '-', '*', '•', '–', '1', '12', '3.', '4)', 'x.y', '?!'];
test('property: sentences split exactly where the sentence regex says', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...SENTENCE_PIECES), { maxLength: 40 }).map((x) => x.join('')), (t) => {
    const expected = sentencesByRegex(t);
    assert.deepEqual(splitSentences(t), expected);
    assert.deepEqual(splitSentences(t, scanWords(t)), expected, 'from the places the scan lists');
  }), { numRuns: 5000 });
  fc.assert(fc.property(fc.string({ maxLength: 60 }), (t) => {
    assert.deepEqual(splitSentences(t), sentencesByRegex(t));
    assert.deepEqual(splitSentences(t, scanWords(t)), sentencesByRegex(t));
  }), { numRuns: 2000 });
});

test('property: language detection from the scan’s letter counts answers as detection over the text', async () => {
  const { detectLang } = await import('../../../src/core/text/lang');
  const piece = fc.constantFrom('Привет', 'hello', 'ИКЕА', 'IKEA', 'ёж', 'Ё', 'K', '\u212A', 'İ', '@user', 'https://x.ru/a', '{{name}}', '#tag', ' ', '.', '1', 'é', '😀', 'www.site.com', 'a@b.ru', 'Ян@почта.рф', '@', 'http://пример.рф/путь');
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((x) => x.join('')), fc.constantFrom('ru' as const, 'en' as const), (t, fallback) => {
    assert.equal(detectLang(t, fallback, scanWords(t)), detectLang(t, fallback), JSON.stringify(t));
  }), { numRuns: 3000 });
});
