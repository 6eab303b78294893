import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BUILTIN_CATALOG } from '../../../src/core/builtin';
import { defaultConfig } from '../../../src/core/config/voice';
import { lintKitFile } from '../../../src/core/kit/lint-file';
import { duplicateIdsAcross, inspectTemplate, parseMatrix, renderReply, renderTemplate, searchEntries, validateEntries } from '../../../src/core/responses/matrix';

const SRC = `# test matrix
responses:
  - id: thanks
    title: { ru: Благодарность, en: Thanks }
    category: thanks
    commenter: grateful
    channels: [x]
    triggers: { ru: [спасибо], en: [thank you] }
    variables:
      name: { description: Who, example: Анна }
      unused: { example: x }
    reply:
      ru: "Спасибо, {{name}}! Рады, что {{product}} понравился."
      en: |
        Thank you, {{name}}!
        {{#if}}broken
  - id: thanks
    title: Dup
    reply: { en: "Hi" }
    etiquette: [no-such-rule]
`;

function at(problems: { code: string; start: number; end: number }[], code: string) {
  const p = problems.find((x) => x.code === code);
  assert.ok(p, `${code} in ${problems.map((x) => x.code).join(', ')}`);
  return SRC.slice(p.start, p.end);
}

test('parses entries with positions', () => {
  const f = parseMatrix(SRC, 'a.yaml');
  assert.equal(f.entries.length, 2);
  const e = f.entries[0]!;
  assert.equal(SRC.slice(e.idStart, e.idEnd), 'thanks');
  assert.deepEqual(e.templates.map((t) => t.lang), ['ru', 'en']);
  assert.deepEqual(e.variables.map((v) => SRC.slice(v.start, v.end)), ['name', 'unused']);
  assert.equal(e.commenter, 'grateful');
});

test('validation: every problem at its exact place', () => {
  const f = parseMatrix(SRC, 'a.yaml');
  const problems = validateEntries(f, { etiquetteIds: new Set(['respect']) });
  assert.equal(at(problems, 'undeclared-variable'), '{{product}}'.slice(2, -2));
  assert.equal(at(problems, 'unused-variable'), 'unused');
  assert.equal(at(problems, 'duplicate-id'), 'thanks');
  assert.equal(problems.find((p) => p.code === 'duplicate-id')!.start, SRC.lastIndexOf('thanks'));
  assert.equal(at(problems, 'unknown-etiquette-rule'), 'no-such-rule');
  const syntax = problems.find((p) => p.code === 'template-syntax')!;
  assert.ok(syntax, 'template syntax error reported');
  assert.equal(SRC.slice(0, syntax.start).split('\n').length, 16, 'on the YAML line of the broken block');
});

test('schema errors point at the key', () => {
  const src = 'responses:\n  - id: Bad_Id\n    title: x\n    reply: { en: hi }\n    colour: red\n';
  const f = parseMatrix(src, 'b.yaml');
  const unknown = f.problems.find((p) => /Unknown key "colour"/.test(p.message));
  assert.ok(unknown);
  assert.equal(src.slice(unknown.start, unknown.end), 'colour');
  assert.ok(f.problems.some((p) => src.slice(p.start, p.end) === 'Bad_Id'));
});

test('a Handlebars error inside a double-quoted scalar with escapes lands on the right characters', () => {
  const src = 'responses:\n  - id: a\n    title: t\n    reply:\n      en: "Say \\"hi\\" {{name}"\n';
  const f = parseMatrix(src, 'c.yaml');
  const p = validateEntries(f).find((x) => x.code === 'template-syntax')!;
  assert.ok(p);
  assert.ok(src.slice(p.start - 6, p.start + 1).includes('{{name'), src.slice(p.start - 6, p.end));
});

test('a rendered example over a channel limit is reported', () => {
  const long = 'Спасибо! '.repeat(40);
  const src = `responses:\n  - id: long\n    title: t\n    channels: [x, telegram]\n    reply: { ru: "${long}" }\n`;
  const p = validateEntries(parseMatrix(src, 'd.yaml'));
  assert.equal(p.filter((x) => x.code === 'too-long').length, 1);
  assert.match(p[0]!.message, /x allows 280/);
});

