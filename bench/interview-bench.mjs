#!/usr/bin/env node
// A 10,000-question bank (generated): parse, group for the tree, and filter per keystroke as a user
// types a query in either language. Target (issue 6): under 200 ms per keystroke.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const N = Number(process.argv[2] ?? 10000);
const cats = ['community', 'strategy', 'communication', 'negativity', 'events', 'analytics'];
const lines = ['languages: [ru, en]', 'questions:'];
for (let i = 0; i < N; i++) {
  lines.push(`  - id: q-${i}`, `    category: ${cats[i % 6]}`, `    competencies: [c${i % 8}, c${(i + 3) % 8}]`, `    level: ${['junior', 'middle', 'senior'][i % 3]}`,
    `    question: { ru: "Как вы проведёте встречу номер ${i} для сообщества?", en: "How would you run meetup number ${i} for the community?" }`,
    `    strong_answer: { ru: "План, площадка, напоминания, запасной вариант ${i}.", en: "A plan, a venue, reminders, a backup ${i}." }`);
}
const source = lines.join('\n') + '\n';
let t = performance.now();
const bank = core.parseBank(source, 'big.yaml');
const parse = performance.now() - t;
t = performance.now();
for (const by of ['category', 'competency', 'level']) core.groupQuestions(bank.questions, by);
const group = performance.now() - t;
const perKey = [];
for (const query of ['встреча 42', 'meetup 99']) {
  for (let k = 1; k <= query.length; k++) {
    t = performance.now();
    const shown = core.filterQuestions(bank.questions, query.slice(0, k));
    core.groupQuestions(shown, 'category');
    perKey.push(performance.now() - t);
  }
}
perKey.sort((a, b) => a - b);
console.log(`${bank.questions.length} questions (${(source.length / 1e6).toFixed(1)} M characters): parse ${parse.toFixed(0)} ms, group three ways ${group.toFixed(0)} ms`);
console.log(`filter + regroup per keystroke: median ${perKey[perKey.length >> 1].toFixed(1)} ms, max ${perKey[perKey.length - 1].toFixed(1)} ms (first keystroke builds the search index)`);
