import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as YAML from 'yaml';
import { planStarterKit, starterFilesFor, type StarterFiles } from '../../../src/core/kit/starter';
import { BUILTIN_CATALOG } from '../../../src/core/builtin';
import { defaultConfig } from '../../../src/core/config/voice';
import { lintKitFile } from '../../../src/core/kit/lint-file';
import { duplicateIdsAcross, parseMatrix } from '../../../src/core/responses/matrix';

const read = (p: string) => readFileSync(p, 'utf8');
const files: StarterFiles = { ru: {}, en: {} };
for (const lang of ['ru', 'en'] as const) {
  const matrices = readdirSync(`examples/${lang}/.community/responses`).filter((f) => f.endsWith('.yaml')).map((f) => `responses/${f}`);
  for (const f of ['voice.yaml', 'etiquette.md', ...matrices, 'interview/bank.yaml']) files[lang][`.community/${f}`] = read(`examples/${lang}/.community/${f}`);
}

test('Create Community Kit embeds every starter file of examples/ (none forgotten when one is added)', () => {
  const embedding = read('src/extension/kit/createKit.ts');
  for (const lang of ['ru', 'en'] as const) {
    for (const path of Object.keys(files[lang])) {
      assert.ok(embedding.includes(`'../../../examples/${lang}/${path}'`), `createKit.ts does not import examples/${lang}/${path}`);
      assert.match(embedding, new RegExp(`'${path.replace(/[.*/]/g, '\\$&')}': ${lang}[A-Z]\\w*`), `createKit.ts does not write ${path} for ${lang}`);
    }
  }
});

test('a new kit: every file created; “both” keeps ids unique and the kit clean', () => {
  for (const lang of ['ru', 'en', 'both'] as const) {
    const wanted = starterFilesFor(files, lang);
    const plan = planStarterKit(wanted, new Map());
    assert.ok(plan.every((p) => p.action === 'create'));
    const matrices = plan.filter((p) => /responses\//.test(p.path)).map((p) => parseMatrix(p.content, p.path));
    assert.equal(duplicateIdsAcross(matrices).size, 0, lang);
    for (const p of plan) {
      const r = lintKitFile(p.path, p.content, { config: defaultConfig(BUILTIN_CATALOG), catalog: BUILTIN_CATALOG });
      assert.deepEqual([...r.problems, ...r.findings.filter((f) => f.severity !== 'info')].map((f) => `${p.path}: ${f.message}`), [], lang);
    }
  }
  assert.ok('.community/etiquette.en.md' in starterFilesFor(files, 'both'));
});

test('never overwrites: existing files are skipped, matrices get only the missing entries', () => {
  const mine = 'responses:\n  # my own entry\n  - id: thanks-review\n    title: Mine\n    reply: { en: "Thanks, friend of ours." }\n';
  const existing = new Map([
    ['.community/voice.yaml', 'version: 1\n# my guide\n'],
    ['.community/responses/thanks.yaml', mine],
  ]);
  const plan = planStarterKit(starterFilesFor(files, 'en'), existing);
  assert.equal(plan.find((p) => p.path === '.community/voice.yaml')!.action, 'skip');
  const merge = plan.find((p) => p.path === '.community/responses/thanks.yaml')!;
  assert.equal(merge.action, 'merge');
  assert.equal(merge.added, 5);
  const merged = YAML.parse(mine + merge.content);
  assert.equal(merged.responses.length, 6);
  assert.equal(merged.responses[0].title, 'Mine');
  assert.match(mine + merge.content, /# my own entry/);
  assert.ok(planStarterKit(starterFilesFor(files, 'en'), existing, 'skip').every((p) => p.action !== 'merge'));
});