test('rendering: values, defaults, examples, missing values; plain text, never escaped', () => {
  const f = parseMatrix(SRC, 'a.yaml');
  const e = f.entries[0]!;
  assert.deepEqual(renderReply(e, 'ru', { name: 'Анна' }), { text: '', missing: ['product'] });
  assert.equal(renderTemplate('Hi {{name}} & <b>', { name: '<Sam>' }).text, 'Hi <Sam> & <b>');
  assert.equal(renderTemplate('{{#if vip}}VIP {{/if}}{{name}}', { name: 'Sam', vip: '' }).text, 'Sam');
});

test('a template can never run code or reach prototypes', () => {
  for (const t of ['{{constructor.constructor "return process"}}', '{{#with __proto__}}{{polluted}}{{/with}}', '{{lookup this "constructor"}}', '{{> evil}}', '{{evilHelper name}}']) {
    const r = renderTemplate(t, { name: 'x' });
    // refused, or rendered to nothing: prototype members are never reached
    assert.equal(r.text, '', `${t}: ${JSON.stringify(r)}`);
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.deepEqual(inspectTemplate('{{#each items}}{{this}}{{/each}} {{name}}').variables.map((v) => v.name), ['items', 'name']);
});

test('cross-file duplicate ids and search in both languages', () => {
  const a = parseMatrix('responses:\n  - id: x\n    title: Доставка заказа\n    triggers: [где посылка]\n    reply: { ru: "Заказ в пути." }\n', 'a.yaml');
  const b = parseMatrix('responses:\n  - id: x\n    title: Order delivery\n    reply: { en: "On its way." }\n', 'b.yaml');
  assert.equal(duplicateIdsAcross([a, b]).get('b.yaml')?.length, 1);
  const all = [...a.entries, ...b.entries];
  assert.equal(searchEntries(all, 'посылк')[0]!.entry.file, 'a.yaml');
  assert.equal(searchEntries(all, 'ДОСТАВКА')[0]!.entry.file, 'a.yaml');
  assert.equal(searchEntries(all, 'delivery')[0]!.entry.file, 'b.yaml');
  assert.equal(searchEntries(all, 'zzz').length, 0);
});

test('tone-lint sees templates with their context: declared variables are not placeholders, critics need an apology', () => {
  const src = 'responses:\n  - id: c\n    title: t\n    commenter: critic\n    variables: { name: { example: Анна } }\n    reply:\n      ru: "{{name}}, доставка задержалась из-за погоды."\n';
  const r = lintKitFile('.community/responses/c.yaml', src, { config: defaultConfig(BUILTIN_CATALOG), catalog: BUILTIN_CATALOG });
  const rules = r.findings.map((f) => f.rule);
  assert.ok(!rules.includes('ru.placeholder'), rules.join());
  assert.ok(rules.includes('ru.critic-needs-apology'), rules.join());
});

for (const lang of ['ru', 'en']) {
  test(`the ${lang} starter matrix: 30+ entries, every commenter type, no problems, clean under the packs`, () => {
    const dir = `examples/${lang}/.community/responses`;
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => parseMatrix(readFileSync(`${dir}/${f}`, 'utf8'), `${dir}/${f}`));
    const entries = files.flatMap((f) => f.entries);
    assert.ok(entries.length >= 30, `${entries.length} entries`);
    for (const c of ['grateful', 'neutral', 'critic', 'troll']) assert.ok(entries.some((e) => e.commenter === c), c);
    for (const f of files) {
      const problems = [...f.problems, ...validateEntries(f)];
      assert.deepEqual(problems.map((p) => `${f.path}: ${p.message}`), []);
      const lint = lintKitFile(f.path, f.source, { config: defaultConfig(BUILTIN_CATALOG), catalog: BUILTIN_CATALOG });
      const notable = lint.findings.filter((x) => x.severity !== 'info');
      assert.deepEqual(notable.map((x) => `${f.path}: ${x.rule} ${f.source.slice(x.start, x.end)}`), []);
    }
    assert.equal(duplicateIdsAcross(files).size, 0);
  });
}
