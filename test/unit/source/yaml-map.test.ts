// The value→source map of YAML scalars: fixtures for every style and escape, fixes per style, and
// property tests against `yaml` itself (its stringify in every style, then hand-built sources).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as YAML from 'yaml';
import { parseYaml, scalarSegment } from '../../../src/core/source/yaml';
import type { Segment } from '../../../src/core/source/segment';

/** The segment of the scalar under `reply` (at any depth, the first one found). */
function seg(source: string): { s: Segment; node: YAML.Scalar } {
  const { doc, problems } = parseYaml(source);
  assert.deepEqual(problems, [], JSON.stringify(source));
  let node: YAML.Scalar | undefined;
  YAML.visit(doc, {
    Pair(_k, p) {
      if (YAML.isScalar(p.key) && p.key.value === 'reply' && YAML.isScalar(p.value)) {
        node = p.value;
        return YAML.visit.BREAK;
      }
      return undefined;
    },
  });
  assert.ok(node, 'a reply scalar');
  const s = scalarSegment(source, node);
  assert.ok(s);
  assert.equal(s.text, node.value, 'the text is the value yaml reads');
  return { s, node };
}

/** The source under `word` in the value (toSource at both ends, as a rule's finding would use it). */
function wordAt(source: string, word: string): string {
  const { s } = seg(source);
  const i = s.text.indexOf(word);
  assert.ok(i >= 0, `"${word}" in ${JSON.stringify(s.text)}`);
  assert.equal(source.slice(s.toSource(i), s.toSourceEnd(i + word.length)), word, 'toSource/toSourceEnd');
  return source.slice(s.toSource(i), s.toSource(i + word.length));
}

/** Applies a fix of the segment and reads the reply again. */
function applyFix(source: string, s: Segment, start: number, end: number, replacement: string): string | undefined {
  const fix = s.mapFix({ start, end, replacement });
  if (!fix) return undefined;
  const changed = source.slice(0, fix.start) + fix.replacement + source.slice(fix.end);
  const doc = YAML.parseDocument(changed);
  assert.deepEqual(doc.errors, [], `the fixed source parses: ${JSON.stringify(changed)}`);
  let out: unknown;
  YAML.visit(doc, {
    Pair(_k, p) {
      if (YAML.isScalar(p.key) && p.key.value === 'reply') {
        out = YAML.isScalar(p.value) ? p.value.value : p.value;
        return YAML.visit.BREAK;
      }
      return undefined;
    },
  });
  return out as string;
}

/** Replaces the first `word` in the reply and checks the result is exactly the intended value. */
function replaceWord(source: string, word: string, replacement: string): boolean {
  const { s } = seg(source);
  const i = s.text.indexOf(word);
  assert.ok(i >= 0);
  const got = applyFix(source, s, i, i + word.length, replacement);
  if (got === undefined) return false;
  assert.equal(got, s.text.slice(0, i) + replacement + s.text.slice(i + word.length), JSON.stringify(source));
  return true;
}

