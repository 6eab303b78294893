#!/usr/bin/env node
// npm run bench:judgement: how the built-in packs judge replies nobody tuned them on — a measurement,
// not a test (see README.md here). Each corpus line is a reply with the problems a careful reviewer
// finds in it (`expect`, [] for a reply fit to publish); each finding's rule is mapped to one of those
// problems, and a reply is judged right when the problems found are the problems expected.
//   node bench/judgement/run.mjs [corpus.jsonl ...] [-v]   -v lists every reply judged otherwise
// Reads the built core (dist/core.js): run `npm run build` first (npm install does it).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const core = require('../../dist/core.js');

// rule id (after the language) → the reviewer's name for the problem; rules not listed judge how a
// reply reads (length, readability, greeting, a critic's apology) and are left out of the count
const PROBLEM = {
  shouting: 'shouting', exclamations: 'exclamation', emoji: 'emoji', placeholder: 'placeholder', pii: 'personal-data', 'pii-request': 'personal-data',
  address: 'address', insults: 'insult', 'name-calling': 'insult', condescension: 'condescension', blame: 'blame',
  dismissal: 'dismissal', cliches: 'cliche', bureaucratese: 'bureaucratese', 'plain-words': 'bureaucratese',
  overpromising: 'overpromising', slang: 'chatspeak', 'chat-laughter': 'chatspeak',
};

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const here = new URL('.', import.meta.url);
const files = args.filter((a) => a !== '-v');
const corpora = files.length ? files : readdirSync(here).filter((f) => f.endsWith('.jsonl')).sort().map((f) => new URL(f, here).pathname);
const config = core.defaultConfig(core.BUILTIN_CATALOG);

const perProblem = new Map(); // problem → { expected, caught, alarms }
const tally = (p) => perProblem.get(p) ?? perProblem.set(p, { expected: 0, caught: 0, alarms: 0 }).get(p);
const rows = [];
for (const file of corpora) {
  const items = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  let right = 0;
  let clean = 0;
  let cleanRight = 0;
  for (const item of items) {
    const found = new Map();
    for (const f of core.lintText(item.text, {}, config)) {
      const problem = PROBLEM[f.rule.slice(f.rule.indexOf('.') + 1)];
      if (problem) found.set(problem, [...(found.get(problem) ?? []), item.text.slice(f.start, f.end)]);
    }
    const expected = new Set(item.expect);
    for (const p of expected) {
      tally(p).expected++;
      if (found.has(p)) tally(p).caught++;
    }
    const alarms = [...found.keys()].filter((p) => !expected.has(p));
    for (const p of alarms) tally(p).alarms++;
    const missed = [...expected].filter((p) => !found.has(p));
    const ok = !alarms.length && !missed.length;
    if (ok) right++;
    if (!expected.size) {
      clean++;
      if (!found.size) cleanRight++;
    }
    if (!ok && verbose) {
      const said = alarms.map((p) => `${p} «${found.get(p).join('», «')}»`);
      console.log(`${file.split('/').pop()} ${item.id}${missed.length ? ` missed ${missed.join(', ')}` : ''}${said.length ? ` also ${said.join('; ')}` : ''}\n    ${item.text.replace(/\s+/g, ' ')}`);
    }
  }
  rows.push({ file: file.split('/').pop(), n: items.length, right, clean, cleanRight });
}

console.log('\n| corpus | replies | judged right | fit to publish, passed clean |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.file} | ${r.n} | ${r.right} (${Math.round((100 * r.right) / r.n)} %) | ${r.cleanRight} of ${r.clean} |`);
console.log('\n| problem | expected | caught | recall | found where not expected |');
console.log('|---|---:|---:|---:|---:|');
for (const [p, t] of [...perProblem].sort((a, b) => b[1].expected - a[1].expected)) {
  console.log(`| ${p} | ${t.expected} | ${t.caught} | ${t.expected ? Math.round((100 * t.caught) / t.expected) + ' %' : '—'} | ${t.alarms} |`);
}
