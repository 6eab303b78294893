// Problems of kit files speak Russian too: every problem the core reports for a set of broken kit
// files carries a Russian message (template syntax errors and refused constructs too), and tone-lint
// prints them with --locale ru.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUILTIN_CATALOG } from '../../../src/core/builtin';
import { defaultConfig } from '../../../src/core/config/voice';
import { lintKitFile } from '../../../src/core/kit/lint-file';
import { validateMatrices, parseMatrix } from '../../../src/core/responses/matrix';
import { problemMessage } from '../../../src/core/types';

const broken: Record<string, string> = {
  '.community/voice.yaml': 'version: 1\nextends: [en]\nrules:\n  ru.slang: warning\n  nope.rule: error\n  my.rule: { kind: nokind }\n  en.insults: { kind: caps }\n  en.emoji: { max: -1 }\nunknownKey: 1\n',
  '.community/responses/r.yaml':
    'responses:\n  - id: a\n    title: A\n    commenter: critic\n    channels: [telgram, x]\n    reply_within: 2d\n    etiquette: [ghost]\n    variables:\n      name: { description: n, example: Anna }\n      unused: { description: u, example: x }\n    reply:\n      en: "Hi {{nmae}}."\n  - id: long\n    title: Long\n    channels: [x]\n    reply:\n      en: "' + 'long text '.repeat(40) + '"\n  - id: a\n    title: Again\n    bogus: 1\n    reply: { en: "x" }\n  - id: t1\n    title: Unclosed\n    reply: { en: "Hi {{#if x}}there" }\n  - id: t2\n    title: Helper\n    reply: { en: "Hi {{lookup this \\"constructor\\"}}" }\n',
  '.community/etiquette.md': '---\nladder:\n  - step: block\n    after: 1\n  - step: note\n    after: 3\n  - step: ban\n    after: 4\n  - step: warning\n    after: 5\nexceptions:\n  ghost: block\n  bad-id: strike\n---\n## R1. Be kind {#be-kind}\n\nx\n\n## R2. Again {#be-kind}\n\ny\n\n## R3. Bad {#Bad_Id}\n\nz\n',
  '.community/interview/bank.yaml': 'languages: [ru, en]\ncategories: { a: A }\ncompetencies: { c: C }\nquestions:\n  - id: q1\n    category: zz\n    competencies: [zz]\n    question: { en: "Why?" }\n    rubric: nope\n  - id: q1\n    category: a\n    question: { ru: "Почему?", en: "Why?" }\n    rubric: { "1": "" }\n',
  '.community/broken.yaml': 'reply: "unclosed\n  a: [\n',
  '.community/dup.yaml': 'reply: a\nreply: b\n',
};

test('every problem of broken kit files has its Russian message', () => {
  const config = defaultConfig(BUILTIN_CATALOG);
  const seen = new Set<string>();
  for (const [path, src] of Object.entries(broken)) {
    const r = lintKitFile(path, src, { config, catalog: BUILTIN_CATALOG, kit: { etiquetteIds: new Set(['be-kind']), questionIds: new Set(['q1']) } });
    const extra = path.includes('responses') ? validateMatrices([parseMatrix(src, path)]).get(path) ?? [] : [];
    for (const p of [...r.problems, ...extra]) {
      seen.add(p.code);
      assert.ok(p.ru && /[а-яё]/i.test(p.ru), `${path}: ${p.code}: no Russian for “${p.message}”`);
      assert.equal(problemMessage(p, 'en'), p.message);
      assert.equal(problemMessage(p, 'ru'), p.ru);
    }
  }
  // the broken files above do produce the problems this test is about
  for (const code of ['voice-schema', 'unknown-rule', 'unknown-kind', 'rule-kind', 'rule-options', 'responses-schema', 'duplicate-id', 'unknown-channel', 'slow-reply', 'unknown-etiquette-rule', 'unused-variable', 'undeclared-variable', 'too-long', 'ladder', 'rule-id', 'unknown-category', 'unknown-competency', 'missing-translation', 'unknown-rubric', 'empty-rubric', 'yaml-syntax', 'template-syntax', 'template-helper']) {
    assert.ok(seen.has(code), `${code} not produced; seen ${[...seen].join(', ')}`);
  }
});

test('tone-lint prints kit problems in Russian with --locale ru, in English by default', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ck-ru-'));
  mkdirSync(join(dir, '.community/responses'), { recursive: true });
  writeFileSync(join(dir, '.community/responses/r.yaml'), 'responses:\n  - id: a\n    title: A\n    reply: { en: "Hi." }\n  - id: a\n    title: B\n    reply: { en: "Hello." }\n');
  const run = (...extra: string[]) => spawnSync(process.execPath, [join(process.cwd(), 'dist/cli.js'), ...extra, '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  const messages = (out: string) => (JSON.parse(out) as { files: { findings: { rule: string; message: string }[] }[] }).files.flatMap((f) => f.findings).filter((f) => f.rule === 'kit/duplicate-id').map((f) => f.message);
  assert.match(messages(run('--locale', 'ru').stdout)[0]!, /^Повтор id "a"/);
  assert.match(messages(run().stdout)[0]!, /^Duplicate id "a"/);
});