const STYLE_CASES: [string, string][] = [
  // plain
  ['reply: Привет, юзер! Как дела?\n', 'юзер'],
  ['reply: first line\n  second юзер line\n\n  third\n', 'юзер'],
  ['reply: folded\n\n\n  after two empty юзер lines\n', 'юзер'],
  ['reply:   spaced   inside юзер   \n', 'юзер'],
  ['reply: tab\tinside\t юзер # a comment\n', 'юзер'],
  ['\uFEFFreply: plain юзер # comment\n', 'юзер'],
  ['reply: crlf\r\n  юзер line\r\n', 'юзер'],
  ['reply: !!str tagged юзер\n', 'юзер'],
  ['reply: &anchor anchored юзер\n', 'юзер'],
  ['list:\n  - reply: in a sequence юзер\n', 'юзер'],
  ['x: { reply: in a flow map юзер, y: 1 }\n', 'юзер'],
  ['reply: emoji 😀 then юзер\n', 'юзер'],
  // single-quoted
  ["reply: 'it''s the юзер'\n", 'юзер'],
  ["reply: 'folded\n  юзер here'\n", 'юзер'],
  ["reply: 'a\n\n  empty line юзер'\n", 'юзер'],
  ["reply: '  leading and trailing юзер  '\n", 'юзер'],
  ["reply: 'crlf\r\n  юзер'\r\n", 'юзер'],
  // double-quoted
  ['reply: "Tab\\there \\"q\\" юзер \\u0416 end"\n', 'юзер'],
  ['reply: "a\\x41b \\U0001F600 юзер"\n', 'юзер'],
  ['reply: "escaped \\\n   break юзер"\n', 'юзер'],
  ['reply: "keep before \\\n   юзер"\n', 'юзер'],
  ['reply: "trailing   \n   юзер folded"\n', 'юзер'],
  ['reply: "two\n\n   empty юзер"\n', 'юзер'],
  ['reply: "all \\0\\a\\b\\e\\f\\n\\r\\t\\v\\N\\_\\L\\P\\ \\/\\\\ юзер"\n', 'юзер'],
  ['reply: "CRLF\r\n  юзер"\r\n', 'юзер'],
  ['reply: "escaped CRLF \\\r\n  юзер"\r\n', 'юзер'],
  // literal and folded blocks
  ['reply: |\n  line one\n  юзер two\n\n  four\n', 'юзер'],
  ['reply: |-\n    indented\n      more юзер\n', 'юзер'],
  ['reply: |+\n  keep юзер\n\n\nnext: 1\n', 'юзер'],
  ['reply: | # a comment on the header\n  commented юзер\n', 'юзер'],
  ['reply: >\n  folded one\n  юзер two\n\n  para\n', 'юзер'],
  ['reply: >-\n  a\n    more юзер\n  b\n', 'юзер'],
  ['reply: >+\n  kept юзер\n\n', 'юзер'],
  ['reply: >\n  a\n  \tтаб юзер\n  b\n', 'юзер'],
  ['reply: |2\n    extra indent юзер\n', 'юзер'],
  ['outer:\n  reply: |1\n     one more юзер\n', 'юзер'],
  ['- - x\n  - reply: >2-\n        deep юзер\n', 'юзер'],
  ['reply: |\r\n  crlf\r\n  юзер\r\n', 'юзер'],
  ['reply: >\r\n  crlf folded\r\n  юзер\r\n\r\n  x\r\n', 'юзер'],
  ['reply: |\n\n  leading empty line юзер\n', 'юзер'],
  ['reply: |\n  trailing more-indented\n  юзер\n    \n', 'юзер'],
];

test('every scalar style maps a word back to where it is written', () => {
  for (const [source, word] of STYLE_CASES) assert.equal(wordAt(source, word), word, JSON.stringify(source));
});

test('every scalar style: a word replaced through mapFix reads back exactly', () => {
  for (const [source, word] of STYLE_CASES) assert.ok(replaceWord(source, word, 'участник'), JSON.stringify(source));
});

test('escapes: each character maps to the escape that makes it', () => {
  const cases: [string, string, string][] = [
    ['\\u0416', 'Ж', 'u'],
    ['\\x41', 'A', 'x'],
    ['\\U0001F600', '😀', 'U'],
    ['\\"', '"', 'quote'],
    ['\\\\', '\\', 'backslash'],
    ['\\n', '\n', 'newline'],
    ['\\t', '\t', 'tab'],
    ['\\_', '\u00a0', 'nbsp'],
    ['\\ ', ' ', 'space'],
  ];
  for (const [escape, char, name] of cases) {
    const source = `reply: "a${escape}b"\n`;
    const { s } = seg(source);
    assert.equal(s.text, `a${char}b`, name);
    const i = 1;
    const j = 1 + char.length;
    assert.equal(source.slice(s.toSource(i), s.toSourceEnd(j)), escape, `${name}: the range of the character is its escape`);
    assert.equal(source.slice(s.toSource(j), s.toSourceEnd(j + 1)), 'b', `${name}: the next character is right after it`);
  }
  // a fold maps to the line break it stands for; '' to both quotes
  const fold = 'reply: "a\n  b"\n';
  const f = seg(fold).s;
  assert.equal(f.text, 'a b');
  assert.equal(fold[f.toSource(1)], '\n');
  assert.equal(f.toSourceEnd(2), fold.indexOf('b'), 'the fold ends where the next line starts');
  const sq = "reply: 'it''s'\n";
  const q = seg(sq).s;
  assert.equal(sq.slice(q.toSource(2), q.toSourceEnd(3)), "''");
});

