// The response matrix: parsing with positions, every validation at its exact place (in every YAML
// string style), rendering, lint context, and the starter content.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BUILTIN_CATALOG } from '../../../src/core/builtin';
import { defaultConfig, loadVoiceGuide } from '../../../src/core/config/voice';
import { lintKitFile } from '../../../src/core/kit/lint-file';
import { parseEtiquette } from '../../../src/core/etiquette/etiquette';
import { fastParseYaml } from '../../../src/core/responses/fastYaml';
import { duplicateIdsAcross, matrixSegments, parseMatrix, renderReply, requiredVariables, validateEntries, validateMatrices, type MatrixFile } from '../../../src/core/responses/matrix';
import type { Problem } from '../../../src/core/types';

let n = 0;
/** A fresh path per call: parseMatrix caches by path and text. */
const parse = (src: string) => parseMatrix(src, `t${n++}.yaml`);
const codes = (ps: Problem[]) => ps.map((p) => p.code);
function only(problems: Problem[], code: string): Problem {
  const list = problems.filter((p) => p.code === code);
  assert.equal(list.length, 1, `one ${code} in ${JSON.stringify(problems.map((p) => [p.code, p.message]))}`);
  return list[0]!;
}
const text = (src: string, p: { start: number; end: number }) => src.slice(p.start, p.end);

const SRC = `# test matrix
responses:
  - id: thanks
    title: { ru: Благодарность, en: Thanks }
    category: thanks
    commenter: grateful
    channels: [x]
    triggers: { ru: [спасибо], en: [thank you] }
    etiquette: [respect, no-such-rule]
    variables:
      name: { description: Who, example: Анна }
      unused: { description: Nothing, example: x }
    reply:
      ru: "Спасибо, {{name}}! Рады, что {{product}} понравился."
      en: |
        Thank you, {{name}}!

  - id: second
    title: Second
    reply: { en: 'It''s {{ name }}' }
    variables:
      name: { description: Who, example: Sam, default: friend }
`;

test('parses entries with the positions of the entry, its id, templates, variable keys and etiquette ids', () => {
  const f = parse(SRC);
  assert.deepEqual(f.problems, []);
  assert.equal(f.entries.length, 2);
  const [e, s] = f.entries as [MatrixFile['entries'][0], MatrixFile['entries'][0]];
  assert.equal(text(SRC, { start: e.idStart, end: e.idEnd }), 'thanks');
  assert.ok(SRC.slice(e.start).startsWith('id: thanks'));
  assert.equal(SRC.slice(e.end - 10, e.end), '{{name}}!\n', 'a block scalar ends after its last line');
  assert.deepEqual(e.templates.map((t) => [t.lang, text(SRC, { start: t.keyStart, end: t.keyEnd }), SRC.slice(t.start, t.start + 1)]), [
    ['ru', 'ru', '"'],
    ['en', 'en', '|'],
  ]);
  assert.equal(e.templates[1]!.text, 'Thank you, {{name}}!\n');
  assert.deepEqual(e.variables.map((v) => text(SRC, v)), ['name', 'unused']);
  assert.deepEqual(e.etiquette.map((r) => text(SRC, r)), ['respect', 'no-such-rule']);
  assert.deepEqual(e.triggers, { ru: ['спасибо'], en: ['thank you'] });
  assert.equal(e.commenter, 'grateful');
  assert.equal(s.templates[0]!.text, "It's {{ name }}");
  assert.equal(SRC.slice(s.end - 1, s.end), '}', 'a flow map ends at its brace');
  // Template segments map text offsets to the file, through escapes and indentation.
  const seg = e.templates[0]!.segment;
  assert.equal(SRC.slice(seg.toSource(0), seg.toSource(0) + 7), 'Спасибо');
  assert.ok(fastParseYaml(SRC), 'this file takes the fast reader');
});

test('validation: each problem at its exact place', () => {
  const f = parse(SRC);
  const problems = validateEntries(f, { knownEtiquetteIds: new Set(['respect']) });
  assert.equal(text(SRC, only(problems, 'undeclared-variable')), 'product');
  assert.equal(text(SRC, only(problems, 'unused-variable')), 'unused');
  const unknown = only(problems, 'unknown-etiquette-rule');
  assert.equal(text(SRC, unknown), 'no-such-rule');
  assert.equal(only(problems, 'unused-variable').severity, 'warning');
  // Without the etiquette ids nothing is said about them (the kit may have no etiquette docs).
  assert.ok(!codes(validateEntries(f)).includes('unknown-etiquette-rule'));
  // The old option name still works.
  assert.ok(codes(validateEntries(f, { etiquetteIds: new Set(['respect']) })).includes('unknown-etiquette-rule'));
});

