// Generic YAML kit files: which strings are linted, the context around them, and parsing that never
// throws (broken YAML, alias bombs, deep nesting).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractYamlSegments, MAX_ALIAS_COUNT, parseYaml, toJsSafe } from '../../../src/core/source/yaml';

const texts = (source: string, keys?: string[]) => extractYamlSegments(source, keys ? { keys } : undefined).segments.map((s) => s.text);

test('lint keys at any depth, in sequences and under language keys; the rest is not linted', () => {
  const source = [
    'title: not linted',
    'entries:',
    '  - id: a',
    '    reply:',
    '      ru: "Спасибо!"',
    '      en: Thanks!',
    '  - id: b',
    '    replies:',
    '      - First.',
    '      - Second.',
    '  - notice: |',
    '      A notice.',
    '    count: 3',
    'deep: { deeper: { text: Deep text } }',
    'texts: {}',
    'reply: 42',
    'text: ""',
  ].join('\n');
  const { segments, problems } = extractYamlSegments(source);
  assert.deepEqual(problems, []);
  assert.deepEqual(segments.map((s) => s.text), ['Спасибо!', 'Thanks!', 'First.', 'Second.', 'A notice.\n', 'Deep text']);
  assert.deepEqual(segments.map((s) => s.path), [
    ['entries', 0, 'reply', 'ru'],
    ['entries', 0, 'reply', 'en'],
    ['entries', 1, 'replies', 0],
    ['entries', 1, 'replies', 1],
    ['entries', 2, 'notice'],
    ['deep', 'deeper', 'text'],
  ]);
  assert.equal(segments[0]!.context.lang, 'ru');
  assert.equal(segments[1]!.context.lang, 'en');
  for (const s of segments) {
    const i = s.text.search(/\p{L}/u);
    assert.equal(source.slice(s.toSource(i), s.toSourceEnd(i + 3)), s.text.slice(i, i + 3), 'positions are exact');
  }
});

test('under a lint key, metadata keys are skipped and a mapping with lint keys is linted only there', () => {
  const source = ['replies:', '  - id: greet', '    tags: [a, b]', '    url: https://x', '    text: Hello!', '    note: internal', '  - ru: Привет', '    en: Hi', '    id: other'].join('\n');
  assert.deepEqual(texts(source), ['Hello!', 'Привет', 'Hi']);
});

test('context from the nearest enclosing mappings', () => {
  const source = [
    'lang: en',
    'channel: telegram',
    'commenter: neutral',
    'groups:',
    '  - channels: [x]',
    '    commenter_type: critic',
    '    reply: One',
    '  - channels: [x, vk]',
    '    reply: Two',
    '  - language: ru-RU',
    '    channels: email',
    '    reply: Три',
    '  - variables: [name, "{{product}}"]',
    '    reply: Hi {{name}}',
    '  - variables: { name: { example: Ann } }',
    '    reply: Hey {{name}}',
    '  - variables: [{ name: order }]',
    '    reply: Order {{order}}',
    '  - templates:',
    '      - Template text',
    '  - commenter: nobody',
    '    reply: Unknown type',
  ].join('\n');
  const { segments } = extractYamlSegments(source);
  const ctx = segments.map((s) => s.context);
  assert.deepEqual(ctx[0], { role: 'reply', lang: 'en', channel: 'x', commenter: 'critic' });
  assert.deepEqual(ctx[1], { role: 'reply', lang: 'en', commenter: 'neutral' }, 'several channels: no single channel');
  assert.deepEqual(ctx[2], { role: 'reply', lang: 'ru', channel: 'email', commenter: 'neutral' });
  assert.deepEqual(ctx[3], { role: 'template', lang: 'en', channel: 'telegram', commenter: 'neutral', variables: ['name', 'product'] });
  assert.deepEqual(ctx[4]?.variables, ['name']);
  assert.deepEqual(ctx[5]?.variables, ['order']);
  assert.equal(ctx[6]?.role, 'template', 'under templates');
  assert.equal(ctx[7]?.commenter, 'neutral', 'an unknown commenter type does not override');
});

test('tone-lint: off (or false) skips a mapping and everything in it', () => {
  const source = ['replies:', '  - tone-lint: off', '    text: SKIPPED', '  - tone-lint: false', '    text: SKIPPED TOO', '    nested: { reply: SKIPPED AS WELL }', '  - tone-lint: on', '    text: Linted', 'section:', '  tone-lint: "off"', '  reply: SKIPPED'].join('\n');
  assert.deepEqual(texts(source), ['Linted']);
});

