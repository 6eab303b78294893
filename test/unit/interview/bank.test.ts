import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as YAML from 'yaml';
import { applyFixes } from '../../../src/core/engine/fix';
import { addToKit, competencySummary, duplicatesAcrossBanks, filterQuestions, groupQuestions, kitMinutes, mdText, parseBank, parseKit, parseScorecard, scorecardHtml, scorecardMarkdown } from '../../../src/core/interview/bank';

const SRC = `languages: [ru, en]
categories: { community: Community }
competencies: { empathy: Empathy }
rubrics:
  shared: { "1": "", "5": "" }
questions:
  - id: q1
    category: community
    competencies: [empathy, magic]
    question: { en: "Only English" }
    rubric: nope
  - id: q1
    category: astrology
    question: "Plain"
    rubric: { "3": "Fine" }
`;

test('bank validation: each problem at its place', () => {
  const b = parseBank(SRC, 'b.yaml');
  const at = (code: string) => {
    const p = b.problems.find((x) => x.code === code);
    assert.ok(p, `${code} in ${b.problems.map((x) => x.code).join()}`);
    return SRC.slice(p.start, p.end);
  };
  assert.equal(at('duplicate-id'), 'q1');
  assert.equal(b.problems.find((x) => x.code === 'duplicate-id')!.start, SRC.lastIndexOf('q1'));
  assert.equal(at('unknown-category'), 'astrology');
  assert.equal(at('unknown-competency'), 'magic');
  assert.equal(at('missing-translation'), 'question');
  assert.equal(at('unknown-rubric'), 'nope');
  assert.equal(at('empty-rubric'), 'shared');
});

test('a bank of wrong shapes is reported, never a crash, and its questions hold only well-formed values', () => {
  const src = 'rubrics:\n  r:\n    "1": # nothing\n    "2": [x]\ncategories: { a: 42 }\nquestions:\n  - id: q\n    category: a\n    question: ~\n    strong_answer: { ru: 5, en: "ok" }\n    red_flags: [1, "spam"]\n    follow_ups: { ru: "not a list" }\n    rubric: { "3": null }\n';
  const b = parseBank(src, 'shapes.yaml');
  assert.ok(b.problems.some((p) => p.code === 'interview-schema'), b.problems.map((p) => p.code).join());
  assert.ok(b.problems.some((p) => p.code === 'empty-rubric'));
  assert.ok(!b.problems.some((p) => p.code === 'unknown-category'), 'a category with a bad title is still declared');
  const [q] = b.questions;
  assert.deepEqual([q?.question, q?.strongAnswer, q?.redFlags, q?.followUps, q?.rubric], ['', { en: 'ok' }, ['spam'], {}, { 3: '' }]);
});

test('duplicate ids across banks', () => {
  const a = parseBank('questions:\n  - { id: x, category: c, question: q }\n', 'a.yaml');
  const b = parseBank('questions:\n  - { id: x, category: c, question: q }\n', 'b.yaml');
  assert.equal(duplicatesAcrossBanks([a, b]).get('b.yaml')?.length, 1);
});

const banks = ['en', 'ru'].map((l) => parseBank(readFileSync(`examples/${l}/.community/interview/bank.yaml`, 'utf8'), `${l}.yaml`));

test('the starter banks: 40+ questions in both languages, all six categories, no problems', () => {
  for (const b of banks) {
    assert.deepEqual(b.problems, []);
    assert.ok(b.questions.length >= 40, `${b.questions.length}`);
    assert.deepEqual(new Set(b.questions.map((q) => q.category)), new Set(['community', 'strategy', 'communication', 'negativity', 'events', 'analytics']));
    for (const q of b.questions) {
      assert.ok(typeof q.question === 'object' && q.question.ru && q.question.en, q.id);
      assert.ok(q.strongAnswer && q.redFlags && q.followUps, q.id);
    }
  }
});

test('group three ways and filter in both languages (case and ё insensitive)', () => {
  const qs = banks[0]!.questions;
  assert.equal(groupQuestions(qs, 'category').size, 6);
  assert.deepEqual([...groupQuestions(qs, 'level').keys()].sort(), ['junior', 'middle', 'senior']);
  assert.ok(groupQuestions(qs, 'competency').has('crisis'));
  assert.deepEqual(filterQuestions(qs, 'ТРОЛЛ').map((q) => q.id).sort(), filterQuestions(qs, 'тролл').map((q) => q.id).sort());
  assert.ok(filterQuestions(qs, 'meetup').some((q) => q.id === 'meetup-plan'));
  assert.ok(filterQuestions(qs, 'встречу сообщества').some((q) => q.id === 'meetup-plan'));
  assert.ok(filterQuestions(qs, 'ещё').length >= 0);
  assert.equal(filterQuestions(qs, 'zzzz').length, 0);
});

test('adding questions to a kit keeps its comments and formatting', () => {
  const kit = '# Kit for Friday\ntitle: First round   # draft\nquestions:\n  - id: first-week   # warm-up\n  - id: troll-storm\n    minutes: 12\n\n# end\n';
  const out = applyFixes(kit, addToKit(kit, [{ id: 'meetup-plan', minutes: 8 }, { id: 'troll-storm' }])).text;
  assert.equal(out, '# Kit for Friday\ntitle: First round   # draft\nquestions:\n  - id: first-week   # warm-up\n  - id: troll-storm\n    minutes: 12\n  - id: meetup-plan\n    minutes: 8\n\n# end\n');
  const empty = applyFixes('title: New\n', addToKit('title: New\n', [{ id: 'a' }])).text;
  assert.deepEqual(YAML.parse(empty).questions, [{ id: 'a' }]);
  const flow = applyFixes('questions: []\n', addToKit('questions: []\n', [{ id: 'a' }])).text;
  assert.deepEqual(YAML.parse(flow).questions, [{ id: 'a' }]);
});

