#!/usr/bin/env node
// A 5,000-entry response matrix (generated, deterministic): parse + validate + tone-lint, search, and
// the tree's grouping, as the editor does them. Target (issue 4): loads, groups and validates < 1 s.
//   node bench/responses-bench.mjs [entries]
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const N = Number(process.argv[2] ?? 5000);
const commenters = ['grateful', 'neutral', 'critic', 'troll'];
const lines = ['responses:'];
for (let i = 0; i < N; i++) {
  lines.push(
    `  - id: entry-${i}`,
    `    title: { ru: Ответ номер ${i}, en: Reply number ${i} }`,
    `    category: cat-${i % 25}`,
    `    commenter: ${commenters[i % 4]}`,
    `    channels: [vk, telegram]`,
    `    triggers: { ru: [заказ ${i}], en: [order ${i}] }`,
    `    variables:`,
    `      name: { description: Name, example: Anna }`,
    `    reply:`,
    `      ru: "{{name}}, спасибо за вопрос про заказ ${i}! Напишите нам в личные сообщения, и мы всё проверим."`,
    `      en: "Thanks for asking about order ${i}, {{name}}! Send us a private message and we'll check."`,
  );
}
const source = lines.join('\n') + '\n';
const config = core.defaultConfig(core.BUILTIN_CATALOG);
const time = (f) => {
  const t = performance.now();
  const r = f();
  return [performance.now() - t, r];
};
const runs = [];
for (let k = 0; k < 4; k++) {
  const [parse, file] = time(() => core.parseMatrix(source, 'big.yaml'));
  const [validate, problems] = time(() => core.validateEntries(file));
  const [lint, result] = time(() => core.lintKitFile('.community/responses/big.yaml', source, { config, catalog: core.BUILTIN_CATALOG }));
  const [group] = time(() => {
    const g = new Map();
    for (const e of file.entries) g.set(e.category, [...(g.get(e.category) ?? []), e]);
    return g.size;
  });
  const [search] = time(() => core.searchEntries(file.entries, 'заказ 42'));
  runs.push({ parse, validate, lint, group, search, entries: file.entries.length, problems: problems.length, findings: result.findings.length });
}
const r = runs[runs.length - 1];
console.log(`${N} entries, ${(source.length / 1e6).toFixed(2)} M characters (warm run of ${runs.length}; the first: parse ${runs[0].parse.toFixed(0)} ms)`);
console.log(`| step | ms |\n|---|---:|\n| parse with positions + schema | ${r.parse.toFixed(0)} |\n| validate (ids, variables, templates, lengths) | ${r.validate.toFixed(0)} |\n| lintKitFile (parse, validate, tone-lint every template) | ${r.lint.toFixed(0)} |\n| group for the tree | ${r.group.toFixed(1)} |\n| search “заказ 42” | ${r.search.toFixed(1)} |`);
console.log(`entries ${r.entries}, problems ${r.problems}, findings ${r.findings}`);
