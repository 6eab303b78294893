// Property and hostile-input tests of the core: no exception escapes, every range lies inside the
// text and maps back to it, fixes never touch text outside their range, and --fix is idempotent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { BUILTIN_CATALOG } from '../../../src/core/builtin';
import { defaultConfig } from '../../../src/core/config/voice';
import { applyFixes } from '../../../src/core/engine/fix';
import { lintText } from '../../../src/core/engine/lint';
import { lintKitFile } from '../../../src/core/kit/lint-file';
import { extractMarkdownSegments } from '../../../src/core/source/markdown';

const config = defaultConfig(BUILTIN_CATALOG);
const pieces = ['Спасибо', ' юзер', ' ЮЗЕР', 'ТЫ', ' вы', ' Вы', '!!!', '???', ')))', ' {{name}}', ' [ИМЯ]', ' TODO', ' +7 912 345-67-89', ' a@b.ru', ' 4111 1111 1111 1111', ' 😀', '👨‍👩‍👧', '\u200B', '\u202E', '\u00AD', '\uD800', '\n', '\n\n', ' guarantee', ' idiot', ' как мы уже писали', '# ', '`code`', '[x](http://e.x)', '<!-- c -->', '**', '_', ' ', 'ё', 'é'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));

test('lintText: no throw, ranges inside the text, fixes inside their findings', () => {
  fc.assert(
    fc.property(text, fc.constantFrom<'ru' | 'en' | undefined>('ru', 'en', undefined), fc.constantFrom(undefined, 'x', 'telegram'), (t, lang, channel) => {
      const found = lintText(t, { ...(lang ? { lang } : {}), ...(channel ? { channel } : {}) }, config);
      for (const f of found) {
        assert.ok(f.start >= 0 && f.end <= t.length && f.start <= f.end, `${f.rule} ${f.start}-${f.end} of ${t.length}`);
        assert.ok(!f.message.includes('internal error'), f.message);
        if (f.fix) assert.ok(f.fix.start >= f.start && f.fix.end <= f.end, `${f.rule}: fix outside its finding`);
      }
      return true;
    }),
    { numRuns: 800 },
  );
});

test('fixing twice changes nothing the second time, and text outside fixes is kept', () => {
  fc.assert(
    fc.property(text, (t) => {
      const lint = (s: string) => lintKitFile('x.txt', s, { config, catalog: BUILTIN_CATALOG });
      let src = t;
      for (let pass = 0; pass < 10; pass++) {
        const fixes = lint(src).findings.flatMap((f) => (f.fix ? [f.fix] : []));
        const { text: next, applied } = applyFixes(src, fixes);
        // untouched characters survive in order
        let pos = 0;
        for (const f of [...applied].sort((a, b) => a.start - b.start)) {
          assert.equal(next.includes(src.slice(pos, f.start)), true);
          pos = f.end;
        }
        if (!applied.length) break;
        src = next;
      }
      const again = lint(src).findings.filter((f) => f.fix);
      assert.equal(applyFixes(src, again.map((f) => f.fix!)).applied.length, 0, `still fixable: ${again.map((f) => f.rule).join()}`);
      return true;
    }),
    { numRuns: 300 },
  );
});

test('Markdown segments: every mapped range is inside the source and maps back to the same text', () => {
  fc.assert(
    fc.property(text, (t) => {
      for (const seg of extractMarkdownSegments(t)) {
        for (let i = 0; i < seg.text.length; i++) {
          const s = seg.toSource(i);
          assert.ok(s >= 0 && s < t.length);
          const fix = seg.mapFix({ start: i, end: i + 1, replacement: 'Z' });
          if (fix) assert.equal(t.slice(fix.start, fix.end), seg.text[i]);
        }
      }
      return true;
    }),
    { numRuns: 500 },
  );
});

