// Markdown prose extraction: what is prose, what is markup, exact positions, safe fixes, and
// robustness (any input, linear time).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractMarkdownSegments, MAX_MARKDOWN_SEGMENT } from '../../../src/core/source/markdown';
import type { Segment } from '../../../src/core/source/segment';

const texts = (md: string) => extractMarkdownSegments(md).map((s) => s.text);

/** Every word of every segment maps to exactly that word in the source (markup never included). */
function assertWordsExact(md: string, segs: Segment[]): void {
  for (const s of segs) {
    assert.equal(s.context.role, 'prose');
    for (const m of s.text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const a = m.index as number;
      const src = md.slice(s.toSource(a), s.toSourceEnd(a + m[0].length));
      if (/[&\\]/.test(src)) continue; // an entity or an escape stands for a character of the word
      assert.equal(src, m[0], `"${m[0]}" in ${JSON.stringify(s.text)}`);
    }
  }
}

const DOC = [
  '---',
  'title: ЮЗЕР in front matter',
  '---',
  '# Правила сообщества {#rules}',
  '',
  'Пишите **вежливо** и [читайте](https://example.org/ЮЗЕР "ЮЗЕР") `ЮЗЕР` правила.',
  'Вторая строка с <b>тегом</b> и https://example.org/ЮЗЕР ссылкой.',
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

test('prose only: front matter, code, comments, link targets and definitions are not linted', () => {
  const segs = extractMarkdownSegments(DOC);
  assert.deepEqual(
    segs.map((s) => s.text),
    ['Правила сообщества', 'Пишите вежливо и читайте  правила.\nВторая строка с тегом и  ссылкой.', 'пункт первый', 'пункт второй', 'цитата\nпродолжение'],
  );
  assert.ok(!segs.some((s) => s.text.includes('ЮЗЕР')));
  assertWordsExact(DOC, segs);
});

test('front matter: YAML or TOML at the very top (after a BOM); not when unclosed', () => {
  assert.deepEqual(texts('\uFEFF---\na: b\n...\nText'), ['Text']);
  assert.deepEqual(texts('+++\na = 1\n+++\nText'), ['Text']);
  assert.deepEqual(texts('---\nNot front matter'), ['Not front matter']);
  assert.deepEqual(texts('Intro\n\n---\na: b\n---\n'), ['Intro', 'a: b']);
});

test('code: fences of either kind and length, unclosed to the end, indented code, inline code over lines', () => {
  assert.deepEqual(texts('A\n\n~~~~\n```\nhidden\n~~~~\nB'), ['A', 'B']);
  assert.deepEqual(texts('A\n```js\nhidden\n``\n'), ['A']);
  assert.deepEqual(texts('Para\n\n    code\n\tcode\nAfter'), ['Para', 'After']);
  assert.deepEqual(texts('Para\n    continued, not code'), ['Para\ncontinued, not code']);
  assert.deepEqual(texts('Use ``a ` b`` and `x\ny` here'), ['Use  and  here']);
  assert.deepEqual(texts('- item\n\n  ```\n  hidden\n  ```\n- next'), ['item', 'next']);
  assert.deepEqual(texts('> quote\n> ```\n> hidden\n> ```\n> more'), ['quote', 'more']);
  assert.deepEqual(texts('Unmatched ` tick'), ['Unmatched ` tick']);
});

test('links and images: the text stays, targets and references go', () => {
  assert.deepEqual(texts('See [the guide](https://x.org/a_(b) "Title") now.'), ['See the guide now.']);
  assert.deepEqual(texts('![A cat](cat.png) and [ref][r], [collapsed][] and [shortcut].'), ['A cat and ref, collapsed and shortcut.']);
  assert.deepEqual(texts('[r]: https://x.org\n[long]:\n  https://y.org\nText'), ['Text']);
  assert.deepEqual(texts('[r]: https://x.org "title"\n\nText'), ['Text']);
  assert.deepEqual(texts('Mail <me@example.org> or <https://x.org/a>, or https://x.org/path?q=1. Or www.x.org.'), ['Mail  or , or . Or .']);
  assert.deepEqual(texts('Not a link: [1](and more prose).'), ['Not a link: 1(and more prose).']);
  assert.deepEqual(texts('A note[^1].\n\n[^1]: The footnote text.'), ['A note.', 'The footnote text.']);
  assert.deepEqual(texts('(see https://x.org/a_(b))'), ['(see )']);
});

test('emphasis markers go, intraword underscores and lone stars stay', () => {
  assert.deepEqual(texts('**bold**, *em*, __strong__, _em_, ~~gone~~, ***both***'), ['bold, em, strong, em, gone, both']);
  assert.deepEqual(texts('snake_case_name, 5 * 3, a ~ b'), ['snake_case_name, 5 * 3, a ~ b']);
  assert.deepEqual(texts('Escaped \\*stars\\* and \\_under\\_'), ['Escaped *stars* and _under_']);
});

test('headings: ATX with closing hashes and attributes, setext', () => {
  assert.deepEqual(texts('# One {#one}\n## Two ##\n### Three {#t .cls}\n#### C# ####\n#Not a heading'), ['One', 'Two', 'Three', 'C#', '#Not a heading']);
  assert.deepEqual(texts('Title\n=====\nSub\n---\nText'), ['Title', 'Sub', 'Text']);
  const md = '## Заголовок {#id}\n';
  const s = extractMarkdownSegments(md)[0]!;
  assert.equal(md.slice(s.toSource(0), s.toSourceEnd(s.text.length)), 'Заголовок');
});

test('HTML: comments (block, inline, over lines), tags, and the contents of code and script', () => {
  assert.deepEqual(texts('<!--\nhidden\n-->\nAfter'), ['After']);
  assert.deepEqual(texts('<!-- c --> Visible after'), ['Visible after']);
  assert.deepEqual(texts('Text <!-- hidden\nstill hidden --> shown'), ['Text  shown']);
  assert.deepEqual(texts('<b>Bold</b> start <span class="x"\n  title="y">span</span>'), ['Bold start span']);
  assert.deepEqual(texts('Run <code>hidden()</code> and <kbd>Ctrl</kbd>.'), ['Run  and .']);
  assert.deepEqual(texts('<script>\nhidden()\n</script>\n<style>x{}</style>\nText'), ['Text']);
  assert.deepEqual(texts('<div>\nInside a div\n</div>'), ['Inside a div']);
  assert.deepEqual(texts('a < b > c and <3'), ['a < b > c and <3']);
});

test('lists, quotes and tables: one segment per item, quote paragraph and cell', () => {
  assert.deepEqual(texts('- one\n- two\n  continued\n    - nested\nlazy\n\n  second paragraph\n\n1. first\n2) second'), ['one', 'two\ncontinued', 'nested\nlazy', 'second paragraph', 'first', 'second']);
  assert.deepEqual(texts('* [ ] todo\n+ [X] done'), ['todo', 'done']);
  assert.deepEqual(texts('> one\n> two\n>\n> three\n> > nested\n\nout'), ['one\ntwo', 'three', 'nested', 'out']);
  assert.deepEqual(texts('> quote\nlazy line'), ['quote\nlazy line']);
  const table = '| Name | Reply |\n|:-----|------:|\n| Ann | Thanks \\| a lot |\n| `x` | [link](u) |\n\nAfter';
  assert.deepEqual(texts(table), ['Name', 'Reply', 'Ann', 'Thanks | a lot', 'link', 'After']);
  assert.deepEqual(texts('a | b\n---'), ['a | b'], 'a setext heading, not a table (cell counts differ)');
});

test('entities and escapes: resolved in the text, mapped to their markup', () => {
  const md = 'Say &laquo;hi&raquo; &amp; &#x1F600; &#1046; &unknown; \\# ok';
  const s = extractMarkdownSegments(md)[0]!;
  assert.equal(s.text, 'Say «hi» & 😀 Ж &unknown; # ok');
  const at = (ch: string) => s.text.indexOf(ch);
  assert.equal(md.slice(s.toSource(at('«')), s.toSourceEnd(at('«') + 1)), '&laquo;');
  assert.equal(md.slice(s.toSource(at('😀')), s.toSourceEnd(at('😀') + 2)), '&#x1F600;');
  assert.equal(md.slice(s.toSource(at('#')), s.toSourceEnd(at('#') + 1)), '\\#');
  assert.equal(s.mapFix({ start: at('&'), end: at('&') + 1, replacement: 'and' }), undefined, 'a fix never edits half an entity');
  assertWordsExact(md, [s]);
});

test('fixes: mapped over plain text, escaped for Markdown, refused where they would change the markup', () => {
  const md = 'Пишите **вежливо** и мягко.\n- item text';
  const [p, item] = extractMarkdownSegments(md) as [Segment, Segment];
  const i = p.text.indexOf('вежливо');
  assert.deepEqual(p.mapFix({ start: i, end: i + 7, replacement: 'мягко' }), { start: md.indexOf('вежливо'), end: md.indexOf('вежливо') + 7, replacement: 'мягко' });
  assert.equal(p.mapFix({ start: i - 1, end: i + 7, replacement: 'x' }), undefined, 'over an emphasis marker');
  assert.equal(p.mapFix({ start: i, end: i + 7, replacement: '' }), undefined, 'emptying an emphasis');
  assert.equal(p.mapFix({ start: i, end: i + 7, replacement: ' spaced' }), undefined, 'a blank next to a marker');
  assert.equal(p.mapFix({ start: 0, end: 6, replacement: 'a\nb' }), undefined, 'a line break');
  assert.equal(p.mapFix({ start: 0, end: 6, replacement: '# Heading' }), undefined, 'would start a heading');
  assert.equal(p.mapFix({ start: 0, end: 6, replacement: '*x* [y] `z` <b> a_b _c' })?.replacement, '\\*x\\* \\[y\\] \\`z\\` \\<b> a_b \\_c');
  const j = p.text.indexOf('мягко');
  assert.deepEqual(p.mapFix({ start: j, end: j, replacement: 'очень ' }), { start: md.indexOf('мягко'), end: md.indexOf('мягко'), replacement: 'очень ' });
  assert.ok(item.mapFix({ start: 0, end: 4, replacement: 'entry' }));
  const cell = extractMarkdownSegments('| a |\n|---|\n| cell |')[1]!;
  assert.equal(cell.mapFix({ start: 0, end: 4, replacement: 'a|b' })?.replacement, 'a\\|b');
});

test('a very long paragraph is cut into segments at line breaks', () => {
  const line = 'Слово '.repeat(50).trim();
  const md = Array.from({ length: 2000 }, () => line).join('\n');
  const segs = extractMarkdownSegments(md);
  assert.ok(segs.length > 1);
  for (const s of segs) assert.ok(s.text.length <= MAX_MARKDOWN_SEGMENT);
  assert.equal(segs.map((s) => s.text).join('\n'), md);
  assertWordsExact(md, segs.slice(0, 2));
});

test('property: any input extracts without throwing, with monotone maps and exact copied characters', () => {
  const tok = fc.constantFrom('a', 'б', ' ', '\n', '\n\n', '\r\n', '\t', '    ', '*', '**', '_', '~~', '`', '```', '~~~', '[', ']', '](', '(', ')', '![', '<', '>', '<!--', '-->', '<b>', '</b>', '<code>', '&amp;', '&#65;', '&', '\\', '#', '## ', '- ', '1. ', '> ', '|', '---', '===', 'http://x.y', 'www.a.b', '{#id}', '[^1]', '[x]: u', '😀', '"');
  fc.assert(
    fc.property(fc.array(tok, { maxLength: 50 }).map((a) => a.join('')), (md) => {
      for (const s of extractMarkdownSegments(md)) {
        assert.ok(s.text.length > 0 && s.text.trim() === s.text);
        let prev = -1;
        for (let i = 0; i <= s.text.length; i++) {
          const o = s.toSource(i);
          assert.ok(o >= prev && o >= 0 && o <= md.length);
          prev = o;
          if (i > 0) assert.ok(s.toSourceEnd(i) >= s.toSource(i - 1) && s.toSourceEnd(i) <= md.length);
        }
        for (let i = 0; i < s.text.length; i++) {
          const fix = s.mapFix({ start: i, end: i + 1, replacement: s.text[i]! });
          if (fix) assert.equal(md.slice(fix.start, fix.end), s.text[i], 'a fix only covers the very characters');
        }
      }
    }),
    { numRuns: 3000 },
  );
});

test('linear time on hostile input', () => {
  const N = 400_000;
  const inputs = ['['.repeat(N), ']('.repeat(N / 2), '<!--'.repeat(N / 4), '` '.repeat(N / 2), '<a '.repeat(N / 3), '<code>'.repeat(N / 6), 'http://x' + ')'.repeat(N), '*a'.repeat(N / 2), '> '.repeat(N / 2), '[^'.repeat(N / 2), '&#'.repeat(N / 2), 'a\n'.repeat(N / 2), '- '.repeat(N / 2) + '\n', Array.from({ length: 5000 }, (_, i) => ' '.repeat(i % 30) + '- x').join('\n')];
  for (const md of inputs) {
    const t = performance.now();
    extractMarkdownSegments(md);
    assert.ok(performance.now() - t < 3000, `${JSON.stringify(md.slice(0, 12))}: ${Math.round(performance.now() - t)} ms`);
  }
});

test('property: lines and blocks of plain lines take a short way that gives exactly what the general one gives', async () => {
  const { setPlainBlocks } = await import('../../../src/core/source/markdown');
  // markup the short way must leave to the general one (a*b, [x], ![, <b>, &amp;) and markup both copy as it is (! & < * _ ~ \)
  const piece = fc.constantFrom('word', 'Слово', ' ', '  ', '\t', '\u00A0', 'end.', '\n', '\n', '\r\n', '\n\n', '> ', '- ', '1. ', '    ', 'a*b', '[x]', '—', '😀', '\\', '!', '![', '<', '<b>', '<@', '<<', '<3@x>', '&', '&amp;', '&x', '_', 'a_b', '*', '**', '~', '~~', 'C:\\dir', '`');
  const doc = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));
  const view = (segs: Segment[], src: string) =>
    segs.map((s) => ({
      text: s.text,
      context: s.context,
      at: Array.from({ length: s.text.length + 1 }, (_, i) => [s.toSource(i), s.toSourceEnd(i)]),
      fixes: Array.from({ length: s.text.length }, (_, i) => [s.mapFix({ start: i, end: i + 1, replacement: 'x' }), s.mapFix({ start: 0, end: i, replacement: '' }), s.mapFix({ start: i, end: i, replacement: 'y' })]),
      src: src.length,
    }));
  try {
    fc.assert(fc.property(doc, (src) => {
      setPlainBlocks(true);
      const short = view(extractMarkdownSegments(src), src);
      setPlainBlocks(false);
      const general = view(extractMarkdownSegments(src), src);
      assert.deepEqual(short, general);
    }), { numRuns: 1500 });
  } finally {
    setPlainBlocks(true);
  }
});

