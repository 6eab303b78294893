import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BUILTIN_CATALOG } from '../../../src/core/builtin';
import { defaultConfig } from '../../../src/core/config/voice';
import { findRuleReferences, formatDuration, parseEtiquette, renderNotice, stepFor } from '../../../src/core/etiquette/etiquette';
import { lintKitFile } from '../../../src/core/kit/lint-file';

const DOC = `---
lang: en
ladder:
  - step: note
    after: 1
  - step: block
    after: 3
  - step: ban
    after: 2
exceptions:
  no-spam: block
  ghost: warning
notices:
  note: "Hi {{name}}, {{oops}}"
---
# Rules

## R1. Be kind {#be-kind}
Kindness first.

## R2. No spam {#no-spam}
No ads.

## R3. Dup {#be-kind}
## Bad id {#Bad_Id}
`;

const slice = (p: { start: number; end: number }) => DOC.slice(p.start, p.end);

test('parses rule ids, titles, numbers and bodies with positions', () => {
  const d = parseEtiquette(DOC, 'e.md');
  assert.deepEqual(d.rules.map((r) => [r.number, r.title, r.id]), [['R1', 'Be kind', 'be-kind'], ['R2', 'No spam', 'no-spam'], ['R3', 'Dup', 'be-kind']]);
  assert.equal(slice({ start: d.rules[0]!.idStart, end: d.rules[0]!.idEnd }), 'be-kind');
  assert.equal(d.rules[0]!.body, 'Kindness first.');
  assert.equal(d.lang, 'en');
});

