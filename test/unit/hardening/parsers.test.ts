// Property tests of the etiquette and interview parsers and of notice rendering: for any document put
// together from real and broken pieces, nothing throws, every problem lies inside the file, every rule
// id maps back to the characters of its id, and a notice is either text or an error, never a crash.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseEtiquette, renderNotice } from '../../../src/core/etiquette/etiquette';
import { parseBank, parseKit, parseScorecard } from '../../../src/core/interview/bank';

const LADDER = 'ladder:\n  - step: note\n    after: 1\n  - step: block\n    after: 2\n    duration: 1d\n';
const NOTICES = ['notices:\n  note: "{{name}}, {{rule.title}} {{#if repeat}}again{{/if}}"\n', 'notices:\n  block: "{{name}} {{step.duration}} {{appeal}}"\n', 'notices:\n  note: "{{#each x}}"\n', 'notices: { note: "{{lookup this \'constructor\'}}" }\n'];
const fmPieces = [
  LADDER, LADDER, LADDER,
  'lang: ru\n', 'lang: en\n', 'ladder:\n', '  - step: note\n    after: 1\n', '  - step: warning\n    after: 2\n', '  - step: block\n    after: 3\n    duration: 3d\n',
  '  - step: ban\n    after: 4\n', '  - step: block\n    after: 2\n', '  - { step: ban, after: 1 }\n', 'exceptions:\n  no-spam: block\n', 'exceptions: { x: ghost }\n',
  'appeal: "Напишите нам"\n', 'notices:\n  warning: "{{name}}, {{rule.title}}"\n', 'notices:\n  ban: "{{#if repeat}}x{{/if"\n', 'notices: { note: "{{constructor}}" }\n',
  '  - [\n', 'ladder: 5\n', '&a x\n', '*a\n', '\t\n', '"\n', '{{\n',
];
const bodyPieces = [
  '## R1. Be kind {#be-kind}\n', '## R2. No spam {#no-spam}\n', '### Nested {#nested}\n', '## Dup {#be-kind}\n', '## Bad {#Bad_Id}\n', '## {#}\n', '# Title\n',
  'Text of a rule.\n', '\n', 'rule:be-kind and rule:ghost\n', '```\n## R9. In code {#in-code}\n```\n', 'Привет, мир.\n', '\uD800', '\u202E', '---\n',
];

test('property: etiquette docs — no throw, problems inside the file, ids map back, notices never crash', () => {
  let problems = 0;
  let notices = 0;
  fc.assert(
    fc.property(fc.constantFrom('none', 'random', 'valid'), fc.array(fc.constantFrom(...fmPieces), { maxLength: 10 }), fc.constantFrom('', ...NOTICES), fc.array(fc.constantFrom(...bodyPieces), { maxLength: 14 }), fc.nat(6), (fmKind, fm, notice, body, violation) => {
      const front = fmKind === 'random' ? `---\n${fm.join('')}---\n` : fmKind === 'valid' ? `---\n${LADDER}${notice}---\n` : '';
      const src = front + body.join('');
      const doc = parseEtiquette(src, 'e.md');
      problems += doc.problems.length;
      for (const p of doc.problems) assert.ok(p.start >= 0 && p.end <= src.length && p.start <= p.end, `${p.code} ${p.start}-${p.end} of ${src.length}`);
      for (const r of doc.rules) {
        assert.equal(src.slice(r.idStart, r.idEnd), r.id);
        assert.ok(r.bodyStart <= r.bodyEnd && r.bodyEnd <= src.length);
      }
      for (const r of doc.rules.slice(0, 2)) {
        const n = renderNotice(doc, { ruleId: r.id, violation, name: 'Анна' });
        assert.ok(typeof n.text === 'string' && (n.text.length > 0 || n.error !== undefined));
        if (n.text) notices++;
      }
      return true;
    }),
    { numRuns: 600 },
  );
  assert.ok(problems > 100 && notices > 20, `the pieces exercise the checks: ${problems} problems, ${notices} notices`);
});

const bankPieces = [
  'languages: [ru, en]\n', 'categories: { a: A, b: { ru: Б, en: B } }\n', 'competencies: { c: C }\n', 'rubrics:\n  r: { "1": bad, "5": great }\n', 'questions:\n',
  '  - id: q1\n    category: a\n    competencies: [c]\n    question: { ru: "Почему?", en: "Why?" }\n    rubric: r\n', '  - id: q1\n    category: zz\n    question: "Why?"\n',
  '  - id: q2\n    rubric: { "1": "" }\n    question: { en: "x" }\n', '  - { id: Bad Id, category: 5 }\n', '  - [\n', '&a x\n', '*a\n', 'questions: 7\n', '\t\n', '"\n', '\uD800\n',
];

test('property: interview banks, kits and scorecards — no throw, problems inside the file', () => {
  let seen = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...bankPieces), { maxLength: 12 }), (pieces) => {
      const src = pieces.join('');
      for (const problems of [parseBank(src, 'b.yaml').problems, parseKit(src, new Set(['q1'])).problems, parseScorecard(src).problems]) {
        seen += problems.length;
        for (const p of problems) assert.ok(p.start >= 0 && p.end <= src.length && p.start <= p.end, `${p.code} ${p.start}-${p.end} of ${src.length}`);
      }
      return true;
    }),
    { numRuns: 600 },
  );
  assert.ok(seen > 100, `${seen} problems`);
});
