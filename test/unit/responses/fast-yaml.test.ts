// The fast matrix reader against `yaml`: wherever it answers, every value, style and range must be
// the library's; everything else must make it step aside. Generated matrices in every style it
// reads, then the same matrices with random damage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as YAML from 'yaml';
import { endOf, fastParseYaml, fastToJs, type FNode } from '../../../src/core/responses/fastYaml';
import { parseMatrix, type MatrixFile } from '../../../src/core/responses/matrix';
import { damaged, insertions } from '../damage';

/** Walks the fast tree and `yaml`'s tree together; a difference throws with its path. */
function sameTree(f: FNode, y: unknown, path: string, src: string): void {
  if (f.kind === 'scalar') {
    assert.ok(YAML.isScalar(y), `${path}: scalar vs ${String(y)}`);
    assert.equal(f.num ?? f.value, y.value, `${path}: value`);
    assert.equal(f.style, y.type, `${path}: style`);
    assert.deepEqual([f.start, f.end], y.range?.slice(0, 2), `${path}: range of ${JSON.stringify(src.slice(f.start, f.end))}`);
    return;
  }
  if (f.kind === 'seq') {
    assert.ok(YAML.isSeq(y), `${path}: seq`);
    assert.equal(f.flow, !!y.flow, `${path}: flow`);
    assert.equal(f.start, y.range?.[0], `${path}: start`);
    if (f.flow) assert.equal(f.end, y.range?.[1], `${path}: end`);
    assert.equal(f.items.length, y.items.length, `${path}: length`);
    f.items.forEach((x, i) => sameTree(x, y.items[i], `${path}[${i}]`, src));
    return;
  }
  assert.ok(YAML.isMap(y), `${path}: map`);
  assert.equal(f.flow, !!y.flow, `${path}: flow`);
  assert.equal(f.start, y.range?.[0], `${path}: start`);
  if (f.flow) assert.equal(f.end, y.range?.[1], `${path}: end`);
  assert.equal(f.pairs.length, y.items.length, `${path}: size`);
  f.pairs.forEach((p, i) => {
    const yp = y.items[i] as YAML.Pair;
    sameTree(p.key, yp.key, `${path}.<key ${p.key.value}>`, src);
    sameTree(p.value, yp.value, `${path}.${p.key.value}`, src);
  });
}

/** The content end the matrix uses for entries, by `yaml`'s tree (the same rule as endOf). */
function yamlEnd(n: unknown): number {
  if (YAML.isScalar(n)) return n.range?.[1] ?? -1;
  if (YAML.isCollection(n) && n.flow) return n.range?.[1] ?? -1;
  if (YAML.isMap(n)) return yamlEnd(n.items[n.items.length - 1]?.value);
  if (YAML.isSeq(n)) return yamlEnd(n.items[n.items.length - 1]);
  return -1;
}

/** Checks one source: if the fast reader answers, it must agree with `yaml` in everything. */
function check(src: string): boolean {
  const fast = fastParseYaml(src);
  if (!fast) return false;
  const doc = YAML.parseDocument(src, { prettyErrors: true, uniqueKeys: true, strict: true, keepSourceTokens: true });
  assert.deepEqual(
    doc.errors.map((e) => e.message),
    [],
    `the fast reader accepted a document yaml rejects:\n${src}`,
  );
  assert.deepEqual(doc.warnings.map((e) => e.message), [], 'no warnings');
  sameTree(fast, doc.contents, '$', src);
  assert.deepEqual(fastToJs(fast), doc.toJS());
  const seq = fast.pairs.find((p) => p.key.value === 'responses')?.value;
  const yseq = (doc.contents as YAML.YAMLMap).get('responses', true);
  if (seq?.kind === 'seq' && YAML.isSeq(yseq)) seq.items.forEach((e, i) => assert.equal(endOf(e), yamlEnd(yseq.items[i]), `entry ${i} end`));
  return true;
}