test('fixes are encoded for the style', () => {
  const dq = 'reply: "Say \\"hi\\" to юзер"\n';
  const { s } = seg(dq);
  const i = s.text.indexOf('юзер');
  assert.equal(applyFix(dq, s, i, i + 4, 'the "user" \\ ok'), 'Say "hi" to the "user" \\ ok');
  assert.equal(applyFix(dq, s, i, i + 4, 'two\nlines\tand\u0007bell'), 'Say "hi" to two\nlines\tand\u0007bell', 'double-quoted escapes line breaks and controls');
  const sq = "reply: 'It is юзер'\n";
  const q = seg(sq).s;
  assert.equal(applyFix(sq, q, 6, 10, "the user's"), "It is the user's");
  assert.equal(q.mapFix({ start: 6, end: 10, replacement: 'a\nb' }), undefined, 'single-quoted cannot hold a line break on one line');
  const plain = seg('reply: plain юзер here\n').s;
  assert.equal(plain.mapFix({ start: 6, end: 10, replacement: 'a\nb' }), undefined);
  const block = seg('reply: |\n  block юзер\n').s;
  assert.equal(block.mapFix({ start: 6, end: 10, replacement: 'a\nb' }), undefined);
  assert.equal(replaceWord('reply: |\n  block юзер\n', 'юзер', '# not a comment: here'), true, 'anything on one line is fine in a block');
});

test('fixes are refused across escapes, folds, quote pairs and for a plain scalar that would change', () => {
  const dq = 'reply: "a\\u0416b юзер"\n';
  const d = seg(dq).s;
  assert.equal(d.mapFix({ start: 0, end: 3, replacement: 'x' }), undefined, 'over an escape');
  const folded = seg('reply: one\n  two\n').s;
  assert.equal(folded.mapFix({ start: 2, end: 5, replacement: 'x' }), undefined, 'over a fold');
  const pair = seg("reply: 'it''s'\n").s;
  assert.equal(pair.mapFix({ start: 1, end: 3, replacement: 'x' }), undefined, "over ''");
  const p = 'reply: hello world\n';
  const refusedPlain = ['x # y', 'a: b', 'ends:', ' lead', 'trail ', '- item', '#x', '&a', '*a', '!t', '|', '>', "'q", '"q', '%', '@x', '`x', '? x', '[a', '{a', ','];
  for (const r of refusedPlain) {
    const s = seg(p).s;
    const whole = s.mapFix({ start: 0, end: s.text.length, replacement: r });
    assert.equal(whole, undefined, `"${r}" would not stay one plain string`);
  }
  for (const r of ['true', 'null', '~', '123', '0x1F', '1.5e3', '.inf', 'yes', '']) assert.equal(seg(p).s.mapFix({ start: 0, end: 11, replacement: r }), undefined, `"${r}" would not be a string`);
  assert.equal(replaceWord('reply: !!str hello world\n', 'hello world', 'true'), true, 'a tagged scalar stays a string');
  assert.equal(replaceWord(p, 'world', 'мир: да'), false);
  assert.equal(replaceWord(p, 'world', 'a-b:c, d!'), true, 'indicators inside a plain scalar are fine');
  const flow = 'x: [reply, hello world]\nreply: [ok]\n';
  const { doc } = parseYaml(flow);
  const node = ((doc.get('x') as YAML.YAMLSeq).items[1] as YAML.Scalar);
  const f = scalarSegment(flow, node);
  assert.ok(f);
  for (const r of ['a,b', 'a]', '{b', 'x: y']) assert.equal(f.mapFix({ start: 6, end: 11, replacement: r }), undefined, `"${r}" in a flow sequence`);
  assert.ok(f.mapFix({ start: 6, end: 11, replacement: 'мир' }));
});

test('insertions go next to copied characters; a blank continuation line or a document marker is refused', () => {
  const src = 'reply: one two\n  three\n';
  const s = seg(src).s;
  const at = s.text.indexOf('three');
  const fix = s.mapFix({ start: at, end: at, replacement: 'new ' });
  assert.ok(fix);
  assert.equal(src.slice(0, fix.start) + fix.replacement + src.slice(fix.end), 'reply: one two\n  new three\n');
  const blank = 'reply: "a\n\n  b"\n';
  const b = seg(blank).s;
  assert.equal(b.text, 'a\nb');
  assert.equal(b.mapFix({ start: 1, end: 1, replacement: 'x' }) && applyFix(blank, b, 1, 1, 'x'), 'ax\nb');
  const root = '--- |\nline one\nline two\n';
  const { doc } = parseYaml(root);
  const r = scalarSegment(root, doc.contents as YAML.Scalar);
  assert.ok(r);
  assert.equal(r.text, 'line one\nline two\n');
  assert.equal(r.mapFix({ start: 9, end: 13, replacement: '---' }), undefined, 'a line starting with --- would end the document');
  assert.ok(r.mapFix({ start: 9, end: 13, replacement: 'строка' }));
});