test('duplicate ids: in one file on the later id; across files through validateMatrices', () => {
  const a = 'responses:\n  - id: x\n    title: A\n    reply: { ru: "Заказ в пути." }\n  - id: x\n    title: B\n    reply: { ru: "Ещё раз." }\n';
  const fa = parse(a);
  const dup = only(validateEntries(fa), 'duplicate-id');
  assert.equal(dup.start, a.lastIndexOf('x\n'));
  const b = 'responses:\n  - id: y\n    title: C\n    reply: { en: "On its way." }\n  - id: x\n    title: D\n    reply: { en: "Again." }\n';
  const fb = parse(b);
  const all = validateMatrices([fa, fb]);
  const cross = only(all.get(fb.path)!, 'duplicate-id');
  assert.equal(text(b, cross), 'x');
  assert.match(cross.message, new RegExp(fa.path));
  assert.equal(duplicateIdsAcross([fa, fb]).get(fb.path)?.length, 1);
  assert.equal(all.get(fa.path)!.filter((p) => p.code === 'duplicate-id').length, 1, 'the first file only has its own duplicate');
});

test('schema errors point at the key or value that is wrong', () => {
  const src = 'responses:\n  - id: Bad_Id\n    title: x\n    commenter: angry\n    reply: { en: hi }\n    colour: red\n    variables:\n      name: { example: Sam }\n';
  const f = parse(src);
  const at = (re: RegExp) => {
    const p = f.problems.find((x) => re.test(x.message));
    assert.ok(p, `${re} in ${f.problems.map((x) => x.message).join(' | ')}`);
    return text(src, p);
  };
  assert.equal(at(/Unknown key "colour"/), 'colour');
  assert.equal(at(/pattern/), 'Bad_Id');
  assert.equal(at(/must be one of/), 'angry');
  assert.equal(at(/needs the key "description"/), '{ example: Sam }');
  assert.equal(f.entries.length, 1, 'entries are still read for the other checks');
});

test('a Handlebars error inside a block scalar lands on its real line and characters', () => {
  const src = 'responses:\n  - id: a\n    title: t\n    variables:\n      name: { description: n, example: Sam }\n    reply:\n      en: |\n        Hi {{name}},\n        {{#if name}}welcome\n        back.\n';
  const p = only(validateEntries(parse(src)), 'template-syntax');
  assert.equal(text(src, p), '{{#if name}}');
  assert.match(p.message, /never closed/);
  const folded = 'responses:\n  - id: a\n    title: t\n    reply:\n      en: >-\n        First line\n        and {{name}\n        more\n';
  const q = only(validateEntries(parse(folded)), 'template-syntax');
  assert.equal(text(folded, q), '}');
  assert.equal(folded.slice(0, q.start).split('\n').length, 7, 'on the second line of the block');
});

test('a Handlebars error inside a double-quoted scalar with escapes lands on the right characters', () => {
  const src = 'responses:\n  - id: a\n    title: t\n    variables:\n      name: { description: n, example: Sam }\n    reply:\n      en: "Say \\"hi\\" \\u00e9\\t\\n {{name}, ok"\n';
  const f = parse(src);
  assert.equal(f.entries[0]!.templates[0]!.text, 'Say "hi" é\t\n {{name}, ok');
  const p = only(validateEntries(f), 'template-syntax');
  assert.equal(text(src, p), '}');
  assert.equal(src.slice(p.start - 6, p.start), '{{name');
  // the same in a single-quoted scalar, with a mismatched block
  const sq = "responses:\n  - id: a\n    title: t\n    variables:\n      v: { description: n, example: x }\n    reply:\n      en: 'It''s {{#if v}}yes{{/each}}'\n";
  const m = only(validateEntries(parse(sq)), 'template-syntax');
  assert.equal(text(sq, m), '{{/each}}');
});

