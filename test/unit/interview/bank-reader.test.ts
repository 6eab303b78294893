// Question banks are read by the fast reader (responses/fastYaml.ts) when they stay inside its YAML
// subset: the result must be the one `yaml` gives, to the offset — questions, ranges and problems —
// on the starter banks, on generated banks in the styles people write, and on damaged ones.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseBank, type Bank } from '../../../src/core/interview/bank';
import { fastParseYaml } from '../../../src/core/responses/fastYaml';
import { damaged, insertions } from '../damage';

let n = 0;
/** Both readers on one source; true when the fast one answered. */
function same(src: string): boolean {
  const slow = parseBank(src, 'b.yaml', { reader: 'yaml' });
  const auto = parseBank(src, `auto-${n++}.yaml`);
  const plain = (b: Bank) => ({ ...b, path: '', questions: b.questions.map((q) => ({ ...q, file: '' })) });
  assert.deepEqual(plain(auto), plain(slow), `fast and yaml readers differ on:\n${src.slice(0, 2000)}`);
  return fastParseYaml(src) !== undefined;
}

test('bank reader: the starter banks read the same, by the fast reader', () => {
  for (const lang of ['en', 'ru']) {
    const src = readFileSync(`examples/${lang}/.community/interview/bank.yaml`, 'utf8');
    assert.ok(same(src), `${lang} bank inside the fast subset`);
    assert.ok(parseBank(src, `${lang}.yaml`).questions.length >= 40);
  }
});

const text = fc.constantFrom('Как вы ответите на жалобу?', 'What would you do first?', 'Ёлки, «кавычки» и — тире', 'it’s 50% done', 'a: b', '#tag', 'Да', '10', 'true');
const styled = (t: string, style: number) => (style === 0 ? JSON.stringify(t) : style === 1 ? `'${t.replace(/'/g, "''")}'` : t);
const question = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/),
  category: fc.constantFrom('community', 'events', 'astrology'),
  competencies: fc.subarray(['empathy', 'writing', 'magic']),
  level: fc.constantFrom('junior', 'middle', 'senior', 'lead', undefined),
  time: fc.option(fc.oneof({ weight: 4, arbitrary: fc.constantFrom('5', '10', '0', '120') }, { weight: 1, arbitrary: fc.constantFrom('007', '500', '-3', '1.5') })),
  q: text,
  qEn: fc.option(text),
  style: fc.nat(2),
  block: fc.nat(3),
  rubric: fc.constantFrom('default', 'nope', 'own', undefined),
  comment: fc.boolean(),
});
type Q = typeof question extends fc.Arbitrary<infer T> ? T : never;

function bankSource(qs: Q[], quotedRubricKeys: boolean): string {
  const k = (s: string) => (quotedRubricKeys ? `"${s}"` : `'${s}'`);
  const out = ['# generated', 'version: 1', 'languages: [ru, en]', 'categories:', '  community: { ru: "Сообщество", en: Community }', '  events: Events', 'competencies:', '  empathy: { ru: "Эмпатия" }', '  writing: Writing', 'rubrics:', '  default:', `    ${k('1')}: { ru: "Нет", en: "No" }`, `    ${k('5')}: "Отлично"`, 'questions:'];
  for (const q of qs) {
    out.push(`  - id: ${q.id}`, `    category: ${q.category}`);
    if (q.comment) out.push('    # a note for interviewers');
    if (q.competencies.length) out.push(q.block === 1 ? `    competencies:\n${q.competencies.map((c) => `      - ${c}`).join('\n')}` : `    competencies: [${q.competencies.join(', ')}]`);
    if (q.level) out.push(`    level: ${q.level}`);
    if (q.time !== null) out.push(`    time: ${q.time}${q.comment ? ' # minutes' : ''}`);
    if (q.block === 2) out.push('    question:', `      ru: ${styled(q.q, q.style)}`, ...(q.qEn !== null ? [`      en: >-\n        ${q.qEn}`] : []));
    else if (q.qEn !== null) out.push(`    question: { ru: ${JSON.stringify(q.q)}, en: ${JSON.stringify(q.qEn)} }`);
    else out.push(`    question: ${styled(q.q, q.style)}`);
    if (q.block === 3) out.push('    red_flags:', '      ru: ["Спорит"]', '      en:', '        - Argues');
    if (q.rubric === 'own') out.push('    rubric:', `      ${k('3')}: Fine`);
    else if (q.rubric) out.push(`    rubric: ${q.rubric}`);
  }
  return out.join('\n') + '\n';
}

// rubric keys double-quoted (inside the fast subset) three times in four, single-quoted (outside) else
const bank = fc.tuple(fc.array(question, { minLength: 1, maxLength: 5 }), fc.nat(3)).map(([qs, quoted]) => bankSource(qs, quoted > 0));

test('bank reader: generated banks read exactly as yaml reads them', () => {
  let fast = 0;
  let total = 0;
  fc.assert(
    fc.property(bank, (src) => {
      total++;
      if (same(src)) fast++;
    }),
    { numRuns: 300 },
  );
  assert.ok(fast > total * 0.3, `fast reader answered for ${fast} of ${total}`);
});

test('bank reader: damaged banks read exactly as yaml reads them (or go to yaml)', () => {
  const pieces = [' ', '  ', '\n', '- ', ': ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&a ', '*a', '\t', '1', '01', '~', '? ', 'id: x\n'];
  fc.assert(
    fc.property(bank, insertions(pieces), (src, edits) => {
      same(damaged(src, edits));
    }),
    { numRuns: 400 },
  );
});