test('zero-width and soft hyphen characters do not hide a banned word; bidi overrides are not a way around', () => {
  const rules = (t: string) => lintText(t, { lang: 'ru' }, config).map((f) => f.rule);
  assert.ok(rules('Вы идио\u00ADт').includes('ru.insults'), 'soft hyphen');
  assert.ok(rules('Вы идио\u200Bт').includes('ru.insults'), 'zero-width space');
  assert.ok(rules('Вы и\u200Dдиот').includes('ru.insults'), 'zero-width joiner');
  assert.ok(lintText('You are an id\u200Biot', { lang: 'en' }, config).some((f) => f.rule === 'en.insults'));
  // bidirectional controls inside a word: overrides, embeddings, isolates, marks
  for (const c of ['\u202E', '\u202A', '\u2066', '\u2069', '\u200E', '\u200F']) {
    assert.ok(rules(`Вы иди${c}от`).includes('ru.insults'), `U+${c.charCodeAt(0).toString(16)} in a Russian word`);
    assert.ok(lintText(`You are an idi${c}ot`, { lang: 'en' }, config).some((f) => f.rule === 'en.insults'), `U+${c.charCodeAt(0).toString(16)} in an English word`);
  }
  // look-alike letters of the other script: a Latin o in «идиот», a Cyrillic о and р in "stupid", "idiot"
  assert.ok(rules('Вы идиoт').includes('ru.insults'), 'Latin o in a Cyrillic word');
  assert.ok(rules('Вы ИДИOТ').includes('ru.insults'), 'Latin O in capitals');
  assert.ok(lintText('That is stuрid', { lang: 'en' }, config).some((f) => f.rule === 'en.insults'), 'Cyrillic р in an English word');
  assert.ok(lintText('You idiоt', { lang: 'en' }, config).some((f) => f.rule === 'en.insults'), 'Cyrillic о in an English word');
  // the finding covers the word as written, invisible characters included
  const hidden = 'Вы иди\u202Eот';
  const f = lintText(hidden, { lang: 'ru' }, config).find((x) => x.rule === 'ru.insults')!;
  assert.equal(hidden.slice(f.start, f.end), 'иди\u202Eот');
  // honest mixed words are left alone: a Latin brand with a Russian ending is not an insult or a crash
  assert.deepEqual(rules('Закажите через iPhone-приложение или на сайте.').filter((r) => r === 'ru.insults'), []);
  // lone surrogates and invalid input never throw
  assert.doesNotThrow(() => lintText('\uD800\uDC00\uDFFF abc \uD83D', {}, config));
});

test('a 50 MB file is refused at once with a problem that says why and what to do', () => {
  const huge = 'We will NEVER do that!!! '.repeat(2_000_000); // 50 M characters
  const r = lintKitFile('.community/replies/huge.md', huge, { config, catalog: BUILTIN_CATALOG });
  assert.deepEqual(r.problems.map((p) => p.code), ['too-large']);
  assert.match(r.problems[0]!.message, /50,000,000 characters, more than the limit of 10,000,000; it was not linted\. Split it/);
  assert.equal(r.findings.length, 0);
});

test('hostile input: catastrophic and unsupported user regexes, invalid UTF-8, binary, alias bombs', async () => {
  const { patternKind } = await import('../../../src/core/rules/kinds/pattern');
  const { runKind } = await import('../../../src/core/rules/testing');
  const { RuleOptionError } = await import('../../../src/core/rules/api');
  // (a+)+$ backtracks exponentially in JavaScript's engine; on RE2 it is linear
  const found = runKind(patternKind, { id: 'u.evil', pattern: '(a+)+$' }, 'a'.repeat(100_000) + 'b');
  assert.equal(found.length, 0);
  assert.throws(() => runKind(patternKind, { id: 'u.back', pattern: '(a)\\1' }, 'aa'), (e: unknown) => e instanceof RuleOptionError && /Backreferences.*linear-time/.test((e as Error).message));
  assert.throws(() => runKind(patternKind, { id: 'u.look', pattern: '(?<=a)b' }, 'ab'), RuleOptionError);
  const lint = (path: string, s: string) => lintKitFile(path, s, { config, catalog: BUILTIN_CATALOG });
  const bad = lint('a.md', 'Привет \uFFFD мир');
  assert.equal(bad.problems[0]?.code, 'encoding');
  assert.equal(bad.problems[0]?.start, 7);
  assert.equal(lint('b.txt', '\u0000\u0001PNG\u0000').problems[0]?.code, 'binary');
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 0; i < 8; i++) bomb.push(`${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill('*' + 'abcdefgh'[i]).join(', ')}]`);
  bomb.push('reply: hi');
  assert.ok(lint('.community/c.yaml', bomb.join('\n')).problems.some((p) => p.code === 'yaml-aliases'));
  const deep = 'reply:\n' + '  '.repeat(1) + '['.repeat(5000) + ']'.repeat(5000);
  assert.doesNotThrow(() => lint('.community/d.yaml', deep));
});