test('refused template constructs are reported where they stand', () => {
  const src = 'responses:\n  - id: a\n    title: t\n    variables:\n      name: { description: n, example: Sam }\n    reply:\n      en: "Hi {{name}} {{lookup this \\"constructor\\"}} {{name.first}}"\n';
  const problems = validateEntries(parse(src));
  assert.equal(text(src, only(problems, 'template-helper')), '{{lookup this \\"constructor\\"}}');
  assert.equal(text(src, only(problems, 'template-path')), 'name.first');
});

test('length: the reply rendered with its examples over a channel limit, on the language key; the guide can change limits', () => {
  const long = 'Спасибо за вопрос. '.repeat(16);
  const src = `responses:\n  - id: long\n    title: t\n    channels: [x, telegram]\n    variables:\n      name: { description: n, example: Анна }\n    reply:\n      ru: "{{name}}, ${long}"\n`;
  const p = only(validateEntries(parse(src)), 'too-long');
  assert.equal(text(src, p), 'ru');
  assert.match(p.message, /x allows 280/);
  assert.equal(p.severity, 'warning');
  assert.equal(validateEntries(parse(src), { channelLimits: { x: 1000, telegram: 4096 } }).length, 0);
  // Examples count: a long example pushes a short template over.
  const ex = `responses:\n  - id: ex\n    title: t\n    channels: [x]\n    variables:\n      name: { description: n, example: ${'А'.repeat(300)} }\n    reply: { ru: "Привет, {{name}}" }\n`;
  assert.ok(codes(validateEntries(parse(ex))).includes('too-long'));
  // Links count 23 on x.
  const link = `responses:\n  - id: l\n    title: t\n    channels: [x]\n    reply: { en: "See https://example.com/${'a'.repeat(300)}" }\n`;
  assert.deepEqual(codes(validateEntries(parse(link))), []);
});

test('reply time targets and misspelt channels', () => {
  const src = 'responses:\n  - id: a\n    title: t\n    commenter: critic\n    channels: [telgram]\n    reply_within: 1d\n    reply: { en: "Thanks, sorry, send us a private message." }\n  - id: b\n    title: t\n    channels: [email]\n    reply_within: 2d\n    reply: { en: "Hi." }\n  - id: c\n    title: t\n    channels: [forum]\n    reply_within: 2h\n    reply: { en: "Hi." }\n';
  const problems = validateEntries(parse(src));
  assert.equal(text(src, only(problems, 'slow-reply')), '1d', 'email-only entries may take longer');
  const ch = only(problems, 'unknown-channel');
  assert.equal(text(src, ch), 'telgram');
  assert.match(ch.message, /did you mean "telegram"/);
  // on the value itself even when the same text comes earlier in the entry (the title here), in both readers
  const tricky = 'responses:\n  - id: a\n    title: telgram 1d\n    commenter: critic\n    channels: [vk, telgram]\n    reply_within: 1d\n    reply: { en: "Thanks, sorry, send us a private message." }\n';
  for (const variant of [tricky, tricky.replace('title: telgram 1d', 'title: &t telgram 1d')]) {
    const ps = validateEntries(parse(variant));
    assert.equal(variant.slice(only(ps, 'slow-reply').start - 'reply_within: '.length, only(ps, 'slow-reply').end), 'reply_within: 1d');
    assert.equal(variant.slice(only(ps, 'unknown-channel').start - 4, only(ps, 'unknown-channel').end), 'vk, telgram');
  }
});

test('rendering an entry: values, defaults, examples, missing values, language fallback', () => {
  const f = parse(SRC);
  const [e, s] = f.entries as [MatrixFile['entries'][0], MatrixFile['entries'][0]];
  assert.deepEqual(renderReply(e, 'ru', { name: 'Анна' }), { text: '', missing: ['product'], lang: 'ru' });
  assert.deepEqual(renderReply(e, 'en', { name: 'Ann' }), { text: 'Thank you, Ann!\n', missing: [], lang: 'en' });
  assert.deepEqual(renderReply(e, 'en'), { text: '', missing: ['name'], lang: 'en' });
  assert.equal(renderReply(e, 'en', {}, true).text, 'Thank you, Анна!\n', 'examples only when asked (previews)');
  assert.deepEqual(renderReply(s, 'ru'), { text: "It's friend", missing: [], lang: 'en' }, 'default value; the only language there is');
  assert.deepEqual(requiredVariables(e, 'en').map((v) => v.name), ['name']);
  assert.deepEqual(requiredVariables(s, 'en'), [], 'a variable with a default is optional');
});