test('validation: duplicate and malformed ids, ladder gaps and order, durations, exceptions, templates', () => {
  const d = parseEtiquette(DOC, 'e.md');
  const by = (code: string) => d.problems.filter((p) => p.code === code);
  assert.equal(slice(by('duplicate-id')[0]!), 'be-kind');
  assert.equal(by('duplicate-id')[0]!.start, DOC.lastIndexOf('be-kind'));
  assert.equal(slice(by('rule-id')[0]!), 'Bad_Id');
  const ladder = by('ladder').map((p) => p.message);
  assert.ok(ladder.some((m) => /gap: nothing happens at violation 2/.test(m)), ladder.join('\n'));
  assert.ok(ladder.some((m) => /must be in order/.test(m)), ladder.join('\n'));
  assert.ok(ladder.some((m) => /needs a duration/.test(m)), ladder.join('\n'));
  assert.ok(ladder.some((m) => /ghost: warning" names a step the ladder does not have/.test(m)), ladder.join('\n'));
  assert.equal(slice(by('unknown-rule')[0]!), 'ghost');
  assert.match(by('unknown-variable')[0]!.message, /\{\{oops\}\}/);
});

test('validation: a ladder only grows stricter; a repeated step is a warning', () => {
  const doc = (steps: string) => parseEtiquette(`---\nladder:\n${steps}---\n## R1. Be kind {#be-kind}\n\nKindness.\n`, 'l.md');
  const down = doc('  - step: block\n    after: 1\n    duration: 1d\n  - step: warning\n    after: 2\n  - step: note\n    after: 3\n');
  const msgs = down.problems.filter((p) => p.code === 'ladder');
  assert.equal(msgs.length, 2, msgs.map((m) => m.message).join('\n'));
  assert.match(msgs[0]!.message, /"warning" cannot come after "block"/);
  const src = '---\nladder:\n  - step: warning\n    after: 1\n  - step: warning\n    after: 2\n---\n## R1. Be kind {#be-kind}\n\nKindness.\n';
  const twice = parseEtiquette(src, 'l.md').problems.filter((p) => p.code === 'ladder');
  assert.equal(twice.length, 1);
  assert.equal(twice[0]!.severity, 'warning');
  assert.equal(src.slice(twice[0]!.start, twice[0]!.end), 'warning');
  assert.equal(src.lastIndexOf('warning'), twice[0]!.start);
  // two blocks of different lengths are a normal ladder
  assert.deepEqual(doc('  - step: block\n    after: 1\n    duration: 1d\n  - step: block\n    after: 2\n    duration: 7d\n  - step: ban\n    after: 3\n').problems, []);
});

test('notice templates and the appeal in the front matter are tone-linted as templates, at their place', () => {
  const src = '---\nlang: en\nladder:\n  - step: warning\n    after: 1\nnotices:\n  warning: "{{name}}, you are WRONG!!! Rule {{rule.title}}, idiot."\nappeal: Calm down and write to us.\n---\n## R1. Be kind {#be-kind}\n\nKindness first.\n';
  const r = lintKitFile('.community/etiquette.md', src, { config: defaultConfig(BUILTIN_CATALOG), catalog: BUILTIN_CATALOG });
  const found = r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${src.slice(f.start, f.end)}`);
  assert.deepEqual(found, ['en.blame: you are WRONG', 'en.shouting: WRONG', 'en.exclamations: !!!', 'en.insults: idiot', 'en.condescension: Calm down']);
  // {{name}} and {{rule.title}} are the notice's variables, not leftovers
  assert.ok(!r.findings.some((f) => f.rule === 'en.placeholder'));
});

test('references: rule:id in text, unknown ones reported by the kit linter', () => {
  assert.deepEqual(findRuleReferences('See rule:no-spam and rule:respect; not prefix-rule:x').map((r) => r.id), ['no-spam', 'respect']);
  const src = '# Notes\n\nWe hid it under rule:no-attacks and rule:nope.\n';
  const r = lintKitFile('notes/mod.md', src, { config: defaultConfig(BUILTIN_CATALOG), catalog: BUILTIN_CATALOG, kit: { etiquetteIds: new Set(['no-attacks']) } });
  const p = r.problems.filter((x) => x.code === 'unknown-etiquette-rule');
  assert.deepEqual(p.map((x) => src.slice(x.start, x.end)), ['nope']);
});

const ru = parseEtiquette(readFileSync('examples/ru/.community/etiquette.md', 'utf8'), 'ru.md');
const en = parseEtiquette(readFileSync('examples/en/.community/etiquette.md', 'utf8'), 'en.md');
const ruStarter = ru;
const enStarter = en;

test('the starter docs parse with no problems, 8 rules and a 4-step ladder each, and are clean under the packs', () => {
  for (const [d, file] of [[ru, 'examples/ru/.community/etiquette.md'], [en, 'examples/en/.community/etiquette.md']] as const) {
    assert.deepEqual(d.problems, []);
    assert.equal(d.rules.length, 8);
    assert.deepEqual(d.ladder.map((s) => s.step), ['note', 'warning', 'block', 'ban']);
    const r = lintKitFile(file, readFileSync(file, 'utf8'), { config: defaultConfig(BUILTIN_CATALOG), catalog: BUILTIN_CATALOG });
    assert.deepEqual([...r.problems, ...r.findings.filter((f) => f.severity !== 'info')].map((f) => f.message), []);
  }
});

test('the ladder: steps by violation count, exceptions straight to their step', () => {
  assert.deepEqual([1, 2, 3, 4, 9].map((n) => stepFor(en, 'respect', n)!.step), ['note', 'warning', 'block', 'ban', 'ban']);
  assert.equal(stepFor(en, 'no-spam', 1)!.step, 'block');
  assert.equal(stepFor(en, 'no-spam', 4)!.step, 'ban');
  assert.equal(stepFor(en, 'no-illegal', 1)!.step, 'ban');
  assert.equal(formatDuration('3d', 'ru'), '3 дня');
  assert.equal(formatDuration('24h', 'ru'), '24 часа');
  assert.equal(formatDuration('5d', 'ru'), '5 дней');
  assert.equal(formatDuration('1w', 'en'), '1 week');
});

test('the starter notices: every step, first and repeated, both languages, on-brand and citing the rule', () => {
  const config = defaultConfig(BUILTIN_CATALOG);
  for (const d of [ru, en]) {
    assert.deepEqual(Object.keys(d.notices).sort(), ['ban', 'block', 'note', 'warning']);
    for (const [rule, v] of [['no-attacks', 1], ['no-attacks', 2], ['no-attacks', 3], ['no-attacks', 4], ['no-spam', 1], ['no-illegal', 1]] as const) {
      const r = renderNotice(d, { ruleId: rule, violation: v, name: d === ru ? 'Анна' : 'Anna' });
      assert.equal(r.error, undefined, `${rule} ${v}`);
      assert.match(r.text, /R\d/, 'the rule number is cited');
      assert.doesNotMatch(r.text, /\{\{|\}\}/);
      const lint = lintKitFile('n.txt', r.text, { config, catalog: BUILTIN_CATALOG });
      assert.deepEqual(lint.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${r.text.slice(f.start, f.end)}`), [], r.text);
    }
  }
  assert.match(renderNotice(en, { ruleId: 'no-spam', violation: 1, name: 'Sam' }).text, /is one that pauses comments straight away\. Your comments are paused for 3 days/);
  assert.match(renderNotice(ru, { ruleId: 'respect', violation: 3, name: 'Анна' }).text, /это уже не первое нарушение правила R1/);
});