/** Both readers give the same MatrixFile (entries, positions, segments' maps, problems). */
function sameMatrix(src: string): void {
  const slow = parseMatrix(src, 'x.yaml', { reader: 'yaml' });
  const auto = parseMatrix(src, `auto-${src.length}-${Math.random()}.yaml`);
  const strip = (f: MatrixFile) => ({ problems: f.problems, entries: f.entries.map((e) => ({ ...e, file: '', templates: e.templates.map((t) => ({ ...t, segment: undefined })) })) });
  assert.deepEqual(strip(auto), strip(slow));
  auto.entries.forEach((e, i) =>
    e.templates.forEach((t, k) => {
      const s = slow.entries[i]!.templates[k]!.segment;
      for (let j = 0; j <= t.text.length; j++) {
        assert.equal(t.segment.toSource(j), s.toSource(j), `toSource(${j}) of ${e.id}/${t.lang}`);
        assert.equal(t.segment.toSourceEnd(j), s.toSourceEnd(j), `toSourceEnd(${j}) of ${e.id}/${t.lang}`);
      }
    }),
  );
}

// ------------------------------------------------------------------------------ generators

const word = fc.constantFrom('спасибо', 'заказ', 'Ёлка', 'thanks', 'order', '{{name}}', '{{ order }}', 'ok', 'a-b', 'x_y', '😀', '«кавычки»', 'it’s', '#tag', 'C#', '50%', 'url://x', '(скобки)', '[1]', 'a,b', 'q?', 'hey!', '…', 'é');
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const lines = fc.array(fc.oneof({ weight: 5, arbitrary: sentence }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: sentence.map((s) => `  ${s}`) }), { minLength: 1, maxLength: 5 });

/** A string value in some style, at an indentation, after "key:". */
function styled(text: string, multi: string[], style: number, indent: number): string {
  const pad = ' '.repeat(indent + 2);
  switch (style % 7) {
    case 0:
      return ` ${text}`;
    case 1:
      return ` '${text.replace(/'/g, "''")}'`;
    case 2:
      return ` ${JSON.stringify(text)}`;
    case 3:
      return ` "${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/ё/g, '\\u0451').replace(/!/g, '\\x21')}\\t\\n"`;
    case 4:
    case 5: {
      const head = style % 7 === 4 ? '|' : '>';
      const chomp = ['', '-'][style % 2] as string;
      const body = [text, ...multi].map((l) => (l ? pad + l : '')).join('\n');
      return ` ${head}${chomp}${style % 3 === 0 ? ' # note' : ''}\n${body}`;
    }
    default:
      return ` ${text} # comment`;
  }
}

const entry = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  idStyle: fc.nat(2),
  title: sentence,
  titleStyle: fc.nat(6),
  localizedTitle: fc.nat(2),
  commenter: fc.constantFrom('grateful', 'neutral', 'critic', 'troll', undefined),
  channels: fc.subarray(['x', 'telegram', 'vk', 'instagram', 'email']),
  blockChannels: fc.nat(2),
  triggers: fc.array(sentence, { maxLength: 3 }),
  ru: sentence,
  ruMulti: lines,
  ruStyle: fc.nat(6),
  en: fc.option(sentence),
  enMulti: lines,
  enStyle: fc.nat(6),
  comments: fc.boolean(),
  blankLines: fc.nat(2),
  variables: fc.boolean(),
});

type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;