test('templates are linted with the entry context: declared variables are not placeholders, critics need thanks and a private channel', () => {
  const src = 'responses:\n  - id: c\n    title: t\n    commenter: critic\n    channels: [telegram]\n    variables: { name: { description: n, example: Анна } }\n    reply:\n      ru: "{{name}}, доставка задержалась из-за погоды. {{other}}"\n';
  const segs = matrixSegments(parse(src));
  assert.deepEqual(segs[0]!.context, { lang: 'ru', role: 'template', variables: ['name'], commenter: 'critic', channel: 'telegram' });
  const r = lintKitFile('.community/responses/c.yaml', src, { config: defaultConfig(BUILTIN_CATALOG), catalog: BUILTIN_CATALOG });
  const rules = r.findings.map((f) => f.rule);
  assert.ok(rules.includes('ru.critic-needs-apology'), rules.join());
  const placeholders = r.findings.filter((f) => f.rule === 'ru.placeholder').map((f) => text(src, f));
  assert.ok(!placeholders.some((p) => p.includes('name')), placeholders.join());
  const off = 'responses:\n  - id: c\n    title: t\n    tone-lint: off\n    reply: { ru: "ВЫ ЧТО ТАМ ВСЕ" }\n';
  assert.deepEqual(matrixSegments(parse(off)), []);
});

test('broken YAML: a problem, no entries, no exception', () => {
  for (const src of ['responses:\n  - id: [unclosed\n', 'responses: {', '\u0000\u0001', '', 'responses:\n  - just text\n', '- a\n- b\n']) {
    const f = parse(src);
    assert.ok(Array.isArray(f.entries));
    assert.doesNotThrow(() => validateEntries(f));
  }
  assert.ok(parse('responses:\n  - id: [unclosed\n').problems.some((p) => p.code === 'yaml-syntax'));
});

for (const lang of ['ru', 'en'] as const) {
  test(`the ${lang} starter matrix: 40 entries over every commenter type and topic, no problems, clean under the packs and the kit's guide`, () => {
    const kit = `examples/${lang}/.community`;
    const dir = `${kit}/responses`;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => parseMatrix(readFileSync(`${dir}/${f}`, 'utf8'), `${dir}/${f}`));
    const entries = files.flatMap((f) => f.entries);
    assert.ok(entries.length >= 40, `${entries.length} entries`);
    for (const c of ['grateful', 'neutral', 'critic', 'troll']) assert.ok(entries.filter((e) => e.commenter === c).length >= 4, c);
    for (const id of ['thanks-review', 'order-where', 'delivery-cost', 'where-link', 'event-signup', 'app-bug', 'complaint-private', 'troll-calm', 'contest-rules', 'moderation-warning', 'price-question', 'refund-how', 'grind-question', 'outage']) {
      assert.ok(entries.some((e) => e.id === id), id);
    }
    assert.ok(new Set(entries.flatMap((e) => e.channels)).size >= 4, 'several channels');
    const etiquette = new Set(parseEtiquette(readFileSync(`${kit}/etiquette.md`, 'utf8'), `${kit}/etiquette.md`).rules.map((r) => r.id));
    const guide = loadVoiceGuide(readFileSync(`${kit}/voice.yaml`, 'utf8'), BUILTIN_CATALOG, `${kit}/voice.yaml`);
    for (const [path, problems] of validateMatrices(files, { knownEtiquetteIds: etiquette, channelLimits: guide.config.env.channelLimits })) {
      assert.deepEqual(problems.map((p) => `${path}: ${p.code} ${p.message}`), []);
    }
    for (const f of files) {
      assert.ok(fastParseYaml(f.source), `${f.path} takes the fast reader`);
      for (const config of [defaultConfig(BUILTIN_CATALOG), guide.config]) {
        const lint = lintKitFile(f.path, f.source, { config, catalog: BUILTIN_CATALOG });
        assert.deepEqual(lint.findings.map((x) => `${f.path}: ${x.rule} «${f.source.slice(x.start, x.end)}» ${x.message}`), []);
      }
      for (const e of f.entries) {
        const r = renderReply(e, lang, {}, true);
        assert.ok(r.text && !r.error && !r.missing.length, `${e.id} renders with its examples`);
      }
    }
  });
}