test('moderation notices from the default templates: each step, both languages, exact text, on-brand', () => {
  // the defaults, as a kit without notices: gets them
  const ru = { ...ruStarter, notices: {} };
  const en = { ...enStarter, notices: {} };
  assert.equal(renderNotice(en, { ruleId: 'no-attacks', violation: 1, name: 'Sam' }).text, 'A friendly reminder, Sam: our community has a rule, “No personal attacks”. Thanks for keeping to it — it keeps the conversation good for everyone.');
  assert.equal(
    renderNotice(ru, { ruleId: 'no-spam', violation: 1, name: 'Олег' }).text,
    'Олег, ваш комментарий нарушает правило «Без спама и рекламы», а за такие нарушения мы не предупреждаем заранее, поэтому мы ограничили комментарии на 3 дня. После этого будем рады видеть вас в обсуждениях. Если считаете решение ошибочным, напишите нам в личные сообщения — модератор, который его не принимал, посмотрит ещё раз.',
  );
  // a block or ban earned by earlier violations says so; one an exception gives at once does not say "again"
  assert.match(renderNotice(ru, { ruleId: 'no-spam', violation: 2, name: 'Олег' }).text, /^Олег, правило «Без спама и рекламы» нарушено снова, поэтому/);
  assert.match(renderNotice(en, { ruleId: 'no-spam', violation: 1, name: 'Sam' }).text, /^Sam, your comment breaks our rule “No spam or ads”, one we enforce without a warning, so commenting is paused for 3 days\./);
  assert.match(renderNotice(en, { ruleId: 'respect', violation: 3, name: 'Sam' }).text, /^Sam, the rule “Respect each other” was broken again, so commenting is paused for 3 days\./);
  assert.match(renderNotice(en, { ruleId: 'no-illegal', violation: 1, name: 'Sam' }).text, /^Sam, the rule “Nothing illegal” is one we enforce without a warning, so we are closing your access/);
  assert.doesNotMatch(renderNotice(ru, { ruleId: 'no-illegal', violation: 1, name: 'Олег' }).text, /нескольких нарушений/);
  assert.match(renderNotice(ru, { ruleId: 'respect', violation: 2, name: 'Анна' }).text, /^Анна, ваш комментарий нарушает правило «Уважайте собеседников»/);
  assert.match(renderNotice(en, { ruleId: 'respect', violation: 4, name: 'Sam' }).text, /closing your access.*If you think we got it wrong/);
  assert.deepEqual(renderNotice(en, { ruleId: 'nope', violation: 1, name: 'x' }).error, { en: 'Unknown rule "nope".', ru: 'Неизвестное правило "nope".' });
  // a name is text, never a template
  assert.match(renderNotice(en, { ruleId: 'respect', violation: 1, name: '{{constructor}} <script>' }).text, /\{\{constructor\}\} <script>/);
  const config = defaultConfig(BUILTIN_CATALOG);
  for (const d of [ru, en]) {
    for (const [rule, v] of [['no-attacks', 1], ['no-attacks', 2], ['no-attacks', 3], ['no-attacks', 4], ['no-spam', 1], ['no-illegal', 1]] as const) {
      const text = renderNotice(d, { ruleId: rule, violation: v, name: d === ru ? 'Анна' : 'Anna' }).text;
      assert.ok(text, `${rule} ${v}`);
      const r = lintKitFile('n.txt', text, { config, catalog: BUILTIN_CATALOG });
      assert.deepEqual(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`), [], text);
    }
  }
});