test('kit: unknown questions reported, total minutes', () => {
  const map = new Map(banks[0]!.questions.map((q) => [q.id, q]));
  const k = parseKit(readFileSync('examples/en/.community/interview/kits/community-manager.kit.yaml', 'utf8'), new Set(map.keys()));
  assert.deepEqual(k.problems, []);
  assert.equal(kitMinutes(k, map), 8 + 10 + 10 + 10 + 10);
  assert.equal(parseKit('questions:\n  - id: ghost\n', new Set(['a'])).problems[0]?.code, 'unknown-question');
});

test('scorecard: competency summary, exact Markdown, escaped HTML', () => {
  const b = banks[0]!;
  const map = new Map(b.questions.map((q) => [q.id, q]));
  const card = parseScorecard('candidate: Alex\nrecommendation: yes\nscores:\n  - { id: first-week, score: 4, notes: "Good | calm" }\n  - { id: troll-storm, score: 2 }\n');
  assert.deepEqual(competencySummary(card, map), [
    { competency: 'crisis', mean: 2, count: 1 },
    { competency: 'moderation', mean: 2, count: 1 },
    { competency: 'ownership', mean: 4, count: 1 },
    { competency: 'strategy', mean: 4, count: 1 },
  ]);
  assert.equal(
    scorecardMarkdown(card, map, b.competencies, 'en'),
    '# Interview scorecard: Alex\n\n- **Recommendation: Yes**\n\n| Question | Score | Notes |\n|---|---:|---|\n| You join a company with an existing community. What do you do in your first week? | 4 | Good \\| calm |\n| At 11 pm a post gets hundreds of angry comments. What do you do? | 2 |  |\n\n## Competencies\n\n| Competency | Mean |\n|---|---:|\n| Crisis communication | 2 |\n| Moderation | 2 |\n| Ownership | 4 |\n| Strategic thinking | 4 |\n',
  );
  const evil = parseScorecard('candidate: "<script>alert(1)</script>"\nscores:\n  - { id: first-week, score: 3, notes: "<img src=x onerror=alert(1)>" }\n');
  // Markdown: markup typed by users stays text (escaped), and a note cannot start a heading or a table row
  const md = scorecardMarkdown(
    parseScorecard('candidate: "[Alex](javascript:alert(1))"\ninterviewer: "**Sam**"\nsummary: "fine\\n# Hired\\n- yes"\nscores:\n  - { id: first-week, score: 3, notes: "<img src=x onerror=alert(1)>\\n| fake | row |" }\n'),
    map,
    b.competencies,
    'en',
  );
  assert.match(md, /^# Interview scorecard: \\\[Alex\\\]\(javascript:alert\(1\)\)\n/);
  assert.match(md, /- Interviewer: \\\*\\\*Sam\\\*\\\*\n/);
  assert.match(md, /\| \\<img src=x onerror=alert\(1\)\\> \\\| fake \\\| row \\\| \|\n/);
  assert.match(md, /## Summary\n\nfine # Hired - yes\n$/);
  assert.doesNotMatch(md, /^# Hired/m);
  assert.equal(mdText('1. first'), '1\\. first');
  assert.equal(mdText('# title'), '\\# title');
  const html = scorecardHtml(evil, map, b.competencies, 'ru');
  assert.ok(!html.includes('<script>alert') && !html.includes('<img'));
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /Оценка собеседования/);
});

test('saving a reordered kit and scores replaces only that list', async () => {
  const { replaceTopLevelList, kitQuestionLines, scoreLines } = await import('../../../src/core/interview/bank');
  const kit = '# keep me\ntitle: T   # and me\nquestions:\n  - id: a\n  - id: b\n# tail comment\nlang: en\n';
  const out = applyFixes(kit, replaceTopLevelList(kit, 'questions', kitQuestionLines([{ id: 'b', minutes: 7 }, { id: 'a' }]))).text;
  assert.equal(out, '# keep me\ntitle: T   # and me\nquestions:\n  - id: b\n    minutes: 7\n  - id: a\n# tail comment\nlang: en\n');
  const card = applyFixes('candidate: A\n', replaceTopLevelList('candidate: A\n', 'scores', scoreLines([{ id: 'a', score: 4, notes: 'said "hi": ok' }]))).text;
  assert.deepEqual(YAML.parse(card).scores, [{ id: 'a', score: 4, notes: 'said "hi": ok' }]);
});

test('scorecard: a score entry with a value of the wrong type keeps its id, drops the value and is reported', () => {
  // found by the damaged-files property test: `notes: true` reached the HTML escaper as a boolean
  const card = parseScorecard('scores:\n  - { id: first-week, score: "4", notes: true }\n  - { id: troll-storm, score: 2, notes: ok }\n');
  assert.deepEqual(card.scores, [{ id: 'first-week' }, { id: 'troll-storm', score: 2, notes: 'ok' }]);
  assert.ok(card.problems.some((p) => p.code === 'scorecard-schema'), 'the schema says where the wrong types are');
  assert.match(scorecardHtml(card, new Map(), {}, 'en'), /<td>first-week<\/td><td class="n">—<\/td><td><\/td>/);
  assert.match(scorecardMarkdown(card, new Map(), {}, 'ru'), /\| first-week \| — \|  \|/);
});
