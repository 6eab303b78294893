import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMarkdownSegments } from '../../../src/core/source/markdown';
import { extractPlainSegments } from '../../../src/core/source/plain';
import { parseSuppressions } from '../../../src/core/source/suppress';

const md = [
  '---',
  'title: ЮЗЕР in front matter',
  '---',
  '# Правила сообщества {#rules}',
  '',
  'Пишите **вежливо** и [читайте](https://example.org/ЮЗЕР) `ЮЗЕР` правила.',
  'Вторая строка с <b>тегом</b> и https://example.org/x ссылкой.',
  '',
  '```',
  'ЮЗЕР in code',
  '```',
  '',
  '- пункт *первый*',
  '- [x] пункт второй',
  '',
  '> цитата',
  '> продолжение',
  '',
  '<!-- ЮЗЕР in a comment -->',
  '[ref]: https://example.org/ЮЗЕР',
  '',
  '    indented ЮЗЕР code',
].join('\n');

test('markdown: prose only, markup removed, positions exact', () => {
  const segs = extractMarkdownSegments(md);
  assert.deepEqual(segs.map((s) => s.text), [
    'Правила сообщества',
    'Пишите вежливо и читайте  правила.\nВторая строка с тегом и  ссылкой.',
    'пункт первый',
    'пункт второй',
    'цитата\nпродолжение',
  ]);
  for (const s of segs) {
    for (const word of s.text.match(/[\p{L}]+/gu) ?? []) {
      const i = s.text.indexOf(word);
      assert.equal(md.slice(s.toSource(i), s.toSourceEnd(i + word.length)), word);
    }
    assert.equal(s.context.role, 'prose');
  }
  assert.ok(!segs.some((s) => s.text.includes('ЮЗЕР')));
  // a fix over emphasis markers would change markup: refused; a plain word maps
  const p = segs[1]!;
  const i = p.text.indexOf('вежливо');
  assert.equal(p.mapFix({ start: i - 1, end: i + 7, replacement: 'x' }), undefined);
  assert.deepEqual(p.mapFix({ start: i, end: i + 7, replacement: 'мягко' }), { start: md.indexOf('вежливо'), end: md.indexOf('вежливо') + 7, replacement: 'мягко' });
});

test('plain text: one segment per paragraph', () => {
  const src = 'First para\nline two.\n\n  \nSecond.\n';
  const segs = extractPlainSegments(src);
  assert.deepEqual(segs.map((s) => s.text), ['First para\nline two.', 'Second.']);
  assert.equal(src.slice(segs[1]!.toSource(0), segs[1]!.toSource(7)), 'Second.');
});

test('suppression comments in YAML and Markdown', () => {
  const yaml = 'a: 1\n# tone-lint-disable-next-line ru.shouting, en.pii\nreply: X\nother: Y # tone-lint-disable-line\nz: 1\n# tone-lint-disable ru.x\nq: 1\n# tone-lint-enable ru.x\nw: 2\n';
  const s = parseSuppressions(yaml);
  const off = (t: string) => yaml.indexOf(t);
  assert.ok(s.isSuppressed('ru.shouting', off('reply')));
  assert.ok(s.isSuppressed('en.pii', off('reply')));
  assert.ok(!s.isSuppressed('ru.other', off('reply')));
  assert.ok(s.isSuppressed('anything', off('other')));
  assert.ok(!s.isSuppressed('anything', off('z: 1')));
  assert.ok(s.isSuppressed('ru.x', off('q: 1')));
  assert.ok(!s.isSuppressed('ru.x', off('w: 2')));
  assert.deepEqual(s.named.map((n) => n.id), ['ru.shouting', 'en.pii', 'ru.x', 'ru.x']);
  const mdSrc = 'Hi.\n\n<!-- tone-lint-disable-next-line en.shouting -->\nWe are OPEN.\n\nLOUD again.\n';
  const m = parseSuppressions(mdSrc);
  assert.ok(m.isSuppressed('en.shouting', mdSrc.indexOf('OPEN')));
  assert.ok(!m.isSuppressed('en.shouting', mdSrc.indexOf('LOUD')));
  // the directive in ordinary prose is not a comment
  assert.ok(!parseSuppressions('Say tone-lint-disable-line here\n').isSuppressed('x', 0));
});