test('block scalars: value ends on the last line; indentation indicator found without source tokens', () => {
  const src = 'a:\n  - reply: |2-\n       text here\n  - b\n';
  const doc = YAML.parseDocument(src); // no keepSourceTokens: the parent indentation is searched
  const node = ((doc.get('a') as YAML.YAMLSeq).items[0] as YAML.YAMLMap).get('reply', true) as YAML.Scalar;
  const s = scalarSegment(src, node);
  assert.ok(s);
  assert.equal(s.text, ' text here');
  assert.equal(src.slice(s.toSource(1), s.toSourceEnd(5)), 'text');
  const clip = 'reply: |\n  one\n  two\n\nnext: 1\n';
  const c = seg(clip).s;
  assert.equal(c.text, 'one\ntwo\n');
  assert.equal(clip.slice(0, c.toSource(c.text.length)).split('\n').length, 3, 'the end of the value is on its last line');
});

// ---------------------------------------------------------------------------------- properties

const STYLES = ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
const CHARS = fc.constantFrom('a', 'b', 'слово', 'Ж', 'ё', ' ', '  ', '\n', '\n\n', '\t', '"', "'", '\\', '#', ': ', ' #', '😀', '𝄞', '-', '!', ',', '[', '}', 'word', '\r', '\u00a0');
const VALUE = fc.array(CHARS, { maxLength: 30 }).map((a) => a.join(''));
const WORDS = fc.constantFrom('участник', 'user', 'X', 'the "best"', "it's", 'a\\b', 'эмодзи 😀', 'Q');

test('property: for any string in any style, yaml.stringify → parse → the map agrees with yaml', () => {
  fc.assert(
    fc.property(VALUE, fc.constantFrom(...STYLES), fc.boolean(), fc.boolean(), fc.nat(), WORDS, (value, style, nested, crlf, pick, replacement) => {
      const doc = new YAML.Document(nested ? { outer: { before: 1, reply: value } } : { reply: value, after: 'x' });
      const holder = nested ? (doc.get('outer') as YAML.YAMLMap) : (doc.contents as YAML.YAMLMap);
      (holder.get('reply', true) as YAML.Scalar).type = style;
      let source = doc.toString({ lineWidth: 24, minContentWidth: 6 });
      if (crlf) source = source.replace(/\n/g, '\r\n');
      const { doc: parsed, problems } = parseYaml(source);
      if (problems.length) return; // yaml.stringify does not always honour the style (PLAIN "-\na" is not valid)
      const node = (nested ? (parsed.get('outer') as YAML.YAMLMap) : (parsed.contents as YAML.YAMLMap)).get('reply', true);
      if (!YAML.isScalar(node) || typeof node.value !== 'string') return;
      const s = scalarSegment(source, node);
      assert.ok(s);
      assert.equal(s.text, node.value);
      const [start, end] = node.range as [number, number, number];
      let prev = start;
      for (let i = 0; i <= s.text.length; i++) {
        const o: number = s.toSource(i);
        assert.ok(o >= prev && o <= end, 'monotone, inside the scalar');
        prev = o;
        if (i < s.text.length) {
          const c: string | undefined = source[o];
          // Not an escape (\), a fold or a block's line break (\n, \r): the character itself.
          if (c !== '\\' && c !== '\n' && c !== '\r') assert.equal(c, s.text[i], `char ${i} of ${JSON.stringify(source)}`);
          assert.ok(s.toSourceEnd(i + 1) >= o, 'an end never precedes its start');
        }
      }
      // Replace a word that stands in the source as it is.
      const words = [...s.text.matchAll(/[a-zа-яё]+/giu)];
      if (!words.length) return;
      const w = words[pick % words.length] as RegExpMatchArray;
      const a = w.index as number;
      const b = a + w[0].length;
      const fix = s.mapFix({ start: a, end: b, replacement });
      const expected = s.text.slice(0, a) + replacement + s.text.slice(b);
      if (fix) {
        const changed = source.slice(0, fix.start) + fix.replacement + source.slice(fix.end);
        const after = YAML.parse(changed) as Record<string, unknown>;
        const want = nested ? { outer: { before: 1, reply: expected } } : { reply: expected, after: 'x' };
        assert.deepEqual(after, want, JSON.stringify(changed));
      } else if (source.slice(s.toSource(a), s.toSourceEnd(b)) === w[0] && /^[\p{L} ]+$/u.test(replacement) && style !== 'PLAIN') {
        assert.fail(`a letters-only replacement of a word written as it is must map: ${JSON.stringify(source)} [${a}, ${b})`);
      }
    }),
    { numRuns: 2500 },
  );
});

