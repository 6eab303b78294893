import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBank } from '../../../src/core/interview/bank';
import { RecentParses } from '../../../src/core/source/recent';

test('recent parses: a hit needs the same path and the same text; old and oversized entries go first', () => {
  const r = new RecentParses<number>(2, 10);
  r.set('a', 'xx', 1);
  assert.equal(r.get('a', 'xx'), 1);
  assert.equal(r.get('a', 'xy'), undefined); // the text changed
  assert.equal(r.get('b', 'xx'), undefined); // another file with the same text
  r.set('b', 'yy', 2);
  r.set('c', 'zz', 3); // three files: the oldest goes
  assert.equal(r.get('a', 'xx'), undefined);
  assert.deepEqual([r.get('b', 'yy'), r.get('c', 'zz')], [2, 3]);
  r.set('d', '0123456789', 4); // over the size: only the newest stays
  assert.deepEqual([r.get('c', 'zz'), r.get('d', '0123456789')], [undefined, 4]);
  r.set('e', 'x'.repeat(50), 5); // one file is kept whatever its size
  assert.equal(r.get('e', 'x'.repeat(50)), 5);
});

test('parseBank: the same file and text parse once; an edit parses again', () => {
  const src = 'languages: [en]\nquestions:\n  - id: q1\n    category: community\n    question: { en: "Why?" }\n';
  const first = parseBank(src, 'kit/.community/interview/bank.yaml');
  assert.equal(parseBank(src, 'kit/.community/interview/bank.yaml'), first);
  const edited = parseBank(src.replace('q1', 'q2'), 'kit/.community/interview/bank.yaml');
  assert.notEqual(edited, first);
  assert.deepEqual(edited.questions.map((q) => q.id), ['q2']);
});