test('custom keys, several documents, aliases and non-strings', () => {
  assert.deepEqual(texts('message: Custom\nreply: Not this time\n', ['message']), ['Custom']);
  assert.deepEqual(texts('reply: First doc\n---\nreply: Second doc\n'), ['First doc', 'Second doc']);
  assert.deepEqual(texts('base: &b Shared text\nreply: *b\ntext: [1, true, null, ~, Real]\n'), ['Real']);
});

test('broken YAML: problems at exact positions, no segments, no throw', () => {
  const src = 'reply: "unclosed\nnext: [\n';
  const { segments, problems } = extractYamlSegments(src);
  assert.equal(segments.length, 0);
  assert.ok(problems.length > 0);
  for (const p of problems) {
    assert.equal(p.code, 'yaml-syntax');
    assert.ok(p.start >= 0 && p.end >= p.start && p.end <= src.length);
    assert.doesNotMatch(p.message, /at line \d+/, 'the position is in the offsets, not the message');
  }
  const dup = parseYaml('a: 1\nmy key: 2\nmy key: 3\n');
  assert.equal(dup.problems.length, 1);
  assert.equal(dup.problems[0]!.start, 'a: 1\nmy key: 2\n'.length);
  assert.match(dup.problems[0]!.message, /Duplicate key "my key"/);
  const tab = parseYaml('a:\n\tb: 1\n');
  assert.equal(tab.problems[0]?.start, 3);
  const warn = parseYaml('%FOO bar\n---\na: 1\n');
  assert.deepEqual(warn.problems.map((p) => [p.severity, p.start, p.end]), [['warning', 0, 8]]);
  const multi = parseYaml('a: 1\n---\nb: 2\n');
  assert.ok(multi.problems.some((p) => p.severity === 'error' && /more than one YAML document/.test(p.message)));
  for (const bad of ['{', '"', "'", ': :', '- - -\n  x: [', '\t', '!!', '&', '*x', '? ? ?', '|\n x\n y', '\uFEFF\uFEFF']) {
    assert.doesNotThrow(() => extractYamlSegments(bad), JSON.stringify(bad));
    assert.doesNotThrow(() => parseYaml(bad));
  }
});

test('a billion-laughs alias bomb returns at once with a problem on an alias', () => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 0; i < 9; i++) {
    const name = String.fromCharCode(98 + i);
    const prev = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill('*' + prev).join(',')}]`);
  }
  lines.push('reply: "after the bomb"');
  const src = lines.join('\n');
  const t = Date.now();
  const r = parseYaml(src);
  const e = extractYamlSegments(src);
  assert.ok(Date.now() - t < 2000, 'quick');
  const p = r.problems.find((x) => x.code === 'yaml-aliases');
  assert.ok(p, 'a yaml-aliases problem');
  assert.equal(p.severity, 'error');
  assert.match(src.slice(p.start, p.end), /^\*[a-i]$/, 'on an alias');
  assert.equal(toJsSafe(r.doc), undefined);
  assert.deepEqual(e.segments, []);
  // a few aliases are fine
  const ok = parseYaml('base: &b { a: 1, b: 2 }\none: *b\ntwo: *b\n');
  assert.deepEqual(ok.problems, []);
  assert.ok(MAX_ALIAS_COUNT >= 1000);
});

test('deep nesting (10,000 levels) gives a problem, never a crash', () => {
  const cases = ['['.repeat(10000) + ']'.repeat(10000), '{a: '.repeat(10000) + '1' + '}'.repeat(10000), '- '.repeat(10000) + 'x\n', 'reply: ' + '['.repeat(10000)];
  for (const src of cases) {
    const t = Date.now();
    const r = parseYaml(src);
    assert.ok(r.problems.some((p) => p.severity === 'error' && p.code === 'yaml-syntax'), src.slice(0, 20));
    assert.doesNotThrow(() => extractYamlSegments(src));
    assert.ok(Date.now() - t < 5000, 'bounded time');
  }
  assert.match(parseYaml(cases[0]!).problems[0]!.message, /nested too deeply/);
  // Deep, but within what the parser handles: the extraction walks it without recursion.
  const ok = 'a:\n' + Array.from({ length: 300 }, (_, i) => ' '.repeat(i + 1) + 'b:').join('\n') + ' { reply: deep }\n';
  assert.deepEqual(texts(ok), ['deep']);
});