test('segments handed one by one to `each` are those returned without it, in order, and a Markdown file lints the same either way', async () => {
  const { readFileSync } = await import('node:fs');
  const { BUILTIN_CATALOG, defaultConfig, lintKitFile, lintSegments, parseSuppressions } = await import('../../../src/core/index');
  const md = ['# Title', '', 'First *paragraph* with a [link](https://x.ru) and `code`.', '', '| a | b |', '|---|---|', '| Ты идиот | cell |', '', '> quoted ГАРАНТИРУЕМ', '', '- item one', '- item two!!!', ''].join('\n');
  for (const source of [md, readFileSync('README.md', 'utf8')]) {
    const handed: Segment[] = [];
    assert.deepEqual(extractMarkdownSegments(source, (s) => handed.push(s)), []);
    const all = extractMarkdownSegments(source);
    assert.ok(all.length > 3);
    assert.deepEqual(handed.map((s) => [s.text, s.toSource(0), s.toSourceEnd(s.text.length), s.context]), all.map((s) => [s.text, s.toSource(0), s.toSourceEnd(s.text.length), s.context]));
    const config = defaultConfig(BUILTIN_CATALOG);
    const findings = lintKitFile('doc.md', source, { config, catalog: BUILTIN_CATALOG }).findings;
    assert.ok(findings.length > 0);
    assert.deepEqual(findings, lintSegments(all, config, parseSuppressions(source, { format: 'markdown' })));
  }
});
