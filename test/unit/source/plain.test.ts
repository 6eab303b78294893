// Plain text: paragraphs as segments, CRLF, and long paragraphs cut for the rules.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPlainSegments, MAX_PLAIN_SEGMENT } from '../../../src/core/source/plain';

test('one segment per paragraph, blank lines (with blanks on them) between', () => {
  const src = 'First para\nline two.\n\n  \t\nSecond.\n\n\n\nThird\n';
  const segs = extractPlainSegments(src);
  assert.deepEqual(segs.map((s) => s.text), ['First para\nline two.', 'Second.', 'Third']);
  assert.equal(src.slice(segs[1]!.toSource(0), segs[1]!.toSourceEnd(7)), 'Second.');
  assert.deepEqual(segs[1]!.mapFix({ start: 0, end: 6, replacement: 'Next' }), { start: src.indexOf('Second'), end: src.indexOf('Second') + 6, replacement: 'Next' });
  assert.deepEqual(extractPlainSegments(''), []);
  assert.deepEqual(extractPlainSegments(' \n\n\t'), []);
});

test('CRLF: the text has \\n, mapped to both characters; a fix never splits them', () => {
  const src = 'Line one\r\nline two\r\n\r\nNext\r\n';
  const [a, b] = extractPlainSegments(src);
  assert.equal(a!.text, 'Line one\nline two');
  assert.equal(b!.text, 'Next');
  const nl = a!.text.indexOf('\n');
  assert.equal(src.slice(a!.toSource(nl), a!.toSourceEnd(nl + 1)), '\r\n');
  assert.equal(src.slice(a!.toSource(nl + 1), a!.toSourceEnd(nl + 5)), 'line');
  assert.equal(a!.mapFix({ start: nl - 3, end: nl + 2, replacement: 'x' }), undefined);
  assert.deepEqual(a!.mapFix({ start: nl + 1, end: nl + 5, replacement: 'row' }), { start: 10, end: 14, replacement: 'row' });
});

test('a huge paragraph is cut at line breaks, then spaces, never inside a surrogate pair', () => {
  const lines = Array.from({ length: 3000 }, (_, i) => `Строка номер ${i} с текстом.`).join('\n');
  const segs = extractPlainSegments(lines);
  assert.ok(segs.length > 1);
  assert.ok(segs.every((s) => s.text.length <= MAX_PLAIN_SEGMENT));
  assert.equal(segs.map((s) => s.text).join('\n'), lines);
  const words = 'слово '.repeat(10000);
  assert.equal(extractPlainSegments(words).map((s) => s.text).join(' '), words.trim());
  const emoji = '😀'.repeat(MAX_PLAIN_SEGMENT);
  const parts = extractPlainSegments(emoji);
  assert.equal(parts.map((s) => s.text).join(''), emoji);
  for (const s of parts) assert.doesNotMatch(s.text, /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  for (const s of parts) assert.equal(emoji.slice(s.toSource(0), s.toSourceEnd(s.text.length)), s.text);
  const t = performance.now();
  extractPlainSegments('x'.repeat(3_000_000));
  assert.ok(performance.now() - t < 2000, 'linear without line breaks');
});