function matrixSource(entries: Entry[], seqIndent: number): string {
  const out = ['# generated', 'responses:'];
  const pad = ' '.repeat(seqIndent);
  const ids = new Set<string>();
  for (const e of entries) {
    let id = e.id;
    while (ids.has(id)) id += '-x';
    ids.add(id);
    const k = seqIndent + 2;
    const p = ' '.repeat(k);
    out.push(`${pad}- id:${e.idStyle === 1 ? ` "${id}"` : e.idStyle === 2 ? ` '${id}'` : ` ${id}`}`);
    if (e.comments) out.push(`${p}# a comment line`, `${' '.repeat(Math.max(0, k - 2))}# less indented comment`);
    if (e.localizedTitle === 1) out.push(`${p}title: { ru: ${JSON.stringify(e.title)}, en: '${e.title.replace(/'/g, "''")}' }`);
    else if (e.localizedTitle === 2) out.push(`${p}title:`, `${p}  ru:${styled(e.title, [], e.titleStyle % 3, k + 2)}`);
    else out.push(`${p}title:${styled(e.title, [], e.titleStyle % 3, k)}`);
    if (e.commenter) out.push(`${p}commenter: ${e.commenter}${e.comments ? '   # who' : ''}`);
    if (e.channels.length) {
      if (e.blockChannels === 1) out.push(`${p}channels:`, ...e.channels.map((c) => `${p}  - ${c}`));
      else if (e.blockChannels === 2) out.push(`${p}channels:`, ...e.channels.map((c) => `${p}- ${c}`));
      else out.push(`${p}channels: [${e.channels.join(', ')}${e.comments ? ',' : ''}]`);
    }
    if (e.triggers.length) out.push(`${p}triggers: { ru: [${e.triggers.map((t) => JSON.stringify(t)).join(', ')}], en: [] }`);
    if (e.variables) out.push(`${p}variables:`, `${p}  name: { description: Name, example: "Анна" }`, `${p}  order:`, `${p}    description: Order number`, `${p}    example: '42'`);
    for (let b = 0; b < e.blankLines; b++) out.push(b % 2 ? '' : p);
    out.push(`${p}reply:`);
    out.push(`${p}  ru:${styled(e.ru, e.ruMulti, e.ruStyle, k + 2)}`);
    if (e.en !== null) out.push(`${p}  en:${styled(e.en, e.enMulti, e.enStyle, k + 2)}`);
  }
  return out.join('\n') + '\n';
}

const matrix = fc.tuple(fc.array(entry, { minLength: 1, maxLength: 4 }), fc.constantFrom(0, 2, 4)).map(([e, i]) => matrixSource(e, i));

// ------------------------------------------------------------------------------ tests

test('fast reader: generated matrices in every style read exactly as yaml reads them', () => {
  let fast = 0;
  let total = 0;
  fc.assert(
    fc.property(matrix, (src) => {
      total++;
      if (check(src)) fast++;
      sameMatrix(src);
    }),
    { numRuns: 400 },
  );
  // Most generated files are inside the subset (plain values that YAML would read otherwise are not).
  assert.ok(fast > total * 0.5, `fast path taken for ${fast} of ${total}`);
});

test('fast reader: damaged matrices are either read exactly as yaml reads them or left to yaml', () => {
  const pieces = [' ', '  ', '\n', '- ', ': ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&a ', '*a', '!t ', '---\n', '\t', '\r\n', '\\', 'true', '1', '~', '? ', '%'];
  fc.assert(
    fc.property(matrix, insertions(pieces), (src, edits) => {
      const s = damaged(src, edits);
      check(s);
      sameMatrix(s);
    }),
    { numRuns: 600 },
  );
});

test('fast reader: hand-written edge cases', () => {
  const cases = [
    'responses:\n- id: a\n  title: t\n  reply:\n    en: |\n      one\n\n      two\n',
    'responses:\n  - id: a\n    title: t\n    reply:\n      en: >-\n        folded\n        line\n\n        para\n          more\n        back\n',
    'responses:\n  - id: a\n    title: t\n    reply:\n      en: |\n        no final newline',
    'responses:\n  - id: a\n    title: t\n    reply:\n      en: |\n        text\n\n\n  - id: b\n    title: u\n    reply: { en: "x" }\n',
    'responses:\n  - id: a\n    title: "a: b"\n    reply: { en: \'it\'\'s\' }\n',
    'responses:\n  - id: a\n    title: C# and 50% off\n    reply: { en: "\\u00e9\\U0001F600\\x41" }\n',
    'responses: []\n',
    'version: 1\nresponses:\n  - id: a\n    title: t\n    tone-lint: off\n    reply: { ru: "x" }\n',
  ];
  for (const src of cases) {
    check(src);
    sameMatrix(src);
  }
  assert.ok(fastParseYaml(cases[0]!), 'a plain matrix takes the fast path');
  assert.equal(fastParseYaml('responses:\n  - id: a\n    title: t\n    reply:\n      en: multi\n        line plain\n'), undefined, 'multi-line plain: left to yaml');
  assert.equal(fastParseYaml('responses:\n  - &a id: a\n'), undefined, 'anchors: left to yaml');
});
