// pattern kind and the user-regex wrapper: RE2 syntax, letter-aware \b \w \s, UTF-16 offsets,
// refusals with the option named, linear time on hostile patterns, bounded matches.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileUserRegex } from '../../../src/core/rules/regex';
import { PATTERN_MATCH_LIMIT, patternKind } from '../../../src/core/rules/kinds/pattern';
import { runKind } from '../../../src/core/rules/testing';
import { refuses } from './helpers';

const spans = (src: string, text: string, flags = '') => compileUserRegex(src, flags).matches(text).map(([s, e]) => [s, e, text.slice(s, e)]);

test('regex: \\b, \\w and \\s know Cyrillic letters and no-break spaces', () => {
  const cases: [string, string, string, (string | number)[][]][] = [
    ['\\bкот\\b', 'кот котик кот, Кот', 'i', [[0, 3, 'кот'], [10, 13, 'кот'], [15, 18, 'Кот']]],
    ['\\b(?:кот|котик)\\b', 'котик кот', '', [[0, 5, 'котик'], [6, 9, 'кот']]],
    ['\\bпо\\s+факту\\b', 'По\u00A0факту да, пофакту нет', 'i', [[0, 8, 'По\u00A0факту']]],
    ['\\bпо\\b\\s+\\bфакту\\b', 'по факту', '', [[0, 8, 'по факту']]],
    ['\\w+', 'привет, hi_5 ёж', '', [[0, 6, 'привет'], [8, 12, 'hi_5'], [13, 15, 'ёж']]],
    ['[\\w-]+', 'кто-то', '', [[0, 6, 'кто-то']]],
    ['\\d+\\b', '12 34a 56', '', [[0, 2, '12'], [7, 9, '56']]],
    ['\\b\\d+', '12 a34 56', '', [[0, 2, '12'], [7, 9, '56']]],
    ['[а-яё]+\\b', 'ёж и ежи', '', [[0, 2, 'ёж'], [3, 4, 'и'], [5, 8, 'ежи']]],
    ['a|\\bb', 'ab b', '', [[0, 1, 'a'], [3, 4, 'b']]],
    ['(?P<n>ab)\\b', 'ab abc', '', [[0, 2, 'ab']]],
    ['\\bкот\\b', 'кот-кот', '', [[0, 3, 'кот'], [4, 7, 'кот']]],
    ['\\S+', 'a\u00A0b', '', [[0, 1, 'a'], [2, 3, 'b']]],
    ['(?m)^да$', 'да\nнет\nда', '', [[0, 2, 'да'], [7, 9, 'да']]],
    ['\\Qa.b\\E', 'a.b axb', '', [[0, 3, 'a.b']]],
    ['{{', 'a {{b}}', '', [[2, 4, '{{']]],
    ['(?m)кот\\b$', 'кот\nкот дом\nкот', '', [[0, 3, 'кот'], [12, 15, 'кот']]],
    ['да\\b\\z', 'да да', '', [[3, 5, 'да']]],
    ['(?:да|нет)\\b', 'нету да', '', [[5, 7, 'да']]],
  ];
  for (const [src, text, flags, want] of cases) assert.deepEqual(spans(src, text, flags), want, `/${src}/ on ${text}`);
});

test('regex: offsets are UTF-16 code units around astral characters; empty matches never split a pair', () => {
  assert.deepEqual(spans('😀+', 'a😀b 😀😀 c'), [[1, 3, '😀'], [5, 9, '😀😀']]);
  assert.deepEqual(spans('b', '😀👍🏽b'), [[6, 7, 'b']]);
  assert.deepEqual(spans('.', '😀'), [[0, 2, '😀']]);
  assert.deepEqual(spans('\\bпривет\\b', '👋привет👋'), [[2, 8, 'привет']]);
  // a \b that can match empty text steps over a whole code point
  const re = compileUserRegex('x|\\b');
  assert.deepEqual(re.matches('😀x😀'), [[2, 3]]);
});

