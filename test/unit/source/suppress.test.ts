// Suppression comments: each directive form, in YAML and Markdown, and only inside comments.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSuppressions } from '../../../src/core/source/suppress';

const YAML_SRC = [
  'faq:',
  '  # tone-lint-disable-next-line en.shouting, ru.caps -- a brand name',
  '  - id: a',
  '    reply: |',
  '      LOUD BRAND',
  '  - id: b',
  '    reply: LOUD B # tone-lint-disable-line',
  '    other: LOUD C',
  '  # tone-lint-disable en.exclamations',
  '  - reply: Wow!',
  '  # tone-lint-enable en.exclamations',
  '  - reply: Wow again!',
  '',
].join('\n');

test('YAML: next-line covers the entry under it, line covers its line, disable … enable a block', () => {
  for (const format of [undefined, 'yaml'] as const) {
    const s = parseSuppressions(YAML_SRC, { format });
    const at = (w: string) => YAML_SRC.indexOf(w);
    assert.ok(s.isSuppressed('en.shouting', at('LOUD BRAND')), 'the block scalar under the next line');
    assert.ok(s.isSuppressed('ru.caps', at('id: a')));
    assert.ok(!s.isSuppressed('en.other', at('LOUD BRAND')), 'only the rules named');
    assert.ok(!s.isSuppressed('en.shouting', at('id: b')), 'not the next entry');
    assert.ok(s.isSuppressed('anything', at('LOUD B #')), 'no rules named: all rules');
    assert.ok(!s.isSuppressed('anything', at('LOUD C')), 'only that line');
    assert.ok(s.isSuppressed('en.exclamations', at('Wow!')));
    assert.ok(!s.isSuppressed('en.other', at('Wow!')));
    assert.ok(!s.isSuppressed('en.exclamations', at('Wow again')));
    assert.deepEqual(s.named.map((n) => [n.id, YAML_SRC.slice(n.start, n.end)]), [
      ['en.shouting', 'en.shouting'],
      ['ru.caps', 'ru.caps'],
      ['en.exclamations', 'en.exclamations'],
      ['en.exclamations', 'en.exclamations'],
    ]);
    assert.deepEqual(s.directives.map((d) => d.kind), ['disable-next-line', 'disable-line', 'disable', 'enable']);
  }
});

test('Markdown: <!-- --> comments, over lines too, and inline', () => {
  const md = 'Hi.\n\n<!-- tone-lint-disable-next-line en.shouting -->\nWe are OPEN\non SUNDAY.\n\nLOUD again.\n\n<!--\n  tone-lint-disable-next-line\n-->\n\n<!-- an ordinary comment -->\nSKIPPED comment lines\n\nA <!-- tone-lint-disable --> LOUD <!-- tone-lint-enable --> LOUD2 <!-- tone-lint-disable-line en.x --> tail\n';
  const at = (w: string) => md.indexOf(w);
  const s = parseSuppressions(md);
  assert.ok(s.isSuppressed('en.shouting', at('OPEN')));
  assert.ok(!s.isSuppressed('en.shouting', at('SUNDAY')), 'the next line only');
  assert.ok(!s.isSuppressed('en.shouting', at('LOUD again')));
  assert.ok(s.isSuppressed('any', at('SKIPPED')), 'blank and comment-only lines are skipped to find the next line');
  assert.ok(s.isSuppressed('any', at('LOUD <!--')), 'disable … enable inside one line');
  assert.ok(!s.isSuppressed('any', at('LOUD2')));
  assert.ok(s.isSuppressed('en.x', at('tail')));
  const m = parseSuppressions(md, { format: 'markdown' });
  assert.ok(m.isSuppressed('en.shouting', at('SUNDAY')), 'with the format known: the whole paragraph');
});

test('only in comments: not in prose, quoted strings, inline code or fenced code', () => {
  const cases = [
    'Say tone-lint-disable-line here\n',
    'reply: "text # tone-lint-disable-line"\n',
    "reply: 'text # tone-lint-disable-line'\n",
    'Write `<!-- tone-lint-disable-line -->` in Markdown.\n',
    'Write `# tone-lint-disable-line` in YAML.\n',
    '```yaml\nreply: x # tone-lint-disable-line\n```\n',
    'url: https://x.org/tone-lint-disable-line\n',
    'a: b#tone-lint-disable-line\n',
    'x # tone-lint-disable-nextline\n',
  ];
  for (const src of cases) {
    const s = parseSuppressions(src);
    assert.deepEqual(s.directives, [], JSON.stringify(src));
    assert.ok(!s.isSuppressed('x', 0));
  }
  // plain text comment lines
  const txt = '// tone-lint-disable-next-line en.x\nText\n# tone-lint-disable-line en.y\n';
  const t = parseSuppressions(txt, { format: 'text' });
  assert.ok(t.isSuppressed('en.x', txt.indexOf('Text')));
  assert.ok(t.isSuppressed('en.y', txt.indexOf('# tone')));
  // with the format known, a # line inside a YAML block scalar is text, not a comment
  const block = 'reply: |\n  # tone-lint-disable-line\n  text\n';
  assert.equal(parseSuppressions(block, { format: 'yaml' }).directives.length, 0);
  assert.equal(parseSuppressions(block).directives.length, 1, 'format-independent: read as a comment line');
});

test('ESLint semantics: enable one rule after disabling all; ids with / and _; the latest directive decides', () => {
  const src = '# tone-lint-disable\nA\n# tone-lint-enable en.x\nB\n# tone-lint-disable plugin/rule_id.v2\nC\n# tone-lint-enable\nD\n';
  const s = parseSuppressions(src);
  const at = (w: string) => src.indexOf(`\n${w}\n`) + 1;
  assert.ok(s.isSuppressed('en.x', at('A')) && s.isSuppressed('en.y', at('A')));
  assert.ok(!s.isSuppressed('en.x', at('B')) && s.isSuppressed('en.y', at('B')));
  assert.ok(s.isSuppressed('plugin/rule_id.v2', at('C')));
  assert.ok(!s.isSuppressed('en.y', at('D')) && !s.isSuppressed('plugin/rule_id.v2', at('D')));
  assert.deepEqual(s.named.map((n) => n.id), ['en.x', 'plugin/rule_id.v2']);
});

test('unused directives are reported after the queries', () => {
  const src = '# tone-lint-disable-next-line en.x\nused\n# tone-lint-disable-line en.y\n# tone-lint-disable-next-line en.z\n';
  const s = parseSuppressions(src);
  assert.ok(s.isSuppressed('en.x', src.indexOf('used')));
  assert.deepEqual(s.unused().map((d) => d.rules.join()), ['en.y', 'en.z']);
  assert.equal(s.directives[2]!.covers, undefined, 'nothing after the last directive');
});

test('linear on hostile input', () => {
  const inputs = ['word tone-lint-disable word '.repeat(20000), '<!-- tone-lint-disable '.repeat(20000), ('x # tone-lint-disable-line a ').repeat(20000), 'a: 1 # tone-lint-disable-line en.x\n'.repeat(20000), Array.from({ length: 10000 }, (_, i) => ' '.repeat(i % 100) + '# tone-lint-disable-next-line\n' + ' '.repeat(i % 100) + 'k: v').join('\n')];
  for (const src of inputs) {
    const t = performance.now();
    const s = parseSuppressions(src);
    for (let i = 0; i < 5000; i++) s.isSuppressed('en.x', (i * 7919) % src.length);
    assert.ok(performance.now() - t < 3000, `${JSON.stringify(src.slice(0, 20))}: ${Math.round(performance.now() - t)} ms`);
  }
});
