import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as YAML from 'yaml';
import { extractYamlSegments, parseYaml, scalarSegment } from '../../../src/core/source/yaml';
import type { Fix } from '../../../src/core/types';

function seg(source: string) {
  const { doc } = parseYaml(source);
  const node = (doc.contents as YAML.YAMLMap).items[0]?.value as YAML.Scalar;
  const s = scalarSegment(source, node);
  assert.ok(s);
  return s;
}

/** The source text under the value range of `word` (first occurrence in the value). */
function at(source: string, word: string) {
  const s = seg(source);
  const i = s.text.indexOf(word);
  assert.ok(i >= 0, `"${word}" in ${JSON.stringify(s.text)}`);
  return source.slice(s.toSource(i), s.toSource(i + word.length));
}

test('every scalar style maps a word back to where it is written', () => {
  const cases: [string, string][] = [
    ['reply: Привет, юзер! Как дела?\n', 'юзер'],
    ['reply: first line\n  second юзер line\n\n  third\n', 'юзер'],
    ["reply: 'it''s the юзер'\n", 'юзер'],
    ["reply: 'folded\n  юзер here'\n", 'юзер'],
    ['reply: "Tab\\there \\"q\\" юзер \\u0416 end"\n', 'юзер'],
    ['reply: "a\\x41b \\U0001F600 юзер"\n', 'юзер'],
    ['reply: "escaped \\\n   break юзер"\n', 'юзер'],
    ['reply: "trailing   \n   юзер folded"\n', 'юзер'],
    ['reply: |\n  line one\n  юзер two\n\n  four\n', 'юзер'],
    ['reply: |-\n    indented\n      more юзер\n', 'юзер'],
    ['reply: >\n  folded one\n  юзер two\n\n  para\n', 'юзер'],
    ['reply: >-\n  a\n    more юзер\n  b\n', 'юзер'],
    ['reply: |2\n    extra indent юзер\n', 'юзер'],
    ['reply: |+\n  keep юзер\n\n\nnext: 1\n', 'юзер'],
    ['reply: "CRLF\r\n  юзер"\r\n', 'юзер'],
    ['\uFEFFreply: plain юзер # comment\n', 'юзер'],
  ];
  for (const [source, word] of cases) assert.equal(at(source, word), word, JSON.stringify(source));
});

test('escapes: the map lands on the escape that makes the character', () => {
  const source = 'reply: "a\\u0416b"\n';
  const s = seg(source);
  assert.equal(s.text, 'aЖb');
  assert.equal(source.slice(s.toSource(1), s.toSource(2)), '\\u0416');
});

test('fixes are encoded for the style and refused across escapes and folds', () => {
  const dq = 'reply: "Say \\"hi\\" to юзер"\n';
  const s = seg(dq);
  const i = s.text.indexOf('юзер');
  const fix = s.mapFix({ start: i, end: i + 4, replacement: 'the "user"' });
  assert.ok(fix);
  const fixed = dq.slice(0, fix.start) + fix.replacement + dq.slice(fix.end);
  assert.equal(YAML.parse(fixed).reply, 'Say "hi" to the "user"');
  assert.equal(s.mapFix({ start: 4, end: 8, replacement: 'x' }), undefined, 'a range over an escape is refused');
  const plain = seg('reply: one\n  two\n');
  assert.equal(plain.mapFix({ start: 2, end: 5, replacement: 'x' }), undefined, 'a range over a fold is refused');
  assert.equal(seg('reply: a b\n').mapFix({ start: 2, end: 3, replacement: 'c # d' }), undefined, 'a comment marker is refused in plain');
});

const styles = [
  { type: 'PLAIN' },
  { type: 'QUOTE_SINGLE' },
  { type: 'QUOTE_DOUBLE' },
  { type: 'BLOCK_LITERAL' },
  { type: 'BLOCK_FOLDED' },
] as const;