test('property: fixes on hand-written scalars (tabs, blanks, escapes, indicators) are exact or refused', () => {
  const piece = fc.constantFrom('a', 'б', ' ', '  ', '\t', '\n', '\n\n', '\n  ', '\n   ', ' \n', '\\\\', '\\n', '\\\n', '\\x41', '\\u0416', '\\U0001F600', "''", '\\"', '#', ': ', '😀', 'x', '-', ',', '\n \n');
  const body = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
  const repl = fc.constantFrom('', ' ', 'Q', ' Q', 'Q ', '#x', ' #x', 'a: b', '"', "'", '\\', 'true', '- x', '---', '\t', 'Ж😀', '\n', '?', ',', '[');
  fc.assert(
    fc.property(body, fc.constantFrom('dq', 'sq', 'plain', 'flow', 'lit', 'fold'), fc.constantFrom('', '-', '+', '2', '2-'), fc.boolean(), fc.boolean(), fc.nat(), fc.nat(3), repl, (b, style, header, nested, crlf, r1, len, replacement) => {
      const pad = nested ? '  ' : '';
      const pre = nested ? 'outer:\n  ' : '';
      let src: string;
      if (style === 'dq') src = `${pre}reply: "${b.replace(/"/g, '\\"')}"\n${pad}next: 1\n`;
      else if (style === 'sq') src = `${pre}reply: 'x${b.replace(/\\/g, '').replace(/'/g, "''")}'\n${pad}next: 1\n`;
      else if (style === 'plain') src = `${pre}reply: x${b}z\n${pad}next: 1\n`;
      else if (style === 'flow') src = `${pre}reply: [x${b}z, y]\n${pad}next: 1\n`;
      else src = `${pre}reply: ${style === 'lit' ? '|' : '>'}${header}\n${b.split('\n').map((l) => (l ? `${pad}  ${l}` : l)).join('\n')}\n${pad}next: 1\n`;
      if (crlf) src = src.replace(/\r?\n/g, '\r\n');
      const { doc, problems } = parseYaml(src);
      if (problems.length) return; // not every random piece makes valid YAML
      const before = doc.toJS() as Record<string, unknown>;
      const holder = nested ? (doc.get('outer') as YAML.YAMLMap) : (doc.contents as YAML.YAMLMap);
      let node = holder.get('reply', true) as YAML.Scalar | YAML.YAMLSeq;
      if (YAML.isSeq(node)) node = node.items[0] as YAML.Scalar;
      if (typeof node.value !== 'string') return;
      const s = scalarSegment(src, node);
      assert.ok(s);
      assert.equal(s.text, node.value);
      const a = r1 % (s.text.length + 1);
      const z = Math.min(s.text.length, a + len);
      const fix = s.mapFix({ start: a, end: z, replacement });
      if (!fix) return;
      const changed = src.slice(0, fix.start) + fix.replacement + src.slice(fix.end);
      const expected = s.text.slice(0, a) + replacement + s.text.slice(z);
      const want = structuredClone(before);
      const h = (nested ? want.outer : want) as Record<string, unknown>;
      if (Array.isArray(h.reply)) h.reply[0] = expected;
      else h.reply = expected;
      const d = YAML.parseDocument(changed);
      assert.deepEqual(d.errors, [], JSON.stringify(changed));
      assert.deepEqual(d.toJS(), want, `${JSON.stringify(src)} → ${JSON.stringify(changed)}`);
    }),
    { numRuns: 4000 },
  );
});