test('regex: flags', () => {
  assert.deepEqual(spans('кот', 'КОТ', 'i'), [[0, 3, 'КОТ']]);
  assert.deepEqual(spans('кот', 'КОТ', ''), []);
  assert.deepEqual(spans('a.b', 'a\nb', 's'), [[0, 3, 'a\nb']]);
  assert.deepEqual(spans('a', 'a', 'gu'), [[0, 1, 'a']]);
  refuses(() => compileUserRegex('a', 'x'), 'flags', /flag "x" is not supported; use i .* m .* s .* u/);
  refuses(() => compileUserRegex('a', 'ii'), 'flags', /twice/);
});

test('regex: unsupported and invalid patterns are refused with the reason and the option key', () => {
  refuses(() => compileUserRegex('(a)\\1', '', 'patterns.2'), 'patterns.2', /Backreferences.*not supported.*linear-time/);
  refuses(() => compileUserRegex('(?<n>a)\\k<n>'), 'pattern', /Backreferences/);
  refuses(() => compileUserRegex('(?P<n>a)(?P=n)'), 'pattern', /Backreferences/);
  refuses(() => compileUserRegex('foo(?=bar)'), 'pattern', /Lookahead «\(\?=…\)» is not supported.*linear-time.*Match the following text/);
  refuses(() => compileUserRegex('foo(?!bar)'), 'pattern', /Lookahead/);
  refuses(() => compileUserRegex('(?<=a)b'), 'pattern', /Lookbehind «\(\?<=…\)» is not supported/);
  refuses(() => compileUserRegex('(?<!a)b'), 'pattern', /Lookbehind/);
  refuses(() => compileUserRegex('\\Bx'), 'pattern', /\\B .*Latin letters only/);
  refuses(() => compileUserRegex('[\\W]'), 'pattern', /\\W inside \[\.\.\.\]/);
  refuses(() => compileUserRegex('(a+'), 'pattern', /^\/\(a\+\/: the group "\(" at character 1 is never closed/);
  refuses(() => compileUserRegex('a)'), 'pattern', /the "\)" at character 2 closes no group/);
  refuses(() => compileUserRegex('[abc'), 'pattern', /character class .* never closed/);
  refuses(() => compileUserRegex('a\\'), 'pattern', /lone backslash/);
  refuses(() => compileUserRegex('a{1001}'), 'pattern', /not valid: invalid repeat count/);
  refuses(() => compileUserRegex('x*'), 'pattern', /matches empty text/);
  refuses(() => compileUserRegex(''), 'pattern', /empty/);
  refuses(() => compileUserRegex('a'.repeat(2001)), 'pattern', /2001 characters/);
});

test('regex: catastrophic patterns finish at once (linear time)', () => {
  const input = 'a'.repeat(100_000);
  for (const src of ['(a+)+$', '(a|a)*b', '(a*)*b', '(?:a|aa)+c', '(\\w+\\s?)+$']) {
    const t0 = performance.now();
    const found = compileUserRegex(src).matches(input + '!');
    const ms = performance.now() - t0;
    assert.ok(ms < 2000, `/${src}/ took ${ms.toFixed(0)} ms`);
    if (src !== '(\\w+\\s?)+$') assert.deepEqual(found, [], src);
  }
});

test('regex: matches are bounded per text', () => {
  const re = compileUserRegex('a');
  assert.equal(re.matches('a'.repeat(5000)).length, 1000);
  assert.equal(re.matches('a'.repeat(5000), 7).length, 7);
  assert.equal([...re.exec('aaa')].length, 3);
});

test('pattern kind: reports each match with {match}; several patterns; the limit per text', () => {
  const found = runKind(patternKind, { id: 'u.fact', patterns: ['\\bпо\\s+факту\\b', 'короче'] }, 'По факту — короче, по факту.', { lang: 'ru' });
  assert.deepEqual(found.map((f) => [f.start, f.end, f.message]), [
    [0, 8, '«По факту» подпадает под шаблон, который запрещён гайдом. Перефразируйте этот фрагмент.'],
    [11, 17, '«короче» подпадает под шаблон, который запрещён гайдом. Перефразируйте этот фрагмент.'],
    [19, 27, '«по факту» подпадает под шаблон, который запрещён гайдом. Перефразируйте этот фрагмент.'],
  ]);
  const en = runKind(patternKind, { id: 'u.x', pattern: 'per our policy', message: { en: 'Say why, not «{match}».' } }, 'Per our policy, no.');
  assert.deepEqual(en.map((f) => [f.start, f.end, f.message]), [[0, 14, 'Say why, not «Per our policy».']]);
  // flags: "" matches case
  assert.equal(runKind(patternKind, { id: 'u.c', pattern: 'ok', flags: '' }, 'OK ok').length, 1);
  // the same span from two patterns is reported once
  assert.equal(runKind(patternKind, { id: 'u.d', patterns: ['ab', 'a[b]'] }, 'ab').length, 1);
  assert.equal(runKind(patternKind, { id: 'u.many', pattern: 'a' }, 'a '.repeat(1000)).length, PATTERN_MATCH_LIMIT);
});

test('pattern kind: option validation names the option', () => {
  const compile = (def: Record<string, unknown>) => () => runKind(patternKind, { id: 'u', ...def }, '');
  refuses(compile({}), 'pattern', /needs "pattern"/);
  refuses(compile({ pattern: 5 }), 'pattern', /non-empty string/);
  refuses(compile({ patterns: 'a' }), 'patterns', /list/);
  refuses(compile({ patterns: [] }), 'patterns', /non-empty list/);
  refuses(compile({ patterns: ['a', ''] }), 'patterns.1', /item 2/);
  refuses(compile({ patterns: ['a', '(a)\\1'] }), 'patterns.1', /Backreferences/);
  refuses(compile({ pattern: 'a', flags: 1 }), 'flags', /string/);
  refuses(compile({ pattern: 'a', flags: 'q' }), 'flags', /flag "q"/);
  refuses(compile({ pattern: 'a', word: 'x' }), 'word', /unknown option "word"/);
});

test('pattern kind: (a+)+$ on 100k letters finishes instantly through the kind', () => {
  const t0 = performance.now();
  assert.deepEqual(runKind(patternKind, { id: 'u.evil', pattern: '(a+)+$' }, 'a'.repeat(100_000) + 'b'), []);
  assert.ok(performance.now() - t0 < 2000);
});

test('regex property: on ASCII text, the rewritten \\b, \\w and \\s match exactly as JavaScript’s do', async () => {
  const fc = await import('fast-check');
  // atoms whose class (word / not word) is certain, so that every \b placed below is exact
  const atom = fc.constantFrom('a', 'b', '_', '1', ' ', '-', '\\w', '\\s', '\\W', '[ab]', '[ -]', '\\d');
  const quant = fc.constantFrom('', '', '+', '{2}', '+?');
  const seq = fc
    .tuple(fc.boolean(), fc.array(fc.tuple(atom, quant), { minLength: 1, maxLength: 4 }), fc.boolean())
    .map(([lead, parts, trail]) => `${lead ? '\\b' : ''}${parts.map(([a, q]) => a + q).join('')}${trail ? '\\b' : ''}`);
  const pattern = fc.array(seq, { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|'));
  const text = fc.array(fc.constantFrom('a', 'b', ' ', '-', '_', '1', 'ab'), { maxLength: 14 }).map((xs) => xs.join(''));
  fc.assert(
    fc.property(pattern, text, (src, t) => {
      let ours: [number, number][];
      try {
        ours = compileUserRegex(src, '').matches(t);
      } catch {
        return true; // refused (e.g. it matches empty text): nothing to compare
      }
      const js = [...t.matchAll(new RegExp(src, 'g'))].filter((m) => m[0].length).map((m) => [m.index as number, (m.index as number) + m[0].length]);
      assert.deepEqual(ours, js, `/${src}/ on ${JSON.stringify(t)}`);
      return true;
    }),
    { numRuns: 3000 },
  );
});