test('property: for any string in any style the value and the map agree with yaml', () => {
  const chars = fc.constantFrom('a', 'б', 'Ж', ' ', ' ', '\n', '\n\n', '"', "'", '\\', '#', ': ', '😀', '\t', 'x', 'ё', '-', '!');
  const text = fc.array(chars, { maxLength: 40 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text, fc.constantFrom(...styles), fc.integer({ min: 0, max: 3 }), (value, style, indent) => {
      const doc = new YAML.Document({ reply: value });
      const pair = (doc.contents as YAML.YAMLMap).items[0] as YAML.Pair<YAML.Scalar, YAML.Scalar>;
      pair.value!.type = style.type;
      const body = doc.toString({ lineWidth: 20, minContentWidth: 5 });
      const source = indent ? body.replace(/^/gm, ' '.repeat(indent)).replace(/^ +$/gm, '') : body;
      const { doc: parsed, problems } = parseYaml(source);
      if (problems.length) return true; // the serializer's output is always valid; skip odd cases
      const node = (parsed.contents as YAML.YAMLMap).items[0]?.value as YAML.Scalar;
      const s = scalarSegment(source, node);
      assert.ok(s);
      assert.equal(s.text, node.value);
      let prev = -1;
      for (let i = 0; i <= s.text.length; i++) {
        const o = s.toSource(i);
        assert.ok(o >= prev, 'monotone');
        assert.ok(o >= node.range![0] && o <= node.range![1], 'inside the scalar');
        prev = o;
      }
      // a fix that maps must produce exactly the intended value
      for (const m of s.text.matchAll(/[aбЖx]+/gu)) {
        const fix: Fix | undefined = s.mapFix({ start: m.index!, end: m.index! + m[0].length, replacement: 'ZZ' });
        if (!fix) continue;
        const changed: string = source.slice(0, fix.start) + fix.replacement + source.slice(fix.end);
        assert.equal(YAML.parse(changed).reply, s.text.slice(0, m.index!) + 'ZZ' + s.text.slice(m.index! + m[0].length));
      }
      return true;
    }),
    { numRuns: 1500 },
  );
});

test('generic extraction: lint keys, language keys, context and opt-out', () => {
  const source = [
    'entries:',
    '  - id: a',
    '    commenter: critic',
    '    channels: [x]',
    '    reply:',
    '      ru: "Спасибо!"',
    '      en: Thanks!',
    '  - id: b',
    '    tone-lint: off',
    '    reply: SHOUTING',
    '  - id: c',
    '    variables: [name]',
    '    template: Hi {{name}}',
    'title: not linted',
  ].join('\n');
  const { segments } = extractYamlSegments(source);
  assert.deepEqual(segments.map((s) => s.text), ['Спасибо!', 'Thanks!', 'Hi {{name}}']);
  assert.deepEqual(segments[0]!.context, { role: 'reply', commenter: 'critic', channel: 'x', lang: 'ru' });
  assert.equal(segments[1]!.context.lang, 'en');
  assert.deepEqual(segments[2]!.context.variables, ['name']);
  assert.equal(segments[2]!.context.role, 'template');
});

test('broken and hostile YAML: problems with positions, never a throw', () => {
  const broken = parseYaml('reply: "unclosed\nnext: [\n');
  assert.ok(broken.problems.length > 0);
  assert.ok(broken.problems.every((p) => p.code === 'yaml-syntax' && p.start >= 0));
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill('*' + String.fromCharCode(97 + i)).join(',')}]`);
  const t = Date.now();
  const r = parseYaml(bomb.join('\n'));
  assert.ok(Date.now() - t < 2000);
  assert.ok(r.problems.some((p) => p.code === 'yaml-aliases'));
  const deep = '['.repeat(20000) + ']'.repeat(20000);
  assert.doesNotThrow(() => extractYamlSegments(deep));
  assert.equal(extractYamlSegments('reply: [').segments.length, 0);
});
