// The editor's lint cache: a document linted through it gives exactly what linting it afresh gives,
// edit after edit, in every kind of kit file; only changed segments are linted again; the cache
// follows its config and stays within its bound.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { BUILTIN_CATALOG } from '../../../src/core/builtin';
import { defaultConfig, loadVoiceGuide } from '../../../src/core/config/voice';
import { LintCache } from '../../../src/core/engine/cache';
import { lintKitFile } from '../../../src/core/kit/lint-file';

const config = defaultConfig(BUILTIN_CATALOG);
const pieces = ['Спасибо', ' юзер', ' ЮЗЕР', ' ты', ' вы', '!!!', ' {{name}}', ' [ИМЯ]', ' TODO', ' +7 912 345-67-89', ' 😀', ' guarantee', ' idiot', ' как мы уже писали', '\n\n', ' Anna', ', ', '. '];
const para = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((a) => a.join('').replace(/\n/g, ' ').trim() || 'x');

const matrix = (replies: string[]) =>
  'responses:\n' +
  replies
    .map((r, i) => `  - id: e-${i}\n    title: Entry ${i}\n    commenter: ${['grateful', 'neutral', 'critic', 'troll'][i % 4]}\n    channels: [${i % 2 ? 'x' : 'telegram'}]\n    variables:\n      name: { description: Name, example: Anna }\n    reply:\n      ${i % 2 ? 'en' : 'ru'}: ${JSON.stringify(r)}\n`)
    .join('');

const same = (a: ReturnType<typeof lintKitFile>, b: ReturnType<typeof lintKitFile>) => assert.deepEqual(a.findings, b.findings);

test('property: edit after edit, cached results equal fresh ones (Markdown, plain text, response matrix)', () => {
  fc.assert(
    fc.property(fc.array(para, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), para), { maxLength: 6 }), (paras, edits) => {
      const cache = new LintCache();
      const docs = { 'notes.md': (p: string[]) => p.join('\n\n'), 'notes.txt': (p: string[]) => p.join('\n\n'), '.community/responses/r.yaml': matrix };
      for (const [path, make] of Object.entries(docs)) {
        const current = [...paras];
        same(lintKitFile(path, make(current), { config, catalog: BUILTIN_CATALOG, cache }), lintKitFile(path, make(current), { config, catalog: BUILTIN_CATALOG }));
        for (const [at, text] of edits) {
          current[at % current.length] = text;
          same(lintKitFile(path, make(current), { config, catalog: BUILTIN_CATALOG, cache }), lintKitFile(path, make(current), { config, catalog: BUILTIN_CATALOG }));
        }
      }
      return true;
    }),
    { numRuns: 150 },
  );
});

test('an edit lints only the segment it changed; the same text in another context is linted on its own', () => {
  const cache = new LintCache();
  const replies = ['Спасибо за отзыв, Анна!', 'Thanks for the photo, Sam!', 'Вы сами виноваты.', 'We will NEVER do that.'];
  lintKitFile('.community/responses/r.yaml', matrix(replies), { config, catalog: BUILTIN_CATALOG, cache });
  assert.equal(cache.misses, 4);
  replies[2] = 'Простите, что так вышло: напишите нам в личные сообщения.';
  const r = lintKitFile('.community/responses/r.yaml', matrix(replies), { config, catalog: BUILTIN_CATALOG, cache });
  assert.equal(cache.misses, 5);
  assert.equal(cache.hits, 3);
  assert.ok(r.findings.some((f) => f.rule === 'en.shouting'), 'unchanged entries keep their findings');
  // the same words as plain text (another role and no variables): a miss, not the template's findings
  lintKitFile('a.txt', replies[0]!, { config, catalog: BUILTIN_CATALOG, cache });
  assert.equal(cache.misses, 6);
});

test('another config empties the cache; the bound drops the oldest texts first', () => {
  const cache = new LintCache(200);
  const first = lintKitFile('a.md', 'Как мы уже писали, доставка бесплатная.', { config, catalog: BUILTIN_CATALOG, cache });
  assert.ok(first.findings.some((f) => f.rule === 'ru.condescension'));
  assert.equal(cache.size, 1);
  const guide = loadVoiceGuide('version: 1\nrules:\n  ru.condescension: off\n', BUILTIN_CATALOG, 'voice.yaml');
  assert.deepEqual(guide.problems, []);
  const other = lintKitFile('a.md', 'Как мы уже писали, доставка бесплатная.', { config: guide.config, catalog: BUILTIN_CATALOG, cache });
  assert.ok(!other.findings.some((f) => f.rule === 'ru.condescension'), 'the new config decides');
  assert.equal(cache.size, 1);
  for (let i = 0; i < 20; i++) lintKitFile('a.txt', `Paragraph number ${i} of a long note.`, { config, catalog: BUILTIN_CATALOG, cache });
  assert.ok(cache.size < 10, `${cache.size} entries within 200 characters`);
  const huge = 'word '.repeat(100);
  lintKitFile('b.txt', huge, { config, catalog: BUILTIN_CATALOG, cache });
  assert.ok(cache.size < 10);
});
